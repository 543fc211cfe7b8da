#include "app/cli/findingsoutput.h"

#include "catalog/governance/ruleregistry.h"
#include "catalog/schema/nextschemaversion.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>

namespace mesh::app::FindingsOutput {

using namespace mesh::catalog;

void printText(QTextStream &out, const CatalogState &state, const QList<Finding> &findings)
{
    for (const Finding &finding : findings) {
        out << QStringLiteral("%1  %2  %3: %4\n      %5")
                   .arg(severityDisplayName(finding.severity).toLower(), -8)
                   .arg(finding.ruleId, state.pathOf(finding.element), finding.message, finding.fix)
            << '\n';
    }
}

QJsonObject json(const CatalogState &state, const QList<Finding> &findings)
{
    int counts[3] = {0, 0, 0};
    QJsonArray list;
    for (const Finding &finding : findings) {
        ++counts[int(finding.severity)];
        list.append(QJsonObject{{"rule", finding.ruleId},
                                {"severity", severityId(finding.severity)},
                                {"element", finding.element.toString(QUuid::WithoutBraces)},
                                {"path", state.pathOf(finding.element)},
                                {"message", finding.message},
                                {"fix", finding.fix}});
    }
    return QJsonObject{{"errors", counts[0]}, {"warnings", counts[1]}, {"infos", counts[2]}, {"findings", list}};
}

QJsonObject sarif(const CatalogState &state, const QList<Finding> &findings, const QString &artifact, int omitted)
{
    static const char *const kLevels[] = {"error", "warning", "note"};
    QJsonArray rules;
    QHash<QString, int> ruleIndex;
    for (const auto &rule : RuleRegistry::instance().rules()) {
        ruleIndex.insert(rule->id(), int(rules.size()));
        const QString help = QCoreApplication::translate("mesh::app::FindingsOutput",
                                                         "%1 Each finding names the element and says how to fix it; the rule's "
                                                         "severity and parameters are set per catalog (Governance → Rules…).")
                                 .arg(rule->description());
        rules.append(QJsonObject{
            {"id", rule->id()},
            // SARIF wants the readable name to differ from the opaque id.
            {"name", catalog::pascalIdentifier(rule->id())},
            {"shortDescription", QJsonObject{{"text", rule->description()}}},
            {"fullDescription", QJsonObject{{"text", rule->description()}}},
            {"help", QJsonObject{{"text", help}, {"markdown", help}}},
            {"defaultConfiguration", QJsonObject{{"level", kLevels[int(RuleRegistry::instance().defaultSetting(rule->id()).severity)]}}},
            {"properties", QJsonObject{{"tags", QJsonArray{"governance", "event-mesh"}}}}});
    }
    QJsonArray results;
    QHash<QByteArray, int> seen;   // the same rule on the same element more than once
    for (const Finding &finding : findings) {
        const Element *element = state.element(finding.element);
        const QString path = state.pathOf(finding.element);
        QByteArray key = finding.ruleId.toUtf8() + '\n' + finding.element.toByteArray(QUuid::WithoutBraces);
        key += '\n' + QByteArray::number(seen[key]++);
        const QByteArray fingerprint = QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex();
        QJsonObject logical{{"fullyQualifiedName", path}, {"kind", element ? elementKindId(element->kind) : QStringLiteral("element")}};
        // A catalog file has no lines to point at: the region is its start, and the
        // element is the logical location.
        QJsonObject physical{{"artifactLocation", QJsonObject{{"uri", artifact}, {"uriBaseId", "%SRCROOT%"}}},
                             {"region", QJsonObject{{"startLine", 1}}}};
        results.append(QJsonObject{
            {"ruleId", finding.ruleId},
            {"ruleIndex", ruleIndex.value(finding.ruleId)},
            {"level", kLevels[int(finding.severity)]},
            {"message", QJsonObject{{"text", (path.isEmpty() ? QString() : path + QStringLiteral(": ")) + finding.message
                                                 + QStringLiteral(" — ") + finding.fix}}},
            {"locations", QJsonArray{QJsonObject{{"physicalLocation", physical}, {"logicalLocations", QJsonArray{logical}}}}},
            {"partialFingerprints", QJsonObject{{"meshFinding/v1", QString::fromLatin1(fingerprint)}}},
            {"properties", QJsonObject{{"elementId", finding.element.toString(QUuid::WithoutBraces)}, {"fix", finding.fix}}},
        });
    }
    QJsonObject driver{{"name", "Mesh Studio"},
                       {"semanticVersion", QCoreApplication::applicationVersion()},
                       {"version", QCoreApplication::applicationVersion()},
                       {"rules", rules}};
    QJsonObject run{{"tool", QJsonObject{{"driver", driver}}},
                    {"originalUriBaseIds", QJsonObject{{"%SRCROOT%", QJsonObject{{"description", QJsonObject{{"text", "The checkout the catalog is in"}}}}}}},
                    {"results", results}};
    if (omitted > 0)
        run.insert("properties", QJsonObject{{"omittedResults", omitted}});
    return QJsonObject{{"$schema", "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"},
                       {"version", "2.1.0"},
                       {"runs", QJsonArray{run}}};
}

} // namespace mesh::app::FindingsOutput
