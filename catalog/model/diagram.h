#pragma once

#include <QRectF>
#include <QAnyStringView>
#include <QString>
#include <QUuid>

#include <optional>

namespace mesh::catalog {

enum class DiagramKind { Board, Timeline, ContextMap };
QString diagramKindId(DiagramKind kind);                     // "board", "timeline", "context-map"
std::optional<DiagramKind> diagramKindFromId(QAnyStringView id);

// A view over the catalog. What it shows is its placements.
struct Diagram {
    QUuid id;
    QString name;
    DiagramKind kind = DiagramKind::Board;

    bool operator==(const Diagram &) const = default;
};

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
