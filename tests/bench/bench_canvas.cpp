// Canvas benchmark (not a test): a board of 5,000 elements and 7,500 relations from the
// catalog generator, laid out, drawn in a 1920×1080 view: the time to build the scene, a full
// frame at fit-all and at 100 %, and a pan by one screen.

#include "cataloggenerator.h"
#include "testcatalogs.h"

#include "canvas/diagramscene.h"
#include "canvas/diagramview.h"
#include "canvas/relationitem.h"
#include "canvas/layout/graphvizlayout.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPixmap>
#include <QScrollBar>

#include <algorithm>
#include <cstdio>

using namespace mesh::catalog;

namespace {

double medianFrame(mesh::canvas::DiagramView &view, int frames = 7)
{
    QPixmap pixmap(view.viewport()->size());
    QList<double> times;
    for (int i = 0; i < frames; ++i) {
        QElapsedTimer timer;
        timer.start();
        view.viewport()->render(&pixmap);
        times.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// A timeline of 1,000 of the same elements: its relations are routed round the stickies in
// their way on every change, so a change's cost is measured here.
bool timeline(Catalog &catalog)
{
    const Diagram diagram{QUuid::createUuid(), QStringLiteral("Large timeline"), DiagramKind::Timeline};
    Batch batch{CreateDiagram{diagram}};
    for (const Element &element : catalog.state().elements()) {
        if (element.kind != ElementKind::BoundedContext && batch.size() <= 1000)
            batch.append(PlaceElement{Placement{diagram.id, element.id, QRectF(0, 0, 140, 90), {}, false}});
    }
    if (!catalog.apply(batch))
        return false;
    QElapsedTimer timer;
    timer.start();
    mesh::canvas::DiagramScene scene(&catalog, diagram.id);
    const double build = timer.nsecsElapsed() / 1e6;
    const auto graph = scene.layoutGraph();
    timer.restart();
    const auto laidOut = mesh::layout::GraphvizLayout::run(graph, mesh::layout::LayoutEngine::Timeline);
    const double layoutMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    if (!laidOut || !catalog.apply(scene.layoutBatch(graph, *laidOut)))
        return false;
    const double applied = timer.nsecsElapsed() / 1e6;
    int routed = 0;
    for (const auto *relation : scene.relationItems())
        routed += relation->isRouted();
    Placement moved = *catalog.state().placement(diagram.id, graph.nodes.first().id);
    moved.geometry.translate(10, 0);   // later in time
    timer.restart();
    if (!catalog.apply({MovePlacement{moved}}))
        return false;
    const double change = timer.nsecsElapsed() / 1e6;
    std::printf("Timeline: %lld elements, %lld relations (%d routed round stickies)\n", qint64(scene.elementItems().size()),
                qint64(scene.relationItems().size()), routed);
    std::printf("build the scene:      %.0f ms; layout %.0f ms, applied and routed in %.0f ms\n", build, layoutMs, applied);
    std::printf("one sticky moved:     %.1f ms (the change applied, the scene and its routes updated)\n", change);

    // The same move with 50 slices and 200 scenarios on the timeline.
    QList<DiagramSlice> slices;
    QList<QUuid> events, commands;
    for (const Placement &placement : catalog.state().placements(diagram.id)) {
        const Element *element = catalog.state().element(placement.element);
        if (element->kind == ElementKind::Event)
            events.append(element->id);
        else if (element->kind == ElementKind::Command)
            commands.append(element->id);
    }
    std::sort(events.begin(), events.end());
    std::sort(commands.begin(), commands.end());
    for (int i = 0; i < 50 && !events.isEmpty() && !commands.isEmpty(); ++i) {
        DiagramSlice slice{QStringLiteral("Slice %1").arg(i), i * 400.0, i * 400.0 + 380, SliceKind::StateChange, {}};
        for (int k = 0; k < 4; ++k)
            slice.scenarios.append(Scenario{QStringLiteral("Scenario %1").arg(k), {ScenarioStep{events.at((i * 4 + k) % events.size()), {{"id", k}}}},
                                            ScenarioStep{commands.at((i * 4 + k) % commands.size()), {{"id", k}}},
                                            {ScenarioStep{events.at((i * 4 + k + 1) % events.size()), {{"id", k}}}}, {}});
        slices.append(slice);
    }
    if (!catalog.apply({UpdateDiagram{diagram.id, {{QStringLiteral("slices"), slicesToJson(slices)}}}}))
        return false;
    moved.geometry.translate(10, 0);
    timer.restart();
    if (!catalog.apply({MovePlacement{moved}}))
        return false;
    const double sliced = timer.nsecsElapsed() / 1e6;
    std::printf("with 50 slices, 200 scenarios: one sticky moved in %.1f ms, %.2fx the move without them (target <= 2x)\n", sliced,
                sliced / change);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    auto catalog = mesh::testing::createCatalog(dir);
    mesh::testing::GeneratorSizes sizes;
    sizes.contexts = 100;
    sizes.events = 2500;
    sizes.commands = 1000;
    sizes.readModels = 750;
    sizes.policies = 500;
    sizes.services = 250;
    sizes.relations = 7500;
    sizes.schemaVersions = 0;
    if (!mesh::testing::CatalogGenerator(sizes).populate(*catalog, 5000)) {
        std::fprintf(stderr, "generating the catalog failed\n");
        return 1;
    }
    // The board: every element but the contexts, in a grid to start with.
    const Diagram board{QUuid::createUuid(), QStringLiteral("Large board"), DiagramKind::Board};
    Batch batch{CreateDiagram{board}};
    int index = 0;
    for (const Element &element : catalog->state().elements()) {
        if (element.kind == ElementKind::BoundedContext)
            continue;
        batch.append(PlaceElement{Placement{board.id, element.id, QRectF((index % 70) * 180.0, (index / 70) * 120.0, 140, 90), {}, false}});
        ++index;
    }
    if (!catalog->apply(batch)) {
        std::fprintf(stderr, "placing failed\n");
        return 1;
    }

    QElapsedTimer timer;
    timer.start();
    mesh::canvas::DiagramScene scene(catalog.get(), board.id);
    const double build = timer.nsecsElapsed() / 1e6;
    std::printf("Canvas benchmark: %lld elements, %lld relations on one board\n", qint64(scene.elementItems().size()),
                qint64(scene.relationItems().size()));
    std::printf("build the scene:      %.0f ms\n", build);

    timer.restart();
    const auto graph = scene.layoutGraph();
    const auto laidOut = mesh::layout::GraphvizLayout::run(graph, mesh::layout::LayoutEngine::Composed);
    const double layoutMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    if (!laidOut || !catalog->apply(scene.layoutBatch(graph, *laidOut))) {
        std::fprintf(stderr, "layout failed\n");
        return 1;
    }
    std::printf("layout (composed):    %.0f ms, applied and the scene updated in %.0f ms\n", layoutMs, timer.nsecsElapsed() / 1e6);

    mesh::canvas::DiagramView view(&scene);
    view.resize(1920, 1080);
    view.show();
    QApplication::processEvents();
    view.zoomToFit();
    std::printf("frame at fit-all:     %.1f ms (zoom %.3f; target <= 30 ms)\n", medianFrame(view), view.zoom());
    view.zoomTo100();
    view.centerOn(scene.contentRect().center());
    std::printf("frame at 100 %%:       %.1f ms (target <= 10 ms)\n", medianFrame(view));
    QPixmap pixmap(view.viewport()->size());
    QList<double> pans;
    for (int i = 0; i < 7; ++i) {
        timer.restart();
        view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->value() + view.viewport()->width());
        view.viewport()->render(&pixmap);
        pans.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(pans.begin(), pans.end());
    std::printf("pan by one screen:    %.1f ms (median of 7, scroll and full frame)\n", pans[3]);
    return timeline(*catalog) ? 0 : 1;
}
