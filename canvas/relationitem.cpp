#include "canvas/relationitem.h"

#include "canvas/elementitem.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace mesh::canvas {

using catalog::RelationKind;

namespace {

QPointF borderPoint(const QRectF &rect, const QPointF &towards)
{
    const QPointF center = rect.center();
    const QPointF d = towards - center;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return center;
    const double sx = qFuzzyIsNull(d.x()) ? 1e18 : (rect.width() / 2) / std::abs(d.x());
    const double sy = qFuzzyIsNull(d.y()) ? 1e18 : (rect.height() / 2) / std::abs(d.y());
    return center + d * std::min({sx, sy, 1.0});
}

QString upstreamDownstream(RelationKind kind)
{
    switch (kind) {
    case RelationKind::Partnership:
    case RelationKind::SharedKernel:
        return {};
    default:
        return QStringLiteral("U");
    }
}

} // namespace

RelationItem::RelationItem(const QUuid &relation, RelationKind kind, ElementItem *from, ElementItem *to)
    : m_relation(relation), m_kind(kind), m_from(from), m_to(to)
{
    setZValue(-1);
    setFlag(ItemIsSelectable);
    rebuild();
}

void RelationItem::setRoute(const QList<QPointF> &controlPoints)
{
    m_route = controlPoints;
    m_routedFrom = m_from->sceneRectangle();
    m_routedTo = m_to->sceneRectangle();
    rebuild();
}

void RelationItem::endsMoved()
{
    if (!m_route.isEmpty() && (m_from->sceneRectangle() != m_routedFrom || m_to->sceneRectangle() != m_routedTo))
        m_route.clear();
    rebuild();
}

void RelationItem::rebuild()
{
    prepareGeometryChange();
    QPainterPath path;
    if (m_route.size() >= 4) {
        path.moveTo(m_route.first());
        for (qsizetype i = 1; i + 2 < m_route.size(); i += 3)
            path.cubicTo(m_route[i], m_route[i + 1], m_route[i + 2]);
    } else {
        const QRectF a = m_from->sceneRectangle();
        const QRectF b = m_to->sceneRectangle();
        path.moveTo(borderPoint(a, b.center()));
        path.lineTo(borderPoint(b, a.center()));
    }
    m_path = path;
    m_bounds = path.boundingRect().adjusted(-60, -20, 60, 20);
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

void RelationItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double detail = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool selected = option->state & QStyle::State_Selected;
    const QColor colour = selected ? QColor(0x15, 0x65, 0xc0) : QColor(0x54, 0x54, 0x54);
    painter->setBrush(Qt::NoBrush);
    if (detail < 0.2) {   // tiny: a line between the ends, no curve, no arrow
        painter->setPen(QPen(colour, 0));
        painter->drawLine(m_path.pointAtPercent(0), m_path.pointAtPercent(1));
        return;
    }
    const bool synchronous = m_kind == RelationKind::Calls;
    painter->setPen(QPen(colour, selected ? 2.5 : 1.4, synchronous ? Qt::DashLine : Qt::SolidLine));
    painter->drawPath(m_path);
    // The arrowhead, along the path's last direction.
    const QPointF tip = m_path.pointAtPercent(1);
    const double angle = qDegreesToRadians(m_path.angleAtPercent(0.999));
    const QPointF back(-std::cos(angle), std::sin(angle));
    const QPointF side(-back.y(), back.x());
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawPolygon(QPolygonF{tip, tip + back * 10 + side * 4, tip + back * 10 - side * 4});

    if (!catalog::isContextMapRelation(m_kind) || detail < 0.35)
        return;
    // Context maps: the pattern in the middle, upstream and downstream at the ends.
    QFont font = painter->font();
    font.setPointSizeF(9);
    painter->setFont(font);
    painter->setPen(QColor(0x33, 0x33, 0x33));
    const QString label = catalog::relationKindDisplayName(m_kind);
    const QPointF middle = m_path.pointAtPercent(0.5);
    const QRectF box(middle.x() - 80, middle.y() - 18, 160, 16);
    painter->fillRect(box.adjusted(30, 0, -30, 0), QColor(255, 255, 255, 200));
    painter->drawText(box, Qt::AlignCenter, label);
    const QString upstream = upstreamDownstream(m_kind);
    if (!upstream.isEmpty()) {
        painter->drawText(QRectF(m_path.pointAtPercent(0.08) - QPointF(12, 18), QSizeF(24, 16)), Qt::AlignCenter, QStringLiteral("U"));
        painter->drawText(QRectF(m_path.pointAtPercent(0.92) - QPointF(12, 18), QSizeF(24, 16)), Qt::AlignCenter, QStringLiteral("D"));
    }
}

} // namespace mesh::canvas
