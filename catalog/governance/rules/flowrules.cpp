// Flows between contexts: events are emitted by something, consumed elsewhere only when
// published with a contract (a schema, a lifecycle of at least proposed), channels have a
// producer and a name from the template; synchronous calls across contexts are flagged;
// elements related to nothing are pointed out.

#include "catalog/governance/modelqueries.h"
#include "catalog/governance/ruleregistry.h"
#include "catalog/model/attributefield.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace mesh::catalog {

namespace {

using namespace ModelQueries;

// The other contexts an event is consumed in, as "Context/Consumer" paths.
QStringList consumersElsewhere(const CatalogState &state, const Element &event)
{
    QStringList found;
    for (const QUuid &consumer : consumersOf(state, event.id)) {
        const QUuid context = contextOf(state, consumer);
        if (!context.isNull() && context != event.context)
            found.append(state.pathOf(consumer));
    }
    found.removeDuplicates();
    found.sort();
    return found;
}

int lifecycleRank(Lifecycle lifecycle)
{
    return lifecycle == Lifecycle::Draft ? 0 : lifecycle == Lifecycle::Proposed ? 1 : 2;
}

class EventEmitted final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(mesh::catalog::FlowRules)

public:
    QString id() const override { return QStringLiteral("events.emitted"); }
    QString description() const override { return tr("Every event is emitted by something: an aggregate, a service or an external system."); }
    QJsonObject defaultParameters() const override { return {}; }
    void check(const CatalogState &state, const Element &e, const RuleSetting &s, QList<Finding> &out) const override
    {
        if (e.kind == ElementKind::Event && sources(state, e.id, RelationKind::Emits).isEmpty())
            out.append(finding(s, e, tr("Nothing emits the event %1").arg(state.pathOf(e.id)),
                               tr("Relate the aggregate, service or external system that emits it.")));
    }
};

class CrossContextContract final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(mesh::catalog::FlowRules)

public:
    QString id() const override { return QStringLiteral("events.cross-context-contract"); }
    QString description() const override
    {
        return tr("An event consumed outside its bounded context has a schema and a lifecycle of at least proposed.");
    }
    QJsonObject defaultParameters() const override { return {{"minimumLifecycle", "proposed"}}; }
    void check(const CatalogState &state, const Element &e, const RuleSetting &s, QList<Finding> &out) const override
    {
        if (e.kind != ElementKind::Event)
            return;
        const QStringList elsewhere = consumersElsewhere(state, e);
        if (elsewhere.isEmpty())
            return;
        if (!state.latestSchema(e.id)) {
            out.append(finding(s, e, tr("%1 is consumed by %2 but has no schema").arg(state.pathOf(e.id), elsewhere.join(", ")),
                               tr("Add a schema version: it is the contract its consumers rely on.")));
        }
        const Lifecycle minimum = lifecycleFromId(s.parameters.value("minimumLifecycle").toString()).value_or(Lifecycle::Proposed);
        if (lifecycleRank(e.lifecycle) < lifecycleRank(minimum)) {
            out.append(finding(s, e, tr("%1 is consumed by %2 but is still %3").arg(state.pathOf(e.id), elsewhere.join(", "), lifecycleDisplayName(e.lifecycle)),
                               tr("Propose it (lifecycle %1) so that its consumers can rely on it.").arg(lifecycleDisplayName(minimum))));
        }
    }
};

class PublishedToOtherContexts final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(mesh::catalog::FlowRules)

public:
    QString id() const override { return QStringLiteral("events.published-to-other-contexts"); }
    QString description() const override { return tr("A context consumes another context's event only when that event is published on a channel."); }
    QJsonObject defaultParameters() const override { return {}; }
    void check(const CatalogState &state, const Element &e, const RuleSetting &s, QList<Finding> &out) const override
    {
        if (e.kind != ElementKind::Event || isPublished(state, e.id))
            return;
        const QStringList elsewhere = consumersElsewhere(state, e);
        if (!elsewhere.isEmpty()) {
            out.append(finding(s, e, tr("%1 is consumed by %2 but not published").arg(state.pathOf(e.id), elsewhere.join(", ")),
                               tr("Publish it: a channel that carries it and a service that publishes the channel.")));
        }
    }
};

class ChannelProducer final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(mesh::catalog::FlowRules)

public:
    QString id() const override { return QStringLiteral("channels.producer"); }
    QString description() const override { return tr("Every channel has a producer."); }
    QJsonObject defaultParameters() const override { return {}; }
    void check(const CatalogState &state, const Element &e, const RuleSetting &s, QList<Finding> &out) const override
    {
        if (e.kind == ElementKind::Channel && sources(state, e.id, RelationKind::Publishes).isEmpty())
            out.append(finding(s, e, tr("No service publishes the channel %1").arg(state.pathOf(e.id)),
                               tr("Relate the service that publishes it.")));
    }
};

// Kafka cannot take partitions away, and a key's partition follows the count: once a
// review signed off a channel's partitions, fewer is an error.
class ChannelPartitionsNeverDecrease final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(mesh::catalog::FlowRules)

