#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QStringList>
#include <QUuid>

namespace mesh::layout {

// A sticky on a timeline as the lanes see it: which lane it belongs to, and its box (its left
// edge is its moment in time; its height position is the lane's to decide).
struct TimelineSticky {
    QUuid id;
    QString lane;
    QRectF box;
};

// A lane's band, top to bottom.
struct TimelineLane {
    QString name;
    double top = 0;
    double height = 0;

    double bottom() const { return top + height; }
};

struct TimelineArrangement {
    QList<TimelineLane> lanes;          // in the order asked for; bands touch, never overlap
    QHash<QUuid, QPointF> topLefts;     // where each sticky stands

    // The lane under a height on the timeline: the one whose band holds it, the first one
    // above all bands, the last one below; -1 when there are no lanes.
    int laneAt(double y) const;
};

// Event Modeling's layout of the lanes: stacked from y = 0 in `lanes` order, each at least
// `kMinLaneHeight` tall; the stickies of a lane kept at their time (x), in rows wherever two
// of them would overlap in time, so that every sticky sits inside its lane and none covers
// another. A sticky of a lane not in `lanes` gets a lane of its own at the bottom. The same
// stickies always give the same arrangement (ties broken by id).
TimelineArrangement arrangeTimeline(const QStringList &lanes, const QList<TimelineSticky> &stickies);

constexpr double kMinLaneHeight = 140.0;

} // namespace mesh::layout
