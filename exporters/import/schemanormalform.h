#pragma once

#include "catalog/model/schemaversion.h"

#include <QString>

namespace mesh::exporters {

// A schema text in a form where two texts the same schema gives compare equal: JSON parsed
// and written back with sorted keys (for JSON Schema without the root `$schema` and `$id`,
// which exported payloads leave out), a .proto without the `// @RootNode` mark the AsyncAPI
// export adds and without surrounding blank space. Text that does not parse stays as it is.
QString schemaNormalForm(catalog::SchemaFormat format, const QString &text);

} // namespace mesh::exporters
