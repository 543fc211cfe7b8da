#pragma once

#include "catalog/result.h"
#include "catalog/schema/compatibilityissue.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>

namespace mesh::catalog {

// Avro schema resolution (the Avro specification's rules, as Confluent Schema Registry
// applies them): can a reader with one schema read data written with another? Schemas are
// parsed with their named types (records, enums, fixed) so references resolve.
// A named type's full name ("com.shop.Money"): its name when dotted, else its namespace's
// (or the enclosing one's) and its name.
QString avroFullName(const QJsonObject &object, const QString &enclosingNamespace);
QString avroNamespaceOf(const QString &fullName);   // "com.shop"

class AvroCompatibility
{
    Q_DECLARE_TR_FUNCTIONS(mesh::catalog::AvroCompatibility)

public:
    // Checks that `text` is an Avro schema; the error names line:column for JSON errors
    // and the path for schema errors.
    static Result<QJsonValue> parse(const QString &text);

    // Why `reader` cannot read data written with `writer` (empty: it can). Each issue is
    // tagged with `breaks` and `againstVersion` as given.
    static QList<CompatibilityIssue> canRead(const QJsonValue &reader, const QJsonValue &writer,
                                             CompatibilityIssue::Breaks breaks, int againstVersion);
};

} // namespace mesh::catalog
