#include "app/cli/analyzecommand.h"

#include "app/cli/commandparser.h"
#include "catalog/governance/meshanalysis.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mesh::app {

using namespace mesh::catalog;

namespace {

QJsonObject figuresJson(const CatalogState &state, const FlowFigures &f)
{
    QJsonObject object{{"uptimePercent", f.uptimePercent}, {"latencyP50Ms", f.latencyP50Ms}, {"latencyP99Ms", f.latencyP99Ms}};
    if (f.throughputRps) {
        object.insert("throughputRps", *f.throughputRps);
        object.insert("slowestHop", state.pathOf(f.slowestHop));
    }
    if (!f.undeclared.isEmpty())
        object.insert("undeclared", QJsonArray::fromStringList(f.undeclared));
    return object;
}

QJsonObject hopJson(const CatalogState &state, const SynchronousHop &hop)
{
    QJsonObject object{{"caller", state.pathOf(hop.caller)}, {"api", state.pathOf(hop.api)}};
    if (!hop.provider.isNull())
        object.insert("provider", state.pathOf(hop.provider));
    return object;
}

} // namespace

QString AnalyzeCommand::summary() const
{
    return tr("Compute each flow's end-to-end uptime, latency and throughput, and which synchronous hop to turn into an event");
}

int AnalyzeCommand::run(const QStringList &arguments)
{
    CommandParser parser(name(), summary());
    std::unique_ptr<Catalog> opened;
    QString format;
    if (auto stop = openWithOutput(parser, arguments, {QStringLiteral("text"), QStringLiteral("json")}, opened, format))
        return *stop;
    Catalog *catalog = opened.get();
    const CatalogState &state = catalog->state();
    const MeshAnalysis analysis = MeshAnalysis::analyze(state);

    if (format == QLatin1String("json")) {
        QJsonArray flows;
        for (const Flow &flow : analysis.flows) {
            QJsonArray hops, events;
            for (const SynchronousHop &hop : flow.hops)
                hops.append(hopJson(state, hop));
            for (const QUuid &event : flow.asynchronousEvents)
                events.append(state.pathOf(event));
            QJsonObject object{{"entry", state.pathOf(flow.entry)}, {"synchronousHops", hops}, {"asynchronousEvents", events},
                               {"figures", figuresJson(state, flow.figures)}};
            if (flow.bestCandidate) {
                object.insert("bestCandidate", QJsonObject{{"hop", hopJson(state, *flow.bestCandidate)},
                                                           {"figuresIfEvent", figuresJson(state, flow.ifCandidateWereAnEvent)}});
            }
            flows.append(object);
        }
        QJsonArray radii;
        for (const BlastRadius &radius : analysis.blastRadii) {
            QJsonArray entries;
            for (const QUuid &entry : radius.failingEntries)
                entries.append(state.pathOf(entry));
            radii.append(QJsonObject{{"service", state.pathOf(radius.service)}, {"failingFlows", entries}});
        }
        out() << QJsonDocument(QJsonObject{{"flows", flows}, {"blastRadius", radii}}).toJson(QJsonDocument::Indented);
        return ExitSuccess;
    }

    auto figuresText = [&](const FlowFigures &f) {
        QString text = tr("uptime %1 %, latency p50 %2 ms, p99 %3 ms").arg(f.uptimePercent, 0, 'f', 3).arg(f.latencyP50Ms).arg(f.latencyP99Ms);
        if (f.throughputRps)
            text += tr(", throughput %1 requests/s (slowest: %2)").arg(*f.throughputRps).arg(state.pathOf(f.slowestHop));
        return text;
    };
    for (const Flow &flow : analysis.flows) {
        out() << tr("Flow from %1").arg(state.pathOf(flow.entry)) << '\n';
        QStringList hops;
        for (const SynchronousHop &hop : flow.hops)
            hops << QStringLiteral("%1 → %2").arg(state.pathOf(hop.caller), state.pathOf(hop.api));
        out() << "  " << (hops.isEmpty() ? tr("no synchronous hop") : tr("synchronous: %1").arg(hops.join(QLatin1String(", ")))) << '\n';
        out() << "  " << figuresText(flow.figures) << '\n';
        if (!flow.figures.undeclared.isEmpty())
            out() << "  " << tr("not declared (counted as perfect): %1").arg(flow.figures.undeclared.join(QLatin1String(", "))) << '\n';
        if (!flow.asynchronousEvents.isEmpty()) {
            QStringList events;
            for (const QUuid &event : flow.asynchronousEvents)
                events << state.pathOf(event);
            out() << "  " << tr("isolated by events: %1").arg(events.join(QLatin1String(", "))) << '\n';
        }
        if (flow.bestCandidate) {
            const FlowFigures &f = flow.ifCandidateWereAnEvent;
            out() << "  " << tr("turn %1 → %2 into an event: uptime %3 % (+%4 points), p99 %5 ms (−%6 ms)")
                                 .arg(state.pathOf(flow.bestCandidate->caller), state.pathOf(flow.bestCandidate->api))
                                 .arg(f.uptimePercent, 0, 'f', 3)
                                 .arg(f.uptimePercent - flow.figures.uptimePercent, 0, 'f', 3)
                                 .arg(f.latencyP99Ms)
                                 .arg(flow.figures.latencyP99Ms - f.latencyP99Ms)
                  << '\n';
        }
        out() << '\n';
    }
    for (const BlastRadius &radius : analysis.blastRadii) {
        QStringList entries;
        for (const QUuid &entry : radius.failingEntries)
            entries << state.pathOf(entry);
        out() << tr("If %1 is down, these flows fail: %2").arg(state.pathOf(radius.service), entries.join(QLatin1String(", "))) << '\n';
    }
    out().flush();
    return ExitSuccess;
}

} // namespace mesh::app
