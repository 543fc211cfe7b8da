#include "app/cli/checkcommand.h"

#include "app/cli/commandparser.h"
#include "app/cli/findingsoutput.h"
#include "catalog/governance/governancechecker.h"
#include "catalog/governance/ruleregistry.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace mesh::app {

using namespace mesh::catalog;

QString CheckCommand::summary() const
{
    return tr("Check a catalog against its governance rules (exit 1 when there are errors)");
}

int CheckCommand::run(const QStringList &arguments)
{
    CommandParser parser(name(), summary());
    const QCommandLineOption severity(QStringLiteral("severity"), tr("Only findings at least this severe: error, warning or info."),
                                      QStringLiteral("LEVEL"), QStringLiteral("info"));
    const QCommandLineOption rule(QStringLiteral("rule"), tr("Only findings of these rules (comma-separated ids; may be repeated)."),
                                  QStringLiteral("IDS"));
    const QCommandLineOption maxResults(QStringLiteral("max-results"),
                                        tr("At most N findings, the most severe first (SARIF: 25,000, what code scanning takes in one run)."),
                                        QStringLiteral("N"));
    for (const QCommandLineOption &option : {severity, rule, maxResults})
        parser.addOption(option);
    std::unique_ptr<Catalog> opened;
    QString format;
    if (auto stop = openWithOutput(parser, arguments, {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("sarif")}, opened, format))
        return *stop;
    const QCommandLineParser &options = parser.parser();
    QString error;
    if (!parser.checkChoice(severity, {QStringLiteral("error"), QStringLiteral("warning"), QStringLiteral("info")}, error))
        return fail(error);
    const Severity least = *severityFromId(options.value(severity));
    QSet<QString> rules;
    for (const QString &list : options.values(rule)) {
        for (const QString &id : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!RuleRegistry::instance().rule(id.trimmed()))
                return fail(tr("no rule \"%1\"; see Governance rules in the README").arg(id.trimmed()));
            rules.insert(id.trimmed());
        }
    }
    bool isNumber = true;
    const int limit = options.isSet(maxResults) ? options.value(maxResults).toInt(&isNumber) : (format == QLatin1String("sarif") ? 25000 : -1);
    if (!isNumber || (options.isSet(maxResults) && limit < 0))
        return fail(tr("--max-results must be a number of findings, not \"%1\"").arg(options.value(maxResults)));

    Catalog *catalog = opened.get();
    const CatalogState &state = catalog->state();
    QList<Finding> findings = GovernanceChecker::checkAll(state);
    findings.removeIf([&](const Finding &finding) {
        return int(finding.severity) > int(least) || (!rules.isEmpty() && !rules.contains(finding.ruleId));
    });
    const bool hasErrors = std::any_of(findings.cbegin(), findings.cend(), [](const Finding &f) { return f.severity == Severity::Error; });
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) { return int(a.severity) < int(b.severity); });
    int omitted = 0;
    if (limit >= 0 && findings.size() > limit) {
        omitted = int(findings.size()) - limit;
        findings.resize(limit);
    }

    if (format == QLatin1String("sarif")) {
        // Code scanning places results by a path relative to the checkout.
        const QString location = catalog->location();
        const QString artifact = Catalog::isSharedLocation(location) ? displayLocation(location) : QDir::current().relativeFilePath(location);
        out() << QJsonDocument(FindingsOutput::sarif(state, findings, artifact, omitted)).toJson(QJsonDocument::Indented);
    } else if (format == QLatin1String("json")) {
        QJsonObject json = FindingsOutput::json(state, findings);
        json.insert("omitted", omitted);
        out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        FindingsOutput::printText(out(), state, findings);
        int counts[3] = {0, 0, 0};
        for (const Finding &finding : findings)
            ++counts[int(finding.severity)];
        out() << tr("%n error(s)", nullptr, counts[0]) << ", " << tr("%n warning(s)", nullptr, counts[1]) << ", "
              << tr("%n info(s)", nullptr, counts[2]);
        if (omitted > 0)
            out() << tr(" (%n more not shown)", nullptr, omitted);
        out() << Qt::endl;
    }
    out().flush();
    return hasErrors ? ExitCheckFailed : ExitSuccess;
}

} // namespace mesh::app
