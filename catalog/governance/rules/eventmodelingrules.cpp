// Event Modeling's rule that no information is lost: every field a read model shows comes
// from an event that feeds it, and every field of an event comes from the command that
// leads to it — or is one the event makes itself (ids, timestamps).

#include "catalog/governance/modelqueries.h"
#include "catalog/governance/ruleregistry.h"
#include "catalog/schema/schemafieldnames.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace mesh::catalog {

namespace {

using namespace ModelQueries;

// The fields of an element's latest schema; nothing when it has none or it cannot be read.
std::optional<QStringList> fieldsOf(const CatalogState &state, const QUuid &element)
{
    const SchemaVersion *schema = state.latestSchema(element);
    const Element *e = state.element(element);
    if (!schema || !e)
        return std::nullopt;
    return schemaFieldNames(schema->format, schema->text, e->name);
}

// The commands whose handling emits `event`: command → handled by → aggregate or service →
// emits → event.
QList<QUuid> commandsLeadingTo(const CatalogState &state, const QUuid &event)
{
    QList<QUuid> commands;
    for (const QUuid &emitter : sources(state, event, RelationKind::Emits)) {
        for (const QUuid &command : sources(state, emitter, RelationKind::HandledBy)) {
            if (!commands.contains(command))
                commands.append(command);
        }
    }
    return commands;
}

class InformationCompleteness final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(mesh::catalog::EventModelingRules)

public:
    QString id() const override { return QStringLiteral("eventmodeling.information-completeness"); }
    QString description() const override
    {
        return tr("No information is lost: every field of a read model comes from an event that feeds it, every field of an event "
                  "from the command that leads to it or is marked as generated.");
    }
    QJsonObject defaultParameters() const override { return {}; }

    void check(const CatalogState &state, const Element &e, const RuleSetting &s, QList<Finding> &out) const override
    {
        if (e.kind == ElementKind::ReadModel)
            checkFields(state, e, sources(state, e.id, RelationKind::Feeds), s, out);
        else if (e.kind == ElementKind::Event)
            checkFields(state, e, commandsLeadingTo(state, e.id), s, out);
        if (e.kind == ElementKind::ReadModel || e.kind == ElementKind::Event || e.kind == ElementKind::Command)
            checkScenarioValues(state, e, s, out);
    }

private:
    // The example values scenarios give this element are values of fields its schema has.
    void checkScenarioValues(const CatalogState &state, const Element &e, const RuleSetting &s, QList<Finding> &out) const
    {
        if (!state.inScenarios(e.id))
            return;
        std::optional<std::optional<QStringList>> fields;   // read once, when a scenario speaks of it
        for (const Diagram &diagram : state.diagrams()) {
            for (const DiagramSlice &slice : diagram.slices) {
                for (const Scenario &scenario : slice.scenarios) {
                    // Run for every element over every scenario: no list is made on the way.
                    const auto each = [&](const ScenarioStep *step) {
                        if (step->element != e.id || step->values.isEmpty())
                            return true;
                        if (!fields)
                            fields = fieldsOf(state, e.id);
                        if (!*fields)
                            return false;   // no schema to hold the values against
                        QSet<QString> known;
                        for (const QString &field : **fields)
                            known.insert(fieldKey(field));
                        for (auto it = step->values.begin(); it != step->values.end(); ++it) {
                            if (known.contains(fieldKey(it.key())))
                                continue;
                            out.append(finding(s, e, tr("Field %1 in the scenario \"%2\" of the slice \"%3\" (%4) is not a field of %5")
                                                         .arg(it.key(), scenario.name, slice.name, diagram.name, state.pathOf(e.id)),
                                               tr("Use one of %1 in the scenario, or add %2 to the schema of %3.")
                                                   .arg((*fields)->join(QStringLiteral(", ")), it.key(), e.name)));
                        }
                        return true;
                    };
                    for (const ScenarioStep &step : scenario.given) {
                        if (!each(&step))
                            return;
                    }
                    if (scenario.when && !each(&*scenario.when))
                        return;
                    for (const ScenarioStep &step : scenario.then) {
                        if (!each(&step))
                            return;
                    }
                }
            }
        }
    }

