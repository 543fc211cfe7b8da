#include "canvas/layout/timelinelanes.h"

#include <algorithm>

namespace mesh::layout {

namespace {

constexpr double kLanePadding = 24.0;   // between a band's edge and its stickies
constexpr double kRowGap = 16.0;        // between two rows of one lane
constexpr double kTimeGap = 12.0;       // two stickies closer than this in time take two rows

} // namespace

int TimelineArrangement::laneAt(double y) const
{
    for (qsizetype i = 0; i < lanes.size(); ++i) {
        if (y < lanes[i].bottom())
            return int(i);
    }
    return int(lanes.size()) - 1;
}

TimelineArrangement arrangeTimeline(const QStringList &laneOrder, const QList<TimelineSticky> &stickies)
{
    QStringList names = laneOrder;
    QHash<QString, QList<const TimelineSticky *>> byLane;
    for (const TimelineSticky &sticky : stickies) {
        if (!names.contains(sticky.lane))
            names.append(sticky.lane);
        byLane[sticky.lane].append(&sticky);
    }
    TimelineArrangement arrangement;
    double top = 0;
    for (const QString &name : std::as_const(names)) {
        QList<const TimelineSticky *> lane = byLane.value(name);
        std::sort(lane.begin(), lane.end(), [](const TimelineSticky *a, const TimelineSticky *b) {
            return a->box.left() != b->box.left() ? a->box.left() < b->box.left() : a->id < b->id;
        });
        double rowHeight = 0;
        for (const TimelineSticky *sticky : std::as_const(lane))
            rowHeight = std::max(rowHeight, sticky->box.height());
        // Each sticky in the first row where it comes after the row's last one.
        QList<double> rowEnds;
        QHash<QUuid, int> rowOf;
        for (const TimelineSticky *sticky : std::as_const(lane)) {
            qsizetype row = 0;
            while (row < rowEnds.size() && rowEnds[row] + kTimeGap > sticky->box.left())
                ++row;
            if (row == rowEnds.size())
                rowEnds.append(0);
            rowEnds[row] = sticky->box.right();
            rowOf.insert(sticky->id, int(row));
        }
        const qsizetype rows = rowEnds.size();
        const double content = rows * rowHeight + std::max<qsizetype>(rows - 1, 0) * kRowGap;
        const double height = std::max(kMinLaneHeight, content + 2 * kLanePadding);
        const double firstRow = top + (height - content) / 2;
        for (const TimelineSticky *sticky : std::as_const(lane)) {
            const double rowTop = firstRow + rowOf.value(sticky->id) * (rowHeight + kRowGap);
            arrangement.topLefts.insert(sticky->id, QPointF(sticky->box.left(), rowTop + (rowHeight - sticky->box.height()) / 2));
        }
        arrangement.lanes.append({name, top, height});
        top += height;
    }
    return arrangement;
}

} // namespace mesh::layout
