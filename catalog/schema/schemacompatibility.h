#pragma once

#include "catalog/model/schemaversion.h"
#include "catalog/result.h"
#include "catalog/schema/compatibilityissue.h"
#include "catalog/schema/jsonschemacompatibility.h"

#include <QCoreApplication>
#include <QStringList>

namespace mesh::catalog {

// A file a Protobuf schema imports: its import path ("common/money.proto") and its text.
struct ImportedFile {
    QString path;
    QString text;
};

// Confluent Schema Registry's compatibility modes over the versions of a subject, oldest
// first, the last being the candidate: BACKWARD (the new schema reads data written with
// the earlier one), FORWARD (the earlier reads the new), FULL (both); the _TRANSITIVE modes
// check against every earlier version, the others against the one before. Avro, JSON Schema
// and Protobuf.
class SchemaCompatibility
{
    Q_DECLARE_TR_FUNCTIONS(mesh::catalog::SchemaCompatibility)

public:
    // An error means a version could not be read (the message names which and where).
    // `policy` is read for JSON Schema only; `imports` for Protobuf only: for each version,
    // the files it imports, directly or not (see ProtobufCompatibility::canRead).
    static Result<QList<CompatibilityIssue>> check(SchemaFormat format, CompatibilityMode mode, const QStringList &versions,
                                                   JsonSchemaPolicy policy = JsonSchemaPolicy::Strict,
                                                   const QList<QList<ImportedFile>> &imports = {});
    // Reads one schema as the check does; the error gives the line and column when the text
    // is not well-formed (Error::line, Error::column).
    static Result<void> parse(SchemaFormat format, const QString &text);
};

} // namespace mesh::catalog
