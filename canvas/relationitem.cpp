#include "canvas/relationitem.h"

#include "canvas/elementitem.h"
#include "canvas/layout/layoutgraph.h"
#include "canvas/relationlayer.h"

#include <QPainterPathStroker>

#include <cmath>

namespace mesh::canvas {

RelationItem::RelationItem(const QUuid &relation, catalog::RelationKind kind, ElementItem *from, ElementItem *to, RelationLayer *layer)
    : m_relation(relation), m_kind(kind), m_from(from), m_to(to), m_layer(layer)
{
    setZValue(-1);
    setFlags(ItemIsSelectable | ItemHasNoContents);
    rebuild();
}

void RelationItem::setRoute(const QList<QPointF> &controlPoints)
{
    if (controlPoints == m_route && !endsMovedSinceBuilt())
        return;
    m_route = controlPoints;
    rebuild();
}

void RelationItem::endsMoved()
{
    if (!endsMovedSinceBuilt())
        return;
    m_route.clear();
    rebuild();
}

bool RelationItem::endsMovedSinceBuilt() const
{
    return m_from->sceneRectangle() != m_builtFrom || m_to->sceneRectangle() != m_builtTo;
}

void RelationItem::rebuild()
{
    prepareGeometryChange();
    m_builtFrom = m_from->sceneRectangle();
    m_builtTo = m_to->sceneRectangle();
    const QRectF before = m_bounds;
    QPainterPath path;
    if (isRouted()) {
        path.moveTo(m_route.first());
        for (qsizetype i = 1; i + 2 < m_route.size(); i += 3)
            path.cubicTo(m_route[i], m_route[i + 1], m_route[i + 2]);
    } else {
        const QRectF a = m_from->sceneRectangle();
        const QRectF b = m_to->sceneRectangle();
        path.moveTo(layout::borderPoint(a, b.center()));
        path.lineTo(layout::borderPoint(b, a.center()));
    }
    m_path = path;
    m_straight = QLineF(path.elementAt(0), path.currentPosition());
    m_bounds = path.boundingRect().adjusted(-60, -20, 60, 20);   // room for a context map's labels

    m_arrowhead.clear();
    const double angle = path.length() >= 1 ? qDegreesToRadians(path.angleAtPercent(0.999)) : NAN;
    if (std::isfinite(angle)) {   // a zero-length edge has no direction
        const QPointF tip = path.currentPosition();
        const QPointF back(-std::cos(angle), std::sin(angle));
        const QPointF side(-back.y(), back.x());
        m_arrowhead = QPolygonF{tip, tip + back * 10 + side * 4, tip + back * 10 - side * 4};
    }
    if (m_layer)
        m_layer->relationChanged(this, before, m_bounds);
}

QRectF RelationItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath RelationItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    return stroker.createStroke(m_path);
}

void RelationItem::paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *)
{
    // Nothing: the RelationLayer draws every relation (ItemHasNoContents keeps the view from
    // calling this).
}

QVariant RelationItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged && m_layer)
        m_layer->relationChanged(this, m_bounds, m_bounds);
    return QGraphicsItem::itemChange(change, value);
}

} // namespace mesh::canvas
