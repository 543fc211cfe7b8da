#pragma once

#include "catalog/result.h"
#include "exporters/import/importedmesh.h"
#include "exporters/import/importoptions.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace mesh::exporters {

// The files an import reads, each by what it is: AsyncAPI documents (YAML or JSON, with
// an "asyncapi" field), Avro schemas (.avsc), Protobuf files (.proto) and JSON Schemas
// (.json, .schema.json). A folder is read whole (its subfolders too, in name order); there,
// files that an AsyncAPI document or a schema reaches through `$ref` are read as part of
// it, not as subjects of their own, and JSON or YAML files that are neither are passed over.
// A file given by name that is none of these is an error.
class ImportSources
{
    Q_DECLARE_TR_FUNCTIONS(mesh::exporters::ImportSources)

public:
    // `progress` is told how many files of how many were read; returning false cancels.
    using Progress = std::function<bool(int done, int total)>;
    static catalog::Result<ImportedMesh> read(const QStringList &paths, const ImportOptions &options, const Progress &progress = {});
};

} // namespace mesh::exporters
