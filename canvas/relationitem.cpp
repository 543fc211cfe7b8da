#include "canvas/relationitem.h"

#include "canvas/elementitem.h"
#include "canvas/layout/layoutgraph.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace mesh::canvas {

using catalog::RelationKind;

namespace {

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

// The part of a segment inside `rect` (Liang–Barsky), so that a long line crossing the view
// is not stroked over its whole length; false when it misses the rectangle.
bool clip(QLineF &line, const QRectF &rect)
{
    double t0 = 0, t1 = 1;
    const double dx = line.dx(), dy = line.dy();
    const double p[] = {-dx, dx, -dy, dy};
    const double q[] = {line.x1() - rect.left(), rect.right() - line.x1(), line.y1() - rect.top(), rect.bottom() - line.y1()};
    for (int i = 0; i < 4; ++i) {
        if (qFuzzyIsNull(p[i])) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    const QPointF start = line.pointAt(t0), end = line.pointAt(t1);
    line = QLineF(start, end);
    return true;
}

} // namespace

RelationItem::RelationItem(const QUuid &relation, RelationKind kind, ElementItem *from, ElementItem *to)
    : m_relation(relation), m_kind(kind), m_from(from), m_to(to)
{
    setZValue(-1);
    setFlag(ItemIsSelectable);
    setFlag(ItemUsesExtendedStyleOption);   // exposedRect: long lines are clipped to it
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
        path.moveTo(layout::borderPoint(a, b.center()));
        path.lineTo(layout::borderPoint(b, a.center()));
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
    const QRectF visible = option->exposedRect.adjusted(-20, -20, 20, 20);
    QLineF straight(m_path.elementAt(0), m_path.currentPosition());
    painter->setRenderHint(QPainter::Antialiasing, detail >= 0.2);
    if (detail < 0.2) {   // tiny: a line between the ends, no curve, no arrow
        if (clip(straight, visible)) {
            painter->setPen(QPen(colour, 0));
            painter->drawLine(straight);
        }
        return;
    }
    const bool synchronous = m_kind == RelationKind::Calls;
    painter->setPen(QPen(colour, selected ? 2.5 : 1.4, synchronous ? Qt::DashLine : Qt::SolidLine));
    if (m_route.size() >= 4) {
        painter->drawPath(m_path);
    } else {
        if (!clip(straight, visible))
            return;
        // A long line (over 300 pixels) is one of the edges reaching across the board:
        // antialiasing hundreds of those costs most of a frame (25 ms instead of 8 at 100 %
        // on a 5,000-sticky board), so they are drawn plain, and lighter.
        if (straight.length() * detail > 300 && !selected) {
            static const QPen kCrossing(QColor(0x90, 0x90, 0x90), 1);
            static const QPen kCrossingCall(QColor(0x90, 0x90, 0x90), 1, Qt::DashLine);
            painter->setRenderHint(QPainter::Antialiasing, false);   // the arrowhead too: each item sets its own
            painter->setPen(synchronous ? kCrossingCall : kCrossing);
        }
        painter->drawLine(straight);
    }
    if (!visible.contains(m_path.currentPosition()))
        return;   // the arrowhead is off screen
    // The arrowhead, along the path's last direction (none while both ends overlap).
    if (m_path.length() < 1)
        return;
    const QPointF tip = m_path.pointAtPercent(1);
    const double angle = qDegreesToRadians(m_path.angleAtPercent(0.999));
    if (!std::isfinite(angle))
        return;
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
