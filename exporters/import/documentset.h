#pragma once

#include "catalog/result.h"
#include "exporters/jsontext.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>

#include <memory>
#include <string_view>
#include <unordered_map>

namespace mesh::exporters {

// Where a node of a document is: its file and its JSON pointer ("#/components/messages/x").
struct DocumentPlace {
    QString file;       // absolute path
    std::string pointer;
    QString display() const;   // "orders.yaml#/components/messages/x"
};

// A node read through `$ref`s: the node itself and where it is.
struct ResolvedNode {
    const Json *node = nullptr;
    DocumentPlace place;
};

// YAML and JSON documents read once each, and the `$ref`s between them resolved as
// JSON Reference says: "#/pointer" inside the referring file, "other.yaml#/pointer" or
// "other.yaml" relative to it. Errors name the file, the line and column (invalid YAML or
// JSON) or the reference and where it was found (an unresolvable `$ref`).
class DocumentSet
{
    Q_DECLARE_TR_FUNCTIONS(mesh::exporters::DocumentSet)

public:
    // Reads `path` (YAML, or JSON when it starts with '{' or '['), once.
    catalog::Result<const Json *> load(const QString &path);

    // `node` when it is no reference, else what its `$ref` (found at `at`) points to,
    // following references to references. An error names the reference and where it is.
    catalog::Result<ResolvedNode> resolve(const Json &node, const DocumentPlace &at);

    // The node `pointer` names in `file`.
    catalog::Result<ResolvedNode> find(const QString &file, const std::string &pointer, const DocumentPlace &referrer);

    // The files reached through a `$ref` from another file (absolute paths).
    const QSet<QString> &referencedFiles() const { return m_referenced; }

    static std::string childPointer(const std::string &pointer, const std::string &key);
    static std::string childPointer(const std::string &pointer, size_t index);
    static QString displayName(const QString &file);   // the file as errors name it

    // Where `reference` ("other.yaml#/a/b", "#/a") found in `file` points: its file and pointer.
    static DocumentPlace target(const QString &file, const std::string &reference);

private:
    // `object`'s member `key`, or null. A large mapping (a document's components, with
    // thousands of entries each named by some `$ref`) is searched through an index made the
    // first time; ordered JSON would compare the key with every member's.
    const Json *member(const Json &object, const std::string &key);

    QHash<QString, std::shared_ptr<Json>> m_documents;
    QSet<QString> m_referenced;
    std::unordered_map<const Json *, std::unordered_map<std::string_view, const Json *>> m_memberIndex;
};

// A YAML document as JSON: scalars typed as YAML 1.2's core schema reads them (quoted ones
// stay strings); the error names the line and column of invalid YAML.
catalog::Result<Json> yamlToJson(const QByteArray &text, const QString &file);

} // namespace mesh::exporters