public:
    QString id() const override { return QStringLiteral("channels.partitions-never-decrease"); }
    QString description() const override
    {
        return tr("A channel's partitions never decrease from one approved version to the next.");
    }
    QJsonObject defaultParameters() const override { return {}; }
    void check(const CatalogState &state, const Element &e, const RuleSetting &s, QList<Finding> &out) const override
    {
        if (e.kind != ElementKind::Channel)
            return;
        const Review *signedOff = state.lastSignedOffReview();
        if (!signedOff)
            return;
        const int approved = signedOff->approvedPartitions.value(e.id.toString(QUuid::WithoutBraces)).toInt(0);
        const int partitions = e.attributes.value(QLatin1String("partitions")).toInt(1);
        if (partitions < approved) {
            out.append(finding(s, e,
                               tr("%1 has %2 partitions; review \"%3\" approved %4, and Kafka cannot take partitions away")
                                   .arg(state.pathOf(e.id))
                                   .arg(partitions)
                                   .arg(signedOff->title)
                                   .arg(approved),
                               tr("Set the partitions back to %1 or more; for fewer, create a new version of the topic and move its consumers.")
                                   .arg(approved)));
        }
    }
};

class ChannelNamingTemplate final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(mesh::catalog::FlowRules)

public:
    QString id() const override { return QStringLiteral("channels.naming-template"); }
    QString description() const override { return tr("Topic names follow the template ({context}, {event}, {major})."); }
    QJsonObject defaultParameters() const override { return {{"template", "{context}.{event}.v{major}"}}; }
    void check(const CatalogState &state, const Element &e, const RuleSetting &s, QList<Finding> &out) const override
    {
        if (e.kind != ElementKind::Channel)
            return;
        QList<QUuid> carried = targets(state, e.id, RelationKind::Carries);
        if (carried.isEmpty())
            return;
        std::sort(carried.begin(), carried.end(), [&](const QUuid &a, const QUuid &b) { return state.element(a)->name < state.element(b)->name; });
        const Element *event = state.element(carried.first());
        // The major version consumers read: the latest approved one, else the latest.
        int latest = 1;
        int approved = 0;
        for (const SchemaVersion &version : state.schemaVersions(event->id)) {
            latest = version.version;
            if (version.lifecycle == Lifecycle::Approved)
                approved = version.version;
        }
        const int major = approved ? approved : latest;
        const Element *context = state.element(e.context);
        QString expected = s.parameters.value("template").toString();
        expected.replace(QLatin1String("{context}"), context ? kebab(context->name) : QString());
        expected.replace(QLatin1String("{event}"), kebab(event->name));
        expected.replace(QLatin1String("{major}"), QString::number(major));
        const QString topic = channelTopic(e);
        if (topic != expected) {
            out.append(finding(s, e, tr("The topic \"%1\" does not follow the template; expected \"%2\"").arg(topic, expected),
                               tr("Rename the topic to \"%1\".").arg(expected)));
        }
    }
};

class CrossContextCalls final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(mesh::catalog::FlowRules)

public:
    QString id() const override { return QStringLiteral("calls.cross-context"); }
    QString description() const override { return tr("Synchronous calls across bounded contexts are flagged: an event would isolate the caller."); }
    QJsonObject defaultParameters() const override { return {}; }
    void check(const CatalogState &state, const Element &e, const RuleSetting &s, QList<Finding> &out) const override
    {
        if (e.kind != ElementKind::Service)
            return;
        for (const QUuid &api : targets(state, e.id, RelationKind::Calls)) {
            if (contextOf(state, api) != e.context) {
                out.append(finding(s, e, tr("%1 calls %2 synchronously, across contexts").arg(state.pathOf(e.id), state.pathOf(api)),
                                   tr("Consider consuming the other context's events into a local read model instead.")));
            }
        }
    }
};

class Orphan final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(mesh::catalog::FlowRules)

public:
    QString id() const override { return QStringLiteral("model.orphan"); }
    QString description() const override { return tr("Elements are related to something."); }
    QJsonObject defaultParameters() const override { return {{"kinds", QJsonArray()}}; }
    void check(const CatalogState &state, const Element &e, const RuleSetting &s, QList<Finding> &out) const override
    {
        bool listed = false;
        for (const QJsonValue &kind : s.parameters.value("kinds").toArray())
            listed = listed || kind.toString() == elementKindId(e.kind);
        if (listed && state.relationsOf(e.id).isEmpty())
            out.append(finding(s, e, tr("%1 is related to nothing").arg(state.pathOf(e.id)), tr("Relate it, or delete it if it is not needed.")));
    }
};

// Events first: a workshop puts stickies up before it knows the contexts. The studio takes
// such drafts; this finding (an error, so approval waits for it) asks for the context.
class ContextRequired final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(mesh::catalog::FlowRules)

public:
    QString id() const override { return QStringLiteral("model.context-required"); }
    QString description() const override { return tr("Elements that live in a bounded context have one before they are approved."); }
    QJsonObject defaultParameters() const override { return {}; }
    void check(const CatalogState &, const Element &e, const RuleSetting &s, QList<Finding> &out) const override
    {
        if (contextRule(e.kind) == ContextRule::Required && e.context.isNull())
            out.append(finding(s, e, tr("%1 belongs to no bounded context yet").arg(e.name),
                               tr("Draw a context frame around it on a board, drop it into one, or choose its context in the properties.")));
    }
};

} // namespace

void addFlowRules(std::vector<std::unique_ptr<Rule>> &rules)
{
    rules.push_back(std::make_unique<CrossContextContract>());
    rules.push_back(std::make_unique<EventEmitted>());
    rules.push_back(std::make_unique<PublishedToOtherContexts>());
    rules.push_back(std::make_unique<ChannelNamingTemplate>());
    rules.push_back(std::make_unique<ChannelProducer>());
    rules.push_back(std::make_unique<ChannelPartitionsNeverDecrease>());
    rules.push_back(std::make_unique<CrossContextCalls>());
    rules.push_back(std::make_unique<Orphan>());
    rules.push_back(std::make_unique<ContextRequired>());
}

} // namespace mesh::catalog
