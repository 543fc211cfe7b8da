#include "exporters/import/importedmesh.h"

#include "exporters/import/schemanormalform.h"

namespace mesh::exporters {

using namespace mesh::catalog;

QString ImportedMesh::channelAddress(const ImportedElement &channel)
{
    const QString address = channel.attributes.value(QLatin1String("address")).toString();
    return address.isEmpty() ? channel.attributes.value(QLatin1String("topic")).toString() : address;
}

QString ImportedMesh::identityOf(const ImportedElement &element) const
{
    if (element.kind == ElementKind::Channel && !channelAddress(element).isEmpty())
        return QStringLiteral("Channel\n") + channelAddress(element);
    return elementKindId(element.kind) + QLatin1Char('\n') + element.context + QLatin1Char('\n') + element.name;
}

Result<int> ImportedMesh::add(ImportedElement element)
{
    const QString identity = identityOf(element);
    const auto found = m_byIdentity.constFind(identity);
    if (found == m_byIdentity.constEnd()) {
        m_elements.append(std::move(element));
        m_byIdentity.insert(identity, int(m_elements.size() - 1));
        return int(m_elements.size() - 1);
    }
    ImportedElement &known = m_elements[*found];
    if (element.schema) {
        if (!known.schema) {
            known.schema = element.schema;
        } else if (known.schema->format == element.schema->format && known.schema->usesReferences != element.schema->usesReferences) {
            // One with references, one with the referenced types inside: the catalog keeps
            // the first form, the other still says the same.
            ImportedSchema &kept = known.schema->usesReferences ? *known.schema : *element.schema;
            const ImportedSchema &other = known.schema->usesReferences ? *element.schema : *known.schema;
            kept.alternatives.append(other.text);
            known.schema = kept;
        } else if (known.schema->format != element.schema->format
                   || schemaNormalForm(known.schema->format, known.schema->text) != schemaNormalForm(element.schema->format, element.schema->text)) {
            return makeError(ErrorCode::Conflict, tr("%1 and %2 give %3 \"%4\" two different schemas")
                                                      .arg(known.source, element.source, elementKindDisplayName(known.kind), known.name));
        } else {
            if (!known.schema->compatibility)
                known.schema->compatibility = element.schema->compatibility;
            if (!known.schema->lifecycle)
                known.schema->lifecycle = element.schema->lifecycle;
        }
        if (known.earlierSchemas.isEmpty())
            known.earlierSchemas = element.earlierSchemas;
    }
    auto fill = [](auto &into, const auto &from) {
        if (!into && from)
            into = from;
    };
    fill(known.description, element.description);
    if (known.descriptionSimplified && element.description && !element.descriptionSimplified) {
        known.description = element.description;   // the whole text, not its summary
        known.descriptionSimplified = false;
    }
    fill(known.owner, element.owner);
    fill(known.tags, element.tags);
    fill(known.lifecycle, element.lifecycle);
    for (auto it = element.attributes.begin(); it != element.attributes.end(); ++it) {
        if (!known.attributes.contains(it.key()))
            known.attributes.insert(it.key(), it.value());
    }
    if (element.kindGiven && !known.kindGiven) {
        known.kindGiven = true;
        known.kind = element.kind;
    }
    return *found;
}

void ImportedMesh::relate(RelationKind kind, int from, int to)
{
    const ElementKind fromKind = m_elements[from].kind, toKind = m_elements[to].kind;
    // A service receiving a command handles it.
    if (kind == RelationKind::Feeds && fromKind == ElementKind::Command && toKind == ElementKind::Service)
        kind = RelationKind::HandledBy;
    if (!isValidRelation(kind, fromKind, toKind)) {
        // The model has no such arrow (a channel carrying a command, a service emitting a
        // read model): the relation is left out, the elements are kept.
        const QString warning = tr("%1 → %2: no \"%3\" relation goes from a %4 to a %5 in the catalog; left out")
                                    .arg(m_elements[from].name, m_elements[to].name, relationKindId(kind), elementKindDisplayName(fromKind).toLower(),
                                         elementKindDisplayName(toKind).toLower());
        if (!warnings.contains(warning))
            warnings.append(warning);
        return;
    }
    if (m_relationKeys.insert({int(kind), from, to}).second)
        m_relations.append({kind, from, to});
}

void ImportedMesh::own(int element, RelationKind kind, const QList<int> &scope)
{
    for (Ownership &owned : m_owned) {
        if (owned.element == element && owned.kind == kind) {
            // Two documents speaking of one element: each is the truth about what it knows.
            if (owned.scope.isEmpty() || scope.isEmpty())
                owned.scope.clear();
            else
                owned.scope += scope;
            return;
        }
    }
    m_owned.append({element, kind, scope});
}

} // namespace mesh::exporters

