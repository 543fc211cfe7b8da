// Import benchmark (not a test): a generated AsyncAPI 3.0 document with 1,000 channels and
// 1,000 messages, and a folder of 1,000 .avsc files, imported into new catalogs. Prints
// the import's time (read: parse and resolve; plan: map onto the catalog; commit) and the
// peak memory of `meshstudio import` doing the same, next to the official AsyncAPI
// parser's parse time and peak memory on the same document, run as the conformance tests
// run it. Targets: ≥ 10× faster than the parser's parse alone, ≤ 1/10 of its peak memory.
//   bench_import [MESHSTUDIO] [CONFORMANCE_DIR]

#include "testcatalogs.h"

#include "catalog/changes/changeapplier.h"
#include "catalog/changes/changejson.h"
#include "catalog/changes/statedelta.h"
#include "exporters/import/documentset.h"
#include "exporters/import/importplan.h"
#include "exporters/import/importsources.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace mesh::catalog;
using namespace mesh::exporters;

namespace {

constexpr int kCount = 1000;
constexpr int kRuns = 5, kParserRuns = 3;

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        std::exit(1);
    }
}

// One service sending on 1,000 channels, each carrying its own message with a payload of
// five properties, one of them a shared component schema.
QByteArray asyncApiDocument()
{
    QByteArray text = "asyncapi: 3.0.0\ninfo:\n  title: Generated Mesh\n  version: 1.0.0\nchannels:\n";
    for (int i = 0; i < kCount; ++i) {
        text += QStringLiteral("  channel%1:\n    address: mesh.topic-%1.v1\n    messages:\n      event%1:\n"
                               "        $ref: '#/components/messages/Event%1'\n"
                               "    bindings:\n      kafka:\n        partitions: %2\n        replicas: 3\n")
                    .arg(i)
                    .arg(1 + i % 12)
                    .toUtf8();
    }
    text += "operations:\n";
    for (int i = 0; i < kCount; ++i) {
        text += QStringLiteral("  send%1:\n    action: send\n    channel:\n      $ref: '#/channels/channel%1'\n    messages:\n"
                               "      - $ref: '#/channels/channel%1/messages/event%1'\n")
                    .arg(i)
                    .toUtf8();
    }
    text += "components:\n  messages:\n";
    for (int i = 0; i < kCount; ++i) {
        text += QStringLiteral("    Event%1:\n      name: Event%1\n      summary: Something numbered %1 happened.\n      payload:\n"
                               "        type: object\n        required: [id, at]\n        properties:\n"
                               "          id: {type: string}\n          at: {type: string, format: date-time}\n"
                               "          count: {type: integer, minimum: 0}\n          note: {type: string}\n"
                               "          amount:\n            $ref: '#/components/schemas/Money'\n")
                    .arg(i)
                    .toUtf8();
    }
    text += "  schemas:\n    Money:\n      type: object\n      properties:\n        cents: {type: integer}\n        currency: {type: string}\n";
    return text;
}

void writeAvroFolder(const QString &folder)
{
    QDir().mkpath(folder);
    for (int i = 0; i < kCount; ++i) {
        // Every tenth record uses the one before it, declared in another file.
        const QString uses = i % 10 && i > 0 ? QStringLiteral(", {\"name\": \"previous\", \"type\": [\"null\", \"bench.Record%1\"], \"default\": null}").arg(i - 1) : QString();
        writeFile(QStringLiteral("%1/record-%2.avsc").arg(folder).arg(i, 4, 10, QLatin1Char('0')),
                  QStringLiteral("{\"type\": \"record\", \"name\": \"Record%1\", \"namespace\": \"bench\", \"fields\": ["
                                 "{\"name\": \"id\", \"type\": \"string\"}, {\"name\": \"count\", \"type\": \"long\"}%2]}\n")
                      .arg(i)
                      .arg(uses)
                      .toUtf8());
    }
}

