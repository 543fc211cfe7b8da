#pragma once

#include "catalog/model/relationkind.h"

#include <QJsonObject>
#include <QUuid>

namespace mesh::catalog {

// A typed, directed link between two elements.
struct Relation {
    QUuid id;
    RelationKind kind = RelationKind::Emits;
    QUuid from;
    QUuid to;
    QString description;

    bool operator==(const Relation &) const = default;
};

} // namespace mesh::catalog
