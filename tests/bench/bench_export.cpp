// Export benchmark (not a test): every format of the large generated catalog into an empty
// folder, then a second run with nothing changed, which must write nothing.

#include "cataloggenerator.h"
#include "testcatalogs.h"

#include "exporters/exporter.h"
#include "exporters/exportwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace mesh::catalog;
using namespace mesh::exporters;

namespace {

struct Run {
    double produceMs = 0;
    double writeMs = 0;
    int files = 0;
    int written = 0;
    QList<Exporter::FormatTiming> timings;
};

Run exportOnce(const CatalogState &state, const QString &directory, const QString &stamp)
{
    Run run;
    QElapsedTimer timer;
    timer.start();
    const ExportOptions options;
    if (ExportWriter::isUpToDate(directory, stamp, options.formats, &run.files)) {
        run.writeMs = timer.nsecsElapsed() / 1e6;
        return run;
    }
    auto files = Exporter::run(state, options, &run.timings);
    if (!files) {
        std::fprintf(stderr, "export failed: %s\n", qPrintable(files.error().message));
        std::exit(1);
    }
    run.produceMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    auto plan = ExportWriter::plan(directory, *files, options.formats, stamp);
    if (!plan || !ExportWriter::write(*plan)) {
        std::fprintf(stderr, "writing failed\n");
        std::exit(1);
    }
    run.writeMs = timer.nsecsElapsed() / 1e6;
    run.files = int(files->size());
    run.written = int(plan->added.size() + plan->changed.size());
    return run;
}

// The baseline: the same files written with a plain loop (folders made, each file opened,
// written and closed), nothing compared, nothing renamed, no manifest.
double plainWriteMs(const QList<ExportFile> &files, const QString &directory)
{
    QElapsedTimer timer;
    timer.start();
    QDir root(directory);
    for (const ExportFile &file : files) {
        const QString path = root.filePath(file.path);
        QDir().mkpath(QFileInfo(path).path());
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(file.bytes) != file.bytes.size()) {
            std::fprintf(stderr, "plain write of %s failed\n", qPrintable(path));
            std::exit(1);
        }
    }
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The export folder: argv[1], or a new temporary folder (TMPDIR=/dev/shm measures
    // without the disk).
    QTemporaryDir scratch;
    mesh::testing::GeneratorSizes sizes;
    sizes.channels = 2000;
    sizes.mixedSchemaFormats = true;
    auto catalog = mesh::testing::createCatalog(scratch);
    if (!mesh::testing::CatalogGenerator(sizes).populate(*catalog, 5000)) {
        std::fprintf(stderr, "generating the catalog failed\n");
        return 1;
    }
    const CatalogState &state = catalog->state();
    std::printf("Export benchmark on the large generated catalog: %lld elements, %lld relations, %d schema versions\n",
                qint64(state.elements().size()), qint64(state.relations().size()), state.schemaVersionCount());
    const QString target = argc > 1 ? QString::fromLocal8Bit(argv[1]) : scratch.filePath(QStringLiteral("export"));
    std::printf("into %s\n", qPrintable(target));

    QElapsedTimer timer;
    timer.start();
    const QString stamp = Exporter::stamp(*catalog, ExportOptions{});
    const double stampMs = timer.nsecsElapsed() / 1e6;

    const Run first = exportOnce(state, target, stamp);
    std::printf("first export:  %.0f ms (%.0f ms producing, %.0f ms writing) for %d files (target <= 3000 ms)\n",
                first.produceMs + first.writeMs, first.produceMs, first.writeMs, first.files);
    for (const Exporter::FormatTiming &timing : first.timings)
        std::printf("    %-13s %7.1f ms  %6d files\n", qPrintable(exportFormatId(timing.format)), timing.nanoseconds / 1e6, timing.files);
    const Run second = exportOnce(state, target, stamp);
    std::printf("second export: %.0f ms (stamp %.1f ms, then every file's size and time checked against the manifest) for %d files, "
                "0 written (target <= 500 ms)\n",
                stampMs + second.produceMs + second.writeMs, stampMs, second.files);
    // Against the same run's baseline: the first export (producing included) next to only
    // writing its files, and the second export next to the first.
    auto files = Exporter::run(state, ExportOptions{});
    const double plainMs = plainWriteMs(*files, scratch.filePath(QStringLiteral("plain")));
    const double firstMs = first.produceMs + first.writeMs;
    const double secondMs = stampMs + second.produceMs + second.writeMs;
    std::printf("plain loop writing the same %lld files: %.0f ms\n", qint64(files->size()), plainMs);
    std::printf("ratio first export / plain loop: %.2f (target <= 1.2)\n", firstMs / plainMs);
    std::printf("ratio second export / first export: %.3f (target <= 0.1; second <= 500 ms: %s)\n", secondMs / firstMs,
                secondMs <= 500 ? "yes" : "no");
    const Run full = exportOnce(state, target, QString());
    std::printf("second export without a stamp: %.0f ms (%.0f ms producing, %.0f ms comparing with the files), %d written\n",
                full.produceMs + full.writeMs, full.produceMs, full.writeMs, full.written);
    return 0;
}
