#pragma once

#include "catalog/model/catalogstate.h"

#include <QList>

namespace mesh::catalog::ModelQueries {

// Questions rules ask about the model, answered from the state's relation index.
QList<QUuid> targets(const CatalogState &state, const QUuid &from, RelationKind kind);
QList<QUuid> sources(const CatalogState &state, const QUuid &to, RelationKind kind);
// The bounded context of an element (itself for a context), null when none.
QUuid contextOf(const CatalogState &state, const QUuid &element);
// Who consumes an event: what it feeds, and services subscribed to a channel carrying it.
QList<QUuid> consumersOf(const CatalogState &state, const QUuid &event);
// An event is published when a channel carries it and some service publishes that channel.
bool isPublished(const CatalogState &state, const QUuid &event);
// "ProfilePublished" → "profile-published", "Identity" → "identity".
QString kebab(const QString &name);
// The words of a PascalCase name: "ProfilePublished" → {"Profile", "Published"}.
QStringList words(const QString &name);
// Elements whose findings may change when `touched` change: themselves, what is related to
// them within two hops, and the members of touched contexts.
QSet<QUuid> neighbourhood(const CatalogState &state, const QSet<QUuid> &touched);

} // namespace mesh::catalog::ModelQueries
