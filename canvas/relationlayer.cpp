#include "canvas/relationlayer.h"

#include "canvas/layout/layoutgraph.h"
#include "canvas/relationitem.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <array>
#include <cmath>
#include <utility>

namespace mesh::canvas {

using catalog::RelationKind;

namespace {

const QColor kLineColour(0x54, 0x54, 0x54);
const QColor kSelectedColour(0x15, 0x65, 0xc0);
const QColor kCrossingColour(0x90, 0x90, 0x90);

// Below this scale relations are hairlines between their ends: no curve, no arrowhead.
constexpr double kHairlineDetail = 0.2;
// Context-map patterns and U/D are written from this scale up.
constexpr double kLabelDetail = 0.35;
// Below this many long lines in view, they are antialiased like the rest.
constexpr qsizetype kFewCrossingLines = 200;

// What is drawn with one pen. A line over 300 pixels is one of the edges reaching across the
// board: antialiasing hundreds of those costs most of a frame, so they are drawn plain, and
// lighter ("crossing"). Calls are dashed: they are synchronous.
enum Stroke { Crossing, CrossingCall, Line, Call, Selected, SelectedCall, StrokeCount };

QPen penFor(Stroke stroke)
{
    switch (stroke) {
    case Crossing:
        return QPen(kCrossingColour, 1);
    case CrossingCall:
        return QPen(kCrossingColour, 1, Qt::DashLine);
    case Line:
        return QPen(kLineColour, 1.4);
    case Call:
        return QPen(kLineColour, 1.4, Qt::DashLine);
    case Selected:
        return QPen(kSelectedColour, 2.5);
    case SelectedCall:
    case StrokeCount:
        break;
    }
    return QPen(kSelectedColour, 2.5, Qt::DashLine);
}

struct Strokes
{
    QList<QLineF> lines;
    QPainterPath curves;
};

QString upstreamMark(RelationKind kind)
{
    switch (kind) {
    case RelationKind::Partnership:
    case RelationKind::SharedKernel:
        return {};   // symmetric: neither end is upstream
    default:
        return QStringLiteral("U");
    }
}

// Context maps: the pattern in the middle, upstream and downstream at the ends.
void drawPattern(QPainter *painter, const RelationItem &relation)
{
    const QPainterPath path = relation.path();
    const QPointF middle = path.pointAtPercent(0.5);
    const QRectF box(middle.x() - 80, middle.y() - 18, 160, 16);
    painter->fillRect(box.adjusted(30, 0, -30, 0), QColor(255, 255, 255, 200));
    painter->drawText(box, Qt::AlignCenter, catalog::relationKindDisplayName(relation.kind()));
    const QString upstream = upstreamMark(relation.kind());
    if (upstream.isEmpty())
        return;
    // A little way from each end, beside the line on its lower side (the pattern's name is
    // above the middle).
    const double length = path.length();
    const double inset = std::min(24.0, length / 4);
    const auto mark = [&](double at, const QString &text) {
        const double percent = path.percentAtLength(at);
        const double angle = qDegreesToRadians(path.angleAtPercent(percent));
        QPointF beside(std::sin(angle), std::cos(angle));   // perpendicular to the line
        if (beside.y() < 0 || (qFuzzyIsNull(beside.y()) && beside.x() < 0))
            beside = -beside;
        painter->drawText(QRectF(path.pointAtPercent(percent) + beside * 12 - QPointF(12, 8), QSizeF(24, 16)), Qt::AlignCenter, text);
    };
    mark(inset, upstream);
    mark(length - inset, QStringLiteral("D"));
}

} // namespace

RelationLayer::RelationLayer()
{
    setZValue(-1);   // over the frames, under the stickies
    setFlag(ItemUsesExtendedStyleOption);   // exposedRect: only what is exposed is drawn
    setAcceptedMouseButtons(Qt::NoButton);
}

void RelationLayer::setRelations(QList<RelationItem *> relations)
{
    prepareGeometryChange();
    m_relations = std::move(relations);
    m_bounds = QRectF();
    m_entries.clear();
    m_index.clear();
    for (const RelationItem *relation : std::as_const(m_relations)) {
        m_index.insert(relation, m_entries.size());
        m_entries.append({relation->boundingRect(), relation->isSelected()});
        m_bounds |= relation->boundingRect();
    }
}

void RelationLayer::relationChanged(const RelationItem *relation, const QRectF &before, const QRectF &now)
{
    if (const auto index = m_index.constFind(relation); index != m_index.cend())
        m_entries[*index] = {now, relation->isSelected()};   // a new one is entered by setRelations
    if (!m_bounds.contains(now)) {
        prepareGeometryChange();
        m_bounds |= now;
    }
    update(before);
    update(now);
}

QRectF RelationLayer::boundingRect() const
{
    return m_bounds;
}

QPainterPath RelationLayer::shape() const
{
    return {};
}

void RelationLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    // A picture (no widget: SVG, PNG, the export) waits on no frame: every line antialiased.
    const bool picture = !widget;
    const double detail = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF visible = option->exposedRect.adjusted(-20, -20, 20, 20);
    painter->setBrush(Qt::NoBrush);

