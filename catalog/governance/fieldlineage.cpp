#include "catalog/governance/fieldlineage.h"

#include "catalog/governance/modelqueries.h"
#include "catalog/schema/schemafieldnames.h"

#include <QJsonArray>

namespace mesh::catalog {

namespace {

using namespace ModelQueries;

void sortByPath(const CatalogState &state, QList<QUuid> &ids)
{
    std::sort(ids.begin(), ids.end(), [&state](const QUuid &a, const QUuid &b) { return state.pathOf(a) < state.pathOf(b); });
}

// Whether the field `source` ("Origin.field" or "field") names `field` of `origin`.
bool names(const CatalogState &state, const QString &source, const QUuid &origin, const QString &field)
{
    const qsizetype dot = source.lastIndexOf(QLatin1Char('.'));
    if (fieldKey(source.mid(dot + 1)) != fieldKey(field))
        return false;
    const Element *element = state.element(origin);
    return dot < 0 || (element && fieldKey(source.left(dot)) == fieldKey(element->name));
}

// The field of `fields` that `key` matches, if any.
QString matching(const QStringList &fields, const QString &key)
{
    for (const QString &field : fields) {
        if (fieldKey(field) == key)
            return field;
    }
    return {};
}

} // namespace

std::optional<QStringList> schemaFieldsOf(const CatalogState &state, const QUuid &element)
{
    const SchemaVersion *schema = state.latestSchema(element);
    const Element *e = state.element(element);
    if (!schema || !e)
        return std::nullopt;
    return schemaFieldNames(schema->format, schema->text, e->name);
}

QList<QUuid> commandsLeadingTo(const CatalogState &state, const QUuid &event)
{
    QList<QUuid> commands;
    for (const QUuid &emitter : sources(state, event, RelationKind::Emits)) {
        for (const QUuid &command : sources(state, emitter, RelationKind::HandledBy)) {
            if (!commands.contains(command))
                commands.append(command);
        }
    }
    return commands;
}

QList<QUuid> eventsLedTo(const CatalogState &state, const QUuid &command)
{
    QList<QUuid> events;
    for (const QUuid &handler : targets(state, command, RelationKind::HandledBy)) {
        for (const QUuid &event : targets(state, handler, RelationKind::Emits)) {
            if (!events.contains(event))
                events.append(event);
        }
    }
    return events;
}

QList<QUuid> fieldOrigins(const CatalogState &state, const Element &element)
{
    QList<QUuid> origins = element.kind == ElementKind::ReadModel ? sources(state, element.id, RelationKind::Feeds)
                         : element.kind == ElementKind::Event     ? commandsLeadingTo(state, element.id)
                                                                  : QList<QUuid>{};
    sortByPath(state, origins);
    return origins;
}

QList<QUuid> fieldDestinations(const CatalogState &state, const Element &element)
{
    QList<QUuid> destinations;
    if (element.kind == ElementKind::Command) {
        destinations = eventsLedTo(state, element.id);
    } else if (element.kind == ElementKind::Event) {
        for (const QUuid &fed : targets(state, element.id, RelationKind::Feeds)) {
            if (const Element *target = state.element(fed); target && target->kind == ElementKind::ReadModel)
                destinations.append(fed);
        }
    }
    sortByPath(state, destinations);
    return destinations;
}

QString mappedSource(const Element &element, const QString &field)
{
    const QString key = fieldKey(field);
    for (const QJsonValue &entry : element.attributes.value(QLatin1String("fieldSources")).toArray()) {
        const QString text = entry.toString();
        const qsizetype equals = text.indexOf(QLatin1Char('='));
        if (equals > 0 && fieldKey(text.left(equals)) == key)
            return text.mid(equals + 1).trimmed();
    }
    return {};
}

FieldLineage fieldLineage(const CatalogState &state, const QUuid &id, const QString &field)
{
    FieldLineage lineage;
    const Element *element = state.element(id);
    if (!element)
        return lineage;
    const QString key = fieldKey(field);
    for (const QJsonValue &generated : element->attributes.value(QLatin1String("generatedFields")).toArray())
        lineage.generated = lineage.generated || fieldKey(generated.toString()) == key;
    // Upstream: the field as this element's Field sources maps it, else by its name.
    const QString source = mappedSource(*element, field);
    for (const QUuid &origin : fieldOrigins(state, *element)) {
        const std::optional<QStringList> known = schemaFieldsOf(state, origin);
        if (!known)
            lineage.unknown.append(origin);
        for (const QString &candidate : known.value_or(QStringList{})) {
            if (source.isEmpty() ? fieldKey(candidate) == key : names(state, source, origin, candidate))
                lineage.from.append({origin, candidate});
        }
    }
    // Downstream: a destination's field mapped to this one, or of the same name unmapped.
    for (const QUuid &destination : fieldDestinations(state, *element)) {
        const Element *target = state.element(destination);
        const std::optional<QStringList> known = schemaFieldsOf(state, destination);
        if (!known)
            lineage.unknown.append(destination);
        for (const QString &candidate : known.value_or(QStringList{})) {
            const QString theirSource = mappedSource(*target, candidate);
            if (theirSource.isEmpty() ? fieldKey(candidate) == key : names(state, theirSource, id, field))
                lineage.to.append({destination, candidate});
        }
    }
    return lineage;
}

} // namespace mesh::catalog
