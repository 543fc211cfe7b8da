#pragma once

#include <QHash>
#include <QLineF>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace mesh::layout {

// What a layout places: boxes of a given size, grouped in clusters (bounded contexts) or
// lanes (timeline swimlanes), some pinned where the user put them, and the edges between.
struct LayoutNode {
    QUuid id;
    QSizeF size;
    QString cluster;        // empty: outside any cluster
    QString lane;           // timeline swimlane
    bool pinned = false;
    QPointF center;         // where it stands now (kept when pinned)
};

struct LayoutEdge {
    QUuid from;
    QUuid to;
};

struct LayoutGraph {
    QList<LayoutNode> nodes;
    QList<LayoutEdge> edges;
    QStringList lanes;      // lane order, top to bottom (timelines)
};

// Where everything goes. Edge paths are cubic Bézier control points (start, then three
// points per segment), in the order of the graph's edges; y grows downwards.
struct LayoutResult {
    QHash<QUuid, QPointF> centers;
    QList<QList<QPointF>> edgePaths;
    QRectF bounds;
};

// Where the segment from the centre of `rect` towards `towards` leaves the rectangle: where
// a straight edge meets its end.
QPointF borderPoint(const QRectF &rect, const QPointF &towards);
// Cuts `line` down to its part inside `rect` (Liang–Barsky); false when it misses it.
bool clipLine(QLineF &line, const QRectF &rect);
// The rectangle of `size` centred on `center`.
inline QRectF centeredRect(const QPointF &center, const QSizeF &size)
{
    return {center.x() - size.width() / 2, center.y() - size.height() / 2, size.width(), size.height()};
}

enum class LayoutEngine {
    Composed,     // boards: each cluster with dot on its own, clusters placed by sfdp
    WholeDot,     // boards: one dot run over everything, clusters as dot clusters (slow, best)
    Timeline,     // dot for the order along time, lanes for the rows
    Force,        // context maps: fdp
};

} // namespace mesh::layout
