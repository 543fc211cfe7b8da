#include "canvas/layout/laneroute.h"

#include "canvas/layout/layoutgraph.h"

#include <QLineF>

#include <algorithm>
#include <cmath>
#include <optional>

namespace mesh::layout {

namespace {

constexpr double kClearance = 6;    // how close a line may pass a sticky
constexpr double kCorner = 10;      // radius of the rounded corners
constexpr double kOuterGap = 24;    // below the last lane (or above the first): the way round

// Whether the segment passes a sticky other than the relation's ends.
bool blocked(const QLineF &segment, const QList<QRectF> &stickies, const QRectF &from, const QRectF &to)
{
    for (const QRectF &other : stickies) {
        if (other == from || other == to)
            continue;
        QLineF part = segment;
        if (clipLine(part, other.adjusted(-kClearance, -kClearance, kClearance, kClearance)))
            return true;
    }
    return false;
}

double gapBelow(const QList<LaneBand> &lanes, int lane)
{
    return lane + 1 < lanes.size() ? (lanes[lane].bottom + lanes[lane + 1].top) / 2 : lanes[lane].bottom + kOuterGap;
}

double gapAbove(const QList<LaneBand> &lanes, int lane)
{
    return lane > 0 ? (lanes[lane - 1].bottom + lanes[lane].top) / 2 : lanes[lane].top - kOuterGap;
}

// An x where a vertical line from y1 to y2 passes no sticky, as near both ends as can be:
// the stickies across that height block intervals of x; the answer is an end's x when it is
// free, else the nearest edge of a blocked stretch.
std::optional<double> clearColumn(double fromX, double toX, double y1, double y2, const QList<QRectF> &stickies, const QRectF &from,
                                  const QRectF &to)
{
    const double top = std::min(y1, y2), bottom = std::max(y1, y2);
    QList<std::pair<double, double>> blockedX;
    for (const QRectF &other : stickies) {
        if (other != from && other != to && other.bottom() + kClearance > top && other.top() - kClearance < bottom)
            blockedX.append({other.left() - kClearance, other.right() + kClearance});
    }
    std::sort(blockedX.begin(), blockedX.end());
    QList<std::pair<double, double>> merged;
    for (const auto &stretch : std::as_const(blockedX)) {
        if (!merged.isEmpty() && stretch.first <= merged.last().second)
            merged.last().second = std::max(merged.last().second, stretch.second);
        else
            merged.append(stretch);
    }
    const auto isFree = [&](double x) {
        return std::none_of(merged.begin(), merged.end(), [x](const auto &stretch) { return stretch.first < x && x < stretch.second; });
    };
    QList<double> candidates{toX, fromX};
    for (const auto &stretch : std::as_const(merged))
        candidates << stretch.first - kClearance << stretch.second + kClearance;
    const auto cost = [&](double x) { return std::abs(x - fromX) + std::abs(x - toX) + std::abs(x - toX) / 1000; };
    std::optional<double> best;
    for (double x : std::as_const(candidates)) {
        if ((!best || cost(x) < cost(*best)) && isFree(x))
            best = x;
    }
    return best;
}

void appendLine(QList<QPointF> &path, const QPointF &to)
{
    const QPointF from = path.last();
    path << from + (to - from) / 3 << from + (to - from) * 2 / 3 << to;
}

// The corners of a polyline rounded, as cubic control points.
QList<QPointF> rounded(const QList<QPointF> &corners)
{
    QList<QPointF> path{corners.first()};
    for (qsizetype i = 1; i + 1 < corners.size(); ++i) {
        const QLineF in(corners[i - 1], corners[i]), out(corners[i], corners[i + 1]);
        const double radius = std::min({kCorner, in.length() / 2, out.length() / 2});
        appendLine(path, in.pointAt(1 - radius / in.length()));
        path << corners[i] << corners[i] << out.pointAt(radius / out.length());
    }
    appendLine(path, corners.last());
    return path;
}

} // namespace

QList<QPointF> laneRoute(const QRectF &from, int fromLane, const QRectF &to, int toLane, const QList<LaneBand> &lanes,
                         const QList<QRectF> &stickies)
{
    if (!blocked(QLineF(borderPoint(from, to.center()), borderPoint(to, from.center())), stickies, from, to))
        return {};
    if (fromLane < 0 || toLane < 0 || fromLane >= lanes.size() || toLane >= lanes.size())
        return {};
    const double fromX = from.center().x(), toX = to.center().x();
    QList<QPointF> corners;
    if (fromLane == toLane) {   // round by the gap below the lane
        const double y = gapBelow(lanes, fromLane);
        corners = {{fromX, from.bottom()}, {fromX, y}, {toX, y}, {toX, to.bottom()}};
    } else {
        const bool down = toLane > fromLane;
        const double leave = down ? gapBelow(lanes, fromLane) : gapAbove(lanes, fromLane);
        const double arrive = down ? gapAbove(lanes, toLane) : gapBelow(lanes, toLane);
        const QPointF start(fromX, down ? from.bottom() : from.top());
        const QPointF end(toX, down ? to.top() : to.bottom());
        if (std::abs(toLane - fromLane) == 1) {
            corners = {start, {fromX, leave}, {toX, leave}, end};
        } else {
            const auto column = clearColumn(fromX, toX, leave, arrive, stickies, from, to);
            if (!column)
                return {};
            corners = {start, {fromX, leave}, {*column, leave}, {*column, arrive}, {toX, arrive}, end};
        }
    }
    // Corners on one line add nothing; a way that still meets a sticky is not taken.
    for (qsizetype i = 1; i + 1 < corners.size();) {
        const QPointF a = corners[i - 1], b = corners[i], c = corners[i + 1];
        const auto same = [](double u, double v) { return std::abs(u - v) < 0.01; };
        const bool straight = (same(a.x(), b.x()) && same(b.x(), c.x())) || (same(a.y(), b.y()) && same(b.y(), c.y()));
        if (straight)
            corners.removeAt(i);
        else
            ++i;
    }
    for (qsizetype i = 0; i + 1 < corners.size(); ++i) {
        if (blocked(QLineF(corners[i], corners[i + 1]), stickies, from, to))
            return {};
    }
    return rounded(corners);
}

} // namespace mesh::layout
