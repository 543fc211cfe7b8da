#pragma once

#include "catalog/model/relationkind.h"

#include <QGraphicsItem>
#include <QPainterPath>
#include <QUuid>

namespace mesh::canvas {

class ElementItem;

// A relation between two elements on the diagram: along the path the last layout gave it,
// or straight from border to border once an end moved; an arrowhead at its target; on a
// context map, the pattern's name with U and D at the ends. Tiny when zoomed out: a line.
class RelationItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    RelationItem(const QUuid &relation, catalog::RelationKind kind, ElementItem *from, ElementItem *to);

    QUuid relation() const { return m_relation; }
    ElementItem *from() const { return m_from; }
    ElementItem *to() const { return m_to; }

    // A routed path (cubic Bézier control points); empty for a straight line.
    void setRoute(const QList<QPointF> &controlPoints);
    // Recomputes the path after an end moved (a route no longer fits: straight again).
    void endsMoved();
    QPainterPath path() const { return m_path; }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void rebuild();

    QUuid m_relation;
    catalog::RelationKind m_kind;
    ElementItem *m_from;
    ElementItem *m_to;
    QList<QPointF> m_route;
    QRectF m_routedFrom, m_routedTo;   // where the ends were when routed
    QPainterPath m_path;
    QRectF m_bounds;
};

} // namespace mesh::canvas
