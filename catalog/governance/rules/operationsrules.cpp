// Context-map consistency and operational thresholds: the direction of upstream/downstream
// patterns between two contexts agrees, services on a synchronous path declare an uptime
// SLO, and read models fed from another context declare their latency to data update.

#include "catalog/governance/modelqueries.h"
#include "catalog/governance/ruleregistry.h"

#include <QCoreApplication>

namespace mesh::catalog {

namespace {

using namespace ModelQueries;

bool isSymmetric(RelationKind kind)
{
    return kind == RelationKind::Partnership || kind == RelationKind::SharedKernel;
}

class ConsistentContextRoles final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(mesh::catalog::OperationsRules)

public:
    QString id() const override { return QStringLiteral("contextmap.consistent-roles"); }
    QString description() const override
    {
        return tr("Between two contexts the patterns agree: one side upstream (open host service, published language, "
                  "supplier), the other downstream (conformist, anticorruption layer, customer); a partnership or shared "
                  "kernel is not also upstream/downstream.");
    }
    QJsonObject defaultParameters() const override { return {}; }
    void check(const CatalogState &state, const Element &e, const RuleSetting &s, QList<Finding> &out) const override
    {
        if (e.kind != ElementKind::BoundedContext)
            return;
        // Each disagreement between two contexts is reported once, on the one named first.
        const QList<QUuid> relations = state.relationsOf(e.id);
        for (const QUuid &firstId : relations) {
            const Relation *first = state.relation(firstId);
            if (!isContextMapRelation(first->kind))
                continue;
            const QUuid otherContext = first->from == e.id ? first->to : first->from;
            const Element *other = state.element(otherContext);
            if (!other || std::pair(other->name, other->id) < std::pair(e.name, e.id))
                continue;
            for (const QUuid &secondId : relations) {
                const Relation *second = state.relation(secondId);
                if (!(first->id < second->id) || !isContextMapRelation(second->kind))
                    continue;
                if ((second->from == e.id ? second->to : second->from) != otherContext)
                    continue;
                const bool reversed = second->from != first->from && !isSymmetric(first->kind) && !isSymmetric(second->kind);
                const bool mixed = isSymmetric(first->kind) != isSymmetric(second->kind);
                if (reversed || mixed) {
                    out.append(finding(s, e, tr("%1 and %2 disagree: \"%3\" and \"%4\"")
                                                 .arg(state.pathOf(e.id), state.pathOf(otherContext), relationKindDisplayName(first->kind),
                                                      relationKindDisplayName(second->kind)),
                                       tr("Decide which context is upstream and keep the patterns of that direction.")));
                }
            }
        }
    }
};

class UptimeOnSynchronousPath final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(mesh::catalog::OperationsRules)

public:
    QString id() const override { return QStringLiteral("operations.uptime-on-synchronous-path"); }
    QString description() const override { return tr("Services and APIs on a synchronous path declare an uptime SLO."); }
    QJsonObject defaultParameters() const override { return {}; }
    void check(const CatalogState &state, const Element &e, const RuleSetting &s, QList<Finding> &out) const override
    {
        bool onPath = false;
        if (e.kind == ElementKind::Service) {
            onPath = !targets(state, e.id, RelationKind::Calls).isEmpty();
            for (const QUuid &api : targets(state, e.id, RelationKind::Exposes))
                onPath = onPath || !sources(state, api, RelationKind::Calls).isEmpty();
        } else if (e.kind == ElementKind::Api) {
            onPath = !sources(state, e.id, RelationKind::Calls).isEmpty();
        }
        if (onPath && !e.attributes.contains("uptimeSloPercent")) {
            out.append(finding(s, e, tr("%1 is on a synchronous path but declares no uptime SLO").arg(state.pathOf(e.id)),
                               tr("Set its uptime SLO: the path is only as available as the product of its hops.")));
        }
    }
};

class ReplicaLatency final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(mesh::catalog::OperationsRules)

public:
    QString id() const override { return QStringLiteral("operations.replica-latency"); }
    QString description() const override { return tr("A read model fed from another context declares its latency to data update."); }
    QJsonObject defaultParameters() const override { return {}; }
    void check(const CatalogState &state, const Element &e, const RuleSetting &s, QList<Finding> &out) const override
    {
        if (e.kind != ElementKind::ReadModel || e.attributes.contains("latencyToDataUpdateMs"))
            return;
        for (const QUuid &event : sources(state, e.id, RelationKind::Feeds)) {
            if (contextOf(state, event) != e.context) {
                out.append(finding(s, e, tr("%1 copies data of %2 but declares no latency to data update").arg(state.pathOf(e.id), state.pathOf(event)),
                                   tr("Set its latency to data update, so its readers know how fresh it is.")));
                return;
            }
        }
    }
};

} // namespace

void addOperationsRules(std::vector<std::unique_ptr<Rule>> &rules)
{
    rules.push_back(std::make_unique<ConsistentContextRoles>());
    rules.push_back(std::make_unique<UptimeOnSynchronousPath>());
    rules.push_back(std::make_unique<ReplicaLatency>());
}

} // namespace mesh::catalog
