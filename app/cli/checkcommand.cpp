#include "app/cli/checkcommand.h"

#include "app/cli/commandparser.h"
#include "catalog/governance/governancechecker.h"
#include "catalog/governance/ruleregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mesh::app {

using namespace mesh::catalog;

namespace {

// SARIF 2.1.0, the format CI systems show findings in: one run, the rules as the tool's
// rules, each finding a result located on the catalog element (a logical location).
QJsonObject sarif(const CatalogState &state, const QList<Finding> &findings, const QString &location)
{
    static const char *const kLevels[] = {"error", "warning", "note"};
    QJsonArray rules;
    QHash<QString, int> ruleIndex;
    for (const auto &rule : RuleRegistry::instance().rules()) {
        ruleIndex.insert(rule->id(), int(rules.size()));
        rules.append(QJsonObject{{"id", rule->id()},
                                 {"shortDescription", QJsonObject{{"text", rule->description()}}},
                                 {"defaultConfiguration",
                                  QJsonObject{{"level", kLevels[int(RuleRegistry::instance().defaultSetting(rule->id()).severity)]}}}});
    }
    QJsonArray results;
    for (const Finding &finding : findings) {
        const Element *element = state.element(finding.element);
        QJsonObject logical{{"fullyQualifiedName", state.pathOf(finding.element)},
                            {"kind", element ? elementKindId(element->kind) : QStringLiteral("element")}};
        results.append(QJsonObject{
            {"ruleId", finding.ruleId},
            {"ruleIndex", ruleIndex.value(finding.ruleId)},
            {"level", kLevels[int(finding.severity)]},
            {"message", QJsonObject{{"text", finding.message + QStringLiteral(" — ") + finding.fix}}},
            {"locations", QJsonArray{QJsonObject{{"logicalLocations", QJsonArray{logical}},
                                                 {"physicalLocation", QJsonObject{{"artifactLocation", QJsonObject{{"uri", location}}}}}}}},
            {"properties", QJsonObject{{"elementId", finding.element.toString(QUuid::WithoutBraces)}, {"fix", finding.fix}}},
        });
    }
    QJsonObject driver{{"name", "Mesh Studio"},
                       {"version", QCoreApplication::applicationVersion()},
                       {"rules", rules}};
    return QJsonObject{{"$schema", "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"},
                       {"version", "2.1.0"},
                       {"runs", QJsonArray{QJsonObject{{"tool", QJsonObject{{"driver", driver}}}, {"results", results}}}}};
}

} // namespace

QString CheckCommand::summary() const
{
    return tr("Check a catalog against its governance rules (exit 1 when there are errors)");
}

int CheckCommand::run(const QStringList &arguments)
{
    CommandParser parser(name(), summary());
    std::unique_ptr<Catalog> opened;
    QString format;
    if (auto stop = openWithOutput(parser, arguments, {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("sarif")}, opened, format))
        return *stop;
    Catalog *catalog = opened.get();
    const CatalogState &state = catalog->state();
    const QList<Finding> findings = GovernanceChecker::checkAll(state);
    int counts[3] = {0, 0, 0};
    for (const Finding &finding : findings)
        ++counts[int(finding.severity)];

    if (format == QLatin1String("sarif")) {
        out() << QJsonDocument(sarif(state, findings, displayLocation(catalog->location()))).toJson(QJsonDocument::Indented);
    } else if (format == QLatin1String("json")) {
        QJsonArray list;
        for (const Finding &finding : findings) {
            list.append(QJsonObject{{"rule", finding.ruleId},
                                    {"severity", severityId(finding.severity)},
                                    {"element", finding.element.toString(QUuid::WithoutBraces)},
                                    {"path", state.pathOf(finding.element)},
                                    {"message", finding.message},
                                    {"fix", finding.fix}});
        }
        out() << QJsonDocument(QJsonObject{{"errors", counts[0]}, {"warnings", counts[1]}, {"infos", counts[2]}, {"findings", list}})
                     .toJson(QJsonDocument::Indented);
    } else {
        for (const Finding &finding : findings) {
            out() << QStringLiteral("%1  %2  %3: %4\n      %5")
                         .arg(severityDisplayName(finding.severity).toLower(), -8)
                         .arg(finding.ruleId, state.pathOf(finding.element), finding.message, finding.fix)
                  << '\n';
        }
        out() << tr("%n error(s)", nullptr, counts[0]) << ", " << tr("%n warning(s)", nullptr, counts[1]) << ", "
              << tr("%n info(s)", nullptr, counts[2]) << Qt::endl;
    }
    out().flush();
    return counts[0] > 0 ? ExitCheckFailed : ExitSuccess;
}

} // namespace mesh::app
