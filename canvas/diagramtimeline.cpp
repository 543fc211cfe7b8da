// The timeline side of the scene: swimlanes (which lane a sticky goes to, the bands drawn
// behind them), named slices, and relations routed around the stickies in their way.

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

} // namespace

QStringList DiagramScene::lanes() const
{
    QStringList lanes{tr("Triggers and actors"), tr("Commands and read models")};
    QStringList eventLanes;
    const CatalogState &state = m_catalog->state();
    for (const Placement &placement : state.placements(m_diagram)) {
        if (const Element *element = state.element(placement.element)) {
            const QString lane = placement.lane.isEmpty() ? laneFor(*element) : placement.lane;
            if (!lanes.contains(lane) && !eventLanes.contains(lane))
                eventLanes.append(lane);
        }
    }
    eventLanes.sort();
    return lanes + eventLanes;
}

QString DiagramScene::laneFor(const Element &element) const
{
    switch (element.kind) {
    case ElementKind::Actor:
    case ElementKind::ExternalSystem:
    case ElementKind::Policy:
        return tr("Triggers and actors");
    case ElementKind::Command:
    case ElementKind::ReadModel:
        return tr("Commands and read models");
    default: {
        const Element *context = m_catalog->state().element(element.context);
        return tr("Events · %1").arg(context ? context->name : tr("no context"));
    }
    }
}

QList<DiagramScene::LaneBand> DiagramScene::laneBands() const
{
    const CatalogState &state = m_catalog->state();
    QHash<QString, QList<ElementItem *>> byLane;
    for (ElementItem *item : std::as_const(m_elements)) {
        const Placement *placement = state.placement(m_diagram, item->element());
        const Element *element = state.element(item->element());
        if (placement && element)
            byLane[placement->lane.isEmpty() ? laneFor(*element) : placement->lane].append(item);
    }
    QList<LaneBand> bands;
    for (const QString &lane : lanes()) {
        if (!byLane.contains(lane))
            continue;
        LaneBand band{lane, {}, byLane.value(lane)};
        for (const ElementItem *item : std::as_const(band.items))
            band.stickies |= item->sceneRectangle();
        bands.append(band);
    }
    return bands;
}

void DiagramScene::followLanes(const QList<RelationItem *> &relations)
{
    if (m_kind != DiagramKind::Timeline)
        return;
    // Worked out once per move, not on every frame the background is drawn.
    m_laneBands = laneBands();
    QList<layout::LaneBand> lanes;
    QHash<const ElementItem *, int> laneOf;
    QList<QRectF> stickies;
    for (const LaneBand &band : std::as_const(m_laneBands)) {
        for (const ElementItem *item : band.items) {
            laneOf.insert(item, int(lanes.size()));
            if (!item->isDrawnAsFrame())
                stickies.append(item->sceneRectangle());
        }
        lanes.append({band.stickies.top(), band.stickies.bottom()});
    }
    for (RelationItem *relation : relations) {
        relation->setRoute(layout::laneRoute(relation->from()->sceneRectangle(), laneOf.value(relation->from(), -1),
                                             relation->to()->sceneRectangle(), laneOf.value(relation->to(), -1), lanes, stickies));
    }
}

void DiagramScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    QGraphicsScene::drawBackground(painter, rect);
    if (m_kind != DiagramKind::Timeline)
        return;
    // Swimlanes: a band per lane around its stickies, its name at the left.
    painter->save();
    double left = 0, right = 0;
    for (const LaneBand &lane : std::as_const(m_laneBands)) {
        left = std::min(left, lane.stickies.left());
        right = std::max(right, lane.stickies.right());
    }
    int index = 0;
    double top = 1e18, bottom = -1e18;
    QFont font = painter->font();
    font.setPointSizeF(11);
    font.setBold(true);
    painter->setFont(font);
    for (const LaneBand &lane : std::as_const(m_laneBands)) {
        const QRectF band(left - kLaneLabelWidth, lane.stickies.top() - 20, right - left + kLaneLabelWidth + 40, lane.stickies.height() + 40);
        if (!band.intersects(rect))
            continue;
        painter->fillRect(band, index++ % 2 ? QColor(0xf5, 0xf5, 0xf5) : QColor(0xec, 0xef, 0xf1));
        painter->setPen(QColor(0x54, 0x6e, 0x7a));
        painter->drawText(QRectF(band.left() + 10, band.top(), kLaneLabelWidth - 20, band.height()), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, lane.name);
        top = std::min(top, band.top());
        bottom = std::max(bottom, band.bottom());
    }
    // Slices: vertical bands across the lanes, named at the top.
    if (const Diagram *diagram = m_catalog->state().diagram(m_diagram)) {
        for (const DiagramSlice &slice : diagram->slices) {
            const QRectF column(slice.left, top - kSliceTitleHeight, slice.right - slice.left, bottom - top + kSliceTitleHeight);
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
    if (m_kind == DiagramKind::Timeline && !bounds.isNull()) {
        const Diagram *diagram = m_catalog ? m_catalog->state().diagram(m_diagram) : nullptr;
        const double sliceTitles = diagram && !diagram->slices.isEmpty() ? kSliceTitleHeight : 0;
        bounds.adjust(-kLaneLabelWidth, -20 - sliceTitles, 40, 20);   // the lanes, slices and their names
    }
    return bounds;
}

} // namespace mesh::canvas
