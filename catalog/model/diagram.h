#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QAnyStringView>
#include <QString>
#include <QUuid>

#include "catalog/model/scenario.h"

#include <optional>

namespace mesh::catalog {

enum class DiagramKind { Board, Timeline, ContextMap };
QString diagramKindId(DiagramKind kind);                     // "board", "timeline", "context-map"
std::optional<DiagramKind> diagramKindFromId(QAnyStringView id);

// A named vertical slice of a timeline (Event Modeling): one step of the story, from
// `left` to `right` in the diagram's coordinates, of one of the four kinds, with the
// Given/When/Then scenarios that specify it.
struct DiagramSlice {
    QString name;
    double left = 0;
    double right = 0;
    SliceKind kind = SliceKind::StateChange;
    QList<Scenario> scenarios;

    bool operator==(const DiagramSlice &) const = default;
};

// A relation's path on a diagram as the last auto-layout drew it (Graphviz's spline): cubic
// Bézier control points, the start then three per segment. A path whose ends no longer touch
// the relation's stickies (one was moved since) is not drawn: the relation goes straight.
using RelationRoute = QList<QPointF>;

// A view over the catalog. What it shows is its placements (and, on timelines, slices).
struct Diagram {
    QUuid id;
    QString name;
    DiagramKind kind = DiagramKind::Board;
    QList<DiagramSlice> slices;
    QHash<QUuid, RelationRoute> routes;   // by relation id; relations without one go straight

    bool operator==(const Diagram &) const = default;
};

// Slices as JSON ([{"name", "left", "right", "kind", "scenarios"}]), as changes and stores
// keep them; reading gives nothing for anything else, and says why in `why`.
QJsonArray slicesToJson(const QList<DiagramSlice> &slices);
std::optional<QList<DiagramSlice>> slicesFromJson(const QJsonValue &value, QString *why = nullptr);
// Routes as JSON ({"relation id": [x0, y0, x1, y1, …]}, to a tenth of a pixel), likewise.
QJsonObject routesToJson(const QHash<QUuid, RelationRoute> &routes);
std::optional<QHash<QUuid, RelationRoute>> routesFromJson(const QJsonValue &value);

// Where an element stands on one diagram. Semantic elements are kept apart from their
// placements, so one element may appear on several diagrams.
struct Placement {
    QUuid diagram;
    QUuid element;
    QRectF geometry;
    QString lane;      // swimlane on a timeline, empty elsewhere
    bool pinned = false; // auto-layout leaves pinned placements where they are

    bool operator==(const Placement &) const = default;
};

} // namespace mesh::catalog
