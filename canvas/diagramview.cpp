#include "canvas/diagramview.h"

#include "canvas/diagramscene.h"
#include "canvas/elementitem.h"
#include "catalog/catalog.h"

#include <QGraphicsLineItem>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace mesh::canvas {

using namespace mesh::catalog;

namespace {

constexpr double kMinZoom = 0.02;
constexpr double kMaxZoom = 8.0;

// An arrow key moves the selection by a pixel, ten with Shift (as drawing tools do); nothing
// for any other key.
QPointF nudgeFor(const QKeyEvent *event)
{
    if (event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier))
        return {};
    const double step = event->modifiers() & Qt::ShiftModifier ? 10 : 1;
    switch (event->key()) {
    case Qt::Key_Left: return {-step, 0};
    case Qt::Key_Right: return {step, 0};
    case Qt::Key_Up: return {0, -step};
    case Qt::Key_Down: return {0, step};
    default: return {};
    }
}

} // namespace

QString DiagramView::kindMimeType()
{
    return QStringLiteral("application/x-meshstudio-kind");
}

DiagramView::DiagramView(DiagramScene *scene, QWidget *parent) : QGraphicsView(scene, parent), m_scene(scene)
{
    // A scroll bar moved by hand (actionTriggered comes from the user only, not setValue).
    connect(horizontalScrollBar(), &QScrollBar::actionTriggered, this, &DiagramView::movedByUser);
    connect(verticalScrollBar(), &QScrollBar::actionTriggered, this, &DiagramView::movedByUser);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::RubberBandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
}

void DiagramView::setSelectTool()
{
    m_tool = Tool::Select;
    setDragMode(QGraphicsView::RubberBandDrag);
    viewport()->unsetCursor();
    Q_EMIT toolChanged(m_tool);
}

void DiagramView::setPlaceTool(ElementKind kind)
{
    m_tool = Tool::Place;
    m_placeKind = kind;
    setDragMode(QGraphicsView::NoDrag);
    viewport()->setCursor(Qt::CrossCursor);
    Q_EMIT toolChanged(m_tool);
}

void DiagramView::setConnectTool()
{
    m_tool = Tool::Connect;
    setDragMode(QGraphicsView::NoDrag);
    viewport()->setCursor(Qt::PointingHandCursor);
    Q_EMIT toolChanged(m_tool);
}

void DiagramView::setVoteTool()
{
    m_tool = Tool::Vote;
    setDragMode(QGraphicsView::NoDrag);
    viewport()->setCursor(Qt::PointingHandCursor);
    Q_EMIT toolChanged(m_tool);
}

double DiagramView::zoom() const
{
    return transform().m11();
}

void DiagramView::scaleBy(double factor)
{
    const double target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    scale(target / zoom(), target / zoom());
    Q_EMIT zoomChanged(zoom());
}

void DiagramView::zoomIn()
{
    scaleBy(1.25);
}

void DiagramView::zoomOut()
{
    scaleBy(1 / 1.25);
}

void DiagramView::zoomToFit()
{
    const QRectF bounds = m_scene->contentRect().adjusted(-40, -40, 40, 40);
    if (bounds.isEmpty())
        return;
    fitInView(bounds, Qt::KeepAspectRatio);
    if (zoom() > 1.0)   // a small diagram is shown at 100 %, not blown up
        zoomTo100();
    centerOn(bounds.center());
    Q_EMIT zoomChanged(zoom());
}

void DiagramView::zoomToReadableFit()
{
    zoomToFit();
    if (zoom() >= kReadableZoom)
        return;
    const QRectF bounds = m_scene->contentRect().adjusted(-40, -40, 40, 40);
    setTransform(QTransform::fromScale(kReadableZoom, kReadableZoom));
    const QSizeF shown = mapToScene(viewport()->rect()).boundingRect().size();
    centerOn(bounds.topLeft() + QPointF(shown.width() / 2, shown.height() / 2));
    Q_EMIT zoomChanged(zoom());
}

void DiagramView::zoomTo100()
{
    const QPointF center = mapToScene(viewport()->rect().center());
    setTransform(QTransform());
    centerOn(center);
    Q_EMIT zoomChanged(zoom());
}

