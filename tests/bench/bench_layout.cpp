// Layout benchmark (not a test): boards from the catalog generator, laid out in process with
// Graphviz, next to the `dot` command on the same graph written as DOT, in the same run.

#include "cataloggenerator.h"

#include "canvas/layout/graphvizlayout.h"
#include "catalog/changes/changeapplier.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryFile>

#include <cstdio>

using namespace mesh::catalog;
using namespace mesh::layout;

namespace {

// A board of every generated element but the contexts, each in its context's cluster, with
// the relations between them.
LayoutGraph boardOf(const CatalogState &state)
{
    LayoutGraph graph;
    QSet<QUuid> placed;
    for (const Element &element : state.elements()) {
        if (element.kind == ElementKind::BoundedContext)
            continue;
        graph.nodes.append({element.id, QSizeF(element.kind == ElementKind::Service ? 160 : 120, 80),
                            element.context.toString(), {}, false, {}});
        placed.insert(element.id);
    }
    std::sort(graph.nodes.begin(), graph.nodes.end(), [](const LayoutNode &a, const LayoutNode &b) { return a.id < b.id; });
    for (const Relation &relation : state.relations()) {
        if (placed.contains(relation.from) && placed.contains(relation.to))
            graph.edges.append({relation.from, relation.to});
    }
    std::sort(graph.edges.begin(), graph.edges.end(), [](const LayoutEdge &a, const LayoutEdge &b) {
        return a.from != b.from ? a.from < b.from : a.to < b.to;
    });
    return graph;
}

CatalogState generate(int contexts, int elements, int relations)
{
    mesh::testing::GeneratorSizes sizes;
    sizes.contexts = contexts;
    sizes.events = elements * 50 / 100;
    sizes.commands = elements * 20 / 100;
    sizes.readModels = elements * 15 / 100;
    sizes.policies = elements * 10 / 100;
    sizes.services = elements - sizes.events - sizes.commands - sizes.readModels - sizes.policies;
    sizes.relations = relations;
    sizes.schemaVersions = 0;
    CatalogState state;
    for (const Batch &batch : mesh::testing::CatalogGenerator(sizes).batches(5000))
        (void)ChangeApplier::apply(state, batch, nullptr);
    return state;
}

double timed(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed() / 1e6;
}

double dotCommand(const LayoutGraph &graph, bool clusters)
{
    QTemporaryFile file;
    file.open();
    file.write(GraphvizLayout::toDot(graph, clusters));
    file.flush();
    QProcess dot;
    QElapsedTimer timer;
    timer.start();
    dot.start(QStringLiteral("dot"), {QStringLiteral("-Tdot"), QStringLiteral("-o/dev/null"), file.fileName()});
    dot.waitForFinished(600000);
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);

    const LayoutGraph small = boardOf(generate(20, 1000, 1500));
    std::printf("1,000-element board (%lld nodes, %lld edges, 20 contexts):\n", qint64(small.nodes.size()), qint64(small.edges.size()));
    GraphvizLayout::run(small, LayoutEngine::WholeDot);   // warm-up: plugins load on first use
    const double inProcess = timed([&] { GraphvizLayout::run(small, LayoutEngine::WholeDot); });
    const double command = dotCommand(small, true);
    std::printf("  whole-graph dot in process: %.0f ms; the dot command on the same DOT: %.0f ms (ratio %.2f, target <= 1.1)\n",
                inProcess, command, inProcess / command);
    std::printf("  composed (dot per context, sfdp for the contexts): %.0f ms\n",
                timed([&] { GraphvizLayout::run(small, LayoutEngine::Composed); }));

    const LayoutGraph large = boardOf(generate(100, 5000, 7500));
    std::printf("5,000-element board (%lld nodes, %lld edges, 100 contexts):\n", qint64(large.nodes.size()), qint64(large.edges.size()));
    std::optional<LayoutResult> result;
    LayoutCache cache;
    std::printf("  composed: %.0f ms (target <= 1500 ms)\n", timed([&] { result = GraphvizLayout::run(large, LayoutEngine::Composed, nullptr, &cache); }));
    // An edit inside one context: one sticky grows; only its context is laid out again.
    LayoutGraph edited = large;
    edited.nodes[42].size = QSizeF(200, 120);
    const double relayout = timed([&] { result = GraphvizLayout::run(edited, LayoutEngine::Composed, nullptr, &cache); });
    std::printf("  relayout after an edit inside one context: %.0f ms, %d of %lld contexts reused (target <= 50 ms)\n", relayout,
                cache.reused, qint64(cache.clusters.size()));
    return result ? 0 : 1;
}
