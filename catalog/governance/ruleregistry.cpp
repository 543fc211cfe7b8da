#include "catalog/governance/ruleregistry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace mesh::catalog {

Result<void> Rule::validateParameters(const QJsonObject &parameters) const
{
    const QJsonObject defaults = defaultParameters();
    for (auto it = parameters.constBegin(); it != parameters.constEnd(); ++it) {
        if (!defaults.contains(it.key())) {
            return makeError(ErrorCode::InvalidInput,
                             RuleRegistry::tr("Rule %1 has no parameter \"%2\"").arg(id(), it.key()), it.key());
        }
        if (defaults.value(it.key()).type() != it->type()) {
            return makeError(ErrorCode::InvalidInput,
                             RuleRegistry::tr("Parameter \"%1\" of rule %2 has the wrong type").arg(it.key(), id()), it.key());
        }
    }
    return Ok{};
}

const RuleRegistry &RuleRegistry::instance()
{
    static const RuleRegistry registry;
    return registry;
}

RuleRegistry::RuleRegistry()
{
    addNamingRules(m_rules);
    addFlowRules(m_rules);
    addOperationsRules(m_rules);
    addEventModelingRules(m_rules);
    QFile file(QStringLiteral(":/mesh/governance/default-rules.json"));
    QJsonObject set;
    if (file.open(QIODevice::ReadOnly))
        set = QJsonDocument::fromJson(file.readAll()).object();
    for (const QJsonValue &value : set.value(QLatin1String("rules")).toArray()) {
        const QJsonObject entry = value.toObject();
        RuleSetting setting;
        setting.ruleId = entry.value(QLatin1String("id")).toString();
        setting.enabled = entry.value(QLatin1String("enabled")).toBool(true);
        setting.severity = severityFromId(entry.value(QLatin1String("severity")).toString()).value_or(Severity::Warning);
        setting.parameters = entry.value(QLatin1String("parameters")).toObject();
        m_defaults.insert(setting.ruleId, setting);
    }
}

const Rule *RuleRegistry::rule(const QString &id) const
{
    for (const auto &rule : m_rules) {
        if (rule->id() == id)
            return rule.get();
    }
    return nullptr;
}

RuleSetting RuleRegistry::defaultSetting(const QString &id) const
{
    RuleSetting setting = m_defaults.value(id, RuleSetting{id, true, Severity::Warning, {}});
    if (const Rule *r = rule(id)) {
        // Parameters the default set leaves out take the rule's own defaults.
        QJsonObject parameters = r->defaultParameters();
        for (auto it = setting.parameters.constBegin(); it != setting.parameters.constEnd(); ++it)
            parameters.insert(it.key(), *it);
        setting.parameters = parameters;
    }
    return setting;
}

RuleSetting RuleRegistry::effectiveSetting(const CatalogState &state, const QString &id) const
{
    RuleSetting setting = defaultSetting(id);
    auto it = state.ruleSettings().constFind(id);
    if (it == state.ruleSettings().constEnd())
        return setting;
    setting.enabled = it->enabled;
    setting.severity = it->severity;
    for (auto p = it->parameters.constBegin(); p != it->parameters.constEnd(); ++p)
        setting.parameters.insert(p.key(), *p);
    return setting;
}

Result<void> RuleRegistry::validate(const RuleSetting &setting) const
{
    const Rule *r = rule(setting.ruleId);
    if (!r)
        return makeError(ErrorCode::InvalidInput, tr("Unknown rule \"%1\"").arg(setting.ruleId), QStringLiteral("rule"));
    return r->validateParameters(setting.parameters);
}

} // namespace mesh::catalog
