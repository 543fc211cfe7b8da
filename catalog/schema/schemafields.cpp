#include "catalog/schema/schemafields.h"

#include "catalog/jsontext.h"

#include "catalog/schema/nextschemaversion.h"
#include "catalog/schema/protobufcompatibility.h"

#include <google/protobuf/descriptor.pb.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace mesh::catalog {

namespace {

bool isIdentifier(const QString &name)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return identifier.match(name).hasMatch();
}

// The default as a JSON value of the field's type; nothing when it does not fit.
std::optional<QJsonValue> typedDefault(const SchemaField &field)
{
    const QString text = field.defaultValue.trimmed();
    bool ok = true;
    if (field.type == QLatin1String("integer") || field.type == QLatin1String("long") || field.type == QLatin1String("timestamp")) {
        const qint64 value = text.toLongLong(&ok);
        return ok ? std::optional<QJsonValue>(double(value)) : std::nullopt;
    }
    if (field.type == QLatin1String("double")) {
        const double value = text.toDouble(&ok);
        return ok ? std::optional<QJsonValue>(value) : std::nullopt;
    }
    if (field.type == QLatin1String("boolean")) {
        if (text == QLatin1String("true") || text == QLatin1String("false"))
            return QJsonValue(text == QLatin1String("true"));
        return std::nullopt;
    }
    return QJsonValue(text);
}

// Qt's JSON objects sort their keys; a schema reads best in the order people write it, so
// these schemas are written as text, each value through QJsonDocument for its escaping.
using Members = QList<QPair<QString, QJsonValue>>;

QString inlineObject(const Members &members)
{
    QStringList parts;
    for (const auto &[key, value] : members)
        parts.append(jsonValueText(key) + QStringLiteral(": ") + jsonValueText(value));
    return QLatin1Char('{') + parts.join(QLatin1String(", ")) + QLatin1Char('}');
}

// A two-space indented object whose members are already JSON text.
QString block(const QList<QPair<QString, QString>> &members, int indent)
{
    const QString inner(indent + 2, QLatin1Char(' '));
    QStringList lines;
    for (const auto &[key, text] : members)
        lines.append(inner + jsonValueText(key) + QStringLiteral(": ") + text);
    return QStringLiteral("{\n") + lines.join(QLatin1String(",\n")) + QLatin1Char('\n') + QString(indent, QLatin1Char(' ')) + QLatin1Char('}');
}

QString list(const QStringList &items, int indent)
{
    if (items.isEmpty())
        return QStringLiteral("[]");
    const QString inner(indent + 2, QLatin1Char(' '));
    return QStringLiteral("[\n") + inner + items.join(QLatin1String(",\n") + inner) + QLatin1Char('\n') + QString(indent, QLatin1Char(' ')) + QLatin1Char(']');
}

QJsonValue avroType(const QString &type)
{
    if (type == QLatin1String("integer"))
        return QStringLiteral("int");
    if (type == QLatin1String("timestamp"))
        return QJsonObject{{"type", "long"}, {"logicalType", "timestamp-millis"}};
    if (type == QLatin1String("date"))
        return QJsonObject{{"type", "int"}, {"logicalType", "date"}};
    if (type == QLatin1String("uuid"))
        return QJsonObject{{"type", "string"}, {"logicalType", "uuid"}};
    return type;   // string, long, double, boolean, bytes
}

Members jsonSchemaType(const QString &type)
{
    if (type == QLatin1String("integer") || type == QLatin1String("long"))
        return {{"type", "integer"}};
    if (type == QLatin1String("double"))
        return {{"type", "number"}};
    if (type == QLatin1String("boolean"))
        return {{"type", "boolean"}};
    if (type == QLatin1String("timestamp"))
        return {{"type", "string"}, {"format", "date-time"}};
    if (type == QLatin1String("date"))
        return {{"type", "string"}, {"format", "date"}};
    if (type == QLatin1String("uuid"))
        return {{"type", "string"}, {"format", "uuid"}};
    if (type == QLatin1String("bytes"))
        return {{"type", "string"}, {"contentEncoding", "base64"}};
    return {{"type", "string"}};
}

QString protoType(const QString &type)
{
    static const QHash<QString, QString> types = {{"string", "string"}, {"integer", "int32"}, {"long", "int64"},
                                                  {"double", "double"}, {"boolean", "bool"}, {"timestamp", "google.protobuf.Timestamp"},
                                                  {"date", "string"}, {"uuid", "string"}, {"bytes", "bytes"}};
    return types.value(type, QStringLiteral("string"));
}

