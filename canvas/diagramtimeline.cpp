// The timeline side of the scene: swimlanes (which lane a sticky goes to, the bands drawn
// behind them, every sticky kept inside its own), named slices, and relations routed around
// the stickies in their way.

#include "canvas/diagramscene.h"

#include "canvas/elementitem.h"
#include "canvas/layout/laneroute.h"
#include "canvas/relationitem.h"

#include <QPainter>

namespace mesh::canvas {

using namespace mesh::catalog;

namespace {

constexpr double kLaneLabelWidth = 200.0;
constexpr double kSliceTitleHeight = 36.0;
constexpr double kLaneTail = 240.0;   // room after the last sticky, to go on with the story

const QColor kLaneShades[] = {QColor(0xec, 0xef, 0xf1), QColor(0xf5, 0xf5, 0xf5)};

} // namespace

QColor DiagramScene::laneShade(int lane)
{
    return kLaneShades[lane % 2];
}

QList<DiagramScene::TimelineLane> DiagramScene::timelineLanes() const
{
    QList<TimelineLane> lanes{{tr("Triggers and actors"), LaneRole::Triggers, {}}, {tr("Commands and read models"), LaneRole::Commands, {}}};
    // One event lane per bounded context the timeline shows, by name; drafts in their own.
    const CatalogState &state = m_catalog->state();
    QMap<QString, QUuid> contexts;
    bool drafts = false;
    for (const Placement &placement : state.placements(m_diagram)) {
        const Element *element = state.element(placement.element);
        if (!element || laneRole(element->kind) != LaneRole::Events)
            continue;
        const Element *context = state.element(element->kind == ElementKind::BoundedContext ? element->id : element->context);
        if (context)
            contexts.insert(context->name + QChar(0) + context->id.toString(), context->id);
        else
            drafts = true;
    }
    for (const QUuid &context : std::as_const(contexts))
        lanes.append({tr("Events · %1").arg(state.element(context)->name), LaneRole::Events, context});
    if (drafts || contexts.isEmpty())   // an empty timeline still offers a lane for its first events
        lanes.append({tr("Events · no context"), LaneRole::Events, {}});
    return lanes;
}

DiagramScene::LaneRole DiagramScene::laneRole(ElementKind kind)
{
    switch (kind) {
    case ElementKind::Actor:
    case ElementKind::ExternalSystem:
    case ElementKind::Policy:
        return LaneRole::Triggers;
    case ElementKind::Command:
    case ElementKind::ReadModel:
        return LaneRole::Commands;
    default:
        return LaneRole::Events;
    }
}

QStringList DiagramScene::lanes() const
{
    QStringList names;
    for (const TimelineLane &lane : timelineLanes())
        names.append(lane.name);
    return names;
}

QString DiagramScene::laneFor(const Element &element) const
{
    switch (laneRole(element.kind)) {
    case LaneRole::Triggers:
        return tr("Triggers and actors");
    case LaneRole::Commands:
        return tr("Commands and read models");
    case LaneRole::Events:
        break;
    }
    const Element *context = m_catalog->state().element(element.kind == ElementKind::BoundedContext ? element.id : element.context);
    return context ? tr("Events · %1").arg(context->name) : tr("Events · no context");
}

layout::TimelineArrangement DiagramScene::arrangeTimeline(const QHash<QUuid, double> &movedTo) const
{
    const CatalogState &state = m_catalog->state();
    QList<layout::TimelineSticky> stickies;
    for (const Placement &placement : state.placements(m_diagram)) {
        const Element *element = state.element(placement.element);
        if (!element)
            continue;
        QRectF box = placement.geometry;
        if (const auto moved = movedTo.constFind(element->id); moved != movedTo.cend())
            box.moveLeft(*moved);
        stickies.append({element->id, laneFor(*element), box});
    }
    return layout::arrangeTimeline(lanes(), stickies);
}

void DiagramScene::commitTimelineMoves()
{
    QHash<QUuid, double> movedTo;
    for (const ElementItem *item : std::as_const(m_elements)) {
        if (item->pos() != m_arrangement.topLefts.value(item->element(), item->pos()))
            movedTo.insert(item->element(), item->pos().x());
    }
    const layout::TimelineArrangement arranged = arrangeTimeline(movedTo);
    const CatalogState &state = m_catalog->state();
    Batch batch;
    for (auto it = movedTo.cbegin(); it != movedTo.cend(); ++it) {
        const Placement *placement = state.placement(m_diagram, it.key());
        if (!placement || placement->geometry.left() == it.value())
            continue;   // the same moment: a move within its lane is no move
        Placement moved = *placement;
        moved.geometry.moveTopLeft(arranged.topLefts.value(it.key()));
        batch.append(MovePlacement{moved});
    }
    if (batch.isEmpty()) {
        // Dragged out of its lane and back in time to where it was: it goes back.
        for (ElementItem *item : std::as_const(m_elements))
            item->setPos(m_arrangement.topLefts.value(item->element(), item->pos()));
        followLanes(relationItems());
        return;
    }
    Q_EMIT changeRequested(batch, tr("Move %n element(s)", nullptr, int(batch.size())));
}

int DiagramScene::laneIndexAt(const QPointF &point) const
{
    return m_arrangement.laneAt(point.y());
}

void DiagramScene::followLanes(const QList<RelationItem *> &relations)
{
    if (m_kind != DiagramKind::Timeline)
        return;
    QList<layout::LaneBand> lanes;
    QHash<QString, int> laneIndex;
    for (const layout::TimelineLane &lane : std::as_const(m_arrangement.lanes)) {
        laneIndex.insert(lane.name, int(lanes.size()));
        lanes.append({lane.top, lane.bottom()});
    }
    const CatalogState &state = m_catalog->state();
    QHash<const ElementItem *, int> laneOf;
    QList<QRectF> stickies;
    for (const ElementItem *item : std::as_const(m_elements)) {
        if (const Element *element = state.element(item->element()))
            laneOf.insert(item, laneIndex.value(laneFor(*element), -1));
        stickies.append(item->sceneRectangle());
    }
    for (RelationItem *relation : relations) {
        relation->setRoute(layout::laneRoute(relation->from()->sceneRectangle(), laneOf.value(relation->from(), -1),
                                             relation->to()->sceneRectangle(), laneOf.value(relation->to(), -1), lanes, stickies));
    }
}

QRectF DiagramScene::timelineBounds() const
{
    double left = 0, right = 0;
    bool first = true;
    for (const ElementItem *item : std::as_const(m_elements)) {
        const QRectF box = item->sceneRectangle();
        left = first ? box.left() : std::min(left, box.left());
        right = first ? box.right() : std::max(right, box.right());
        first = false;
    }
    const double top = m_arrangement.lanes.isEmpty() ? 0 : m_arrangement.lanes.first().top;
    const double bottom = m_arrangement.lanes.isEmpty() ? 0 : m_arrangement.lanes.last().bottom();
    return QRectF(QPointF(left - kLaneLabelWidth, top), QPointF(right + kLaneTail, bottom));
}

void DiagramScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    QGraphicsScene::drawBackground(painter, rect);
    if (m_kind != DiagramKind::Timeline)
        return;
    painter->save();
    // Swimlanes: bands that run on as far as one can scroll, named in a column at the left
    // of the story (placed by the content, not the exposed rectangle, so every repaint of
    // a part draws the same name in the same place).
    const QRectF bounds = timelineBounds();
    const double left = std::min(bounds.left(), rect.left()), right = std::max(bounds.right(), rect.right());
    QFont font = painter->font();
    font.setPointSizeF(11);
    font.setBold(true);
    painter->setFont(font);
    for (qsizetype i = 0; i < m_arrangement.lanes.size(); ++i) {
        const layout::TimelineLane &lane = m_arrangement.lanes[i];
        const QRectF band(left, lane.top, right - left, lane.height);
        if (!band.intersects(rect))
            continue;
        painter->fillRect(band, laneShade(int(i)));
        painter->setPen(QColor(0xcf, 0xd8, 0xdc));
        painter->drawLine(QLineF(band.bottomLeft(), band.bottomRight()));
        painter->setPen(QColor(0x54, 0x6e, 0x7a));
        painter->drawText(QRectF(bounds.left() + 10, band.top(), kLaneLabelWidth - 30, band.height()),
                          Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, lane.name);
    }
    // Slices: columns across the lanes, named above them.
    if (const Diagram *diagram = m_catalog->state().diagram(m_diagram)) {
        for (const DiagramSlice &slice : diagram->slices) {
            const QRectF column(slice.left, bounds.top() - kSliceTitleHeight, slice.right - slice.left, bounds.height() + kSliceTitleHeight);
            if (!column.intersects(rect))
                continue;
            painter->setPen(QPen(QColor(0x54, 0x6e, 0x7a), 1, Qt::DashLine));
            painter->setBrush(QColor(0x15, 0x65, 0xc0, 18));
            painter->drawRect(column);
            painter->setPen(QColor(0x37, 0x47, 0x4f));
            painter->drawText(QRectF(column.left(), column.top(), column.width(), kSliceTitleHeight), Qt::AlignCenter | Qt::TextWordWrap,
                              slice.name);
        }
    }
    painter->restore();
}

QRectF DiagramScene::contentRect() const
{
    QRectF bounds;
    for (ElementItem *item : std::as_const(m_elements))
        bounds = bounds.united(item->sceneRectangle());
    for (RelationItem *item : std::as_const(m_relations))
        bounds = bounds.united(item->path().boundingRect());
    if (m_kind == DiagramKind::Timeline) {
        // The lanes with their names (an empty timeline too: they are where one starts), and
        // the slices' titles.
        const Diagram *diagram = m_catalog ? m_catalog->state().diagram(m_diagram) : nullptr;
        const double sliceTitles = diagram && !diagram->slices.isEmpty() ? kSliceTitleHeight : 0;
        bounds = bounds.united(timelineBounds().adjusted(0, -sliceTitles, 0, 0));
    }
    return bounds;
}

} // namespace mesh::canvas
