#include "app/cli/diffcommand.h"

#include "app/cli/commandparser.h"
#include "catalog/governance/semanticdiff.h"
#include "catalog/store/cataloghistory.h"
#include "catalog/jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mesh::app {

using namespace mesh::catalog;

namespace {

const char *changeWord(DiffItem::Change change)
{
    return change == DiffItem::Change::Added ? "added" : change == DiffItem::Change::Removed ? "removed" : "changed";
}

const char *subjectWord(DiffItem::Subject subject)
{
    switch (subject) {
    case DiffItem::Subject::Element: return "element";
    case DiffItem::Subject::Relation: return "relation";
    case DiffItem::Subject::SchemaVersion: return "schema version";
    case DiffItem::Subject::RuleSetting: return "rule setting";
    case DiffItem::Subject::Slice: return "slice";
    }
    return "";
}

QString valueText(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("—");
    if (value.isString())
        return value.toString();
    return jsonValueText(value);
}

QString verdictText(const DiffItem &item)
{
    if (item.subject != DiffItem::Subject::SchemaVersion)
        return {};
    if (!item.checked)
        return DiffCommand::tr("not checked: %1").arg(item.checkError);
    if (item.issues.isEmpty())
        return DiffCommand::tr("compatible");
    QStringList reasons;
    for (const CompatibilityIssue &issue : item.issues)
        reasons << issue.path + QStringLiteral(": ") + issue.message;
    return DiffCommand::tr("incompatible: %1").arg(reasons.join(QLatin1String("; ")));
}

} // namespace

QString DiffCommand::summary() const
{
    return tr("What changed between two revisions: elements, fields, relations, schema versions with their verdict, findings");
}