struct Phases {
    double readMs = 0, planMs = 0, commitMs = 0;
    int changes = 0;
    double total() const { return readMs + planMs + commitMs; }
};

Phases importInProcess(const QString &source, const QString &catalogPath)
{
    Phases phases;
    auto catalog = Catalog::create(catalogPath);
    if (!catalog) {
        std::fprintf(stderr, "%s\n", qPrintable(catalog.error().message));
        std::exit(1);
    }
    QElapsedTimer timer;
    timer.start();
    auto mesh = ImportSources::read({source}, {});
    phases.readMs = timer.nsecsElapsed() / 1e6;
    if (!mesh) {
        std::fprintf(stderr, "%s\n", qPrintable(mesh.error().message));
        std::exit(1);
    }
    timer.restart();
    auto plan = ImportPlanner::plan((*catalog)->state(), *mesh, ImportPlanner::Verify::No);
    phases.planMs = timer.nsecsElapsed() / 1e6;
    if (!plan) {
        std::fprintf(stderr, "%s\n", qPrintable(plan.error().message));
        std::exit(1);
    }
    if (qEnvironmentVariableIsSet("BENCH_APPLIER")) {
        CatalogState copy = (*catalog)->state();
        StateDelta delta;
        timer.restart();
        auto checked = ChangeApplier::apply(copy, plan->batch, &delta);
        std::printf("  applier alone: %.0f ms\n", timer.nsecsElapsed() / 1e6);
        timer.restart();
        qsizetype bytes = 0;
        for (const Change &change : plan->batch)
            bytes += ChangeJson::toJsonLine(change).size();
        bytes += ChangeJson::toJsonLines(*checked).size();
        std::printf("  log JSON alone: %.0f ms (%lld bytes)\n", timer.nsecsElapsed() / 1e6, (long long)bytes);
    }
    timer.restart();
    auto applied = (*catalog)->apply(plan->batch);
    phases.commitMs = timer.nsecsElapsed() / 1e6;
    if (!applied) {
        std::fprintf(stderr, "%s\n", qPrintable(applied.error().message));
        std::exit(1);
    }
    phases.changes = int(plan->batch.size());
    return phases;
}

struct ChildRun {
    int exitCode = -1;
    double wallMs = 0;
    long peakKiB = 0;
    QByteArray out;
};

