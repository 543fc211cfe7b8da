#include "catalog/governance/modelqueries.h"


namespace mesh::catalog::ModelQueries {

QList<QUuid> targets(const CatalogState &state, const QUuid &from, RelationKind kind)
{
    QList<QUuid> result;
    for (const QUuid &id : state.relationsOf(from)) {
        const Relation *relation = state.relation(id);
        if (relation->kind == kind && relation->from == from)
            result.append(relation->to);
    }
    return result;
}

QList<QUuid> sources(const CatalogState &state, const QUuid &to, RelationKind kind)
{
    QList<QUuid> result;
    for (const QUuid &id : state.relationsOf(to)) {
        const Relation *relation = state.relation(id);
        if (relation->kind == kind && relation->to == to)
            result.append(relation->from);
    }
    return result;
}

QUuid contextOf(const CatalogState &state, const QUuid &element)
{
    const Element *e = state.element(element);
    if (!e)
        return {};
    return e->kind == ElementKind::BoundedContext ? e->id : e->context;
}

QList<QUuid> consumersOf(const CatalogState &state, const QUuid &event)
{
    QList<QUuid> consumers = targets(state, event, RelationKind::Feeds);
    for (const QUuid &channel : sources(state, event, RelationKind::Carries))
        consumers += sources(state, channel, RelationKind::Subscribes);
    return consumers;
}

bool isPublished(const CatalogState &state, const QUuid &event)
{
    for (const QUuid &channel : sources(state, event, RelationKind::Carries)) {
        if (!sources(state, channel, RelationKind::Publishes).isEmpty())
            return true;
    }
    return false;
}

QStringList words(const QString &name)
{
    // A word starts at a capital that follows a lower-case letter or digit; anything not a
    // letter or digit separates words.
    QStringList parts;
    QString current;
    QChar previous;
    for (QChar c : name) {
        if (!c.isLetterOrNumber()) {
            if (!current.isEmpty())
                parts.append(current);
            current.clear();
        } else {
            if (c.isUpper() && (previous.isLower() || previous.isDigit()) && !current.isEmpty()) {
                parts.append(current);
                current.clear();
            }
            current.append(c);
        }
        previous = c;
    }
    if (!current.isEmpty())
        parts.append(current);
    return parts;
}

QString kebab(const QString &name)
{
    return words(name).join(QLatin1Char('-')).toLower();
}

QSet<QUuid> neighbourhood(const CatalogState &state, const QSet<QUuid> &touched)
{
    // A context's name and relations shape the findings (and messages) of what it contains
    // and of what that is related to: its members start the walk too.
    QSet<QUuid> frontier;
    QSet<QUuid> contexts;
    for (const QUuid &id : touched) {
        if (const Element *e = state.element(id)) {
            frontier.insert(id);
            if (e->kind == ElementKind::BoundedContext)
                contexts.insert(id);
        }
    }
    if (!contexts.isEmpty()) {
        for (const Element &element : state.elements()) {
            if (contexts.contains(element.context))
                frontier.insert(element.id);
        }
    }
    QSet<QUuid> result;
    for (int hop = 0; hop <= 2; ++hop) {
        QSet<QUuid> next;
        for (const QUuid &id : frontier) {
            if (result.contains(id))
                continue;
            result.insert(id);
            for (const QUuid &relationId : state.relationsOf(id)) {
                const Relation *relation = state.relation(relationId);
                next.insert(relation->from == id ? relation->to : relation->from);
            }
        }
        frontier = next;
    }
    return result;
}

} // namespace mesh::catalog::ModelQueries
