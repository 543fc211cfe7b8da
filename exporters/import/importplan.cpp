#include "exporters/import/importplan.h"

#include "catalog/changes/changeapplier.h"
#include "catalog/changes/elementfields.h"
#include "catalog/changes/statedelta.h"
#include "catalog/model/attributefield.h"
#include "catalog/schema/nextschemaversion.h"
#include "catalog/schema/schemacompatibility.h"
#include "catalog/schema/schemareferences.h"
#include "exporters/import/schemanormalform.h"
#include "exporters/filenames.h"
#include "exporters/kafkatopic.h"

#include <QJsonArray>
#include <QSet>

namespace mesh::exporters {

using namespace mesh::catalog;

namespace {

using Action = ImportStep::Action;

class Planner
{
public:
    Planner(const CatalogState &state, const ImportedMesh &mesh)
        : m_state(state), m_mesh(mesh), m_library(SchemaLibrary::latestOf(state))
    {
        for (const Element &element : state.elements()) {
            if (element.kind != ElementKind::Channel)
                continue;
            m_channelsByAddress.insert(channelTopic(element), element.id);
            const QString address = element.attributes.value(QLatin1String("address")).toString();
            if (!address.isEmpty())
                m_channelsByAddress.insert(address, element.id);
        }
    }

    Result<ImportPlan> run(bool verify)
    {
        m_plan.warnings = m_mesh.warnings;
        const QList<ImportedElement> &elements = m_mesh.elements();
        QList<std::pair<QUuid, Lifecycle>> lifecycles;
        QHash<int, QList<int>> carriers;   // message → the channels carrying it
        for (const ImportedRelation &relation : m_mesh.relations()) {
            if (relation.kind == RelationKind::Carries)
                carriers[relation.to].append(relation.from);
        }
        // Bounded contexts first, with what the files say of them, before anything is put in one.
        m_ids.resize(elements.size());
        for (int i = 0; i < elements.size(); ++i) {
            if (elements[i].kind != ElementKind::BoundedContext)
                continue;
            auto id = elementFor(elements[i], {});
            if (!id)
                return id.error();
            m_ids[i] = *id;
            m_contexts.insert(elements[i].name, *id);
            if (elements[i].lifecycle && lifecycleOf(*id) != *elements[i].lifecycle)
                lifecycles.append({*id, *elements[i].lifecycle});
        }
        for (int i = 0; i < elements.size(); ++i) {
            const ImportedElement &imported = elements[i];
            if (imported.kind == ElementKind::BoundedContext)
                continue;
            QList<QUuid> channels;
            for (int channel : carriers.value(i)) {
                if (!m_ids[channel].isNull())
                    channels.append(m_ids[channel]);
            }
            auto id = elementFor(imported, channels);
            if (!id)
                return id.error();
            m_ids[i] = *id;
            if (!imported.lifecycle || lifecycleOf(*id) == *imported.lifecycle)
                continue;
            const Element *element = known(*id);
            if (element->context.isNull() && contextRule(element->kind) == ContextRule::Required && *imported.lifecycle != Lifecycle::Draft) {
                // A draft may wait for its context; nothing else may.
                m_plan.warnings.append(ImportPlanner::tr("%1: no bounded context for %2 \"%3\"; it stays a draft (give one with --context)")
                                           .arg(imported.source, elementKindDisplayName(imported.kind), imported.name));
                continue;
            }
            lifecycles.append({*id, *imported.lifecycle});
        }
        for (int i = 0; i < elements.size(); ++i) {
            if (elements[i].schema)
                planSchema(elements[i], m_ids[i]);
        }
        planRelations();
        // Lifecycles last: approving is judged on the element with its schema and relations.
        for (const auto &[id, lifecycle] : lifecycles) {
            append(UpdateElement{id, {{QStringLiteral("lifecycle"), lifecycleId(lifecycle)}}}, id);
            if (!m_created.contains(id))
                step(Action::Change, describe(id), ImportPlanner::tr("lifecycle %1").arg(lifecycleId(lifecycle)));
        }
        // Most elements are the concern of several changes: each gets one description,
        // shared by them all (an import of 1,000 channels kept 6,000 strings otherwise).
        QHash<QUuid, QString> described;
        m_plan.concerns.reserve(m_about.size());
        for (const QUuid &about : m_about) {
            auto found = described.find(about);
            if (found == described.end())
                found = described.insert(about, describe(about));
            m_plan.concerns.append(*found);
        }
        if (verify) {
            CatalogState copy = m_state;
            StateDelta delta;
            if (auto applied = ChangeApplier::apply(copy, m_plan.batch, &delta); !applied)
                return ImportPlanner::explain(m_plan, applied.error());
        }
        return std::move(m_plan);
    }

private:
    void append(Change change, const QUuid &about)
    {
        m_plan.batch.append(std::move(change));
        m_about.append(about);
    }

