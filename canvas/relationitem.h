#pragma once

#include "catalog/model/relationkind.h"

#include <QGraphicsItem>
#include <QPainterPath>
#include <QPolygonF>
#include <QUuid>

namespace mesh::canvas {

class ElementItem;
class RelationLayer;

// A relation between two elements on the diagram: along the path the last layout gave it,
// or straight from border to border once an end moved, with an arrowhead at its target. It
// is what is clicked, selected and caught by a rubber band; the RelationLayer draws it with
// all the others.
class RelationItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    RelationItem(const QUuid &relation, catalog::RelationKind kind, ElementItem *from, ElementItem *to, RelationLayer *layer);

    QUuid relation() const { return m_relation; }
    catalog::RelationKind kind() const { return m_kind; }
    ElementItem *from() const { return m_from; }
    ElementItem *to() const { return m_to; }

    // A routed path (cubic Bézier control points); empty for a straight line.
    void setRoute(const QList<QPointF> &controlPoints);
    bool isRouted() const { return m_route.size() >= 4; }
    // Recomputes the path after an end moved (a route no longer fits: straight again).
    void endsMoved();
    QPainterPath path() const { return m_path; }
    // From the start of the path to its end (what is drawn when it is not routed).
    QLineF straightLine() const { return m_straight; }
    // At the target, along the path's last direction; empty while both ends overlap.
    QPolygonF arrowhead() const { return m_arrowhead; }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    void rebuild();
    bool endsMovedSinceBuilt() const;

    QUuid m_relation;
    catalog::RelationKind m_kind;
    ElementItem *m_from;
    ElementItem *m_to;
    RelationLayer *m_layer;
    QList<QPointF> m_route;
    QRectF m_builtFrom, m_builtTo;   // where the ends were when the path was built
    QPainterPath m_path;
    QLineF m_straight;
    QPolygonF m_arrowhead;
    QRectF m_bounds;
};

} // namespace mesh::canvas
