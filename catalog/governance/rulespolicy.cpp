#include "catalog/changes/governancepolicy.h"

#include "catalog/governance/governancechecker.h"
#include "catalog/governance/ruleregistry.h"

namespace mesh::catalog {

namespace {

// Governance as the built-in rules and the default rule set decide it.
class RulesPolicy final : public GovernancePolicy
{
public:
    Result<void> checkRuleSetting(const RuleSetting &setting) const override { return RuleRegistry::instance().validate(setting); }

    RuleSetting effectiveSetting(const CatalogState &state, const QString &ruleId) const override
    {
        return RuleRegistry::instance().effectiveSetting(state, ruleId);
    }

    QStringList approvalBlockers(const CatalogState &state, const QUuid &element) const override
    {
        QStringList errors;
        for (const Finding &finding : GovernanceChecker::checkOne(state, element)) {
            if (finding.severity == Severity::Error)
                errors.append(finding.message);
        }
        return errors;
    }
};

} // namespace

const GovernancePolicy &GovernancePolicy::standard()
{
    static const RulesPolicy policy;
    return policy;
}

} // namespace mesh::catalog