int DiffCommand::run(const QStringList &arguments)
{
    CommandParser parser(name(), summary());
    const QCommandLineOption from(QStringLiteral("from"), tr("The earlier revision, or \"baseline\": the end of the latest closed review."), QStringLiteral("REV"));
    const QCommandLineOption to(QStringLiteral("to"), tr("The later revision (default: the latest)."), QStringLiteral("REV"));
    const QCommandLineOption failOn(QStringLiteral("fail-on"),
                                    tr("Exit 1 when findings at least this severe appeared between the revisions: error or warning."),
                                    QStringLiteral("LEVEL"));
    parser.addOption(from);
    parser.addOption(to);
    parser.addOption(failOn);
    std::unique_ptr<Catalog> catalog;
    QString format;
    if (auto stop = openWithOutput(parser, arguments, {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("markdown")}, catalog, format))
        return *stop;
    if (!parser.parser().isSet(from))
        return fail(tr("--from REV is required"));
    QString error;
    if (parser.parser().isSet(failOn) && !parser.checkChoice(failOn, {QStringLiteral("error"), QStringLiteral("warning")}, error))
        return fail(error);
    bool ok = true;
    const bool baseline = parser.parser().value(from) == QLatin1String("baseline");
    const qint64 fromRevision = baseline ? catalog->state().baseline() : parser.parser().value(from).toLongLong(&ok);
    if (!ok || fromRevision < 0 || fromRevision > catalog->revision())
        return fail(tr("--from must be a revision between 0 and %1, not \"%2\"").arg(catalog->revision()).arg(parser.parser().value(from)));
    qint64 toRevision = catalog->revision();
    if (parser.parser().isSet(to)) {
        toRevision = parser.parser().value(to).toLongLong(&ok);
        if (!ok || toRevision < fromRevision || toRevision > catalog->revision())
            return fail(tr("--to must be a revision between %1 and %2, not \"%3\"").arg(fromRevision).arg(catalog->revision()).arg(parser.parser().value(to)));
    }
    auto before = CatalogHistory::stateAt(catalog->reader(), fromRevision);
    auto after = CatalogHistory::stateAt(catalog->reader(), toRevision);
    if (!before || !after)
        return fail((before ? after.error() : before.error()).message);
    SemanticDiff diff = SemanticDiff::between(*before, *after);
    diff.fromRevision = fromRevision;
    diff.toRevision = toRevision;
    // A pull request's gate: the change brought findings at least this severe.
    int exitCode = ExitSuccess;
    if (parser.parser().isSet(failOn)) {
        const Severity least = *severityFromId(parser.parser().value(failOn));
        for (const Finding &finding : diff.newFindings) {
            if (int(finding.severity) <= int(least))
                exitCode = ExitCheckFailed;
        }
    }

    if (format == QLatin1String("json")) {
        QJsonArray items;
        for (const DiffItem &item : diff.items) {
            QJsonObject object{{"change", changeWord(item.change)}, {"subject", subjectWord(item.subject)}, {"id", item.id},
                               {"path", item.path}, {"kind", item.kind}};
            QJsonArray fields;
            for (const FieldChange &field : item.fields)
                fields.append(QJsonObject{{"field", field.field}, {"before", field.before}, {"after", field.after}});
            if (!fields.isEmpty())
                object.insert("fields", fields);
            if (item.subject == DiffItem::Subject::SchemaVersion) {
                object.insert("compatible", item.checked ? QJsonValue(item.issues.isEmpty()) : QJsonValue());
                object.insert("verdict", verdictText(item));
            }
            items.append(object);
        }
        auto findings = [&](const QList<Finding> &list, const CatalogState &state) {
            QJsonArray array;
            for (const Finding &f : list)
                array.append(QJsonObject{{"rule", f.ruleId}, {"severity", severityId(f.severity)}, {"path", state.pathOf(f.element)}, {"message", f.message}});
            return array;
        };
        out() << QJsonDocument(QJsonObject{{"from", fromRevision}, {"to", toRevision}, {"items", items},
                                           {"newFindings", findings(diff.newFindings, *after)},
                                           {"resolvedFindings", findings(diff.resolvedFindings, *before)}})
                     .toJson(QJsonDocument::Indented);
        return exitCode;
    }
    const bool markdown = format == QLatin1String("markdown");
    if (markdown)
        out() << tr("### Catalog changes, revisions %1 → %2").arg(fromRevision).arg(toRevision) << "\n\n";
    else
        out() << tr("Revisions %1 → %2").arg(fromRevision).arg(toRevision) << '\n';
    if (diff.items.isEmpty())
        out() << (markdown ? QStringLiteral("_") + tr("No change.") + QStringLiteral("_\n") : tr("No change.") + QLatin1Char('\n'));
    if (markdown && !diff.items.isEmpty())
        out() << "| " << tr("Change") << " | " << tr("What") << " | " << tr("Details") << " |\n|---|---|---|\n";
    for (const DiffItem &item : diff.items) {
        QStringList details;
        for (const FieldChange &field : item.fields)
            details << QStringLiteral("%1: %2 → %3").arg(field.field, valueText(field.before), valueText(field.after));
        if (const QString verdict = verdictText(item); !verdict.isEmpty())
            details << verdict;
        const QString what = QStringLiteral("%1 %2 (%3)").arg(QLatin1String(subjectWord(item.subject)), item.path, item.kind);
        if (markdown) {
            QString cell = details.join(QLatin1String("<br>"));
            cell.replace(QLatin1Char('|'), QLatin1String("\\|"));
            out() << "| " << changeWord(item.change) << " | `" << item.path << "` " << subjectWord(item.subject) << " | " << cell << " |\n";
        } else {
            out() << QStringLiteral("  %1 %2").arg(QLatin1String(changeWord(item.change)), -8).arg(what) << '\n';
            for (const QString &detail : details)
                out() << "      " << detail << '\n';
        }
    }
    auto printFindings = [&](const QString &title, const QList<Finding> &list, const CatalogState &state) {
        if (list.isEmpty())
            return;
        out() << (markdown ? QStringLiteral("\n**%1**\n\n").arg(title) : QStringLiteral("%1\n").arg(title));
        for (const Finding &f : list)
            out() << (markdown ? QStringLiteral("- %1 `%2` %3: %4\n") : QStringLiteral("  %1 %2 %3: %4\n"))
                         .arg(severityId(f.severity), f.ruleId, state.pathOf(f.element), f.message);
    };
    printFindings(tr("New findings"), diff.newFindings, *after);
    printFindings(tr("Resolved findings"), diff.resolvedFindings, *before);
    out().flush();
    return exitCode;
}

} // namespace mesh::app
