#include "app/drawing/exportcommand.h"

#include "app/cli/commandparser.h"
#include "app/cli/findingsoutput.h"
#include "app/drawing/diagrampictures.h"
#include "catalog/governance/governancechecker.h"
#include "exporters/exporter.h"
#include "exporters/exportwriter.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mesh::app {

using namespace mesh::catalog;
using namespace mesh::exporters;

int ExportCommand::run(const QStringList &arguments)
{
    CommandParser parser(name(), summary());
    QStringList formatIds;
    for (ExportFormat format : allExportFormats())
        formatIds.append(exportFormatId(format));
    const QCommandLineOption to(QStringLiteral("to"), tr("The folder to write into (created when missing)."), QStringLiteral("DIR"));
    const QCommandLineOption formats(QStringLiteral("formats"), tr("Comma-separated formats (default: all): %1.").arg(formatIds.join(QLatin1String(", "))),
                                     QStringLiteral("LIST"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("List what would be added, changed and removed; write nothing."));
    const QCommandLineOption gate(QStringLiteral("gate"), tr("Refuse (exit 1, listing the findings) while the catalog has governance errors."));
    const QCommandLineOption onlyApproved(QStringLiteral("only-approved"), tr("Export approved (and deprecated) elements and schema versions only."));
    const QCommandLineOption asyncApiJson(QStringLiteral("asyncapi-json"), tr("Write AsyncAPI documents as JSON instead of YAML."));
    const QCommandLineOption cluster(QStringLiteral("kafka-cluster"), tr("The Strimzi cluster the KafkaTopic resources belong to."),
                                     QStringLiteral("NAME"), QStringLiteral("my-cluster"));
    for (const QCommandLineOption &option : {to, formats, dryRun, gate, onlyApproved, asyncApiJson, cluster})
        parser.addOption(option);
    std::unique_ptr<Catalog> catalog;
    QString output;
    if (auto stop = openWithOutput(parser, arguments, {QStringLiteral("text"), QStringLiteral("json")}, catalog, output))
        return *stop;
    const QCommandLineParser &options = parser.parser();
    if (!options.isSet(to) || options.value(to).isEmpty())
        return fail(tr("--to DIR is required"));

    ExportOptions exportOptions;
    QString unknown;
    const auto chosen = parseExportFormats(options.value(formats), &unknown);
    if (!chosen)
        return fail(tr("unknown format \"%1\"; the formats are %2").arg(unknown, formatIds.join(QLatin1String(", "))));
    exportOptions.formats = *chosen;
    exportOptions.onlyApproved = options.isSet(onlyApproved);
    exportOptions.asyncApiJson = options.isSet(asyncApiJson);
    exportOptions.kafkaCluster = options.value(cluster);

    const CatalogState &state = catalog->state();
    if (exportOptions.formats.contains(ExportFormat::Diagrams))
        exportOptions.diagramPictures = renderDiagramPictures(*catalog);
    if (options.isSet(gate)) {
        QList<Finding> errors = GovernanceChecker::checkAll(state);
        errors.removeIf([](const Finding &finding) { return finding.severity != Severity::Error; });
        if (!errors.isEmpty()) {
            // The findings on stdout, as `check` prints them; the refusal on stderr.
            if (output == QLatin1String("json")) {
                QJsonObject refused = FindingsOutput::json(state, errors);
                refused.insert("refused", true);
                out() << QJsonDocument(refused).toJson(QJsonDocument::Indented);
            } else {
                FindingsOutput::printText(out(), state, errors);
            }
            out().flush();
            return fail(tr("export refused: the catalog has %n governance error(s)", nullptr, int(errors.size())), ExitCheckFailed);
        }
    }

    // A folder holding this very export, untouched, needs nothing produced nor compared.
    const QString stamp = Exporter::stamp(*catalog, exportOptions);
    ExportPlan upToDate;
    int unchanged = 0;
    if (ExportWriter::isUpToDate(options.value(to), stamp, exportOptions.formats, &unchanged)) {
        upToDate.directory = QDir(options.value(to)).absolutePath();
        upToDate.manifestCurrent = true;
        upToDate.unchanged = QStringList(unchanged, QString());
    }
    Result<ExportPlan> plan = upToDate;
    if (!upToDate.manifestCurrent) {
        auto files = Exporter::run(state, exportOptions);
        if (!files)
            return fail(files.error());
        plan = ExportWriter::plan(options.value(to), *files, exportOptions.formats, stamp);
        if (!plan)
            return fail(plan.error());
    }
    if (!options.isSet(dryRun)) {
        if (auto written = ExportWriter::write(*plan); !written)
            return fail(written.error());
    }

    if (output == QLatin1String("json")) {
        out() << QJsonDocument(QJsonObject{{"directory", plan->directory},
                                           {"dryRun", options.isSet(dryRun)},
                                           {"added", QJsonArray::fromStringList(pathsOf(plan->added))},
                                           {"changed", QJsonArray::fromStringList(pathsOf(plan->changed))},
                                           {"removed", QJsonArray::fromStringList(plan->removed)},
                                           {"keptEdited", QJsonArray::fromStringList(plan->keptEdited)},
                                           {"unchanged", int(plan->unchanged.size())}})
                     .toJson(QJsonDocument::Indented);
    } else {
        auto list = [](const char *mark, const QStringList &paths) {
            for (const QString &path : paths)
                out() << mark << ' ' << path << '\n';
        };
        list("A", pathsOf(plan->added));
        list("M", pathsOf(plan->changed));
        list("D", plan->removed);
        for (const QString &path : plan->keptEdited)
            out() << tr("kept %1: no longer exported, but edited since the last export").arg(path) << '\n';
        const QString counts = tr("%1 added, %2 changed, %3 removed, %4 unchanged")
                                   .arg(plan->added.size())
                                   .arg(plan->changed.size())
                                   .arg(plan->removed.size())
                                   .arg(plan->unchanged.size());
        out() << (options.isSet(dryRun) ? tr("Dry run, nothing written: %1").arg(counts) : tr("Exported to %1: %2").arg(plan->directory, counts))
              << Qt::endl;
    }
    out().flush();
    return ExitSuccess;
}

} // namespace mesh::app
