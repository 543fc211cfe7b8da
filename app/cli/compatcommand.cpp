#include "app/cli/compatcommand.h"

#include "app/cli/commandparser.h"
#include "catalog/schema/protobufcompatibility.h"
#include "catalog/schema/schemacompatibility.h"
#include "exporters/subjectnames.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace mesh::app {

using namespace mesh::catalog;

QString CompatCommand::summary() const
{
    return tr("Check schema versions for compatibility as a schema registry would (exit 1 when incompatible)");
}

namespace {

// The files a .proto version imports, directly or not: each import path looked for under
// the version's own folder, then under each --import-path folder, as protoc looks under its
// -I folders (so v1/order.proto and v2/order.proto each find the money.proto beside them).
// Libprotobuf's well-known files need not be given.
std::optional<QList<ImportedFile>> importedFiles(const QString &file, const QStringList &importFolders, QString &error)
{
    const QStringList roots = QStringList{QFileInfo(file).absolutePath()} + importFolders;
    QList<ImportedFile> found;
    QSet<QString> seen;
    QList<std::pair<QString, QString>> pending{{file, QString()}};   // (file on disk, import path)
    while (!pending.isEmpty()) {
        const auto [onDisk, importPath] = pending.takeFirst();
        QFile input(onDisk);
        if (!input.open(QIODevice::ReadOnly)) {
            error = CompatCommand::tr("cannot read %1: %2").arg(onDisk, input.errorString());
            return std::nullopt;
        }
        const QString text = QString::fromUtf8(input.readAll());
        if (!importPath.isEmpty())
            found.append({importPath, text});
        auto parsed = ProtobufCompatibility::parse(text);
        if (!parsed)   // the check itself names the file, line and column
            continue;
        for (const QString &import : ProtobufCompatibility::importPaths(*parsed)) {
            if (seen.contains(import) || ProtobufCompatibility::isWellKnownFile(import.toStdString()))
                continue;
            seen.insert(import);
            const auto root = std::find_if(roots.begin(), roots.end(), [&](const QString &folder) { return QFileInfo(QDir(folder).filePath(import)).isFile(); });
            if (root == roots.end()) {
                error = CompatCommand::tr("%1 imports \"%2\", which is in none of: %3 (give the folder that holds it with --import-path)")
                            .arg(onDisk, import, roots.join(QStringLiteral(", ")));
                return std::nullopt;
            }
            pending.append({QDir(*root).filePath(import), import});
        }
    }
    return found;
}

} // namespace

