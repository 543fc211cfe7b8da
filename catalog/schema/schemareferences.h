#pragma once

#include "catalog/model/schemaversion.h"
#include "catalog/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>

#include <functional>
#include <memory>
#include <mutex>

namespace mesh::catalog {

class CatalogState;

// A type one schema uses from another subject's schema, as Confluent Schema Registry
// records it: the name the schema uses it by, the subject and the version that declares it.
struct SchemaReference {
    QString name;   // Avro: the named type's full name; Protobuf: the import path; JSON Schema: the `$id`
    QUuid subject;
    int version = 0;

    bool operator==(const SchemaReference &) const = default;
};

// The schemas a catalog's subjects can use from each other: Avro named types (records,
// enums, fixed) by full name, Protobuf messages and enums by full name, each declared by
// one version per subject (the latest the caller sees), JSON Schemas by their root `$id`
// (a `$ref` to another document is read against the referring root's `$id`).
//
// A Protobuf subject's import path is "<package as folders>/<subject in snake case>.proto"
// ("shop/v1/order_placed.proto"); a schema that imports a type's file by another name keeps
// its own name for the reference.
class SchemaLibrary
{
    Q_DECLARE_TR_FUNCTIONS(mesh::catalog::SchemaLibrary)

public:
    // `versions` gives one version per subject, asked for the first time a schema uses a
    // type it does not declare; `subjectName` names a subject for import paths and errors.
    SchemaLibrary(std::function<QList<SchemaVersion>()> versions, std::function<QString(const QUuid &)> subjectName);
    // The latest version of every subject of `state` (which must outlive the library).
    static SchemaLibrary latestOf(const CatalogState &state);
    ~SchemaLibrary();
    SchemaLibrary(SchemaLibrary &&other) noexcept;
    SchemaLibrary &operator=(SchemaLibrary &&other) noexcept;

    // The direct references of `version` (never to its own subject), in the order first used.
    // An error names the type no subject declares, with the line and column in the text.
    Result<QList<SchemaReference>> referencesOf(const SchemaVersion &version) const;

    // `version`'s text with every referenced type written into it, for consumers that take
    // one self-contained schema (AsyncAPI payloads, EventCatalog schema files): Avro with
    // each referenced named type defined where first used; Protobuf with the referenced
    // messages and enums added to the file (moved into its package when theirs differs);
    // JSON Schema with each referenced document copied under `$defs`.
    // A text without references is returned unchanged.
    Result<QString> selfContained(const SchemaVersion &version) const;

    // The text with an `import` for each Protobuf reference it does not import yet (the
    // form a registry body takes); other formats unchanged.
    QString withImports(const SchemaVersion &version, const QList<SchemaReference> &references) const;

    // Whether `version`'s text is a schema of its format whose every type is declared by it,
    // by another subject of the library or by Protobuf's well-known types; the error names
    // the line and column.
    Result<void> validate(const SchemaVersion &version) const;

    // `version` is now its subject's latest: what it declares is known from here on. (Not
    // for libraries other threads read.)
    void add(const SchemaVersion &version);

    QString importPath(const QUuid &subject) const;
    const SchemaVersion *versionOf(const QUuid &subject) const;

    struct Index;

private:
    Result<QString> selfContainedProtobuf(const SchemaVersion &version) const;
    Result<QString> selfContainedJson(const SchemaVersion &version) const;
    const Index &index() const;
    void buildIndex() const;
    // Indexes what the subject's version declares; false when a name was declared already
    // (which subject owns it is then the sorted order's to decide).
    bool indexSubject(const QUuid &subject) const;

    std::function<QList<SchemaVersion>()> m_source;
    std::function<QString(const QUuid &)> m_subjectName;
    // Built on first use (most schemas use nothing outside themselves), once even when the
    // export's formats ask from several threads.
    mutable std::unique_ptr<Index> m_index;
    mutable std::unique_ptr<std::once_flag> m_indexOnce = std::make_unique<std::once_flag>();
};

} // namespace mesh::catalog
