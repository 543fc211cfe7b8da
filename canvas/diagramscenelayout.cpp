#include "canvas/diagramscene.h"

#include "canvas/elementitem.h"
#include "canvas/relationitem.h"

#include <cmath>

// The scene's side of auto-layout: the graph to lay out, and the changes that put the
// result in place.
namespace mesh::canvas {

using namespace mesh::catalog;

namespace {

constexpr double kFrameMargin = 36.0;

} // namespace

layout::LayoutGraph DiagramScene::layoutGraph() const
{
    const CatalogState &state = m_catalog->state();
    layout::LayoutGraph graph;
    if (m_kind == DiagramKind::Timeline)
        graph.lanes = lanes();
    QList<ElementItem *> items = m_elements.values();
    std::sort(items.begin(), items.end(), [](const ElementItem *a, const ElementItem *b) { return a->element() < b->element(); });
    for (const ElementItem *item : items) {
        if (item->isDrawnAsFrame())
            continue;   // frames are drawn around their content afterwards
        const Element *element = state.element(item->element());
        const Placement *placement = state.placement(m_diagram, item->element());
        const Element *context = element ? state.element(element->context) : nullptr;
        graph.nodes.append({item->element(), item->size(), context ? context->name : QString(),
                            element ? laneFor(*element) : QString(),
                            placement && placement->pinned, item->sceneRectangle().center()});
    }
    for (const RelationItem *relation : relationItems()) {
        if (!relation->from()->isDrawnAsFrame() && !relation->to()->isDrawnAsFrame())
            graph.edges.append({relation->from()->element(), relation->to()->element()});
    }
    if (m_kind == DiagramKind::Timeline) {
        // Time flows from a command to the events its aggregate emits, even when the
        // aggregate is not on the timeline: those steps order the layout (and are not drawn).
        for (const ElementItem *item : items) {
            if (item->kind() != ElementKind::Command)
                continue;
            for (const QUuid &handledBy : state.relationsOf(item->element())) {
                const Relation *handled = state.relation(handledBy);
                if (!handled || handled->kind != RelationKind::HandledBy || handled->from != item->element())
                    continue;
                for (const QUuid &emitsId : state.relationsOf(handled->to)) {
                    const Relation *emits = state.relation(emitsId);
                    if (emits && emits->kind == RelationKind::Emits && emits->from == handled->to && m_elements.contains(emits->to)
                        && !m_elements.contains(handled->to))
                        graph.edges.append({item->element(), emits->to});
                }
            }
        }
    }
    return graph;
}

layout::LayoutEngine DiagramScene::layoutEngine(bool highQuality) const
{
    switch (m_kind) {
    case DiagramKind::ContextMap:
        return layout::LayoutEngine::Force;
    case DiagramKind::Timeline:
        return layout::LayoutEngine::Timeline;
    case DiagramKind::Board:
        break;
    }
    return highQuality ? layout::LayoutEngine::WholeDot : layout::LayoutEngine::Composed;
}

Batch DiagramScene::layoutBatch(const layout::LayoutGraph &graph, const layout::LayoutResult &result) const
{
    const CatalogState &state = m_catalog->state();
    Batch batch;
    // On a timeline the layout gives the order in time; the lanes give the height.
    layout::TimelineArrangement lanes;
    if (m_kind == DiagramKind::Timeline) {
        QHash<QUuid, double> lefts;
        for (const layout::LayoutNode &node : graph.nodes) {
            if (result.centers.contains(node.id))
                lefts.insert(node.id, result.centers[node.id].x() - node.size.width() / 2);
        }
        lanes = arrangeTimeline(lefts);
    }
    QHash<QUuid, QRectF> contextBounds;
    for (const layout::LayoutNode &node : graph.nodes) {
        const Placement *placement = state.placement(m_diagram, node.id);
        if (!placement || !result.centers.contains(node.id))
            continue;
        const QRectF geometry = m_kind == DiagramKind::Timeline ? QRectF(lanes.topLefts.value(node.id), node.size)
                                                                : layout::centeredRect(result.centers[node.id], node.size);
        if (const Element *element = state.element(node.id); element && !element->context.isNull())
            contextBounds[element->context] = contextBounds.value(element->context).united(geometry);
        if (placement->geometry == geometry)
            continue;
        Placement moved = *placement;
        moved.geometry = geometry;
        batch.append(MovePlacement{moved});
    }
    // Frames go around their content, with room for their name.
    for (ElementItem *item : std::as_const(m_elements)) {
        if (!item->isDrawnAsFrame() || !contextBounds.contains(item->element()))
            continue;
        const Placement *placement = state.placement(m_diagram, item->element());
        if (!placement || placement->pinned)
            continue;
        Placement moved = *placement;
        moved.geometry = contextBounds[item->element()].adjusted(-kFrameMargin / 2, -kFrameMargin, kFrameMargin / 2, kFrameMargin / 2);
        if (moved.geometry != placement->geometry)
            batch.append(MovePlacement{moved});
    }
    // The edges' paths, kept with the diagram (a straight one is drawn as a line, not kept).
    QHash<QUuid, RelationRoute> routes;
    for (qsizetype i = 0; i < graph.edges.size(); ++i) {
        const QList<QPointF> &path = result.edgePaths[i];
        auto offLine = [&path](const QPointF &p) {
            const QPointF d = path[3] - path[0], v = p - path[0];
            return std::abs(d.x() * v.y() - d.y() * v.x()) / std::max(1.0, std::hypot(d.x(), d.y()));
        };
        const bool straight = path.size() == 4 && offLine(path[1]) < 0.5 && offLine(path[2]) < 0.5;
        if (path.isEmpty() || straight)
            continue;
        for (RelationItem *relation : m_relationsOf.value(graph.edges[i].from)) {
            if (relation->to()->element() == graph.edges[i].to)
                routes.insert(relation->relation(), path);
        }
    }
    const Diagram *diagram = state.diagram(m_diagram);
    const QJsonObject routesJson = routesToJson(routes);
    if (diagram && routesToJson(diagram->routes) != routesJson)
        batch.append(UpdateDiagram{m_diagram, {{QStringLiteral("routes"), routesJson}}});
    return batch;
}

void DiagramScene::preview(const Batch &batch)
{
    m_syncing = true;   // the relations follow once, below, not after each sticky
    QHash<QUuid, double> movedTo;
    for (const Change &change : batch) {
        if (const auto *move = std::get_if<MovePlacement>(&change)) {
            if (ElementItem *item = m_elements.value(move->placement.element)) {
                item->setPos(move->placement.geometry.topLeft());
                item->setSize(move->placement.geometry.size());
                movedTo.insert(item->element(), move->placement.geometry.left());
            }
        }
    }
    if (m_kind == DiagramKind::Timeline)
        m_arrangement = arrangeTimeline(movedTo);   // the lanes as they will be
    m_syncing = false;
    const Diagram *diagram = m_catalog->state().diagram(m_diagram);
    QHash<QUuid, RelationRoute> routes = diagram ? diagram->routes : QHash<QUuid, RelationRoute>{};
    for (const Change &change : batch) {
        if (const auto *update = std::get_if<UpdateDiagram>(&change); update && update->id == m_diagram)
            routes = routesFromJson(update->set.value(QStringLiteral("routes"))).value_or(routes);
    }
    routeRelations(routes);
}

void DiagramScene::routeRelations(const QHash<QUuid, RelationRoute> &routes)
{
    const QList<RelationItem *> relations = relationItems();
    if (m_kind == DiagramKind::Timeline) {
        followLanes(relations);   // round the stickies in their way: a timeline keeps no paths
        return;
    }
    // A path is drawn only while both ends are where the layout left them: it touches them.
    const auto touches = [](const QRectF &rect, const QPointF &point) { return rect.adjusted(-3, -3, 3, 3).contains(point); };
    for (RelationItem *relation : relations) {
        const RelationRoute route = routes.value(relation->relation());
        const bool fits = route.size() >= 4 && touches(relation->from()->sceneRectangle(), route.first())
                          && touches(relation->to()->sceneRectangle(), route.last());
        relation->setRoute(fits ? route : RelationRoute{});
    }
}

} // namespace mesh::canvas
