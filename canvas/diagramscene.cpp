#include "canvas/diagramscene.h"

#include "canvas/elementitem.h"
#include "canvas/relationitem.h"
#include "canvas/relationlayer.h"
#include "catalog/catalog.h"

#include <QGraphicsSceneHelpEvent>
#include <QToolTip>

namespace mesh::canvas {

using namespace mesh::catalog;

QString DiagramScene::elementMimeType()
{
    return QStringLiteral("application/x-meshstudio-elements");
}

DiagramScene::DiagramScene(Catalog *catalog, const QUuid &diagram, QObject *parent)
    : QGraphicsScene(parent), m_catalog(catalog), m_diagram(diagram)
{
    const Diagram *shown = catalog->state().diagram(diagram);
    m_kind = shown ? shown->kind : DiagramKind::Board;
    // No index: relations crossing the board have huge bounding rectangles, which make a BSP
    // index slower to query than a plain walk (measured: a fit-all frame of 5,000 stickies
    // and 7,500 relations takes 21 ms without an index, 40 ms with one; at 100 % the index
    // saves 1 ms).
    setItemIndexMethod(QGraphicsScene::NoIndex);
    // The scene's brush, not the view's: a view with a brush of its own never asks the scene
    // to draw its background, and the timeline's lanes are drawn there.
    setBackgroundBrush(QColor(0xfa, 0xfa, 0xfa));
    m_relationLayer = new RelationLayer;
    addItem(m_relationLayer);
    connect(catalog, &Catalog::changesApplied, this, &DiagramScene::sync);
    connect(this, &QGraphicsScene::selectionChanged, this, [this] {
        if (m_syncing)
            return;
        const QList<QUuid> elements = selectedElements(), relations = selectedRelations();
        if (elements.isEmpty() && relations.size() == 1)
            Q_EMIT relationSelected(relations.first());
        else
            Q_EMIT elementsSelected(elements);
    });
    sync();
}

DiagramScene::~DiagramScene()
{
    // Items going one by one change the selection: nobody is told while the scene is
    // taken down (its view and that view's owners may be half gone already).
    blockSignals(true);
    // The relations first: they tell the layer when they go.
    qDeleteAll(m_relations);
}

QList<RelationItem *> DiagramScene::relationItems() const
{
    return m_relationLayer->relations();
}

bool DiagramScene::showsRelation(RelationKind kind) const
{
    return m_kind == DiagramKind::ContextMap ? isContextMapRelation(kind) : !isContextMapRelation(kind);
}

void DiagramScene::sync()
{
    if (!m_catalog)
        return;
    const CatalogState &state = m_catalog->state();
    m_syncing = true;
    QSet<QUuid> placed;
    QHash<QUuid, int> dots, comments;   // the workshop marks, counted once
    for (const Annotation &annotation : state.annotations()) {
        if (annotation.kind == AnnotationKind::Votes && annotation.diagram == m_diagram)
            dots[annotation.element] += annotation.count;
        else if (annotation.kind == AnnotationKind::Comment)
            ++comments[annotation.element];
    }
    // In a stable order: items of the same depth are drawn in the order they were added, and
    // a picture of the same diagram must come out the same.
    QList<Placement> placements = state.placements(m_diagram);
    std::sort(placements.begin(), placements.end(), [](const Placement &a, const Placement &b) { return a.element < b.element; });
    for (const Placement &placement : std::as_const(placements)) {
        const Element *element = state.element(placement.element);
        if (!element)
            continue;
        placed.insert(element->id);
        ElementItem *item = m_elements.value(element->id);
        if (!item || item->kind() != element->kind) {
            delete item;
            item = new ElementItem(element->id, element->kind);
            item->setDrawnAsFrame(m_kind == DiagramKind::Board);   // on a timeline a context is its lane
            addItem(item);
            m_elements.insert(element->id, item);
        }
        item->setName(element->name);
        item->setSize(placement.geometry.size());
        item->setPinned(placement.pinned);
        item->setWorkshopMarks(dots.value(element->id), comments.value(element->id));
        if (item->pos() != placement.geometry.topLeft())
            item->setPos(placement.geometry.topLeft());
    }
    if (m_kind == DiagramKind::Timeline) {
        // Its lane decides a sticky's height: whatever the file says, it is drawn inside.
        m_arrangement = arrangeTimeline();
        for (auto it = m_arrangement.topLefts.cbegin(); it != m_arrangement.topLefts.cend(); ++it) {
            if (ElementItem *item = m_elements.value(it.key()); item && item->pos() != it.value())
                item->setPos(it.value());
        }
    }
    for (auto it = m_elements.begin(); it != m_elements.end();) {
        if (placed.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value();
        it = m_elements.erase(it);
    }

    // Relations between placed elements, of the kinds this kind of diagram shows.
    QSet<QUuid> shown;
    QList<QUuid> placedInOrder = placed.values();
    std::sort(placedInOrder.begin(), placedInOrder.end());
    for (const QUuid &element : std::as_const(placedInOrder)) {
        for (const QUuid &relationId : state.relationsOf(element)) {
            const Relation *relation = state.relation(relationId);
            if (!relation || shown.contains(relationId) || !showsRelation(relation->kind) || !placed.contains(relation->from)
                || !placed.contains(relation->to))
                continue;
            shown.insert(relationId);
            RelationItem *item = m_relations.value(relationId);
            if (item && (item->from() != m_elements.value(relation->from) || item->to() != m_elements.value(relation->to))) {
                delete item;
                item = nullptr;
            }
            if (!item) {
                item = new RelationItem(relationId, relation->kind, m_elements.value(relation->from), m_elements.value(relation->to),
                                        m_relationLayer);
                addItem(item);
                m_relations.insert(relationId, item);
            }
        }
    }
    for (auto it = m_relations.begin(); it != m_relations.end();) {
        if (shown.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value();
        it = m_relations.erase(it);
    }
    m_relationsOf.clear();
    QList<RelationItem *> relations = m_relations.values();
    std::sort(relations.begin(), relations.end(), [](const RelationItem *a, const RelationItem *b) { return a->relation() < b->relation(); });
    for (RelationItem *item : std::as_const(relations)) {
        m_relationsOf[item->from()->element()].append(item);
        m_relationsOf[item->to()->element()].append(item);
    }
    m_relationLayer->setRelations(relations);
    const Diagram *diagram = state.diagram(m_diagram);
    routeRelations(diagram ? diagram->routes : QHash<QUuid, RelationRoute>{});
    // A scene rectangle with room around the content, set here only: if it grew while a
    // sticky is dragged, the view would scroll under the mouse.
    setSceneRect(contentRect().adjusted(-2000, -2000, 2000, 2000));
    m_syncing = false;
    update();
}

void DiagramScene::elementMoved(ElementItem *item)
{
    if (m_syncing)
        return;
    const QList<RelationItem *> relations = m_relationsOf.value(item->element());
    if (m_kind == DiagramKind::Timeline) {
        followLanes(relations);   // the others are routed again when the move lands
        return;
    }
    for (RelationItem *relation : relations)
        relation->endsMoved();
}

QString DiagramScene::toolTipAt(const QPointF &scenePoint) const
{
    const CatalogState &state = m_catalog->state();
    for (QGraphicsItem *item : items(scenePoint)) {
        QString text;
        if (const auto *sticky = qgraphicsitem_cast<ElementItem *>(item)) {
            const Element *element = state.element(sticky->element());
            if (!element)
                continue;
            text = tr("<b>%1</b> — %2").arg(elementKindDisplayName(element->kind).toHtmlEscaped(), state.pathOf(element->id).toHtmlEscaped());
            if (!element->owner.isEmpty())
                text += QStringLiteral("<br>") + tr("Owner: %1").arg(element->owner.toHtmlEscaped());
            if (!element->description.isEmpty())
                text += QStringLiteral("<br>") + element->description.toHtmlEscaped();
        } else if (const auto *line = qgraphicsitem_cast<RelationItem *>(item)) {
            const Relation *relation = state.relation(line->relation());
            if (!relation)
                continue;
            text = tr("%1 <b>%2</b> %3").arg(state.pathOf(relation->from).toHtmlEscaped(), relationKindDisplayName(relation->kind).toHtmlEscaped(),
                                             state.pathOf(relation->to).toHtmlEscaped());
            if (!relation->description.isEmpty())
                text += QStringLiteral("<br>") + relation->description.toHtmlEscaped();
        }
        if (!text.isEmpty())
            return text;
    }
    return {};
}

void DiagramScene::helpEvent(QGraphicsSceneHelpEvent *event)
{
    // Worked out when asked, from the catalog: items keep no copy of descriptions.
    const QString text = toolTipAt(event->scenePos());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->screenPos(), text, event->widget());
    event->setAccepted(!text.isEmpty());
}

QList<QUuid> DiagramScene::selectedElements() const
{
    QList<QUuid> ids;
    for (QGraphicsItem *item : selectedItems()) {
        if (auto *element = qgraphicsitem_cast<ElementItem *>(item))
            ids.append(element->element());
    }
    return ids;
}

QList<QUuid> DiagramScene::selectedRelations() const
{
    QList<QUuid> ids;
    for (QGraphicsItem *item : selectedItems()) {
        if (auto *relation = qgraphicsitem_cast<RelationItem *>(item))
            ids.append(relation->relation());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void DiagramScene::selectElements(const QList<QUuid> &elements)
{
    m_syncing = true;
    clearSelection();
    for (const QUuid &id : elements) {
        if (ElementItem *item = m_elements.value(id))
            item->setSelected(true);
    }
    m_syncing = false;
}

ElementItem *DiagramScene::frameAt(const QPointF &point, const ElementItem *except) const
{
    ElementItem *found = nullptr;
    for (ElementItem *item : m_elements) {
        if (item == except || !item->isDrawnAsFrame() || !item->sceneRectangle().contains(point))
            continue;
        // The innermost: the smallest frame containing the point.
        if (!found || item->sceneRectangle().width() * item->sceneRectangle().height()
                          < found->sceneRectangle().width() * found->sceneRectangle().height())
            found = item;
    }
    return found;
}

QUuid DiagramScene::contextAt(const QPointF &point) const
{
    const ElementItem *frame = frameAt(point);
    return frame ? frame->element() : QUuid();
}

void DiagramScene::showOthersSelections(const QHash<QUuid, QStringList> &holders)
{
    for (ElementItem *item : std::as_const(m_elements))
        item->setHolders(holders.value(item->element()));
}

} // namespace mesh::canvas
