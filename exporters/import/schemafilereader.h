#pragma once

#include "catalog/result.h"
#include "exporters/import/documentset.h"
#include "exporters/import/importedmesh.h"
#include "exporters/import/importoptions.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>

namespace google::protobuf {
class FileDescriptor;
}

namespace mesh::exporters {

// Schema files as subjects: each `.avsc` (a record, enum or fixed) and each `.proto` (its
// first message) an Event named after the type it declares, each JSON Schema file an Event
// named after the file. The bounded context is the one given, else the Avro namespace's or
// Protobuf package's last part, else the file's folder. Avro types used across files keep
// their names (the catalog resolves them between subjects), and the subjects are handed on
// in an order where each comes after those whose types it uses; a JSON Schema's `$ref` to
// another file is copied in, and a JSON Schema file another one reaches that way is part of
// it rather than a subject (unless given by name); a `.proto` is read with libprotoc, its
// imports looked up beside it and in the import paths and made subjects too (the catalog
// resolves their types between subjects, as the registry's references do), an error
// given as file:line:column.
class SchemaFileReader
{
    Q_DECLARE_TR_FUNCTIONS(mesh::exporters::SchemaFileReader)

public:
    SchemaFileReader(DocumentSet &documents, const ImportOptions &options, ImportedMesh &mesh);

    // `named`: the file was given by name, so a file that is no schema is an error rather
    // than passed over.
    catalog::Result<void> read(const QString &path, bool named);
    // Adds what was read to the mesh, each subject after those it depends on.
    catalog::Result<void> finish();

private:
    struct Subject {
        ImportedElement element;
        QStringList declares;   // full type names (Avro, Protobuf) or the file (Protobuf imports)
        QStringList uses;
    };
    catalog::Result<void> readAvro(const QString &path);
    catalog::Result<void> readJsonSchema(const QString &path, bool named);
    catalog::Result<void> addJsonSchema(const QString &path);
    catalog::Result<void> readProto(const QString &path);
    catalog::Result<void> addProtoFile(const google::protobuf::FileDescriptor *file, const QString &path);
    QString contextFor(const QString &path, const QString &package) const;

    DocumentSet &m_documents;
    const ImportOptions &m_options;
    ImportedMesh &m_mesh;
    QList<Subject> m_subjects;
    QList<std::pair<QString, bool>> m_jsonSchemas;   // path, named
    QSet<QString> m_protoFiles;
};

} // namespace mesh::exporters
