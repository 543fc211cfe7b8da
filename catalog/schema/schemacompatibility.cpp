#include "catalog/schema/schemacompatibility.h"

#include "catalog/schema/avrocompatibility.h"
#include "catalog/schema/jsonschemacompatibility.h"
#include "catalog/schema/protobufcompatibility.h"

#include <QJsonValue>

namespace mesh::catalog {

namespace {

struct Plan {
    bool backward;
    bool forward;
    qsizetype first; // the earliest version to check against
};

Plan planFor(CompatibilityMode mode, qsizetype count)
{
    const bool transitive = mode == CompatibilityMode::BackwardTransitive || mode == CompatibilityMode::ForwardTransitive
        || mode == CompatibilityMode::FullTransitive;
    return Plan{mode != CompatibilityMode::Forward && mode != CompatibilityMode::ForwardTransitive && mode != CompatibilityMode::None,
                mode != CompatibilityMode::Backward && mode != CompatibilityMode::BackwardTransitive && mode != CompatibilityMode::None,
                transitive ? 0 : count - 2};
}

Result<QList<CompatibilityIssue>> checkProtobuf(CompatibilityMode mode, const QStringList &versions, const QList<QList<ImportedFile>> &imports)
{
    QList<ProtobufCompatibility::Parsed> schemas;
    QList<QList<ProtobufCompatibility::Parsed>> importsOf(versions.size());
    for (int i = 0; i < versions.size(); ++i) {
        auto schema = ProtobufCompatibility::parse(versions[i]);
        if (!schema) {
            Error error = schema.error();
            error.message = SchemaCompatibility::tr("version %1: %2").arg(i + 1).arg(error.message);
            error.index = i;
            return error;
        }
        schemas.append(*schema);
        for (const ImportedFile &file : imports.value(i)) {
            auto imported = ProtobufCompatibility::parse(file.text);
            if (!imported) {
                Error error = imported.error();
                error.message = SchemaCompatibility::tr("version %1, imported %2: %3").arg(i + 1).arg(file.path, error.message);
                error.index = i;
                return error;
            }
            importsOf[i].append(*imported);
        }
    }
    QList<CompatibilityIssue> issues;
    if (schemas.size() < 2)
        return issues;
    const Plan plan = planFor(mode, schemas.size());
    for (qsizetype i = schemas.size() - 2; i >= plan.first; --i) {
        if (plan.backward)
            issues += ProtobufCompatibility::canRead(schemas.last(), schemas[i], CompatibilityIssue::Breaks::OldWriters, int(i + 1),
                                                     importsOf.last(), importsOf[i]);
        if (plan.forward)
            issues += ProtobufCompatibility::canRead(schemas[i], schemas.last(), CompatibilityIssue::Breaks::OldReaders, int(i + 1),
                                                     importsOf[i], importsOf.last());
    }
    return issues;
}

} // namespace

Result<void> SchemaCompatibility::parse(SchemaFormat format, const QString &text)
{
    switch (format) {
    case SchemaFormat::Avro:
        if (auto parsed = AvroCompatibility::parse(text); !parsed)
            return parsed.error();
        break;
    case SchemaFormat::JsonSchema:
        if (auto parsed = JsonSchemaCompatibility::parse(text); !parsed)
            return parsed.error();
        break;
    case SchemaFormat::Protobuf:
        if (auto parsed = ProtobufCompatibility::parse(text); !parsed)
            return parsed.error();
        break;
    }
    return Ok{};
}

Result<QList<CompatibilityIssue>> SchemaCompatibility::check(SchemaFormat format, CompatibilityMode mode, const QStringList &versions,
                                                            JsonSchemaPolicy policy, const QList<QList<ImportedFile>> &imports)
{
    if (format == SchemaFormat::Protobuf)
        return checkProtobuf(mode, versions, imports);
    const bool avro = format == SchemaFormat::Avro;
    auto canRead = [&](const QJsonValue &reader, const QJsonValue &writer, CompatibilityIssue::Breaks breaks, int against) {
        return avro ? AvroCompatibility::canRead(reader, writer, breaks, against)
                    : JsonSchemaCompatibility::canRead(reader, writer, breaks, against, policy);
    };
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
    const Plan plan = planFor(mode, schemas.size());
    const bool backward = plan.backward;
    const bool forward = plan.forward;
    const QJsonValue &candidate = schemas.last();
    for (qsizetype i = schemas.size() - 2; i >= plan.first; --i) {
        if (backward)
            issues += canRead(candidate, schemas[i], CompatibilityIssue::Breaks::OldWriters, int(i + 1));
        if (forward)
            issues += canRead(schemas[i], candidate, CompatibilityIssue::Breaks::OldReaders, int(i + 1));
    }
    return issues;
}

} // namespace mesh::catalog
