#pragma once

#include "catalog/result.h"
#include "exporters/import/documentset.h"

namespace mesh::exporters {

// The schema at `root` as one self-contained JSON document, the way the catalog keeps a
// subject's schema: a `$ref` inside it stays (rewritten to start at its root), a `$ref` to
// anything outside it (the document's components/schemas, another file) is copied under
// the root's `$defs` and pointed to there. A definition the AsyncAPI export hoisted as
// "<messageKey>.<name>" gets its name back. An unresolvable `$ref` is an error naming it
// and where it is.
catalog::Result<Json> bundleJsonSchema(DocumentSet &documents, const ResolvedNode &root, const std::string &messageKey);

// The text a bundled schema is kept as: indented by two, ending in a newline, in a string
// of its own length (an import holds thousands at once; appending the newline afterwards
// doubled each one's allocation).
QString bundledSchemaText(const Json &bundled);

} // namespace mesh::exporters