// Runs a program to its end through peakmemory, which reports the program's own peak
// resident memory (wait4's rusage) without this benchmark's in it.
ChildRun runChild(const QStringList &arguments)
{
    ChildRun run;
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(PEAKMEMORY_BINARY), arguments);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit) {
        std::fprintf(stderr, "cannot run %s\n", qPrintable(arguments.join(QLatin1Char(' '))));
        std::exit(1);
    }
    run.wallMs = timer.nsecsElapsed() / 1e6;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    const QList<QByteArray> errors = process.readAllStandardError().trimmed().split('\n');
    run.peakKiB = errors.last().toLong();
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const QString meshstudio = arguments.value(1, QStringLiteral(MESHSTUDIO_BINARY));
    const QString conformance = arguments.value(2, QStringLiteral(MESH_CONFORMANCE_DIR));
    QTemporaryDir dir;
    const QString document = dir.filePath(QStringLiteral("mesh.yaml"));
    writeFile(document, asyncApiDocument());
    const QString avro = dir.filePath(QStringLiteral("avro"));
    writeAvroFolder(avro);
    std::printf("AsyncAPI document: %d channels, %d messages, %lld KiB; Avro folder: %d files\n", kCount, kCount,
                QFileInfo(document).size() / 1024, kCount);

    {
        QElapsedTimer timer;
        timer.start();
        DocumentSet documents;
        (void)documents.load(document);
        std::printf("  YAML read alone: %.0f ms\n", timer.nsecsElapsed() / 1e6);
    }
    // The machine is noisy (a commit now and then waits on the disk): each side runs a few
    // times and the fastest run of each is compared, the medians next to it.
    QList<Phases> asyncApiRuns;
    for (int run = 0; run < kRuns; ++run)
        asyncApiRuns.append(importInProcess(document, dir.filePath(QStringLiteral("asyncapi-%1.meshcat").arg(run))));
    std::sort(asyncApiRuns.begin(), asyncApiRuns.end(), [](const Phases &a, const Phases &b) { return a.total() < b.total(); });
    const Phases &asyncApi = asyncApiRuns.first();
    const double asyncApiMedian = asyncApiRuns[kRuns / 2].total();
    std::printf("import AsyncAPI, fastest of %d: %.0f ms (read %.0f, plan %.0f, commit %.0f), %d changes; median %.0f ms\n", kRuns,
                asyncApi.total(), asyncApi.readMs, asyncApi.planMs, asyncApi.commitMs, asyncApi.changes, asyncApiMedian);
    const Phases avsc = importInProcess(avro, dir.filePath(QStringLiteral("avro.meshcat")));
    std::printf("import .avsc folder: %.0f ms (read %.0f, plan %.0f, commit %.0f), %d changes\n", avsc.total(), avsc.readMs, avsc.planMs,
                avsc.commitMs, avsc.changes);

    const QString catalog = dir.filePath(QStringLiteral("cli.meshcat"));
    runChild({meshstudio, QStringLiteral("init"), catalog});
    const ChildRun cli = runChild({meshstudio, QStringLiteral("import"), document, QStringLiteral("--into"), catalog});
    if (cli.exitCode != 0) {
        std::fprintf(stderr, "meshstudio import exited %d\n", cli.exitCode);
        return 1;
    }
    std::printf("meshstudio import (whole process): %.0f ms, peak memory %.1f MiB\n", cli.wallMs, cli.peakKiB / 1024.0);

    QList<double> parses;
    ChildRun parser;
    for (int run = 0; run < kParserRuns; ++run) {
        parser = runChild({QStringLiteral("node"), conformance + QStringLiteral("/asyncapi-parse-time.mjs"), document});
        if (parser.exitCode != 0) {
            std::fprintf(stderr, "the official parser failed (exit %d)\n", parser.exitCode);
            return 1;
        }
        parses.append(parser.out.trimmed().toDouble());
    }
    std::sort(parses.begin(), parses.end());
    const double parseMs = parses.first(), parseMedian = parses[kParserRuns / 2];
    // What the work adds to each process, above the process that has loaded everything
    // and done nothing: the program's libraries, node with the parser's modules.
    const ChildRun idle = runChild({meshstudio, QStringLiteral("--version")});
    const ChildRun parserIdle = runChild({QStringLiteral("node"), conformance + QStringLiteral("/asyncapi-parse-time.mjs"), document, QStringLiteral("--baseline")});
    const double importAdds = (cli.peakKiB - idle.peakKiB) / 1024.0, parseAdds = (parser.peakKiB - parserIdle.peakKiB) / 1024.0;
    std::printf("official AsyncAPI parser, fastest of %d: parse %.0f ms (process %.0f ms), peak memory %.1f MiB; median %.0f ms\n",
                kParserRuns, parseMs, parser.wallMs, parser.peakKiB / 1024.0, parseMedian);
    std::printf("memory the work adds: import %.1f MiB (above %.1f MiB for meshstudio --version), parse %.1f MiB (above %.1f MiB "
                "for node with the parser loaded)\n",
                importAdds, idle.peakKiB / 1024.0, parseAdds, parserIdle.peakKiB / 1024.0);
    std::printf("ratio: import %.1f× faster than the parser's parse alone (target ≥ 10; medians %.1f×); peak memory %.3f of the "
                "parser's (target ≤ 0.1), %.3f of what parsing adds to it\n",
                parseMs / asyncApi.total(), parseMedian / asyncApiMedian, double(cli.peakKiB) / double(parser.peakKiB), importAdds / parseAdds);
    return 0;
}
