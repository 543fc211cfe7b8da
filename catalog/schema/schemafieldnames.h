#pragma once

#include "catalog/model/schemaversion.h"

#include <QStringList>

#include <optional>

namespace mesh::catalog {

// The top-level field names of a schema, whatever shape it was written in: an Avro record's
// fields (the record named `recordName` in a union, else the first), a JSON Schema object's
// properties (with its local `$ref` and `allOf` parts), a .proto's message named
// `recordName` (else its first message). Nothing when the text does not parse or holds no
// record: what a schema's fields are is then unknown, not empty.
std::optional<QStringList> schemaFieldNames(SchemaFormat format, const QString &text, const QString &recordName);

// Field names as Event Modeling matches them across schemas: case and separators ignored,
// so `participant_id`, `participantId` and `ParticipantID` are one field.
QString fieldKey(const QString &name);

} // namespace mesh::catalog
