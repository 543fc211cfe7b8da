#include "catalog/governance/meshanalysis.h"

#include "catalog/governance/modelqueries.h"

#include <QSet>

#include <algorithm>

namespace mesh::catalog {

namespace {

using namespace ModelQueries;

std::optional<double> figure(const CatalogState &state, const QUuid &id, const char *key)
{
    const Element *e = state.element(id);
    if (!e || !e->attributes.contains(QLatin1String(key)))
        return std::nullopt;
    return e->attributes.value(QLatin1String(key)).toDouble();
}

// An API's figure, else its provider's.
std::optional<double> hopFigure(const CatalogState &state, const SynchronousHop &hop, const char *key)
{
    if (auto own = figure(state, hop.api, key))
        return own;
    return hop.provider.isNull() ? std::nullopt : figure(state, hop.provider, key);
}

QUuid providerOf(const CatalogState &state, const QUuid &api)
{
    const QList<QUuid> providers = sources(state, api, RelationKind::Exposes);
    return providers.isEmpty() ? QUuid() : *std::min_element(providers.begin(), providers.end());
}

// The figures of the synchronous tree under `service`, leaving out the hop `excluded`.
FlowFigures figuresFrom(const CatalogState &state, const QUuid &service, const std::optional<SynchronousHop> &excluded,
                        QSet<QUuid> &visiting)
{
    FlowFigures figures;
    figures.uptimePercent = figure(state, service, "uptimeSloPercent").value_or(100);
    if (!figure(state, service, "uptimeSloPercent"))
        figures.undeclared.append(state.pathOf(service));
    figures.throughputRps = figure(state, service, "throughputRps");
    if (figures.throughputRps)
        figures.slowestHop = service;
    const double ownP50 = figure(state, service, "responseTimeP50Ms").value_or(0);
    const double ownP99 = figure(state, service, "responseTimeP99Ms").value_or(0);
    double slowestP50 = 0;
    double slowestP99 = 0;
    visiting.insert(service);
    for (const QUuid &api : targets(state, service, RelationKind::Calls)) {
        const SynchronousHop hop{service, api, providerOf(state, api)};
        if (excluded && excluded->caller == hop.caller && excluded->api == hop.api)
            continue;
        double uptime = hopFigure(state, hop, "uptimeSloPercent").value_or(100);
        if (!hopFigure(state, hop, "uptimeSloPercent"))
            figures.undeclared.append(state.pathOf(api));
        double p50 = figure(state, api, "responseTimeP50Ms").value_or(0);
        double p99 = figure(state, api, "responseTimeP99Ms").value_or(0);
        if (auto throughput = hopFigure(state, hop, "throughputRps"); throughput && (!figures.throughputRps || *throughput < *figures.throughputRps)) {
            figures.throughputRps = throughput;
            figures.slowestHop = api;
        }
        if (!hop.provider.isNull() && !visiting.contains(hop.provider)) {
            // Behind the API: the provider's own synchronous calls (not its own figures,
            // which the API's stand for).
            FlowFigures behind = figuresFrom(state, hop.provider, excluded, visiting);
            const double providerUptime = figure(state, hop.provider, "uptimeSloPercent").value_or(100);
            uptime *= (behind.uptimePercent / std::max(providerUptime, 1e-9));
            p50 += behind.latencyP50Ms - figure(state, hop.provider, "responseTimeP50Ms").value_or(0);
            p99 += behind.latencyP99Ms - figure(state, hop.provider, "responseTimeP99Ms").value_or(0);
            if (behind.throughputRps && behind.slowestHop != hop.provider && (!figures.throughputRps || *behind.throughputRps < *figures.throughputRps)) {
                figures.throughputRps = behind.throughputRps;
                figures.slowestHop = behind.slowestHop;
            }
            for (const QString &missing : behind.undeclared) {
                if (missing != state.pathOf(hop.provider))
                    figures.undeclared.append(missing);
            }
        }
        figures.uptimePercent *= uptime / 100.0;
        slowestP50 = std::max(slowestP50, p50);
        slowestP99 = std::max(slowestP99, p99);
    }
    visiting.remove(service);
    figures.latencyP50Ms = ownP50 + slowestP50;
    figures.latencyP99Ms = ownP99 + slowestP99;
    figures.undeclared.removeDuplicates();
    return figures;
}

void collectHops(const CatalogState &state, const QUuid &service, QList<SynchronousHop> &hops, QSet<QUuid> &seen)
{
    if (seen.contains(service))
        return;
    seen.insert(service);
    for (const QUuid &api : targets(state, service, RelationKind::Calls)) {
        const SynchronousHop hop{service, api, providerOf(state, api)};
        hops.append(hop);
        if (!hop.provider.isNull())
            collectHops(state, hop.provider, hops, seen);
    }
}

} // namespace

MeshAnalysis MeshAnalysis::analyze(const CatalogState &state)
{
    MeshAnalysis analysis;
    QList<const Element *> services;
    for (const Element &element : state.elements()) {
        if (element.kind == ElementKind::Service)
            services.append(&element);
    }
    std::sort(services.begin(), services.end(), [&state](const Element *a, const Element *b) { return state.pathOf(a->id) < state.pathOf(b->id); });

    // Who calls whom synchronously, service to service.
    QHash<QUuid, QSet<QUuid>> callers; // provider → services calling one of its APIs
    for (const Element *service : services) {
        for (const QUuid &api : targets(state, service->id, RelationKind::Calls)) {
            const QUuid provider = providerOf(state, api);
            if (!provider.isNull())
                callers[provider].insert(service->id);
        }
    }

    for (const Element *service : services) {
        if (callers.contains(service->id) && !callers.value(service->id).isEmpty())
            continue; // not an entry: someone calls it
        Flow flow;
        flow.entry = service->id;
        QSet<QUuid> seen;
        collectHops(state, service->id, flow.hops, seen);
        for (const QUuid &member : seen) {
            flow.asynchronousEvents += targets(state, member, RelationKind::Emits);
            for (const QUuid &channel : targets(state, member, RelationKind::Publishes))
                flow.asynchronousEvents += targets(state, channel, RelationKind::Carries);
        }
        flow.asynchronousEvents = QSet<QUuid>(flow.asynchronousEvents.begin(), flow.asynchronousEvents.end()).values();
        std::sort(flow.asynchronousEvents.begin(), flow.asynchronousEvents.end(),
                  [&state](const QUuid &a, const QUuid &b) { return state.pathOf(a) < state.pathOf(b); });
        if (flow.hops.isEmpty() && flow.asynchronousEvents.isEmpty())
            continue;
        QSet<QUuid> visiting;
        flow.figures = figuresFrom(state, service->id, std::nullopt, visiting);
        for (const SynchronousHop &hop : flow.hops) {
            QSet<QUuid> again;
            const FlowFigures without = figuresFrom(state, service->id, hop, again);
            const bool better = !flow.bestCandidate || without.uptimePercent > flow.ifCandidateWereAnEvent.uptimePercent + 1e-12
                || (qFuzzyCompare(without.uptimePercent, flow.ifCandidateWereAnEvent.uptimePercent)
                    && without.latencyP99Ms < flow.ifCandidateWereAnEvent.latencyP99Ms);
            if (better) {
                flow.bestCandidate = hop;
                flow.ifCandidateWereAnEvent = without;
            }
        }
        analysis.flows.append(flow);
    }

    // Blast radius: the entries whose synchronous tree reaches a service.
    for (const Element *service : services) {
        if (!callers.contains(service->id))
            continue;
        BlastRadius radius{service->id, {}};
        for (const Flow &flow : analysis.flows) {
            for (const SynchronousHop &hop : flow.hops) {
                if (hop.provider == service->id) {
                    radius.failingEntries.append(flow.entry);
                    break;
                }
            }
        }
        analysis.blastRadii.append(radius);
    }
    return analysis;
}

} // namespace mesh::catalog
