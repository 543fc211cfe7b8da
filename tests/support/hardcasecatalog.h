#pragma once

#include "catalog/catalog.h"

namespace mesh::testing {

// A catalog with what real event meshes have and the sample lacks, for checking exports
// with their real consumers: a JSON Schema with `$defs` and `$ref`s into them (one with a
// space in its name), JSON Schemas using another subject's by its `$id` (absolute, and
// relative to their own `$id`, into its `$defs`), one using 2020-12 keywords (prefixItems, unevaluatedProperties,
// dependentRequired, `$ref` beside other keywords), an Avro record naming a type another
// subject declares, Protobuf messages using another subject's types (imported by the
// canonical path, and not imported at all, from another package), a topic carrying four
// kinds of event, a channel on the RecordNameStrategy, two versions of a schema, a read
// model and a command with schemas, and descriptions written to break MDX, YAML and HTML.
// Fails the current test on error.
void populateHardCases(catalog::Catalog &catalog);

} // namespace mesh::testing
