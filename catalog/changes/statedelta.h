#pragma once

#include <QSet>
#include <QUuid>

#include <utility>

namespace mesh::catalog {

// What an applied batch touched. A store rewrites exactly these rows from the new state:
// present in the state → upsert, absent → delete. Backends need no knowledge of changes.
struct StateDelta {
    QSet<QUuid> elements;
    QSet<QUuid> relations;
    QSet<std::pair<QUuid, int>> schemaVersions;   // (subject, version)
    QSet<QUuid> diagrams;
    QSet<std::pair<QUuid, QUuid>> placements;     // (diagram, element)
    QSet<QString> rules;                          // rule ids
    QSet<QUuid> reviews;
    QSet<QUuid> annotations;

    bool isEmpty() const
    {
        return elements.isEmpty() && relations.isEmpty() && schemaVersions.isEmpty()
            && diagrams.isEmpty() && placements.isEmpty() && rules.isEmpty() && reviews.isEmpty()
            && annotations.isEmpty();
    }
};

} // namespace mesh::catalog