    void step(Action action, const QString &what, const QString &detail = {})
    {
        m_plan.steps.append({action, what, detail});
    }

    const Element *known(const QUuid &id) const
    {
        if (auto found = m_created.constFind(id); found != m_created.constEnd())
            return &*found;
        return m_state.element(id);
    }

    Lifecycle lifecycleOf(const QUuid &id) const
    {
        const Element *element = known(id);
        return element ? element->lifecycle : Lifecycle::Draft;
    }

    QString pathOf(const QUuid &id) const
    {
        const Element *element = known(id);
        if (!element)
            return id.toString(QUuid::WithoutBraces);
        const Element *context = element->context.isNull() ? nullptr : known(element->context);
        return context ? context->name + QLatin1Char('/') + element->name : element->name;
    }

    QString describe(const QUuid &id) const
    {
        const Element *element = known(id);
        return element ? elementKindDisplayName(element->kind) + QLatin1Char(' ') + pathOf(id) : pathOf(id);
    }

    // The context named `name`, else the one whose package or folder it is ("identity",
    // "customer_care" and "Customer-Care" name "Customer Care").
    const Element *existingContext(const QString &name) const
    {
        if (const Element *exact = m_state.findElement({}, ElementKind::BoundedContext, name))
            return exact;
        const QString wanted = snakeIdentifier(name);
        const Element *match = nullptr;
        for (const Element &element : m_state.elements()) {
            if (element.kind != ElementKind::BoundedContext || snakeIdentifier(element.name) != wanted)
                continue;
            if (match)
                return nullptr;   // two candidates: neither is meant more than the other
            match = &element;
        }
        return match;
    }

    QUuid contextFor(const QString &name)
    {
        if (name.isEmpty())
            return {};
        if (auto found = m_contexts.constFind(name); found != m_contexts.constEnd())
            return *found;
        QUuid id;
        if (const Element *existing = existingContext(name)) {
            id = existing->id;
        } else {
            Element context;
            context.id = QUuid::createUuid();
            context.kind = ElementKind::BoundedContext;
            context.name = name;
            id = context.id;
            m_created.insert(id, context);
            append(CreateElement{context}, id);
            step(Action::Add, describe(id));
        }
        m_contexts.insert(name, id);
        return id;
    }

    // A message no file gave a context to, carried by a channel the catalog has: the event
    // of that name the channel already carries, wherever it lives.
    const Element *carriedBy(const ImportedElement &imported, const QList<QUuid> &channels) const
    {
        if (imported.contextGiven)
            return nullptr;
        for (const QUuid &channel : channels) {
            if (m_created.contains(channel))
                continue;
            if (imported.onlyMessageOfChannel) {
                QList<const Element *> events;
                for (const QUuid &id : m_state.relationsOf(channel)) {
                    const Relation *relation = m_state.relation(id);
                    if (relation->kind == RelationKind::Carries && relation->from == channel)
                        events.append(m_state.element(relation->to));
                }
                if (events.size() == 1)
                    return events.first();
            }
            for (const QUuid &id : m_state.relationsOf(channel)) {
                const Relation *relation = m_state.relation(id);
                const Element *event = relation->kind == RelationKind::Carries && relation->from == channel ? m_state.element(relation->to) : nullptr;
                if (event && event->name == imported.name && (event->kind == imported.kind || !imported.kindGiven))
                    return event;
            }
        }
        return nullptr;
    }