QString avroSchema(const QString &name, const QString &package, const QString &description, const QList<SchemaField> &fields)
{
    QStringList entries;
    for (const SchemaField &field : fields) {
        Members entry{{"name", field.name}};
        if (field.required) {
            entry.append({"type", avroType(field.type)});
            if (!field.defaultValue.isEmpty())
                entry.append({"default", *typedDefault(field)});
        } else {
            // Optional: null first, so that null is the default and old data still reads.
            entry.append({"type", QJsonArray{"null", avroType(field.type)}});
            entry.append({"default", QJsonValue::Null});
        }
        if (!field.description.isEmpty())
            entry.append({"doc", field.description});
        entries.append(inlineObject(entry));
    }
    QList<QPair<QString, QString>> record{{"type", jsonValueText(QStringLiteral("record"))}, {"name", jsonValueText(pascalIdentifier(name))}};
    if (!package.isEmpty())
        record.append({"namespace", jsonValueText(package)});
    if (!description.isEmpty())
        record.append({"doc", jsonValueText(description)});
    record.append({"fields", list(entries, 2)});
    return block(record, 0) + QLatin1Char('\n');
}

QString jsonSchema(const QString &name, const QString &description, const QList<SchemaField> &fields)
{
    QList<QPair<QString, QString>> properties;
    QJsonArray required;
    for (const SchemaField &field : fields) {
        Members property = jsonSchemaType(field.type);
        if (!field.description.isEmpty())
            property.append({"description", field.description});
        if (!field.defaultValue.isEmpty())
            property.append({"default", *typedDefault(field)});
        properties.append({field.name, inlineObject(property)});
        if (field.required)
            required.append(field.name);
    }
    QList<QPair<QString, QString>> schema{{"$schema", jsonValueText(QStringLiteral("https://json-schema.org/draft/2020-12/schema"))},
                                          {"title", jsonValueText(pascalIdentifier(name))}};
    if (!description.isEmpty())
        schema.append({"description", jsonValueText(description)});
    schema.append({"type", jsonValueText(QStringLiteral("object"))});
    schema.append({"properties", properties.isEmpty() ? QStringLiteral("{}") : block(properties, 2)});
    if (!required.isEmpty())
        schema.append({"required", jsonValueText(required)});
    return block(schema, 0) + QLatin1Char('\n');
}

QString protoSchema(const QString &name, const QString &package, const QString &description, const QList<SchemaField> &fields)
{
    QString text = QStringLiteral("syntax = \"proto3\";\n\n");
    if (!package.isEmpty())
        text += QStringLiteral("package %1;\n\n").arg(package);
    const bool usesTimestamp = std::any_of(fields.begin(), fields.end(), [](const SchemaField &f) { return f.type == QLatin1String("timestamp"); });
    if (usesTimestamp)
        text += QStringLiteral("import \"google/protobuf/timestamp.proto\";\n\n");
    if (!description.isEmpty())
        text += QStringLiteral("// %1\n").arg(description.simplified());
    text += QStringLiteral("message %1 {\n").arg(pascalIdentifier(name));
    int number = 1;
    for (const SchemaField &field : fields) {
        QStringList notes;
        if (!field.description.isEmpty())
            notes.append(field.description.simplified());
        if (!field.defaultValue.isEmpty())
            notes.append(SchemaFields::tr("default: %1").arg(field.defaultValue));
        if (!notes.isEmpty())
            text += QStringLiteral("  // %1\n").arg(notes.join(QLatin1String("; ")));
        // A message-typed field tells absence by itself; scalars need "optional" for it.
        const QString type = protoType(field.type);
        const bool scalar = !type.contains(QLatin1Char('.'));
        text += QStringLiteral("  %1%2 %3 = %4;\n").arg(!field.required && scalar ? QStringLiteral("optional ") : QString(), type, field.name).arg(number++);
    }
    return text + QStringLiteral("}\n");
}

