#pragma once

#include <QJsonArray>
#include <QList>
#include <QRectF>
#include <QAnyStringView>
#include <QString>
#include <QUuid>

#include <optional>

namespace mesh::catalog {

enum class DiagramKind { Board, Timeline, ContextMap };
QString diagramKindId(DiagramKind kind);                     // "board", "timeline", "context-map"
std::optional<DiagramKind> diagramKindFromId(QAnyStringView id);

// A named vertical slice of a timeline (Event Modeling): one step of the story, from
// `left` to `right` in the diagram's coordinates.
struct DiagramSlice {
    QString name;
    double left = 0;
    double right = 0;

    bool operator==(const DiagramSlice &) const = default;
};

// A view over the catalog. What it shows is its placements (and, on timelines, slices).
struct Diagram {
    QUuid id;
    QString name;
    DiagramKind kind = DiagramKind::Board;
    QList<DiagramSlice> slices;

    bool operator==(const Diagram &) const = default;
};

// Slices as JSON ([{"name", "left", "right"}]), as changes and stores keep them; reading
// gives nothing for anything else.
QJsonArray slicesToJson(const QList<DiagramSlice> &slices);
std::optional<QList<DiagramSlice>> slicesFromJson(const QJsonValue &value);

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
