#pragma once

#include "canvas/layout/layoutgraph.h"

#include <QCoreApplication>

#include <atomic>
#include <optional>

namespace mesh::layout {

// Lays graphs out with Graphviz in process (cgraph + gvc): builds the graph, runs the engine,
// reads coordinates and splines straight from the laid-out graph, frees everything. Calls
// into Graphviz hold one global lock (it is not thread-safe); everything else runs in the
// caller's thread, so a worker may lay out while the window stays live.
// The composed layout's per-cluster results, kept between runs: a cluster whose nodes and
// inner edges did not change is not laid out again (an edit inside one context relays out
// that context only).
class LayoutCache
{
public:
    struct Cluster {
        QByteArray signature;
        QHash<QUuid, QPointF> centers;
        QHash<int, QList<QPointF>> paths;   // by edge index
        QSizeF size;
    };
    QHash<QString, Cluster> clusters;
    int reused = 0;   // clusters taken from the cache by the last run
};

class GraphvizLayout
{
    Q_DECLARE_TR_FUNCTIONS(mesh::layout::GraphvizLayout)

public:
    // Nothing when cancelled (checked between steps). Pinned nodes keep their centers; the
    // rest is laid out beside them, never over them.
    static std::optional<LayoutResult> run(const LayoutGraph &graph, LayoutEngine engine, const std::atomic<bool> *cancel = nullptr,
                                           LayoutCache *cache = nullptr);

    // The graph WholeDot (clusters) or Timeline lays out, as Graphviz writes it (agwrite),
    // every attribute included: what the `dot` command is given to lay out the same.
    static QByteArray toDot(const LayoutGraph &graph, bool clusters);
};

} // namespace mesh::layout
