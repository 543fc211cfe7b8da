#pragma once

#include "catalog/governance/rule.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace mesh::catalog {

// The built-in rules and the default rule set (resources/governance/default-rules.json):
// which rules run, how severe, with which parameters, unless the catalog says otherwise.
class RuleRegistry
{
    Q_DECLARE_TR_FUNCTIONS(mesh::catalog::RuleRegistry)

public:
    static const RuleRegistry &instance();

    const std::vector<std::unique_ptr<Rule>> &rules() const { return m_rules; }
    const Rule *rule(const QString &id) const;
    RuleSetting defaultSetting(const QString &id) const;
    // The catalog's setting of a rule if it has one, else the default.
    RuleSetting effectiveSetting(const CatalogState &state, const QString &id) const;
    // Whether a setting names a known rule and its parameters fit it.
    Result<void> validate(const RuleSetting &setting) const;

private:
    RuleRegistry();
    std::vector<std::unique_ptr<Rule>> m_rules;
    QHash<QString, RuleSetting> m_defaults;
};

// Built-in rules, by theme (catalog/governance/rules/).
void addNamingRules(std::vector<std::unique_ptr<Rule>> &rules);
void addFlowRules(std::vector<std::unique_ptr<Rule>> &rules);
void addEventModelingRules(std::vector<std::unique_ptr<Rule>> &rules);
void addOperationsRules(std::vector<std::unique_ptr<Rule>> &rules);

} // namespace mesh::catalog
