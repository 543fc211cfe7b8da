#include "catalog/schema/schemacompatibility.h"

#include "catalog/schema/avrocompatibility.h"
#include "catalog/schema/jsonschemacompatibility.h"

#include <QJsonValue>

namespace mesh::catalog {

Result<QList<CompatibilityIssue>> SchemaCompatibility::check(SchemaFormat format, CompatibilityMode mode, const QStringList &versions)
{
    if (format == SchemaFormat::Protobuf) {
        return makeError(ErrorCode::InvalidInput,
                         tr("Compatibility of %1 schemas is not available in this version (Avro and JSON Schema are)").arg(schemaFormatId(format)),
                         QStringLiteral("type"));
    }
    const bool avro = format == SchemaFormat::Avro;
    auto canRead = avro ? &AvroCompatibility::canRead : &JsonSchemaCompatibility::canRead;
    QList<QJsonValue> schemas;
    for (int i = 0; i < versions.size(); ++i) {
        auto schema = avro ? AvroCompatibility::parse(versions[i]) : JsonSchemaCompatibility::parse(versions[i]);
        if (!schema) {
            Error error = schema.error();
            error.message = tr("version %1: %2").arg(i + 1).arg(error.message);
            error.index = i;
            return error;
        }
        schemas.append(*schema);
    }
    QList<CompatibilityIssue> issues;
    if (mode == CompatibilityMode::None || schemas.size() < 2)
        return issues;
    const bool transitive = mode == CompatibilityMode::BackwardTransitive || mode == CompatibilityMode::ForwardTransitive
        || mode == CompatibilityMode::FullTransitive;
    const bool backward = mode != CompatibilityMode::Forward && mode != CompatibilityMode::ForwardTransitive;
    const bool forward = mode != CompatibilityMode::Backward && mode != CompatibilityMode::BackwardTransitive;
    const QJsonValue &candidate = schemas.last();
    const qsizetype first = transitive ? 0 : schemas.size() - 2;
    for (qsizetype i = schemas.size() - 2; i >= first; --i) {
        if (backward)
            issues += canRead(candidate, schemas[i], CompatibilityIssue::Breaks::OldWriters, int(i + 1));
        if (forward)
            issues += canRead(schemas[i], candidate, CompatibilityIssue::Breaks::OldReaders, int(i + 1));
    }
    return issues;
}

} // namespace mesh::catalog
