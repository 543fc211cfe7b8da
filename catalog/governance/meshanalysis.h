#pragma once

#include "catalog/model/catalogstate.h"

#include <QList>
#include <optional>

namespace mesh::catalog {

// The seed's service mesh vs event mesh comparison, computed from the registry metadata.
// A flow starts at an entry service (one no other service calls) and follows synchronous
// calls: caller → API → the service exposing it → its own calls… Its end-to-end figures
// come from those synchronous hops only: uptime is the product, latency the sum along the
// slowest branch, throughput the slowest hop. Events it emits are asynchronous hops: they
// isolate what lies behind them, so they are listed but not counted.
struct SynchronousHop {
    QUuid caller;   // a service
    QUuid api;
    QUuid provider; // the service exposing the API, null when none
};

struct FlowFigures {
    double uptimePercent = 100;
    double latencyP50Ms = 0;
    double latencyP99Ms = 0;
    std::optional<double> throughputRps; // the slowest hop's, when any declares one
    QUuid slowestHop;
    QStringList undeclared;              // hops whose figures are missing (counted as perfect)
};

struct Flow {
    QUuid entry;
    QList<SynchronousHop> hops;        // every synchronous hop reachable from the entry
    QList<QUuid> asynchronousEvents;   // events emitted along the flow (isolating)
    FlowFigures figures;
    // The synchronous hop that, turned into an event, gains most uptime (ties: latency).
    std::optional<SynchronousHop> bestCandidate;
    FlowFigures ifCandidateWereAnEvent;
};

struct BlastRadius {
    QUuid service;
    QList<QUuid> failingEntries; // entry services whose flow fails when `service` is down
};

struct MeshAnalysis {
    QList<Flow> flows;              // entries with at least one synchronous hop or event, by path
    QList<BlastRadius> blastRadii;  // services called synchronously by someone, by path

    static MeshAnalysis analyze(const CatalogState &state);
};

} // namespace mesh::catalog