int CompatCommand::run(const QStringList &arguments)
{
    CommandParser parser(name(), summary());
    const QCommandLineOption type(QStringLiteral("type"),
                                  tr("The schema format: avro, protobuf or jsonschema (default: by the files' extensions, "
                                     ".avsc, .proto, .json)."),
                                  QStringLiteral("TYPE"));
    const QCommandLineOption mode(QStringLiteral("mode"),
                                  tr("NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL or FULL_TRANSITIVE."),
                                  QStringLiteral("MODE"), QStringLiteral("BACKWARD"));
    const QCommandLineOption output(QStringLiteral("output"), tr("Output format: text or json."), QStringLiteral("FORMAT"),
                                    QStringLiteral("text"));
    const QCommandLineOption policy(QStringLiteral("policy"),
                                    tr("JSON Schema only: STRICT (the registry's default) or LENIENT (properties of an open content "
                                       "model may be added and removed)."),
                                    QStringLiteral("POLICY"), QStringLiteral("STRICT"));
    const QCommandLineOption importPath(QStringList{QStringLiteral("I"), QStringLiteral("import-path")},
                                        tr("Protobuf only: a folder to find imported files in (after the schema's own folder); "
                                           "may be given several times."),
                                        QStringLiteral("DIR"));
    parser.addOption(type);
    parser.addOption(importPath);
    parser.addOption(mode);
    parser.addOption(policy);
    parser.addOption(output);
    parser.parser().addPositionalArgument(QStringLiteral("FILE"), tr("Schema versions, oldest first; the last is the candidate."),
                                          QStringLiteral("FILE..."));
    // Any number of files: positional arguments are checked here, not by the parser.
    QCommandLineParser &p = parser.parser();
    if (!p.parse(QStringList{QStringLiteral("meshstudio compat")} + arguments.mid(1)))
        return fail(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        int exitCode = 0;
        QString error;
        parser.parse(arguments, exitCode, error);
        return exitCode;
    }
    QString error;
    if (!parser.checkChoice(output, {QStringLiteral("text"), QStringLiteral("json")}, error))
        return fail(error);
    const auto compatibility = compatibilityModeFromId(p.value(mode));
    if (!compatibility)
        return fail(tr("--mode must be one of NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE, not \"%1\"")
                        .arg(p.value(mode)));
    const auto jsonPolicy = JsonSchemaCompatibility::policyFromId(p.value(policy));
    if (!jsonPolicy)
        return fail(tr("--policy must be STRICT or LENIENT, not \"%1\"").arg(p.value(policy)));
    const QStringList files = p.positionalArguments();
    if (files.size() < 2)
        return fail(tr("give at least two schema versions, oldest first: the last is checked against the others"));
    // A file's extension tells its format; one that says another format than --type is a
    // mistake to report, not a parse error to puzzle over.
    std::optional<SchemaFormat> format;
    if (p.isSet(type)) {
        format = schemaFormatFromId(p.value(type));
        if (!format)
            return fail(tr("--type must be avro, protobuf or jsonschema, not \"%1\"").arg(p.value(type)));
    }
    for (const QString &file : files) {
        const std::optional<SchemaFormat> byExtension = exporters::schemaFormatOfFile(file);
        // .json is JSON Schema by default, but an Avro schema may be a .json file too.
        if (!byExtension || (p.isSet(type) && QFileInfo(file).suffix().toLower() == QLatin1String("json")))
            continue;
        if (!format) {
            format = byExtension;
        } else if (*format != *byExtension) {
            return fail(p.isSet(type) ? tr("%1 is a %2 file by its extension, but --type is %3").arg(file, schemaFormatId(*byExtension), p.value(type))
                                      : tr("%1 is a %2 file by its extension, unlike the files before it; give --type")
                                            .arg(file, schemaFormatId(*byExtension)));
        }
    }
    if (!format)
        return fail(tr("cannot tell the schema format from the files' extensions (.avsc, .proto, .json): give --type"));
    QStringList versions;
    for (const QString &file : files) {
        QFile input(file);
        if (!input.open(QIODevice::ReadOnly))
            return fail(tr("cannot read %1: %2").arg(file, input.errorString()));
        versions.append(QString::fromUtf8(input.readAll()));
    }
    if (p.isSet(policy) && *format != SchemaFormat::JsonSchema)
        return fail(tr("--policy applies to JSON Schema only"));
    if (p.isSet(importPath) && *format != SchemaFormat::Protobuf)
        return fail(tr("--import-path applies to Protobuf only"));
    QList<QList<ImportedFile>> imports;
    if (*format == SchemaFormat::Protobuf) {
        const QStringList folders = p.values(importPath);
        for (const QString &folder : folders) {
            if (!QFileInfo(folder).isDir())
                return fail(tr("--import-path %1 is not a folder").arg(folder));
        }
        for (const QString &file : files) {
            auto found = importedFiles(file, folders, error);
            if (!found)
                return fail(error);
            imports.append(*found);
        }
    }
    auto issues = SchemaCompatibility::check(*format, *compatibility, versions, *jsonPolicy, imports);
    if (!issues) {
        const QString where = issues.error().index >= 0 ? files.value(issues.error().index) + QStringLiteral(": ") : QString();
        return fail(where + issues.error().message);
    }
    const QString candidate = files.last();
    if (p.value(output) == QLatin1String("json")) {
        QJsonArray list;
        for (const CompatibilityIssue &issue : *issues) {
            QJsonObject entry{{"path", issue.path},
                                    {"message", issue.message},
                                    {"breaks", issue.breaks == CompatibilityIssue::Breaks::OldReaders ? "old-readers" : "old-writers"},
                                    {"against", files.value(issue.againstVersion - 1)}};
            if (!issue.change.isEmpty())
                entry.insert("change", issue.change);
            list.append(entry);
        }
        out() << QJsonDocument(QJsonObject{{"compatible", issues->isEmpty()}, {"mode", compatibilityModeId(*compatibility)}, {"issues", list}})
                     .toJson(QJsonDocument::Indented);
    } else if (issues->isEmpty()) {
        out() << tr("%1 is %2 compatible").arg(candidate, compatibilityModeId(*compatibility)) << Qt::endl;
    } else {
        out() << tr("%1 is not %2 compatible:").arg(candidate, compatibilityModeId(*compatibility)) << '\n';
        for (const CompatibilityIssue &issue : *issues) {
            out() << "  " << issue.path << ": " << issue.message << " — "
                  << (issue.breaks == CompatibilityIssue::Breaks::OldReaders ? tr("breaks readers still on %1").arg(files.value(issue.againstVersion - 1))
                                                                             : tr("cannot read data written with %1").arg(files.value(issue.againstVersion - 1)))
                  << '\n';
        }
        out().flush();
    }
    return issues->isEmpty() ? ExitSuccess : ExitCheckFailed;
}

} // namespace mesh::app
