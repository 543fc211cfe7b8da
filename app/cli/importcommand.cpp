#include "app/cli/importcommand.h"

#include "app/cli/commandparser.h"
#include "exporters/import/importplan.h"
#include "exporters/import/importsources.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mesh::app {

using namespace mesh::catalog;
using namespace mesh::exporters;

namespace {

QJsonArray stepsJson(const ImportPlan &plan, ImportStep::Action action)
{
    QJsonArray steps;
    for (const ImportStep &step : plan.steps) {
        if (step.action != action)
            continue;
        QJsonObject entry{{"what", step.what}};
        if (!step.detail.isEmpty())
            entry.insert("detail", step.detail);
        steps.append(entry);
    }
    return steps;
}

int countOf(const ImportPlan &plan, ImportStep::Action action)
{
    return int(std::count_if(plan.steps.begin(), plan.steps.end(), [action](const ImportStep &step) { return step.action == action; }));
}

} // namespace

QString ImportCommand::summary() const
{
    return tr("Import AsyncAPI documents, .avsc, .proto and JSON Schema files into a catalog (one change batch)");
}

int ImportCommand::run(const QStringList &arguments)
{
    CommandParser parser(name(), summary());
    parser.addRepeatedPositional(QStringLiteral("FILE"), tr("Files or folders to import."), QStringLiteral("FILE|DIR..."));
    const QCommandLineOption into(QStringLiteral("into"), tr("The catalog to import into (a file or a postgresql:// URL)."), QStringLiteral("CATALOG"));
    const QCommandLineOption context(QStringLiteral("context"), tr("The bounded context for what names none."), QStringLiteral("NAME"));
    const QCommandLineOption importPath({QStringLiteral("I"), QStringLiteral("import-path")}, tr("A folder .proto imports are looked up in (repeatable)."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Show what would be added, changed and removed; change nothing."));
    const QCommandLineOption allowIncompatible(QStringLiteral("allow-incompatible"),
                                               tr("Import schema versions their subject's compatibility mode refuses."));
    const QCommandLineOption output(QStringLiteral("output"), tr("Output format: text, json."), QStringLiteral("FORMAT"), QStringLiteral("text"));
    for (const QCommandLineOption &option : {into, context, importPath, dryRun, allowIncompatible, output})
        parser.addOption(option);
    if (auto stop = parse(parser, arguments))
        return *stop;
    const QCommandLineParser &options = parser.parser();
    QString error;
    if (!parser.checkChoice(output, {QStringLiteral("text"), QStringLiteral("json")}, error))
        return fail(error);
    if (!options.isSet(into) || options.value(into).isEmpty())
        return fail(tr("--into CATALOG is required"));
    const bool json = options.value(output) == QLatin1String("json");

    ImportOptions importOptions;
    importOptions.context = options.value(context).trimmed();
    importOptions.importPaths = options.values(importPath);
    auto mesh = ImportSources::read(options.positionalArguments(), importOptions);
    if (!mesh)
        return fail(mesh.error(), tr("; nothing was imported"));

    const QString location = options.value(into);
    auto catalog = openCatalog(location, OpenMode::ReadWrite);
    if (!catalog)
        return fail(catalog.error());
    // A dry run checks the batch on a copy; an import leaves that to apply, which checks it anyway.
    auto plan = ImportPlanner::plan((*catalog)->state(), *mesh, options.isSet(dryRun) ? ImportPlanner::Verify::Yes : ImportPlanner::Verify::No);
    if (!plan)
        return fail(plan.error(), tr("; nothing was imported"));
    mesh = ImportedMesh();   // the plan holds what is kept; the commit's peak goes without the documents' model

    const bool refused = !plan->incompatible.isEmpty() && !options.isSet(allowIncompatible);
    const bool applying = !options.isSet(dryRun) && !refused && !plan->batch.isEmpty();
    if (applying) {
        auto applied = (*catalog)->apply(plan->batch);
        if (!applied)
            return fail(ImportPlanner::explain(*plan, applied.error()), tr("; nothing was imported"));
    }
    const bool queued = applying && !(*catalog)->isOnline();

    if (json) {
        QJsonObject result{{"dryRun", options.isSet(dryRun)},
                           {"imported", applying},
                           {"added", stepsJson(*plan, ImportStep::Action::Add)},
                           {"changed", stepsJson(*plan, ImportStep::Action::Change)},
                           {"removed", stepsJson(*plan, ImportStep::Action::Remove)},
                           {"incompatible", QJsonArray::fromStringList(plan->incompatible)},
                           {"warnings", QJsonArray::fromStringList(plan->warnings)}};
        if (applying && !queued)
            result.insert("revision", (*catalog)->revision());
        out() << QJsonDocument(result).toJson(QJsonDocument::Indented);
    } else {
        for (const ImportStep &step : plan->steps) {
            const char mark = step.action == ImportStep::Action::Add ? 'A' : step.action == ImportStep::Action::Change ? 'M' : 'D';
            out() << mark << ' ' << step.what << (step.detail.isEmpty() ? QString() : QStringLiteral("  (%1)").arg(step.detail)) << '\n';
        }
        for (const QString &warning : plan->warnings)
            err() << tr("warning: %1").arg(warning) << '\n';
        const QString counts = tr("%1 added, %2 changed, %3 removed")
                                   .arg(countOf(*plan, ImportStep::Action::Add))
                                   .arg(countOf(*plan, ImportStep::Action::Change))
                                   .arg(countOf(*plan, ImportStep::Action::Remove));
        if (plan->batch.isEmpty())
            out() << tr("Nothing to import: the catalog already says what the files say") << Qt::endl;
        else if (options.isSet(dryRun))
            out() << tr("Dry run, nothing imported: %1").arg(counts) << Qt::endl;
        else if (queued)
            out() << tr("Kept for later (%1): the server of %2 cannot be reached").arg(counts, displayLocation(location)) << Qt::endl;
        else if (applying)
            out() << tr("Imported as revision %1: %2").arg((*catalog)->revision()).arg(counts) << Qt::endl;
    }
    out().flush();
    if (refused) {
        for (const QString &line : plan->incompatible)
            err() << tr("incompatible: %1").arg(line) << '\n';
        return fail(tr("%n schema version(s) their subject's compatibility mode refuses; nothing was imported "
                       "(--allow-incompatible imports them anyway)", nullptr, int(plan->incompatible.size())),
                    ExitCheckFailed);
    }
    return queued ? ExitQueued : ExitSuccess;
}

} // namespace mesh::app