    const Element *match(const ImportedElement &imported, const QUuid &context, const QList<QUuid> &channels) const
    {
        if (imported.kind == ElementKind::Channel) {
            const QString address = ImportedMesh::channelAddress(imported);
            if (auto found = m_channelsByAddress.constFind(address); found != m_channelsByAddress.constEnd())
                return m_state.element(*found);
        }
        if (const Element *found = m_state.findElement(context, imported.kind, imported.name))
            return found;
        if (!imported.kindGiven && imported.kind == ElementKind::Event) {
            for (ElementKind other : {ElementKind::Command, ElementKind::ReadModel}) {
                if (const Element *found = m_state.findElement(context, other, imported.name))
                    return found;
            }
        }
        if (imported.contextGuessed) {
            const Element *only = nullptr;
            for (const Element &element : m_state.elements()) {
                if (element.kind == imported.kind && element.name == imported.name) {
                    if (only)
                        return nullptr;
                    only = &element;
                }
            }
            if (only)
                return only;
        }
        // A schema's record name for an element whose name has spaces ("Order Cancelled"
        // declares OrderCancelled): the one element that name makes, in the context or,
        // when no file placed it, anywhere.
        if (hasSchemaSubject(imported.kind)) {
            const QString record = pascalIdentifier(imported.name);
            const Element *only = nullptr;
            for (const Element &element : m_state.elements()) {
                if (!hasSchemaSubject(element.kind) || (!imported.contextGuessed && element.context != context)
                    || pascalIdentifier(element.name) != record)
                    continue;
                if (only) {
                    only = nullptr;
                    break;
                }
                only = &element;
            }
            if (only)
                return only;
        }
        if (!imported.fileStem.isEmpty()) {
            for (const Element &element : m_state.elements()) {
                if (element.context == context && hasSchemaSubject(element.kind) && safeFileName(element.name) == imported.fileStem)
                    return &element;
            }
        }
        return carriedBy(imported, channels);
    }

    // The value a channel setting has when unset: Kafka's (and the export's) defaults.
    static QJsonValue effective(const Element &element, const QString &key)
    {
        if (element.kind == ElementKind::Channel) {
            const KafkaTopic topic = kafkaTopicOf(element);
            if (key == QLatin1String("topic"))
                return topic.name;
            if (key == QLatin1String("partitions"))
                return topic.partitions;
            if (key == QLatin1String("replicationFactor"))
                return topic.replicas;
        }
        return element.attributes.value(key);
    }

    static bool sameValue(const QJsonValue &a, const QJsonValue &b)
    {
        if (a.isDouble() && b.isDouble())
            return a.toDouble() == b.toDouble();
        return a == b;
    }

    Result<QUuid> elementFor(const ImportedElement &imported, const QList<QUuid> &channels)
    {
        QString contextName = imported.context;
        if (!existingContext(contextName)) {
            for (const QString &alternative : imported.contextAlternatives) {
                if (const Element *found = existingContext(alternative)) {
                    contextName = found->name;
                    break;
                }
            }
        }
        const bool isContext = imported.kind == ElementKind::BoundedContext;
        // The context is made only for an element that is made: one found elsewhere needs none.
        QUuid context;
        if (!isContext && !contextName.isEmpty()) {
            if (auto known = m_contexts.constFind(contextName); known != m_contexts.constEnd())
                context = *known;
            else if (const Element *found = existingContext(contextName))
                context = found->id;
        }
        const Element *existing = isContext ? existingContext(imported.name) : match(imported, context, channels);
        if (!existing && !isContext)
            context = contextFor(contextName);
        if (!existing) {
            Element element;
            element.id = QUuid::createUuid();
            element.kind = imported.kind;
            element.name = imported.name;
            element.context = context;
            element.description = imported.description.value_or(QString());
            element.owner = imported.owner.value_or(QString());
            element.tags = imported.tags.value_or(QStringList());
            element.attributes = imported.attributes;
            m_created.insert(element.id, element);
            append(CreateElement{element}, element.id);
            step(Action::Add, describe(element.id), imported.source);
            return element.id;
        }
        QJsonObject set;
        QStringList changed;
        auto compare = [&](const QString &key, const QJsonValue &now, const QJsonValue &wanted) {
            if (!sameValue(now, wanted)) {
                set.insert(key, wanted);
                changed.append(key);
            }
        };
        if (imported.description && !(imported.descriptionSimplified && existing->description.simplified() == *imported.description))
            compare(QStringLiteral("description"), existing->description, *imported.description);
        if (imported.owner)
            compare(QStringLiteral("owner"), existing->owner, *imported.owner);
        if (imported.tags)
            compare(QStringLiteral("tags"), QJsonArray::fromStringList(existing->tags), QJsonArray::fromStringList(*imported.tags));
        for (auto it = imported.attributes.begin(); it != imported.attributes.end(); ++it)
            compare(it.key(), effective(*existing, it.key()), it.value());
        if (!set.isEmpty()) {
            append(UpdateElement{existing->id, set}, existing->id);
            step(Action::Change, describe(existing->id), changed.join(QLatin1String(", ")));
        }
        return existing->id;
    }

