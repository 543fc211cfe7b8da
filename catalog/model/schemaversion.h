#pragma once

#include "catalog/model/lifecycle.h"

#include <QAnyStringView>
#include <QString>
#include <QUuid>

#include <optional>

namespace mesh::catalog {

enum class SchemaFormat { Avro, Protobuf, JsonSchema };
QString schemaFormatId(SchemaFormat format);                 // "avro", "protobuf", "jsonschema"
std::optional<SchemaFormat> schemaFormatFromId(QAnyStringView id);

// As in Confluent Schema Registry.
enum class CompatibilityMode {
    None,
    Backward,
    BackwardTransitive,
    Forward,
    ForwardTransitive,
    Full,
    FullTransitive,
};
QString compatibilityModeId(CompatibilityMode mode);        // "BACKWARD_TRANSITIVE"
std::optional<CompatibilityMode> compatibilityModeFromId(QAnyStringView id);

// One version of the schema subject of an element (event, command, read model).
// Versions of a subject are numbered 1, 2, 3… without gaps.
// Schema Registry keeps a schema in one Kafka record (1 MB by default): a larger text would
// register nowhere. The shared catalog's server holds the same limit.
inline constexpr qsizetype kMaxSchemaTextBytes = 1024 * 1024;

struct SchemaVersion {
    QUuid subject;   // the element the schema describes
    int version = 1;
    SchemaFormat format = SchemaFormat::Avro;
    CompatibilityMode compatibility = CompatibilityMode::Backward;
    Lifecycle lifecycle = Lifecycle::Draft;
    QString text;

    bool operator==(const SchemaVersion &) const = default;
};

} // namespace mesh::catalog