void DiagramView::showAt(double zoom, const QPointF &center)
{
    const double target = std::clamp(zoom, kMinZoom, kMaxZoom);
    setTransform(QTransform::fromScale(target, target));
    centerOn(center);
    Q_EMIT zoomChanged(this->zoom());
}

QPointF DiagramView::viewCenter() const
{
    return mapToScene(viewport()->rect().center());
}

void DiagramView::centerOnElements(const QList<QUuid> &elements)
{
    QRectF bounds;
    for (const QUuid &id : elements) {
        if (ElementItem *item = m_scene->itemFor(id))
            bounds = bounds.united(item->sceneRectangle());
    }
    if (!bounds.isNull())
        centerOn(bounds.center());
}

ElementItem *DiagramView::elementAt(const QPoint &viewPoint) const
{
    for (QGraphicsItem *item : items(viewPoint)) {
        if (auto *element = qgraphicsitem_cast<ElementItem *>(item))
            return element;
    }
    return nullptr;
}

void DiagramView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    Q_EMIT movedByUser();
    if (qFuzzyIsNull(steps))
        return QGraphicsView::wheelEvent(event);
    scaleBy(std::pow(1.15, steps));
    event->accept();
}

void DiagramView::mousePressEvent(QMouseEvent *event)
{
    if (m_nameEditor)
        closeNameEditor(true);
    // Panning: the middle button, or the left one with Space held.
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_panFrom = event->position().toPoint();
        Q_EMIT movedByUser();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton && m_tool == Tool::Select) {
        // A selected frame's bottom-right corner resizes it.
        const QPointF point = mapToScene(event->position().toPoint());
        for (ElementItem *item : m_scene->elementItems()) {
            const double grip = 14 / std::max(zoom(), 0.01);
            if (item->isDrawnAsFrame() && item->isSelected()
                && QRectF(item->sceneRectangle().bottomRight() - QPointF(grip, grip), QSizeF(grip, grip)).contains(point)) {
                m_resizing = item;
                event->accept();
                return;
            }
        }
        // Shift adds to the selection, as Ctrl does.
        if (event->modifiers() & Qt::ShiftModifier) {
            QMouseEvent toggling(event->type(), event->position(), event->globalPosition(), event->button(), event->buttons(),
                                 (event->modifiers() & ~Qt::ShiftModifier) | Qt::ControlModifier);
            QGraphicsView::mousePressEvent(&toggling);
            return;
        }
    }
    if (event->button() == Qt::LeftButton && m_tool == Tool::Place) {
        beginPlacing(m_placeKind, mapToScene(event->position().toPoint()));
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton && m_tool == Tool::Vote) {
        if (const ElementItem *item = elementAt(event->position().toPoint()))
            m_scene->vote(item->element(), event->modifiers() & Qt::ShiftModifier ? -1 : 1);
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton && m_tool == Tool::Connect) {
        m_connectFrom = elementAt(event->position().toPoint());
        if (m_connectFrom) {
            const QPointF start = m_connectFrom->sceneRectangle().center();
            m_connectLine = scene()->addLine(QLineF(start, start), QPen(QColor(0x15, 0x65, 0xc0), 2, Qt::DashLine));
        }
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void DiagramView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint delta = event->position().toPoint() - m_panFrom;
        m_panFrom = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    if (m_resizing) {   // a preview: the catalog changes on release
        const QPointF point = mapToScene(event->position().toPoint());
        m_resizing->setSize(QSizeF(point.x() - m_resizing->pos().x(), point.y() - m_resizing->pos().y()).expandedTo(QSizeF(160, 100)));
        event->accept();
        return;
    }
    if (m_connectLine) {
        QLineF line = m_connectLine->line();
        line.setP2(mapToScene(event->position().toPoint()));
        m_connectLine->setLine(line);
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void DiagramView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        viewport()->setCursor(m_spaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
        event->accept();
        return;
    }
    if (m_tool == Tool::Select && (event->modifiers() & Qt::ShiftModifier) && event->button() == Qt::LeftButton) {
        // The release of a Shift-click too: items clear the others' selection on a plain one.
        QMouseEvent toggling(event->type(), event->position(), event->globalPosition(), event->button(), event->buttons(),
                             (event->modifiers() & ~Qt::ShiftModifier) | Qt::ControlModifier);
        QGraphicsView::mouseReleaseEvent(&toggling);
        return;
    }
    if (m_resizing) {
        ElementItem *frame = m_resizing;
        m_resizing = nullptr;
        m_scene->resizeFrame(frame->element(), frame->size());
        event->accept();
        return;
    }
    if (m_connectLine) {
        delete m_connectLine;
        m_connectLine = nullptr;
        ElementItem *to = elementAt(event->position().toPoint());
        ElementItem *from = m_connectFrom;
        m_connectFrom = nullptr;
        event->accept();
        if (!from || !to)
            return;
        QString why;
        const QList<RelationKind> kinds = m_scene->validRelations(from->element(), to->element(), &why);
        if (kinds.isEmpty()) {
            Q_EMIT problem(why);
            return;
        }
        RelationKind chosen = kinds.first();
        if (kinds.size() > 1) {   // several fit: a small menu
            QMenu menu(this);
            for (RelationKind kind : kinds)
                menu.addAction(relationKindDisplayName(kind))->setData(int(kind));
            QAction *picked = menu.exec(event->globalPosition().toPoint());
            if (!picked)
                return;
            chosen = RelationKind(picked->data().toInt());
        }
        m_scene->connectElements(from->element(), to->element(), chosen);
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void DiagramView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (ElementItem *item = elementAt(event->position().toPoint())) {
        renameInPlace(item);
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void DiagramView::renameInPlace(const ElementItem *item)
{
    m_renaming = item->element();
    openNameEditor(item->isDrawnAsFrame() ? item->sceneRectangle().topLeft() + QPointF(item->size().width() / 2, 20) : item->sceneRectangle().center(),
                   item->name());
}

void DiagramView::selectAll()
{
    for (QGraphicsItem *item : scene()->items())
        item->setSelected(item->flags() & QGraphicsItem::ItemIsSelectable);
}

void DiagramView::copySelection()
{
    m_scene->copySelection();
}

void DiagramView::paste()
{
    const QPoint cursor = viewport()->mapFromGlobal(QCursor::pos());
    const QPoint at = viewport()->rect().contains(cursor) ? cursor : viewport()->rect().center();
    m_scene->paste(mapToScene(at));
}

void DiagramView::removeSelectionFromDiagram()
{
    m_scene->removeSelectionFromDiagram();
}

void DiagramView::deleteSelectionFromCatalog()
{
    QStringList consequences;
    const Batch batch = m_scene->deleteSelection(consequences);
    if (!batch.isEmpty())
        Q_EMIT deleteRequested(batch, consequences);
}

void DiagramView::beginPlacing(ElementKind kind, const QPointF &scenePoint)
{
    m_placeKind = kind;
    m_renaming = QUuid();
    openNameEditor(scenePoint, QString());
}

void DiagramView::openNameEditor(const QPointF &scenePoint, const QString &text)
{
    m_editPoint = scenePoint;
    m_nameEditor = new QLineEdit(viewport());
    m_nameEditor->setObjectName(QStringLiteral("nameInPlace"));
    m_nameEditor->setText(text);
    m_nameEditor->selectAll();
    m_nameEditor->setPlaceholderText(m_renaming.isNull() ? tr("Name of the new %1").arg(elementKindDisplayName(m_placeKind).toLower()) : QString());
    m_nameEditor->resize(220, m_nameEditor->sizeHint().height());
    m_nameEditor->move(mapFromScene(scenePoint) - QPoint(110, m_nameEditor->height() / 2));
    m_nameEditor->installEventFilter(this);
    m_nameEditor->show();
    m_nameEditor->setFocus();
}

void DiagramView::closeNameEditor(bool commit)
{
    if (!m_nameEditor)
        return;
    QLineEdit *editor = m_nameEditor;
    m_nameEditor = nullptr;
    const QString name = editor->text().trimmed();
    editor->removeEventFilter(this);
    editor->hide();
    editor->deleteLater();
    setFocus();
    if (m_refusal) {
        m_refusal->deleteLater();
        m_refusal = nullptr;
    }
    if (!commit || name.isEmpty())
        return;
    if (m_renaming.isNull()) {
        m_lastCreation = LastCreation{m_placeKind, name, m_editPoint};
        m_scene->placeNewElement(m_placeKind, name, m_editPoint);
        setSelectTool();
    } else if (const Element *element = m_scene->catalog()->state().element(m_renaming); element && element->name != name) {
        Q_EMIT m_scene->changeRequested({UpdateElement{m_renaming, {{"name", name}}}}, tr("Rename %1 to %2").arg(element->name, name));
    }
}

bool DiagramView::reopenRefusedCreation(const QString &name, const QString &reason)
{
    if (!m_lastCreation || m_lastCreation->name != name.trimmed() || m_nameEditor)
        return false;
    const LastCreation refused = *std::exchange(m_lastCreation, std::nullopt);
    m_placeKind = refused.kind;
    m_renaming = QUuid();
    openNameEditor(refused.at, refused.name);
    m_nameEditor->deselect();
    m_refusal = new QLabel(reason, viewport());
    m_refusal->setObjectName(QStringLiteral("nameRefusal"));
    m_refusal->setWordWrap(true);
    m_refusal->setAutoFillBackground(true);
    m_refusal->setStyleSheet(QStringLiteral("QLabel { background: #fff3f0; color: #b3261e; border: 1px solid #e0a39b; padding: 3px 6px; }"));
    m_refusal->setFixedWidth(280);
    m_refusal->adjustSize();
    const QRect editor = m_nameEditor->geometry();
    const bool besideFits = editor.right() + 8 + m_refusal->width() <= viewport()->width();
    m_refusal->move(besideFits ? editor.topRight() + QPoint(8, 0) : editor.bottomLeft() + QPoint(0, 4));
    m_refusal->show();
    return true;
}

bool DiagramView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_nameEditor && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Escape) {
            closeNameEditor(key != Qt::Key_Escape);
            return true;
        }
    }
    if (watched == m_nameEditor && event->type() == QEvent::FocusOut)
        QMetaObject::invokeMethod(this, [this] { closeNameEditor(true); }, Qt::QueuedConnection);
    return QGraphicsView::eventFilter(watched, event);
}

void DiagramView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        setDragMode(QGraphicsView::NoDrag);
        viewport()->setCursor(Qt::OpenHandCursor);
        return;
    }
    if (event->key() == Qt::Key_Escape && m_tool != Tool::Select) {
        setSelectTool();
        return;
    }
    if (event->key() == Qt::Key_Escape && !scene()->selectedItems().isEmpty()) {
        scene()->clearSelection();
        return;
    }
    if (event->key() == Qt::Key_F2) {   // rename, as file managers do
        if (const QList<QUuid> selected = m_scene->selectedElements(); selected.size() == 1) {
            renameInPlace(m_scene->itemFor(selected.first()));
            return;
        }
    }
    if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
        if (event->modifiers() & Qt::ShiftModifier)
            deleteSelectionFromCatalog();
        else
            removeSelectionFromDiagram();
        return;
    }
    if (const QPointF step = nudgeFor(event); !step.isNull() && !m_scene->selectedElements().isEmpty()) {
        m_scene->nudgeSelection(step);
        return;
    }
    if (event->matches(QKeySequence::SelectAll)) {
        selectAll();
        return;
    }
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        return;
    }
    if (event->matches(QKeySequence::Paste)) {
        paste();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void DiagramView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        if (m_tool == Tool::Select)
            setDragMode(QGraphicsView::RubberBandDrag);
        viewport()->unsetCursor();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void DiagramView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(kindMimeType()))
        event->acceptProposedAction();
    else
        QGraphicsView::dragEnterEvent(event);
}

void DiagramView::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(kindMimeType()))
        event->acceptProposedAction();
    else
        QGraphicsView::dragMoveEvent(event);
}

void DiagramView::dropEvent(QDropEvent *event)
{
    // A kind from the palette: its name is typed where it was dropped.
    if (event->mimeData()->hasFormat(kindMimeType())) {
        const auto kind = elementKindFromId(QString::fromUtf8(event->mimeData()->data(kindMimeType())));
        event->acceptProposedAction();
        if (kind)
            beginPlacing(*kind, mapToScene(event->position().toPoint()));
        return;
    }
    QGraphicsView::dropEvent(event);
}

} // namespace mesh::canvas
