#include "app/drawing/rendercommand.h"

#include "app/cli/commandparser.h"
#include "canvas/diagramrenderer.h"
#include "canvas/diagramscene.h"
#include "canvas/layout/graphvizlayout.h"
#include "exporters/filenames.h"

#include <QDir>

namespace mesh::app {

using namespace mesh::catalog;

int RenderCommand::run(const QStringList &arguments)
{
    CommandParser parser(name(), summary());
    const QCommandLineOption diagram(QStringLiteral("diagram"), tr("The diagram to draw, by name."), QStringLiteral("NAME"));
    const QCommandLineOption all(QStringLiteral("all"), tr("Draw every diagram, one file each, into the folder --out names."));
    const QCommandLineOption target(QStringLiteral("out"), tr("The picture (.svg or .png), or the folder with --all."), QStringLiteral("PATH"));
    const QCommandLineOption png(QStringLiteral("png"), tr("With --all: PNG pictures instead of SVG."));
    const QCommandLineOption layout(QStringLiteral("layout"), tr("Lay the diagram out first (the picture only; the catalog is not changed)."));
    const QCommandLineOption apply(QStringLiteral("apply"), tr("With --layout: keep the layout in the catalog too (one change per diagram)."));
    const QCommandLineOption scale(QStringLiteral("scale"), tr("Size factor of PNG pictures (default 1)."), QStringLiteral("N"), QStringLiteral("1"));
    for (const QCommandLineOption &option : {diagram, all, target, png, layout, apply, scale})
        parser.addOption(option);
    std::unique_ptr<Catalog> catalog;
    QString format;
    if (auto stop = openWithOutput(parser, arguments, {QStringLiteral("text")}, catalog, format))
        return *stop;
    const QCommandLineParser &options = parser.parser();
    if (!options.isSet(target))
        return fail(tr("--out is required"));
    if (options.isSet(diagram) == options.isSet(all))
        return fail(tr("give either --diagram NAME or --all"));
    bool scaleOk = false;
    const double factor = options.value(scale).toDouble(&scaleOk);
    if (!scaleOk || factor <= 0 || factor > 16)
        return fail(tr("--scale must be a number between 0 and 16, not \"%1\"").arg(options.value(scale)));

    QList<std::pair<Diagram, QString>> jobs;
    const CatalogState &state = catalog->state();
    if (options.isSet(all)) {
        if (!QDir().mkpath(options.value(target)))
            return fail(tr("cannot create the folder %1").arg(options.value(target)));
        QList<Diagram> diagrams = state.diagrams().values();
        std::sort(diagrams.begin(), diagrams.end(), [](const Diagram &a, const Diagram &b) { return a.name < b.name; });
        exporters::UniquePaths paths;
        for (const Diagram &shown : diagrams)
            jobs.append({shown, QDir(options.value(target)).filePath(paths.claim({}, shown.name, options.isSet(png) ? QStringLiteral(".png") : QStringLiteral(".svg")))});
    } else {
        const auto found = std::find_if(state.diagrams().begin(), state.diagrams().end(),
                                        [&](const Diagram &d) { return d.name == options.value(diagram); });
        if (found == state.diagrams().end()) {
            QStringList names;
            for (const Diagram &shown : state.diagrams())
                names.append(shown.name);
            names.sort();
            return fail(tr("no diagram is called \"%1\"; the diagrams are: %2").arg(options.value(diagram), names.join(QLatin1String(", "))));
        }
        jobs.append({*found, options.value(target)});
    }

    for (const auto &[shown, path] : jobs) {
        canvas::DiagramScene scene(catalog.get(), shown.id);
        if (options.isSet(layout)) {
            // Laid out for the picture: the batch is applied to the scene's items only.
            const layout::LayoutGraph graph = scene.layoutGraph();
            const auto result = layout::GraphvizLayout::run(graph, scene.layoutEngine(false));
            if (!result)
                return fail(tr("%1: the layout failed").arg(shown.name));
            const Batch batch = scene.layoutBatch(graph, *result);
            if (options.isSet(apply)) {
                if (auto applied = catalog->apply(batch); !applied)
                    return fail(tr("%1: %2").arg(shown.name, applied.error().message));
            }
            scene.preview(batch);
        }
        if (auto written = canvas::DiagramRenderer::write(scene, path, factor); !written)
            return fail(written.error());
        out() << tr("Wrote %1 (%2)").arg(QDir::toNativeSeparators(path), shown.name) << '\n';
    }
    out().flush();
    return ExitSuccess;
}

} // namespace mesh::app
