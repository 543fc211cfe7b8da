#include "catalog/schema/jsonschemarefs.h"

#include "catalog/schema/schemalibraryindex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrl>

#include <map>

namespace mesh::catalog {

// A JSON Schema document, or nothing when its text is not a JSON object.
std::optional<QJsonObject> jsonSchemaDocument(const QString &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    return document.isObject() ? std::optional(document.object()) : std::nullopt;
}

// The absolute form of a `$ref`'s document part, read against the root's `$id` (the ref as
// written when the root has none), without a fragment: the name the target is found by.
QString jsonRefTarget(const QString &rootId, const QString &ref)
{
    const QUrl written(ref.section(QLatin1Char('#'), 0, 0));
    const QUrl base(rootId);
    const QUrl absolute = base.isValid() && !rootId.isEmpty() ? base.resolved(written) : written;
    return absolute.adjusted(QUrl::RemoveFragment).toString();
}

QString jsonDocumentId(const QJsonObject &document)
{
    return QUrl(document.value(QLatin1String("$id")).toString()).adjusted(QUrl::RemoveFragment).toString();
}

// Every `$ref` of a schema, in document order, and `rewrite` applied to each (values of
// `const`, `enum`, `default` and `examples` are data, not schemas, and are left alone).
QJsonValue mapJsonRefs(const QJsonValue &value, const std::function<QString(const QString &)> &rewrite)
{
    static const QSet<QString> data = {"const", "enum", "default", "examples"};
    if (value.isArray()) {
        QJsonArray items = value.toArray();
        for (auto item = items.begin(); item != items.end(); ++item)
            *item = mapJsonRefs(*item, rewrite);
        return items;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    for (auto member = object.begin(); member != object.end(); ++member) {
        if (member.key() == QLatin1String("$ref") && member.value().isString())
            *member = rewrite(member.value().toString());
        else if (!data.contains(member.key()))
            *member = mapJsonRefs(member.value(), rewrite);
    }
    return object;
}

bool isLocalJsonRef(const QString &ref, const QString &rootId)
{
    return ref.startsWith(QLatin1Char('#')) || (!rootId.isEmpty() && jsonRefTarget(rootId, ref) == rootId);
}

// A JSON pointer's token for a key as a URI fragment holds it ("a/b c" → "a~1b%20c").
QString jsonPointerToken(QString key)
{
    key.replace(QLatin1Char('~'), QLatin1String("~0")).replace(QLatin1Char('/'), QLatin1String("~1"));
    return QString::fromLatin1(QUrl::toPercentEncoding(key, "~"));
}

// SchemaLibrary's JSON Schema part (the index is built in schemareferences.cpp).
// JSON Schema: each document another subject's `$ref` points into is copied under the
// root's `$defs` (`definitions` where the root uses those), without its `$id` and `$schema`,
// and every `$ref` rewritten to point into the copy; documents they use in turn go there too.
Result<QString> SchemaLibrary::selfContainedJson(const SchemaVersion &version) const
{
    auto document = jsonSchemaDocument(version.text);
    if (!document)
        return makeError(ErrorCode::InvalidInput, tr("a JSON Schema document is an object"), QStringLiteral("text"));
    const QLatin1String defsKey(document->contains(QLatin1String("definitions")) && !document->contains(QLatin1String("$defs")) ? "definitions" : "$defs");
    QJsonObject defs = document->value(defsKey).toObject();
    std::map<QUuid, QString> placed{{version.subject, QString()}};   // subject → JSON pointer of its copy
    std::function<QJsonValue(const QJsonObject &, const QUuid &, const QString &)> rewritten;
    auto pointerTo = [&](const QUuid &subject) -> QString {
        if (auto known = placed.find(subject); known != placed.end())
            return known->second;
        QString key = m_subjectName(subject);
        for (int n = 2; defs.contains(key) || document->value(defsKey).toObject().contains(key); ++n)
            key = m_subjectName(subject) + QLatin1Char('_') + QString::number(n);
        const QString pointer = QLatin1Char('/') + defsKey + QLatin1Char('/') + jsonPointerToken(key);
        placed.emplace(subject, pointer);
        defs.insert(key, QJsonObject());   // claims the key before the copy's own refs are placed
        QJsonObject copy = index().jsonDocuments.at(subject);
        copy.remove(QLatin1String("$id"));
        copy.remove(QLatin1String("$schema"));
        defs.insert(key, rewritten(copy, subject, pointer));
        return pointer;
    };
    // Refs of a document whose copy sits at `at`: its own ("#/...") move with it; another
    // document's point to that document's copy.
    rewritten = [&](const QJsonObject &schema, const QUuid &self, const QString &at) -> QJsonValue {
        const QString rootId = jsonDocumentId(self == version.subject ? *document : index().jsonDocuments.at(self));
        return mapJsonRefs(schema, [&](const QString &ref) {
            const QString fragment = ref.contains(QLatin1Char('#')) ? ref.section(QLatin1Char('#'), 1) : QString();
            if (isLocalJsonRef(ref, rootId))
                return at.isEmpty() ? ref : QLatin1Char('#') + at + fragment;
            const auto found = index().jsonIds.find(jsonRefTarget(rootId, ref));
            if (found == index().jsonIds.end())
                return ref;
            return QLatin1Char('#') + pointerTo(found->second) + fragment;
        });
    };
    QJsonObject root = rewritten(*document, version.subject, QString()).toObject();
    if (!defs.isEmpty())
        root.insert(defsKey, defs);
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace mesh::catalog
