#pragma once

#include "catalog/governance/finding.h"
#include "catalog/model/catalogstate.h"
#include "catalog/result.h"

#include <QJsonObject>
#include <QList>

namespace mesh::catalog {

// One governance rule. Rules are anchored on elements: check() looks at one element (and
// what it is related to) and adds findings about that element, so that a change is
// re-checked by running the rules on the elements it touched and their neighbours.
class Rule
{
public:
    virtual ~Rule() = default;
    virtual QString id() const = 0;
    virtual QString description() const = 0;   // translated
    // Parameters and their defaults; a setting may only use these keys, with the same JSON types.
    virtual QJsonObject defaultParameters() const = 0;
    virtual void check(const CatalogState &state, const Element &element, const RuleSetting &setting,
                       QList<Finding> &findings) const = 0;

    // Checks a setting's parameters against defaultParameters() (keys and JSON types).
    virtual Result<void> validateParameters(const QJsonObject &parameters) const;

protected:
    Finding finding(const RuleSetting &setting, const Element &element, const QString &message, const QString &fix) const
    {
        return Finding{id(), setting.severity, element.id, message, fix};
    }
};

} // namespace mesh::catalog
