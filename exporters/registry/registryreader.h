#pragma once

#include "catalog/result.h"
#include "exporters/import/importedmesh.h"
#include "exporters/import/importoptions.h"

#include <QCoreApplication>

namespace mesh::exporters {

// Reads a folder of Schema Registry subjects as the registry export writes it (one folder
// per subject holding v1.json, v2.json… request bodies; subjects.tsv in registration order)
// into `mesh`: each subject a message named after the record its schema declares (Avro
// `name`, Protobuf's first message, JSON Schema's `title`), with every version in order; a
// subject the TopicNameStrategy or TopicRecordNameStrategy names also gives its channel,
// carrying the message. Contexts come from the namespace or package, else the one given.
class RegistryReader
{
    Q_DECLARE_TR_FUNCTIONS(mesh::exporters::RegistryReader)

public:
    static bool isRegistryFolder(const QString &folder);   // it has subjects.tsv
    static catalog::Result<void> read(const QString &folder, const ImportOptions &options, ImportedMesh &mesh);
};

} // namespace mesh::exporters