    bool sameSchema(const SchemaVersion &latest, const ImportedSchema &imported) const
    {
        if (latest.format != imported.format)
            return false;
        QSet<QString> wanted{schemaNormalForm(imported.format, imported.text)};
        for (const QString &alternative : imported.alternatives)
            wanted.insert(schemaNormalForm(imported.format, alternative));
        if (wanted.contains(schemaNormalForm(latest.format, latest.text)))
            return true;
        // Exports write a schema with the types it takes from other subjects inside it.
        auto selfContained = m_library.selfContained(latest);
        return selfContained && wanted.contains(schemaNormalForm(latest.format, *selfContained));
    }

    void planSchema(const ImportedElement &imported, const QUuid &id)
    {
        const ImportedSchema &schema = *imported.schema;
        const SchemaVersion *latest = m_created.contains(id) ? nullptr : m_state.latestSchema(id);
        if (!latest) {
            QList<ImportedSchema> versions = imported.earlierSchemas;
            versions.append(schema);
            for (int number = 1; number <= versions.size(); ++number) {
                const ImportedSchema &each = versions[number - 1];
                SchemaVersion version;
                version.subject = id;
                version.version = number;
                version.format = each.format;
                version.compatibility = schema.compatibility.value_or(CompatibilityMode::Backward);
                version.lifecycle = each.lifecycle.value_or(Lifecycle::Draft);
                version.text = each.text;
                append(AddSchemaVersion{version}, id);
                if (!m_created.contains(id))
                    step(Action::Add, describe(id), ImportPlanner::tr("schema version %1 (%2)").arg(number).arg(schemaFormatId(each.format)));
            }
            return;
        }
        if (sameSchema(*latest, schema)) {
            if (schema.compatibility && *schema.compatibility != latest->compatibility) {
                append(UpdateSchemaVersion{id, latest->version, {{QStringLiteral("compatibility"), compatibilityModeId(*schema.compatibility)}}}, id);
                step(Action::Change, describe(id),
                     ImportPlanner::tr("schema version %1: compatibility %2").arg(latest->version).arg(compatibilityModeId(*schema.compatibility)));
            }
            return;
        }
        SchemaVersion next = nextSchemaVersion(m_state, id, schema.format, schema.text);
        QString verdict;
        if (latest->format != schema.format) {
            verdict = ImportPlanner::tr("the format changes from %1 to %2").arg(schemaFormatId(latest->format), schemaFormatId(schema.format));
            m_plan.incompatible.append(ImportPlanner::tr("%1 version %2: %3").arg(pathOf(id)).arg(next.version).arg(verdict));
        } else {
            QStringList texts;
            for (const SchemaVersion &version : m_state.schemaVersions(id))
                texts.append(version.text);
            texts.append(schema.text);
            const Element *subject = m_state.element(id);
            auto issues = SchemaCompatibility::check(schema.format, next.compatibility, texts, JsonSchemaCompatibility::policyOf(*subject));
            if (!issues) {
                verdict = issues.error().message;
                m_plan.incompatible.append(ImportPlanner::tr("%1 version %2: %3").arg(pathOf(id)).arg(next.version).arg(verdict));
            } else if (!issues->isEmpty()) {
                const CompatibilityIssue &first = issues->first();
                verdict = ImportPlanner::tr("incompatible: %1").arg(first.path.isEmpty() ? first.message : first.path + QLatin1String(": ") + first.message);
                m_plan.incompatible.append(ImportPlanner::tr("%1 version %2: %3").arg(pathOf(id)).arg(next.version).arg(verdict));
            } else {
                verdict = ImportPlanner::tr("compatible");
            }
        }
        append(AddSchemaVersion{next}, id);
        step(Action::Add, describe(id),
             ImportPlanner::tr("schema version %1 (%2): %3").arg(next.version).arg(compatibilityModeId(next.compatibility), verdict));
    }

    bool hasRelation(RelationKind kind, const QUuid &from, const QUuid &to) const
    {
        if (m_created.contains(from) || m_created.contains(to))
            return false;
        const QList<QUuid> fromEnd = m_state.relationsOf(from), toEnd = m_state.relationsOf(to);
        for (const QUuid &id : fromEnd.size() <= toEnd.size() ? fromEnd : toEnd) {
            const Relation *relation = m_state.relation(id);
            if (relation->kind == kind && relation->from == from && relation->to == to)
                return true;
        }
        return false;
    }

