// The diagram's context menu: what can be done with what is under the mouse.

#include "canvas/diagramview.h"

#include "canvas/diagramscene.h"
#include "canvas/elementitem.h"

#include <QContextMenuEvent>
#include <QMenu>

namespace mesh::canvas {

void DiagramView::contextMenuEvent(QContextMenuEvent *event)
{
    if (m_tool != Tool::Select || m_nameEditor) {
        QGraphicsView::contextMenuEvent(event);
        return;
    }
    // What is under the mouse becomes the selection, unless it is already part of it.
    QGraphicsItem *hit = nullptr;
    for (QGraphicsItem *item : items(event->pos())) {
        if (item->flags() & QGraphicsItem::ItemIsSelectable) {
            hit = item;
            break;
        }
    }
    if (hit && !hit->isSelected()) {
        scene()->clearSelection();
        hit->setSelected(true);
    }
    const QPointF scenePoint = mapToScene(event->pos());
    const QList<QUuid> elements = m_scene->selectedElements();
    const QList<QUuid> relations = m_scene->selectedRelations();
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("diagramMenu"));
    if (!hit) {
        menu.addAction(tr("Paste"), this, [this, scenePoint] { m_scene->paste(scenePoint); });
        menu.addAction(tr("Select All"), this, &DiagramView::selectAll);
        menu.addAction(tr("Fit"), this, &DiagramView::zoomToFit);
    } else if (!elements.isEmpty()) {
        if (elements.size() == 1) {
            const ElementItem *item = m_scene->itemFor(elements.first());
            menu.addAction(tr("Rename"), this, [this, item] { renameInPlace(item); });
        }
        menu.addAction(tr("Copy"), this, [this] { m_scene->copySelection(); });
        menu.addAction(tr("Pin or Unpin"), this, [this] { m_scene->togglePinSelection(); });
        if (elements.size() >= 2) {
            QMenu *align = menu.addMenu(tr("Align"));
            for (const DiagramScene::Alignment alignment : DiagramScene::kAlignments)
                align->addAction(DiagramScene::alignmentName(alignment), this, [this, alignment] { m_scene->alignSelection(alignment); });
        }
        if (elements.size() >= 3) {
            QMenu *distribute = menu.addMenu(tr("Distribute"));
            distribute->addAction(tr("Horizontally"), this, [this] { m_scene->distributeSelection(Qt::Horizontal); });
            distribute->addAction(tr("Vertically"), this, [this] { m_scene->distributeSelection(Qt::Vertical); });
        }
        menu.addSeparator();
        menu.addAction(tr("Remove from Diagram"), this, [this] { m_scene->removeSelectionFromDiagram(); })->setShortcut(QKeySequence::Delete);
        menu.addAction(tr("Delete from Catalog…"), this, &DiagramView::deleteSelectionFromCatalog)
            ->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    } else if (!relations.isEmpty()) {
        menu.addAction(tr("Delete Relation"), this, [this] { m_scene->removeSelectionFromDiagram(); })->setShortcut(QKeySequence::Delete);
    }
    menu.exec(event->globalPos());
}

} // namespace mesh::canvas
