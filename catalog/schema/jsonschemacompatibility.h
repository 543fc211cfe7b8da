#pragma once

#include "catalog/result.h"
#include "catalog/schema/compatibilityissue.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>

namespace mesh::catalog {

// JSON Schema compatibility as Confluent Schema Registry checks it: does the reader's
// schema accept every document the writer's schema accepts? Types may widen but not
// narrow; required properties may be dropped but not added; an open content model (no
// "additionalProperties": false) lets old documents carry any property, so adding a
// property to it, or closing it, breaks them; enums, bounds, lengths and patterns may
// only relax; anyOf/oneOf branches may be added but every writer branch must stay read.
class JsonSchemaCompatibility
{
    Q_DECLARE_TR_FUNCTIONS(mesh::catalog::JsonSchemaCompatibility)

public:
    static Result<QJsonValue> parse(const QString &text);
    static QList<CompatibilityIssue> canRead(const QJsonValue &reader, const QJsonValue &writer,
                                             CompatibilityIssue::Breaks breaks, int againstVersion);
};

} // namespace mesh::catalog
