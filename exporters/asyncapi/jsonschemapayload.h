#pragma once

#include "exporters/jsontext.h"

#include <string>

namespace mesh::exporters {

// A JSON Schema (draft 2020-12, as the catalog keeps them) made into the payload of an
// AsyncAPI 3.0 message that sits at `#/components/messages/<messageKey>`.
//
// AsyncAPI's own Schema Object is draft-07: a schema that draft-07 reads the same way goes
// in as one, its root `$defs` (or `definitions`) hoisted into `components/schemas` as
// "<messageKey>.<name>" so that code generators see named types. A schema using what only
// 2020-12 has (prefixItems, unevaluatedProperties, dependentRequired, `$ref` beside other
// keywords…) goes in as a Multi Format Schema Object declaring draft 2020-12, unchanged.
// Either way every local `$ref` is rewritten to point where its target now is in the
// document, and `$schema` and `$id`, which belong to the standalone file, are left out.
struct JsonSchemaPayload {
    Json payload;
    Json componentSchemas = Json::object();   // key → schema, to merge into components/schemas
};

JsonSchemaPayload asyncApiJsonSchemaPayload(const Json &schema, const std::string &messageKey);

} // namespace mesh::exporters
