#include "exporters/exportmodel.h"

#include "exporters/formatexporters.h"

#include <algorithm>

namespace mesh::exporters {

using namespace mesh::catalog;

namespace {

bool isPublished(Lifecycle lifecycle)
{
    return lifecycle == Lifecycle::Approved || lifecycle == Lifecycle::Deprecated;
}

} // namespace

namespace {

QList<SchemaVersion> latestVersions(const ExportModel &model, const CatalogState &state)
{
    QList<SchemaVersion> versions;
    for (auto it = state.schemaSubjects().begin(); it != state.schemaSubjects().end(); ++it) {
        const Element *subject = state.element(it.key());
        if (!subject || !model.includes(*subject))
            continue;
        if (auto latest = model.latestSchema(it.key()))
            versions.append(*latest);
    }
    return versions;
}

} // namespace

// The library asks what the export includes when it is first used.
ExportModel::ExportModel(const CatalogState &state, bool onlyApproved)
    : m_state(state), m_onlyApproved(onlyApproved), m_library([this, &state] { return latestVersions(*this, state); }, [&state](const QUuid &subject) {
          const Element *element = state.element(subject);
          return element ? element->name : QString();
      }),
      m_shared(std::make_unique<SharedProducts>())
{
    QList<const Element *> all;
    for (const Element &element : state.elements()) {
        if (includes(element))
            all.append(&element);
    }
    // Sort keys computed once: the context's name is a lookup.
    QHash<const Element *, QString> contextNames;
    for (const Element *element : all)
        contextNames.insert(element, contextName(*element));
    std::sort(all.begin(), all.end(), [&](const Element *a, const Element *b) {
        const QString &ca = contextNames[a];
        const QString &cb = contextNames[b];
        if (ca != cb)
            return ca < cb;
        if (a->name != b->name)
            return a->name < b->name;
        return a->id < b->id;
    });
    for (const Element *element : all)
        m_byKind[element->kind].append(element);
}

ExportModel::~ExportModel() = default;

bool ExportModel::includes(const Element &element) const
{
    if (element.lifecycle == Lifecycle::Retired)
        return false;
    // A workshop's draft waiting for its context has no place in the files yet (a finding asks for one).
    if (element.context.isNull() && contextRule(element.kind) == ContextRule::Required)
        return false;
    return !m_onlyApproved || isPublished(element.lifecycle);
}

QList<const Element *> ExportModel::elements(ElementKind kind) const
{
    return m_byKind.value(kind);
}

QList<const Element *> ExportModel::elementsIn(const QUuid &context, ElementKind kind) const
{
    QList<const Element *> result;
    for (const Element *element : m_byKind.value(kind)) {
        if (element->context == context)
            result.append(element);
    }
    return result;
}

QList<const Element *> ExportModel::related(const QUuid &element, RelationKind kind, bool outgoing) const
{
    QList<const Element *> result;
    for (const QUuid &relationId : m_state.relationsOf(element)) {
        const Relation *relation = m_state.relation(relationId);
        if (!relation || relation->kind != kind || (outgoing ? relation->from : relation->to) != element)
            continue;
        const Element *other = m_state.element(outgoing ? relation->to : relation->from);
        if (other && includes(*other) && !result.contains(other))
            result.append(other);
    }
    std::sort(result.begin(), result.end(), [this](const Element *a, const Element *b) {
        const QString ca = contextName(*a), cb = contextName(*b);
        return ca != cb ? ca < cb : a->name != b->name ? a->name < b->name : a->id < b->id;
    });
    return result;
}

QList<SchemaVersion> ExportModel::schemaVersions(const QUuid &subject) const
{
    QList<SchemaVersion> versions = m_state.schemaVersions(subject);
    if (m_onlyApproved)
        versions.removeIf([](const SchemaVersion &version) { return !isPublished(version.lifecycle); });
    versions.removeIf([](const SchemaVersion &version) { return version.lifecycle == Lifecycle::Retired; });
    return versions;
}

std::optional<SchemaVersion> ExportModel::latestSchema(const QUuid &subject) const
{
    const QList<SchemaVersion> versions = schemaVersions(subject);
    if (versions.isEmpty())
        return std::nullopt;
    return versions.back();
}

QString ExportModel::contextName(const Element &element) const
{
    const Element *context = m_state.element(element.context);
    return context ? context->name : QString();
}

QString ExportModel::packageOf(const Element &element) const
{
    const QString package = schemaPackage(m_state, element);
    return package.isEmpty() ? QStringLiteral("mesh") : package;
}

} // namespace mesh::exporters