namespace mesh::exporters {

void ImportedMesh::claim(int element, const QString &context)
{
    ImportedElement &claimed = m_elements[element];
    if (claimed.contextGiven || m_claimed.contains(element))
        return;
    m_claimed.insert(element);
    if (claimed.context == context)
        return;
    // Kept under its identity: a channel's is its address; a message's moves with it.
    const QString before = identityOf(claimed);
    claimed.context = context;
    const QString after = identityOf(claimed);
    if (before != after && !m_byIdentity.contains(after)) {
        m_byIdentity.remove(before);
        m_byIdentity.insert(after, element);
    } else if (before != after) {
        claimed.context = m_elements[m_byIdentity.value(before)].context;   // taken: stays where it was
    }
}

void ImportedMesh::unifyRestatedMessages()
{
    QHash<int, QList<int>> carried;   // channel → messages
    for (const ImportedRelation &relation : m_relations) {
        if (relation.kind == RelationKind::Carries)
            carried[relation.from].append(relation.to);
    }
    auto authoritative = [this](int message) { return m_elements[message].contextGiven || m_claimed.contains(message); };
    QList<int> alias(m_elements.size());
    for (int i = 0; i < alias.size(); ++i)
        alias[i] = i;
    for (const QList<int> &messages : std::as_const(carried)) {
        for (int restated : messages) {
            if (authoritative(restated) || alias[restated] != restated)
                continue;
            for (int other : messages) {
                if (other != restated && alias[other] == other && authoritative(other)
                    && m_elements[other].name == m_elements[restated].name && m_elements[other].kind == m_elements[restated].kind) {
                    alias[restated] = other;
                    ImportedElement &kept = m_elements[other];
                    const ImportedElement &dropped = m_elements[restated];
                    if (!kept.schema && dropped.schema)
                        kept.schema = dropped.schema;
                    else if (kept.schema && dropped.schema
                             && schemaNormalForm(kept.schema->format, kept.schema->text) != schemaNormalForm(dropped.schema->format, dropped.schema->text))
                        warnings.append(tr("%1 restates %2 with another payload; the sender's (%3) is kept").arg(dropped.source, kept.name, kept.source));
                    break;
                }
            }
        }
    }
    mergeAliases(alias);
}

void ImportedMesh::mergeAliases(const QList<int> &alias)
{
    // Drop the merged ones and renumber what points to elements.
    QList<int> renumbered(m_elements.size(), -1);
    QList<ImportedElement> elements;
    for (int i = 0; i < m_elements.size(); ++i) {
        if (alias[i] == i) {
            renumbered[i] = int(elements.size());
            elements.append(m_elements[i]);
        }
    }
    if (elements.size() == m_elements.size())
        return;
    auto map = [&](int index) { return renumbered[alias[index]]; };
    QList<ImportedRelation> relations;
    std::set<std::tuple<int, int, int>> keys;
    for (const ImportedRelation &relation : std::as_const(m_relations)) {
        const std::tuple key{int(relation.kind), map(relation.from), map(relation.to)};
        if (keys.insert(key).second)
            relations.append({relation.kind, map(relation.from), map(relation.to)});
    }
    QList<Ownership> owned;
    for (const Ownership &ownership : std::as_const(m_owned)) {
        Ownership moved{map(ownership.element), ownership.kind, {}};
        for (int index : ownership.scope)
            moved.scope.append(map(index));
        owned.append(moved);
    }
    QSet<int> claimed;
    for (int index : std::as_const(m_claimed))
        claimed.insert(map(index));
    m_byIdentity.clear();
    for (int i = 0; i < elements.size(); ++i)
        m_byIdentity.insert(identityOf(elements[i]), i);
    m_elements = std::move(elements);
    m_relations = std::move(relations);
    m_relationKeys = std::move(keys);
    m_owned = std::move(owned);
    m_claimed = std::move(claimed);
}

void ImportedMesh::settleContexts()
{
    // An element no page placed is the one of its kind and name a document placed.
    QList<int> alias(m_elements.size());
    for (int i = 0; i < alias.size(); ++i)
        alias[i] = i;
    for (int i = 0; i < m_elements.size(); ++i) {
        const ImportedElement &guessed = m_elements[i];
        if (!guessed.contextGuessed || m_claimed.contains(i) || guessed.kind == ElementKind::Channel)
            continue;
        for (int j = 0; j < m_elements.size(); ++j) {
            const ImportedElement &placed = m_elements[j];
            if (j != i && alias[j] == j && placed.kind == guessed.kind && placed.name == guessed.name && !placed.context.isEmpty()
                && (placed.contextGiven || m_claimed.contains(j))) {
                alias[i] = j;
                ImportedElement &kept = m_elements[j];
                if (!kept.schema) {
                    kept.schema = guessed.schema;
                } else if (guessed.schema && kept.schema->format == guessed.schema->format) {
                    if (!kept.schema->compatibility)
                        kept.schema->compatibility = guessed.schema->compatibility;
                    if (!kept.schema->lifecycle)
                        kept.schema->lifecycle = guessed.schema->lifecycle;
                }
                if (kept.earlierSchemas.isEmpty())
                    kept.earlierSchemas = guessed.earlierSchemas;
                auto fill = [](auto &into, const auto &from) {
                    if (!into && from)
                        into = from;
                };
                fill(kept.description, guessed.description);
                kept.descriptionSimplified = kept.descriptionSimplified && guessed.descriptionSimplified;
                fill(kept.owner, guessed.owner);
                fill(kept.lifecycle, guessed.lifecycle);
                break;
            }
        }
    }
    mergeAliases(alias);
    for (int i = 0; i < m_elements.size(); ++i) {
        ImportedElement &element = m_elements[i];
        if (!element.context.isEmpty() || contextRule(element.kind) != ContextRule::Required)
            continue;
        QString found;
        for (const ImportedRelation &relation : std::as_const(m_relations)) {
            const int other = relation.from == i ? relation.to : relation.to == i ? relation.from : -1;
            if (other >= 0 && m_elements[other].kind == ElementKind::Service && !m_elements[other].context.isEmpty()) {
                found = m_elements[other].context;
                break;
            }
        }
        if (!found.isEmpty())
            claim(i, found);
    }
}

} // namespace mesh::exporters
