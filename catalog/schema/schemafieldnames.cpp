#include "catalog/schema/schemafieldnames.h"

#include "catalog/schema/protobufcompatibility.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QUrl>

#include <google/protobuf/descriptor.pb.h>

namespace mesh::catalog {

namespace {

bool sameName(const QString &a, const QString &b)
{
    return fieldKey(a) == fieldKey(b);
}

std::optional<QStringList> avroFields(const QJsonValue &schema, const QString &recordName)
{
    QJsonObject record;
    const auto isRecord = [](const QJsonValue &v) { return v.isObject() && v[QLatin1String("type")] == QLatin1String("record"); };
    if (schema.isArray()) {
        for (const QJsonValue &branch : schema.toArray()) {
            if (isRecord(branch) && (record.isEmpty() || sameName(branch[QLatin1String("name")].toString(), recordName)))
                record = branch.toObject();
        }
    } else if (isRecord(schema)) {
        record = schema.toObject();
    }
    if (!record.value(QLatin1String("fields")).isArray())
        return std::nullopt;
    QStringList names;
    for (const QJsonValue &field : record.value(QLatin1String("fields")).toArray()) {
        if (field[QLatin1String("name")].isString())
            names.append(field[QLatin1String("name")].toString());
    }
    return names;
}

// What a local reference ("#/$defs/Order") points to inside `root`; undefined otherwise.
QJsonValue localTarget(const QJsonValue &root, const QJsonObject &schema)
{
    const QString ref = schema.value(QLatin1String("$ref")).toString();
    if (!ref.startsWith(QLatin1Char('#')))
        return QJsonValue::Undefined;
    QJsonValue at = root;
    const QStringList tokens = QUrl::fromPercentEncoding(ref.mid(1).toUtf8()).split(QLatin1Char('/'));
    for (qsizetype i = 1; i < tokens.size(); ++i) {
        const QString token = QString(tokens[i]).replace(QLatin1String("~1"), QLatin1String("/")).replace(QLatin1String("~0"), QLatin1String("~"));
        if (at.isObject())
            at = at.toObject().value(token);
        else if (at.isArray())
            at = at.toArray().at(token.toInt());
        else
            return QJsonValue::Undefined;
    }
    return at;
}

void jsonProperties(const QJsonValue &root, const QJsonValue &value, QStringList &names, int depth)
{
    if (!value.isObject() || depth > 16)
        return;
    const QJsonObject schema = value.toObject();
    jsonProperties(root, localTarget(root, schema), names, depth + 1);
    const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        if (!names.contains(it.key()))
            names.append(it.key());
    }
    for (const QJsonValue &part : schema.value(QLatin1String("allOf")).toArray())
        jsonProperties(root, part, names, depth + 1);
}

std::optional<QStringList> protoFields(const QString &text, const QString &recordName)
{
    const auto parsed = ProtobufCompatibility::parse(text);
    if (!parsed || (*parsed)->message_type_size() == 0)
        return std::nullopt;
    const google::protobuf::DescriptorProto *message = &(*parsed)->message_type(0);
    for (const auto &candidate : (*parsed)->message_type()) {
        if (sameName(QString::fromStdString(candidate.name()), recordName))
            message = &candidate;
    }
    QStringList names;
    for (const auto &field : message->field())
        names.append(QString::fromStdString(field.name()));
    return names;
}

} // namespace

static std::optional<QStringList> parseFieldNames(SchemaFormat format, const QString &text, const QString &recordName);

QString fieldKey(const QString &name)
{
    QString key;
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    }
    return key;
}

std::optional<QStringList> schemaFieldNames(SchemaFormat format, const QString &text, const QString &recordName)
{
    // The governance check asks for the same few schemas once per element that uses them
    // (every event of an aggregate reads all of its commands): each text is read once.
    static QMutex mutex;
    static QHash<QString, std::optional<QStringList>> read;
    // By the text's hash and length, not a copy of it: the key is made on every call.
    const QString key = QStringLiteral("%1:%2:%3:").arg(int(format)).arg(qHash(text)).arg(text.size()) + recordName;
    {
        QMutexLocker locker(&mutex);
        if (const auto found = read.constFind(key); found != read.cend())
            return *found;
    }
    std::optional<QStringList> names = parseFieldNames(format, text, recordName);
    QMutexLocker locker(&mutex);
    if (read.size() >= 20000)
        read.clear();
    read.insert(key, names);
    return names;
}

static std::optional<QStringList> parseFieldNames(SchemaFormat format, const QString &text, const QString &recordName)
{
    if (format == SchemaFormat::Protobuf)
        return protoFields(text, recordName);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    const QJsonValue schema = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    if (format == SchemaFormat::Avro)
        return avroFields(schema, recordName);
    QStringList names;
    jsonProperties(schema, schema, names, 0);
    if (names.isEmpty() && schema[QLatin1String("type")] != QLatin1String("object"))
        return std::nullopt;
    return names;
}

} // namespace mesh::catalog