QString typeFromAvro(const QJsonValue &type)
{
    if (type.isString()) {
        const QString name = type.toString();
        if (name == QLatin1String("int"))
            return QStringLiteral("integer");
        return SchemaFields::types().contains(name) ? name : QString();
    }
    const QJsonObject object = type.toObject();
    const QString logical = object.value(QLatin1String("logicalType")).toString();
    if (logical == QLatin1String("timestamp-millis"))
        return QStringLiteral("timestamp");
    if (logical == QLatin1String("date") || logical == QLatin1String("uuid"))
        return logical;
    return {};
}

// Whether `object` uses only these keys: anything else (an enum, a pattern, an alias) is
// something the table cannot show, so the schema is left to the text editor.
bool onlyKeys(const QJsonObject &object, std::initializer_list<const char *> allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (std::none_of(allowed.begin(), allowed.end(), [&it](const char *key) { return it.key() == QLatin1String(key); }))
            return false;
    }
    return true;
}

std::optional<QList<SchemaField>> readAvro(const QString &text)
{
    const QJsonObject record = QJsonDocument::fromJson(text.toUtf8()).object();
    if (record.value(QLatin1String("type")).toString() != QLatin1String("record") || !onlyKeys(record, {"type", "name", "namespace", "doc", "fields"}))
        return std::nullopt;
    QList<SchemaField> fields;
    for (const QJsonValue &value : record.value(QLatin1String("fields")).toArray()) {
        const QJsonObject entry = value.toObject();
        if (!onlyKeys(entry, {"name", "type", "doc", "default"}))
            return std::nullopt;
        SchemaField field;
        field.name = entry.value(QLatin1String("name")).toString();
        field.description = entry.value(QLatin1String("doc")).toString();
        QJsonValue type = entry.value(QLatin1String("type"));
        const QJsonArray branches = type.toArray();
        if (type.isArray()) {
            if (branches.size() != 2 || branches.at(0).toString() != QLatin1String("null"))
                return std::nullopt;
            field.required = false;
            type = branches.at(1);
        } else if (entry.contains(QLatin1String("default"))) {
            const QJsonValue fallback = entry.value(QLatin1String("default"));
            field.defaultValue = fallback.isString() ? fallback.toString()
                                                     : QString::fromUtf8(QJsonDocument(QJsonArray{fallback}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
        }
        field.type = typeFromAvro(type);
        if (field.type.isEmpty())
            return std::nullopt;
        fields.append(field);
    }
    return fields;
}

std::optional<QList<SchemaField>> readJsonSchema(const QString &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    const QJsonObject schema = document.object();
    if (schema.value(QLatin1String("type")).toString() != QLatin1String("object")
        || !onlyKeys(schema, {"$schema", "$id", "title", "description", "type", "properties", "required"}))
        return std::nullopt;
    QStringList required;
    for (const QJsonValue &name : schema.value(QLatin1String("required")).toArray())
        required.append(name.toString());
    // Properties in the order written (QJsonObject sorts keys): find each key in the text.
    const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
    QList<QPair<qsizetype, QString>> ordered;
    for (auto it = properties.begin(); it != properties.end(); ++it)
        ordered.append({text.indexOf(QLatin1Char('"') + it.key() + QLatin1Char('"')), it.key()});
    std::sort(ordered.begin(), ordered.end());
    QList<SchemaField> fields;
    for (const auto &[position, name] : ordered) {
        const QJsonObject property = properties.value(name).toObject();
        if (!onlyKeys(property, {"type", "format", "description", "default", "contentEncoding"}))
            return std::nullopt;
        SchemaField field;
        field.name = name;
        field.required = required.contains(name);
        field.description = property.value(QLatin1String("description")).toString();
        const QString type = property.value(QLatin1String("type")).toString();
        const QString format = property.value(QLatin1String("format")).toString();
        if (type == QLatin1String("integer"))
            field.type = QStringLiteral("long");
        else if (type == QLatin1String("number"))
            field.type = QStringLiteral("double");
        else if (type == QLatin1String("boolean"))
            field.type = QStringLiteral("boolean");
        else if (type == QLatin1String("string"))
            field.type = format == QLatin1String("date-time") ? QStringLiteral("timestamp")
                         : format == QLatin1String("date") || format == QLatin1String("uuid") ? format
                         : property.contains(QLatin1String("contentEncoding")) ? QStringLiteral("bytes")
                                                                                : QStringLiteral("string");
        else
            return std::nullopt;
        if (property.contains(QLatin1String("default"))) {
            const QJsonValue fallback = property.value(QLatin1String("default"));
            field.defaultValue = fallback.isString() ? fallback.toString()
                                                     : QString::fromUtf8(QJsonDocument(QJsonArray{fallback}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
        }
        fields.append(field);
    }
    return fields;
}

std::optional<QList<SchemaField>> readProto(const QString &text)
{
    auto parsed = ProtobufCompatibility::parse(text);
    if (!parsed || (*parsed)->message_type_size() != 1 || (*parsed)->enum_type_size() > 0)
        return std::nullopt;
    static const QHash<QString, QString> types = {{"string", "string"}, {"int32", "integer"}, {"int64", "long"}, {"double", "double"},
                                                  {"bool", "boolean"}, {"bytes", "bytes"}, {"google.protobuf.Timestamp", "timestamp"}};
    const auto &message = (*parsed)->message_type(0);
    // "optional" fields come with a oneof of their own; any other oneof is beyond the table.
    const auto optionals = std::count_if(message.field().begin(), message.field().end(), [](const auto &f) { return f.proto3_optional(); });
    if (message.nested_type_size() > 0 || message.enum_type_size() > 0 || message.oneof_decl_size() != optionals)
        return std::nullopt;
    QList<SchemaField> fields;
    for (const auto &descriptor : message.field()) {
        static const char *const kScalarNames[] = {"", "double", "float", "int64", "uint64", "int32", "fixed64", "fixed32", "bool",
                                                   "string", "group", "message", "bytes", "uint32", "enum", "sfixed32", "sfixed64",
                                                   "sint32", "sint64"};
        const QString written = descriptor.has_type_name() ? QString::fromStdString(descriptor.type_name())
                                                           : QString::fromLatin1(kScalarNames[descriptor.type()]);
        if (!types.contains(written) || descriptor.label() == google::protobuf::FieldDescriptorProto::LABEL_REPEATED)
            return std::nullopt;
        SchemaField field;
        field.name = QString::fromStdString(descriptor.name());
        field.type = types.value(written);
        field.required = !descriptor.proto3_optional();
        fields.append(field);
    }
    return fields;
}

} // namespace

const QStringList &SchemaFields::types()
{
    static const QStringList list = {QStringLiteral("string"),    QStringLiteral("integer"), QStringLiteral("long"),
                                     QStringLiteral("double"),    QStringLiteral("boolean"), QStringLiteral("timestamp"),
                                     QStringLiteral("date"),      QStringLiteral("uuid"),    QStringLiteral("bytes")};
    return list;
}

Result<QString> SchemaFields::generate(SchemaFormat format, const QString &name, const QString &package, const QString &description,
                                       const QList<SchemaField> &fields)
{
    QSet<QString> seen;
    for (int i = 0; i < fields.size(); ++i) {
        const SchemaField &field = fields.at(i);
        Error error = makeError(ErrorCode::InvalidInput, {}, QStringLiteral("fields"));
        error.index = i;
        if (!isIdentifier(field.name))
            error.message = tr("Field %1: \"%2\" is not a name a schema accepts (letters, digits and _, not starting with a digit)")
                                .arg(i + 1)
                                .arg(field.name);
        else if (seen.contains(field.name))
            error.message = tr("Field %1: \"%2\" is named twice").arg(i + 1).arg(field.name);
        else if (!types().contains(field.type))
            error.message = tr("Field %1 (%2): unknown type \"%3\"").arg(i + 1).arg(field.name, field.type);
        else if (!field.defaultValue.isEmpty() && !typedDefault(field))
            error.message = tr("Field %1 (%2): the default \"%3\" is not a %4").arg(i + 1).arg(field.name, field.defaultValue, field.type);
        if (!error.message.isEmpty())
            return error;
        seen.insert(field.name);
    }
    switch (format) {
    case SchemaFormat::Avro:
        return avroSchema(name, package, description, fields);
    case SchemaFormat::JsonSchema:
        return jsonSchema(name, description, fields);
    case SchemaFormat::Protobuf:
        return protoSchema(name, package, description, fields);
    }
    return QString();
}

std::optional<QList<SchemaField>> SchemaFields::read(SchemaFormat format, const QString &text)
{
    switch (format) {
    case SchemaFormat::Avro:
        return readAvro(text);
    case SchemaFormat::JsonSchema:
        return readJsonSchema(text);
    case SchemaFormat::Protobuf:
        return readProto(text);
    }
    return std::nullopt;
}

} // namespace mesh::catalog
