#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <functional>
#include <optional>

// How JSON Schema documents name each other: a root `$id`, and `$ref`s read against it.
// SchemaLibrary resolves one subject's `$ref`s to another's document with these.
namespace mesh::catalog {

// A JSON Schema document, or nothing when its text is not a JSON object.
std::optional<QJsonObject> jsonSchemaDocument(const QString &text);
// The root `$id` without a fragment ("" when there is none).
QString jsonDocumentId(const QJsonObject &document);
// The absolute form of a `$ref`'s document part, read against the root's `$id` (the ref as
// written when the root has none), without a fragment: the name the target is found by.
QString jsonRefTarget(const QString &rootId, const QString &ref);
// Whether a `$ref` points into its own document.
bool isLocalJsonRef(const QString &ref, const QString &rootId);
// `rewrite` applied to every `$ref` of a schema, in document order (values of `const`,
// `enum`, `default` and `examples` are data, not schemas, and are left alone).
QJsonValue mapJsonRefs(const QJsonValue &value, const std::function<QString(const QString &)> &rewrite);
// A JSON pointer's token for a key as a URI fragment holds it ("a/b c" → "a~1b%20c").
QString jsonPointerToken(QString key);

} // namespace mesh::catalog
