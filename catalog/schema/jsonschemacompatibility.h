#pragma once

#include "catalog/model/element.h"
#include "catalog/result.h"
#include "catalog/schema/compatibilityissue.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>

#include <optional>

namespace mesh::catalog {

// Confluent Schema Registry's two JSON Schema policies: STRICT (its default) refuses any
// change to an open content model's properties; LENIENT lets them be added and removed.
enum class JsonSchemaPolicy { Strict, Lenient };

// JSON Schema compatibility decided as Confluent Schema Registry decides it: the two
// schemas are read as its loader reads them (JsonSchemaTree) and walked as its SchemaDiff
// walks them; each difference found has the registry's name (PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL,
// SUM_TYPE_EXTENDED…) and is incompatible unless the policy lists it. Alternatives are
// matched one to one (the largest pairing of compatible subschemas), allOf may give way to
// one of its parts, a property may be covered by patternProperties or additionalProperties.
class JsonSchemaCompatibility
{
    Q_DECLARE_TR_FUNCTIONS(mesh::catalog::JsonSchemaCompatibility)

public:
    static Result<QJsonValue> parse(const QString &text);
    static std::optional<JsonSchemaPolicy> policyFromId(QAnyStringView id); // "strict", "lenient"
    // The policy a subject's versions are judged by: its "JSON Schema policy" setting, STRICT when unset.
    static JsonSchemaPolicy policyOf(const Element &subject);
    // Issues name the registry's difference type in the message and its JSON path ("#/properties/a").
    static QList<CompatibilityIssue> canRead(const QJsonValue &reader, const QJsonValue &writer, CompatibilityIssue::Breaks breaks,
                                             int againstVersion, JsonSchemaPolicy policy = JsonSchemaPolicy::Strict);
};

} // namespace mesh::catalog
