#include "catalog/governance/semanticdiff.h"

#include "catalog/changes/changeapplier.h"
#include "catalog/changes/changejson.h"
#include "catalog/changes/elementfields.h"
#include "catalog/governance/governancechecker.h"
#include "catalog/schema/jsonschemacompatibility.h"
#include "catalog/schema/schemacompatibility.h"
#include "catalog/schema/schemareferences.h"

#include <QJsonDocument>

namespace mesh::catalog {

namespace {

QStringList fieldsOf(const Element &element)
{
    QStringList keys = {QStringLiteral("name"), QStringLiteral("context"), QStringLiteral("description"), QStringLiteral("owner"),
                        QStringLiteral("tags"), QStringLiteral("lifecycle")};
    keys += element.attributes.keys();
    return keys;
}

QString relationPath(const CatalogState &state, const Relation &relation)
{
    return QStringLiteral("%1 %2 %3").arg(state.pathOf(relation.from), relationKindId(relation.kind), state.pathOf(relation.to));
}

QString findingKey(const CatalogState &state, const Finding &finding)
{
    return finding.ruleId + QLatin1Char('|') + state.pathOf(finding.element) + QLatin1Char('|') + finding.message;
}

// A slice as a reviewer reads it: its kind, where it stands, and each scenario by name.
QHash<QString, QJsonValue> sliceFields(const DiagramSlice &slice)
{
    QHash<QString, QJsonValue> fields{{QStringLiteral("kind"), sliceKindId(slice.kind)},
                                      {QStringLiteral("extent"), QStringLiteral("%1 – %2").arg(slice.left).arg(slice.right)}};
    for (const Scenario &scenario : slice.scenarios)
        fields.insert(QStringLiteral("scenario ") + scenario.name, scenarioToJson(scenario));
    return fields;
}

// Timelines' slices, by diagram and name: added, removed, or changed field by field.
void diffSlices(const CatalogState &from, const CatalogState &to, QList<DiffItem> &items)
{
    QList<QUuid> diagrams = to.diagrams().keys() + from.diagrams().keys();
    std::sort(diagrams.begin(), diagrams.end());
    diagrams.erase(std::unique(diagrams.begin(), diagrams.end()), diagrams.end());
    for (const QUuid &id : std::as_const(diagrams)) {
        const Diagram *before = from.diagram(id), *after = to.diagram(id);
        QMap<QString, const DiagramSlice *> was, is;
        for (const DiagramSlice &slice : before ? before->slices : QList<DiagramSlice>{})
            was.insert(slice.name, &slice);
        for (const DiagramSlice &slice : after ? after->slices : QList<DiagramSlice>{})
            is.insert(slice.name, &slice);
        QStringList names = was.keys() + is.keys();
        names.sort();
        names.removeDuplicates();
        const QString diagramName = (after ? after : before)->name;
        for (const QString &name : std::as_const(names)) {
            const DiagramSlice *old = was.value(name), *now = is.value(name);
            if (old && now && *old == *now)
                continue;
            DiffItem item{!old ? DiffItem::Change::Added : !now ? DiffItem::Change::Removed : DiffItem::Change::Changed, DiffItem::Subject::Slice,
                          id.toString(QUuid::WithoutBraces) + QLatin1Char('/') + name, diagramName + QStringLiteral(" / ") + name,
                          QStringLiteral("slice"), {}, false, {}, {}};
            const QHash<QString, QJsonValue> oldFields = old ? sliceFields(*old) : QHash<QString, QJsonValue>{};
            const QHash<QString, QJsonValue> newFields = now ? sliceFields(*now) : QHash<QString, QJsonValue>{};
            QStringList keys = oldFields.keys() + newFields.keys();
            keys.sort();
            keys.removeDuplicates();
            for (const QString &key : std::as_const(keys)) {
                if (oldFields.value(key) != newFields.value(key))
                    item.fields.append({key, oldFields.value(key, QJsonValue::Null), newFields.value(key, QJsonValue::Null)});
            }
            items.append(item);
        }
    }
}

} // namespace

SemanticDiff SemanticDiff::between(const CatalogState &from, const CatalogState &to)
{
    SemanticDiff diff;
    auto sortedIds = [](const auto &hash) {
        auto keys = hash.keys();
        std::sort(keys.begin(), keys.end());
        return keys;
    };
    // Elements.
    for (const QUuid &id : sortedIds(to.elements())) {
        const Element &after = to.elements().value(id);
        const Element *before = from.element(id);
        if (!before) {
            diff.items.append(DiffItem{DiffItem::Change::Added, DiffItem::Subject::Element, id.toString(QUuid::WithoutBraces), to.pathOf(id),
                                       elementKindId(after.kind), {}, false, {}, {}});
            continue;
        }
        if (*before == after)
            continue;
        QStringList keys = fieldsOf(after) + fieldsOf(*before);
        keys.removeDuplicates();
        const QJsonObject old = ElementFields::values(*before, keys);
        const QJsonObject now = ElementFields::values(after, keys);
        DiffItem item{DiffItem::Change::Changed, DiffItem::Subject::Element, id.toString(QUuid::WithoutBraces), to.pathOf(id),
                      elementKindId(after.kind), {}, false, {}, {}};
        for (const QString &key : keys) {
            QJsonValue a = old.value(key), b = now.value(key);
            if (key == QLatin1String("context")) {
                a = a.isNull() ? a : QJsonValue(from.pathOf(QUuid::fromString(a.toString())));
                b = b.isNull() ? b : QJsonValue(to.pathOf(QUuid::fromString(b.toString())));
            }
            if (a != b)
                item.fields.append(FieldChange{key, a, b});
        }
        diff.items.append(item);
    }
    for (const QUuid &id : sortedIds(from.elements())) {
        if (!to.element(id))
            diff.items.append(DiffItem{DiffItem::Change::Removed, DiffItem::Subject::Element, id.toString(QUuid::WithoutBraces), from.pathOf(id),
                                       elementKindId(from.element(id)->kind), {}, false, {}, {}});
    }
    // Relations.
    for (const QUuid &id : sortedIds(to.relations())) {
        if (!from.relation(id))
            diff.items.append(DiffItem{DiffItem::Change::Added, DiffItem::Subject::Relation, id.toString(QUuid::WithoutBraces),
                                       relationPath(to, *to.relation(id)), relationKindId(to.relation(id)->kind), {}, false, {}, {}});
    }
    for (const QUuid &id : sortedIds(from.relations())) {
        if (!to.relation(id))
            diff.items.append(DiffItem{DiffItem::Change::Removed, DiffItem::Subject::Relation, id.toString(QUuid::WithoutBraces),
                                       relationPath(from, *from.relation(id)), relationKindId(from.relation(id)->kind), {}, false, {}, {}});
    }
    // Schema versions, each with its verdict against the subject's earlier versions.
    const SchemaLibrary library = SchemaLibrary::latestOf(to);
    for (const QUuid &subject : sortedIds(to.schemaSubjects())) {
        const QList<SchemaVersion> versions = to.schemaVersions(subject);
        const int known = int(from.schemaVersions(subject).size());
        for (int i = known; i < versions.size(); ++i) {
            const SchemaVersion &version = versions[i];
            DiffItem item{DiffItem::Change::Added, DiffItem::Subject::SchemaVersion,
                          QStringLiteral("%1:%2").arg(subject.toString(QUuid::WithoutBraces)).arg(version.version),
                          QStringLiteral("%1 v%2").arg(to.pathOf(subject)).arg(version.version), schemaFormatId(version.format), {}, false, {}, {}};
            // Each version whole, with the types it uses from other subjects inside.
            QStringList texts;
            for (int j = 0; j <= i; ++j) {
                auto whole = library.selfContained(versions[j]);
                texts.append(whole ? *whole : versions[j].text);
            }
            const Element *element = to.element(subject);
            auto verdict = SchemaCompatibility::check(version.format, version.compatibility, texts,
                                                      element ? JsonSchemaCompatibility::policyOf(*element) : JsonSchemaPolicy::Strict);
            if (verdict) {
                item.checked = true;
                item.issues = *verdict;
            } else {
                item.checkError = verdict.error().message;
            }
            diff.items.append(item);
        }
    }
    // Rule settings.
    QStringList rules = to.ruleSettings().keys() + from.ruleSettings().keys();
    rules.removeDuplicates();
    rules.sort();
    for (const QString &rule : rules) {
        const bool inFrom = from.ruleSettings().contains(rule), inTo = to.ruleSettings().contains(rule);
        if (inFrom && inTo && from.ruleSettings().value(rule) == to.ruleSettings().value(rule))
            continue;
        diff.items.append(DiffItem{inTo ? (inFrom ? DiffItem::Change::Changed : DiffItem::Change::Added) : DiffItem::Change::Removed,
                                   DiffItem::Subject::RuleSetting, rule, rule, QStringLiteral("rule"), {}, false, {}, {}});
    }
    diffSlices(from, to, diff.items);
    // Findings that appeared or went away.
    const QList<Finding> before = GovernanceChecker::checkAll(from);
    const QList<Finding> after = GovernanceChecker::checkAll(to);
    QSet<QString> beforeKeys, afterKeys;
    for (const Finding &f : before)
        beforeKeys.insert(findingKey(from, f));
    for (const Finding &f : after)
        afterKeys.insert(findingKey(to, f));
    for (const Finding &f : after) {
        if (!beforeKeys.contains(findingKey(to, f)))
            diff.newFindings.append(f);
    }
    for (const Finding &f : before) {
        if (!afterKeys.contains(findingKey(from, f)))
            diff.resolvedFindings.append(f);
    }
    return diff;
}


} // namespace mesh::catalog
