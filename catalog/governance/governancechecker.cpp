#include "catalog/governance/governancechecker.h"

#include "catalog/changes/changejson.h"
#include "catalog/governance/modelqueries.h"
#include "catalog/governance/ruleregistry.h"

namespace mesh::catalog {

void sortFindings(const CatalogState &state, QList<Finding> &findings)
{
    // Paths are built once per finding, not once per comparison.
    QList<std::pair<QString, qsizetype>> keys;
    keys.reserve(findings.size());
    for (qsizetype i = 0; i < findings.size(); ++i)
        keys.append({state.pathOf(findings[i].element), i});
    std::stable_sort(keys.begin(), keys.end(), [&findings](const auto &ka, const auto &kb) {
        const Finding &a = findings[ka.second];
        const Finding &b = findings[kb.second];
        if (a.severity != b.severity)
            return a.severity < b.severity;
        if (a.ruleId != b.ruleId)
            return a.ruleId < b.ruleId;
        return ka.first != kb.first ? ka.first < kb.first : a.message < b.message;
    });
    QList<Finding> sorted;
    sorted.reserve(findings.size());
    for (const auto &key : keys)
        sorted.append(std::move(findings[key.second]));
    findings = std::move(sorted);
}

void GovernanceChecker::checkElement(const CatalogState &state, const Element &element, QList<Finding> &findings)
{
    const RuleRegistry &registry = RuleRegistry::instance();
    for (const auto &rule : registry.rules()) {
        const RuleSetting setting = registry.effectiveSetting(state, rule->id());
        if (setting.enabled)
            rule->check(state, element, setting, findings);
    }
}

QList<Finding> GovernanceChecker::checkAll(const CatalogState &state)
{
    // Settings are looked up once per rule here, not per element.
    const RuleRegistry &registry = RuleRegistry::instance();
    QList<std::pair<const Rule *, RuleSetting>> active;
    for (const auto &rule : registry.rules()) {
        RuleSetting setting = registry.effectiveSetting(state, rule->id());
        if (setting.enabled)
            active.append({rule.get(), setting});
    }
    QList<Finding> findings;
    for (const Element &element : state.elements()) {
        for (const auto &[rule, setting] : active)
            rule->check(state, element, setting, findings);
    }
    sortFindings(state, findings);
    return findings;
}

QList<Finding> GovernanceChecker::checkOne(const CatalogState &state, const QUuid &id)
{
    QList<Finding> findings;
    if (const Element *element = state.element(id))
        checkElement(state, *element, findings);
    return findings;
}

void GovernanceChecker::reset(const CatalogState &state)
{
    m_byElement.clear();
    for (const Finding &finding : checkAll(state))
        m_byElement[finding.element].append(finding);
    rememberRelations(state);
    m_signedOff = state.lastSignedOffReview() ? state.lastSignedOffReview()->id : QUuid();
}

void GovernanceChecker::rememberRelations(const CatalogState &state)
{
    m_relationEnds.clear();
    m_relationEnds.reserve(state.relations().size());
    for (const Relation &relation : state.relations())
        m_relationEnds.insert(relation.id, {relation.from, relation.to});
}

QSet<QUuid> GovernanceChecker::scenarioElements(const CatalogState &state) const
{
    // What the scenarios speak of now, and what had findings about them before.
    QSet<QUuid> elements;
    for (const Diagram &diagram : state.diagrams()) {
        for (const DiagramSlice &slice : diagram.slices) {
            for (const Scenario &scenario : slice.scenarios) {
                for (const ScenarioStep &step : scenario.given + scenario.then)
                    elements.insert(step.element);
                if (scenario.when)
                    elements.insert(scenario.when->element);
            }
        }
    }
    for (auto it = m_byElement.cbegin(); it != m_byElement.cend(); ++it) {
        if (std::any_of(it->cbegin(), it->cend(), [](const Finding &f) { return f.ruleId == QLatin1String("eventmodeling.information-completeness"); }))
            elements.insert(it.key());
    }
    return elements;
}

int GovernanceChecker::update(const CatalogState &state, const Batch &batch)
{
    QSet<QUuid> touched;
    for (const Change &change : batch) {
        // A rule's setting changes every finding of that rule; a sign-off (or its undo)
        // changes what the channels are compared with.
        const Review *signedOff = state.lastSignedOffReview();
        const bool signOffChanged = (signedOff ? signedOff->id : QUuid()) != m_signedOff;
        if (std::holds_alternative<SetRule>(change) || std::holds_alternative<ResetRule>(change) || signOffChanged) {
            reset(state);
            return int(state.elements().size());
        }
        if (const auto *diagram = std::get_if<UpdateDiagram>(&change); diagram && diagram->set.contains(QLatin1String("slices")))
            touched |= scenarioElements(state);
        const QJsonObject json = ChangeJson::toJson(change);
        for (const char *key : {"id", "ref", "context", "subject", "element", "from", "to"}) {
            const QUuid id = QUuid::fromString(json.value(QLatin1String(key)).toString());
            if (!id.isNull())
                touched.insert(id);
        }
    }
    // Relations: their ends, as they are now or as they were before the batch.
    for (const QUuid &id : QSet<QUuid>(touched)) {
        if (const Relation *relation = state.relation(id)) {
            touched << relation->from << relation->to;
            m_relationEnds.insert(id, {relation->from, relation->to});
        } else if (auto it = m_relationEnds.find(id); it != m_relationEnds.end()) {
            touched << it->first << it->second;
            m_relationEnds.erase(it);
        }
    }
    // A deleted element took its relations along: its former neighbours change too.
    const bool deletes = std::any_of(batch.cbegin(), batch.cend(), [](const Change &c) { return std::holds_alternative<DeleteElement>(c); });
    for (auto it = m_relationEnds.begin(); deletes && it != m_relationEnds.end();) {
        if (state.relation(it.key())) {
            ++it;
            continue;
        }
        touched << it->first << it->second;
        it = m_relationEnds.erase(it);
    }
    const QSet<QUuid> affected = ModelQueries::neighbourhood(state, touched) | touched;
    for (const QUuid &id : affected) {
        m_byElement.remove(id);
        if (const Element *element = state.element(id)) {
            QList<Finding> findings;
            checkElement(state, *element, findings);
            if (!findings.isEmpty())
                m_byElement.insert(id, findings);
        }
    }
    return int(affected.size());
}

QList<Finding> GovernanceChecker::findings(const CatalogState &state) const
{
    QList<Finding> all;
    for (const QList<Finding> &findings : m_byElement)
        all += findings;
    sortFindings(state, all);
    return all;
}

int GovernanceChecker::count(Severity severity) const
{
    int total = 0;
    for (const QList<Finding> &findings : m_byElement) {
        for (const Finding &finding : findings)
            total += finding.severity == severity ? 1 : 0;
    }
    return total;
}

} // namespace mesh::catalog