    // What the AsyncAPI export already derives a service's operations from: a channel it
    // sends to when it emits an event the channel carries, one it receives from when an
    // event the channel carries feeds it. Such an operation needs no relation of its own.
    bool derivedOperation(RelationKind kind, const QUuid &service, const QUuid &channel) const
    {
        if (m_created.contains(service) || m_created.contains(channel))
            return false;
        const RelationKind through = kind == RelationKind::Publishes ? RelationKind::Emits : RelationKind::Feeds;
        for (const QUuid &id : m_state.relationsOf(channel)) {
            const Relation *carries = m_state.relation(id);
            if (carries->kind != RelationKind::Carries || carries->from != channel)
                continue;
            if (kind == RelationKind::Publishes ? hasRelation(through, service, carries->to) : hasRelation(through, carries->to, service))
                return true;
        }
        return false;
    }

    // The other way round: a service that publishes (subscribes to) a channel carrying the
    // event already sends (receives) it, as the exports read the catalog.
    bool derivedMessage(RelationKind operation, const QUuid &service, const QUuid &event) const
    {
        if (m_created.contains(service) || m_created.contains(event))
            return false;
        for (const QUuid &id : m_state.relationsOf(service)) {
            const Relation *relation = m_state.relation(id);
            if (relation->kind == operation && relation->from == service && hasRelation(RelationKind::Carries, relation->to, event))
                return true;
        }
        return false;
    }

    void planRelations()
    {
        QHash<RelationKind, QSet<std::pair<QUuid, QUuid>>> byKind;
        for (const ImportedRelation &imported : m_mesh.relations()) {
            const QUuid from = m_ids[imported.from], to = m_ids[imported.to];
            byKind[imported.kind].insert({from, to});
            if (hasRelation(imported.kind, from, to))
                continue;
            if ((imported.kind == RelationKind::Publishes || imported.kind == RelationKind::Subscribes)
                && derivedOperation(imported.kind, from, to))
                continue;
            if ((imported.kind == RelationKind::Emits && derivedMessage(RelationKind::Publishes, from, to))
                || (imported.kind == RelationKind::Feeds && derivedMessage(RelationKind::Subscribes, to, from)))
                continue;
            Relation relation;
            relation.id = QUuid::createUuid();
            relation.kind = imported.kind;
            relation.from = from;
            relation.to = to;
            append(CreateRelation{relation}, from);
            step(Action::Add, QStringLiteral("%1 %2 %3").arg(pathOf(from), relationKindDisplayName(imported.kind), describe(to)));
        }
        for (const ImportedMesh::Ownership &owned : m_mesh.owned()) {
            const QUuid owner = m_ids[owned.element];
            if (m_created.contains(owner))
                continue;
            QSet<QUuid> scope;
            for (int index : owned.scope)
                scope.insert(m_ids[index]);
            const auto &kept = byKind[owned.kind];
            for (const QUuid &id : m_state.relationsOf(owner)) {
                const Relation *relation = m_state.relation(id);
                if (relation->kind != owned.kind || relation->from != owner || kept.contains({relation->from, relation->to}))
                    continue;
                if (!owned.scope.isEmpty() && !scope.contains(relation->to))
                    continue;
                append(DeleteRelation{relation->id}, relation->from);
                step(Action::Remove, QStringLiteral("%1 %2 %3").arg(pathOf(relation->from), relationKindDisplayName(relation->kind), describe(relation->to)));
            }
        }
    }

    const CatalogState &m_state;
    const ImportedMesh &m_mesh;
    SchemaLibrary m_library;
    ImportPlan m_plan;
    QHash<QString, QUuid> m_channelsByAddress;
    QHash<QString, QUuid> m_contexts;
    QHash<QUuid, Element> m_created;
    QList<QUuid> m_ids;
    QList<QUuid> m_about;   // what each change of the batch concerns
};

} // namespace

Result<ImportPlan> ImportPlanner::plan(const CatalogState &state, const ImportedMesh &mesh, Verify verify)
{
    return Planner(state, mesh).run(verify == Verify::Yes);
}

Error ImportPlanner::explain(const ImportPlan &plan, Error error)
{
    if (error.index >= 0 && error.index < plan.concerns.size())
        error.message = QStringLiteral("%1: %2").arg(plan.concerns[error.index], error.message);
    return error;
}

} // namespace mesh::exporters
