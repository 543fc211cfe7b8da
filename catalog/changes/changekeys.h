#pragma once

#include "catalog/changes/change.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSet>

namespace mesh::catalog {

// What a change touches, at the grain concurrent edits are merged: one field of one
// element, or a whole thing (an element created or deleted, a relation, a schema subject,
// a diagram, a placement). Two changes conflict when they touch the same field of the same
// thing, or one of them the whole thing.
struct ChangeKey {
    QString target;   // "element:<id>", "relation:<id>", "schema:<subject>", …
    QString field;    // a field name, or "*" for the whole target

    bool operator==(const ChangeKey &) const = default;
    bool overlaps(const ChangeKey &other) const
    {
        return target == other.target && (field == other.field || field == QLatin1String("*") || other.field == QLatin1String("*"));
    }
};
inline size_t qHash(const ChangeKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.target, key.field);
}

class ChangeKeys
{
public:
    static QList<ChangeKey> of(const Change &change);
    static QList<ChangeKey> of(const QJsonObject &canonicalChange);
};

} // namespace mesh::catalog
