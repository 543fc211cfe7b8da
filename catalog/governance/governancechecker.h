#pragma once

#include "catalog/changes/change.h"
#include "catalog/governance/finding.h"
#include "catalog/model/catalogstate.h"

#include <QHash>
#include <QList>

namespace mesh::catalog {

// Runs the rule set over a catalog and keeps the findings per element, so that after a
// batch only what it touched (and what is related to that) is checked again.
class GovernanceChecker
{
public:
    // Every finding of the catalog, in a stable order (severity, rule, element path).
    static QList<Finding> checkAll(const CatalogState &state);

    // The findings of one element as the catalog stands.
    static QList<Finding> checkOne(const CatalogState &state, const QUuid &element);

    // Checks everything and remembers the findings.
    void reset(const CatalogState &state);
    // Re-checks what `batch` (already applied to `state`) may have changed. Returns the
    // number of elements checked again.
    int update(const CatalogState &state, const Batch &batch);

    QList<Finding> findings(const CatalogState &state) const;
    int count(Severity severity) const;

private:
    static void checkElement(const CatalogState &state, const Element &element, QList<Finding> &findings);
    QSet<QUuid> scenarioElements(const CatalogState &state) const;
    void rememberRelations(const CatalogState &state);

    QHash<QUuid, QList<Finding>> m_byElement;
    QHash<QUuid, std::pair<QUuid, QUuid>> m_relationEnds; // as of the last check
    QUuid m_signedOff;   // the last signed-off review as of the last check
};

// Sorts findings: errors first, then by rule, then by element path.
void sortFindings(const CatalogState &state, QList<Finding> &findings);

} // namespace mesh::catalog
