#pragma once

#include "catalog/model/catalogstate.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace mesh::catalog {

// Where a field's information comes from and where it goes, along Event Modeling's flow: a
// command's fields into the events its handling emits (command → handled by → emits →
// event), an event's into the read models it feeds. Fields match by name (case and separators
// ignored) unless the receiving element maps them in its Field sources ("total=OrderPlaced.amount").
struct FieldRef {
    QUuid element;
    QString field;

    bool operator==(const FieldRef &) const = default;
};

struct FieldLineage {
    QList<FieldRef> from;     // the fields this one is made of
    QList<FieldRef> to;       // the fields made of this one
    bool generated = false;   // listed in the element's Generated fields
    QList<QUuid> unknown;     // origins and destinations whose fields are unknown (no readable schema)
};

// The top-level field names of an element's latest schema; nothing when it has no schema or
// the schema cannot be read.
std::optional<QStringList> schemaFieldsOf(const CatalogState &state, const QUuid &element);
// The commands whose handling emits `event`, and the events a command's handling emits.
QList<QUuid> commandsLeadingTo(const CatalogState &state, const QUuid &event);
QList<QUuid> eventsLedTo(const CatalogState &state, const QUuid &command);
// The elements an element's fields come from (a read model's events, an event's commands)
// and those its fields go to; each list in the order of the elements' paths.
QList<QUuid> fieldOrigins(const CatalogState &state, const Element &element);
QList<QUuid> fieldDestinations(const CatalogState &state, const Element &element);
// Where an element's "Field sources" says a field comes from ("OrderPlaced.amount", or
// "amount"): by field key; empty when it says nothing.
QString mappedSource(const Element &element, const QString &field);

FieldLineage fieldLineage(const CatalogState &state, const QUuid &element, const QString &field);

} // namespace mesh::catalog
