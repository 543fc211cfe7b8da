#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>

namespace mesh::layout {

// A timeline swimlane as the router sees it: how far its stickies reach, top and bottom.
struct LaneBand {
    double top;
    double bottom;
};

// Timelines: the way from the sticky `from` (in lane `fromLane` of `lanes`, top to bottom) to
// `to` (in `toLane`) that passes none of the other `stickies` (the list may hold the ends). Empty when the straight line between them
// is clear — or when no clear way is found, and the line stays straight. Otherwise it leaves
// `from` towards the other lane, runs along the gap between the lanes, through a column clear
// of the lanes in between, along the gap beside the target's lane and into it, with rounded
// corners: cubic Bézier control points, as in LayoutResult (start, then three per segment).
QList<QPointF> laneRoute(const QRectF &from, int fromLane, const QRectF &to, int toLane, const QList<LaneBand> &lanes,
                         const QList<QRectF> &stickies);

} // namespace mesh::layout