    if (detail < kHairlineDetail) {
        QList<QLineF> lines, selected;
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            if (!m_entries[i].bounds.intersects(visible))
                continue;
            QLineF line = m_relations[i]->straightLine();
            if (layout::clipLine(line, visible))
                (m_entries[i].selected ? selected : lines).append(line);
        }
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(QPen(kLineColour, 0));
        painter->drawLines(lines);
        painter->setPen(QPen(kSelectedColour, 0));
        painter->drawLines(selected);
        return;
    }

    std::array<Strokes, StrokeCount> strokes;
    QPainterPath arrowheads, selectedArrowheads;   // all turn the same way: winding fill never leaves holes
    arrowheads.setFillRule(Qt::WindingFill);
    selectedArrowheads.setFillRule(Qt::WindingFill);
    QList<const RelationItem *> patterns;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (!m_entries[i].bounds.intersects(visible))
            continue;
        const RelationItem *relation = m_relations[i];
        const bool selected = m_entries[i].selected;
        const int dashed = relation->kind() == RelationKind::Calls ? 1 : 0;
        if (relation->isRouted()) {
            strokes[(selected ? Selected : Line) + dashed].curves.addPath(relation->path());
        } else {
            QLineF line = relation->straightLine();
            if (!layout::clipLine(line, visible))
                continue;
            const bool crossing = !picture && !selected && line.length() * detail > 300;
            strokes[(selected ? Selected : crossing ? Crossing : Line) + dashed].lines.append(line);
        }
        const QPolygonF arrowhead = relation->arrowhead();
        if (!arrowhead.isEmpty() && visible.contains(arrowhead.first()))
            (selected ? selectedArrowheads : arrowheads).addPolygon(arrowhead);
        if (catalog::isContextMapRelation(relation->kind()) && detail >= kLabelDetail)
            patterns.append(relation);
    }
    // A few long lines cost nothing: they are drawn like the others.
    if (strokes[Crossing].lines.size() + strokes[CrossingCall].lines.size() < kFewCrossingLines) {
        strokes[Line].lines += std::exchange(strokes[Crossing].lines, {});
        strokes[Call].lines += std::exchange(strokes[CrossingCall].lines, {});
    }
    // Only what there is: an SVG picture would get an empty group for every pen.
    for (int stroke = 0; stroke < StrokeCount; ++stroke) {
        const Strokes &drawn = strokes[stroke];
        if (drawn.lines.isEmpty() && drawn.curves.isEmpty())
            continue;
        painter->setRenderHint(QPainter::Antialiasing, stroke != Crossing && stroke != CrossingCall);
        painter->setPen(penFor(Stroke(stroke)));
        if (!drawn.lines.isEmpty())
            painter->drawLines(drawn.lines);
        if (!drawn.curves.isEmpty())
            painter->drawPath(drawn.curves);
    }
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    if (!arrowheads.isEmpty())
        painter->fillPath(arrowheads, kLineColour);
    if (!selectedArrowheads.isEmpty())
        painter->fillPath(selectedArrowheads, kSelectedColour);
    if (patterns.isEmpty())
        return;
    QFont font = painter->font();
    font.setPointSizeF(9);
    font.setBold(false);
    painter->setFont(font);
    painter->setPen(QColor(0x33, 0x33, 0x33));
    for (const RelationItem *relation : std::as_const(patterns))
        drawPattern(painter, *relation);
}

} // namespace mesh::canvas
