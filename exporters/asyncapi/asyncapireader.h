#pragma once

#include "catalog/result.h"
#include "exporters/import/documentset.h"
#include "exporters/import/importedmesh.h"
#include "exporters/import/importoptions.h"

#include <QCoreApplication>

namespace mesh::exporters {

// Reads an AsyncAPI 2.0–2.6 or 3.0 document (YAML or JSON) into `mesh`: the document is a
// Service, each channel a Channel (its address, Kafka binding settings), each message an
// Event (a Command where the export's x-kind says so) with its payload as a schema in its
// own format; a send operation makes the service publish the channel and emit the messages
// it lists, a receive operation makes it subscribe (and be fed by the messages it lists).
// 2.x `subscribe` is a send and `publish` a receive, as the official parser's isSend() and
// isReceive() read them. `$ref`s are followed inside the document, into other files and
// into components; message and operation traits are applied as each version says.
class AsyncApiReader
{
    Q_DECLARE_TR_FUNCTIONS(mesh::exporters::AsyncApiReader)

public:
    static catalog::Result<void> read(DocumentSet &documents, const QString &path, const ImportOptions &options, ImportedMesh &mesh);
    // Whether a parsed file is an AsyncAPI document (it has an "asyncapi" field).
    static bool isAsyncApi(const Json &document);
};

} // namespace mesh::exporters