    // Each field of `e` found among the fields of `origins` (by name, or as its "Field
    // sources" entry maps it), or generated by `e` itself; a finding per field that is not.
    // Nothing is said while the origins, or their fields, are unknown: that is another rule's
    // finding (nothing feeds it, no schema), not a lost field.
    void checkFields(const CatalogState &state, const Element &e, const QList<QUuid> &origins, const RuleSetting &s,
                     QList<Finding> &out) const
    {
        const std::optional<QStringList> fields = fieldsOf(state, e.id);
        if (!fields || origins.isEmpty())
            return;
        QHash<QString, QSet<QString>> available;   // field key → the origins' names that carry it
        QStringList originNames;
        for (const QUuid &origin : origins) {
            const std::optional<QStringList> theirs = fieldsOf(state, origin);
            if (!theirs)
                return;
            const QString name = state.element(origin)->name;
            originNames.append(name);
            for (const QString &field : *theirs)
                available[fieldKey(field)].insert(fieldKey(name));
        }
        originNames.sort();
        const QSet<QString> generated = keysOf(e.attributes.value(QLatin1String("generatedFields")).toArray());
        const QHash<QString, QString> mapped = mappings(e.attributes.value(QLatin1String("fieldSources")).toArray());
        for (const QString &field : *fields) {
            const QString key = fieldKey(field);
            if (generated.contains(key))
                continue;
            const QString source = mapped.value(key);
            if (!source.isEmpty()) {
                // "Origin.field" or "field": that field of that origin, or of any of them.
                const qsizetype dot = source.lastIndexOf(QLatin1Char('.'));
                const QString from = dot < 0 ? QString() : fieldKey(source.left(dot));
                const QSet<QString> carriers = available.value(fieldKey(source.mid(dot + 1)));
                if (from.isEmpty() ? !carriers.isEmpty() : carriers.contains(from))
                    continue;
                const QString message = e.kind == ElementKind::ReadModel
                    ? tr("Field %1 of %2 is mapped to %3, which no event feeding it has (%4)")
                    : tr("Field %1 of %2 is mapped to %3, which no command leading to it has (%4)");
                out.append(finding(s, e, message.arg(field, state.pathOf(e.id), source, originNames.join(QStringLiteral(", "))),
                                   tr("Correct the entry of %1 in its Field sources.").arg(field)));
                continue;
            }
            if (available.contains(key))
                continue;
            if (e.kind == ElementKind::ReadModel) {
                out.append(finding(s, e, tr("Field %1 of the read model %2 comes from no event that feeds it (%3)")
                                             .arg(field, state.pathOf(e.id), originNames.join(QStringLiteral(", "))),
                                   tr("Add %1 to one of those events, feed the read model from an event that has it, or map it in its "
                                      "Field sources (%1=Event.field).")
                                       .arg(field)));
            } else {
                out.append(finding(s, e, tr("Field %1 of the event %2 comes from no command that leads to it (%3)")
                                             .arg(field, state.pathOf(e.id), originNames.join(QStringLiteral(", "))),
                                   tr("Add %1 to the command, map it in the event's Field sources (%1=Command.field), or list it "
                                      "in its Generated fields when the event makes it (an id, a timestamp).")
                                       .arg(field)));
            }
        }
    }

    static QSet<QString> keysOf(const QJsonArray &names)
    {
        QSet<QString> keys;
        for (const QJsonValue &name : names)
            keys.insert(fieldKey(name.toString()));
        return keys;
    }

    // "total=OrderPlaced.amount" entries: field key → where it comes from.
    static QHash<QString, QString> mappings(const QJsonArray &entries)
    {
        QHash<QString, QString> map;
        for (const QJsonValue &entry : entries) {
            const QString text = entry.toString();
            const qsizetype equals = text.indexOf(QLatin1Char('='));
            if (equals > 0)
                map.insert(fieldKey(text.left(equals)), text.mid(equals + 1).trimmed());
        }
        return map;
    }
};

} // namespace

void addEventModelingRules(std::vector<std::unique_ptr<Rule>> &rules)
{
    rules.push_back(std::make_unique<InformationCompleteness>());
}

} // namespace mesh::catalog
