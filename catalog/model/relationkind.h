#pragma once

#include "catalog/model/elementkind.h"

#include <QList>
#include <QAnyStringView>
#include <QString>

#include <optional>

namespace mesh::catalog {

// Typed, directed relations (DESIGN.md). Context-map patterns go from the upstream context
// to the downstream one.
enum class RelationKind {
    Issues,              // actor / policy / external system → command
    HandledBy,           // command → aggregate / service
    Emits,               // aggregate / service / external system → event
    Feeds,               // event → read model / policy / service
    Publishes,           // service → channel
    Subscribes,          // service → channel
    Calls,               // service → api (synchronous: the service mesh)
    Exposes,             // service → api
    Carries,             // channel → event
    Partnership,
    SharedKernel,
    CustomerSupplier,
    Conformist,
    AnticorruptionLayer,
    OpenHostService,
    PublishedLanguage,
};

const QList<RelationKind> &allRelationKinds();
QString relationKindId(RelationKind kind);          // "handled-by"
std::optional<RelationKind> relationKindFromId(QAnyStringView id);
QString relationKindDisplayName(RelationKind kind); // translated
bool isContextMapRelation(RelationKind kind);

// Whether `kind` may go from an element of kind `from` to one of kind `to`.
bool isValidRelation(RelationKind kind, ElementKind from, ElementKind to);
// Translated description of the allowed ends ("Service → API"), for error messages.
QString allowedEndsDescription(RelationKind kind);

} // namespace mesh::catalog
