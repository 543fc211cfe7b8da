#pragma once

#include "catalog/model/catalogstate.h"
#include "catalog/model/rulesetting.h"
#include "catalog/result.h"

#include <QStringList>
#include <QUuid>

namespace mesh::catalog {

// What the change applier and the change reader ask of governance, without depending on
// it: governance (rules, checker, semantic diff) is built on changes, so changes only know
// this interface. governance/rulespolicy implements it with the built-in rules.
class GovernancePolicy
{
public:
    virtual ~GovernancePolicy() = default;

    // Whether a setting names a known rule and its parameters fit it.
    virtual Result<void> checkRuleSetting(const RuleSetting &setting) const = 0;
    // The catalog's setting of a rule if it has one, else the rule's default.
    virtual RuleSetting effectiveSetting(const CatalogState &state, const QString &ruleId) const = 0;
    // The error findings that keep `element` from being approved in `state` (empty: it may
    // be approved).
    virtual QStringList approvalBlockers(const CatalogState &state, const QUuid &element) const = 0;

    // The built-in rules (rulespolicy.cpp): what every catalog runs unless told otherwise.
    static const GovernancePolicy &standard();
};

} // namespace mesh::catalog
