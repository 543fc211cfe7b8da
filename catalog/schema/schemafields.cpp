#include "catalog/schema/schemafields.h"

#include "catalog/orderedjson.h"
#include "catalog/schema/nextschemaversion.h"
#include "catalog/schema/protobufcompatibility.h"

#include <google/protobuf/descriptor.h>
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
std::optional<OrderedJson> typedDefault(const SchemaField &field)
{
    const QString text = field.defaultValue.trimmed();
    bool ok = true;
    if (field.type == QLatin1String("integer") || field.type == QLatin1String("long") || field.type == QLatin1String("timestamp")) {
        const qint64 value = text.toLongLong(&ok);
        return ok ? std::optional<OrderedJson>(value) : std::nullopt;
    }
    if (field.type == QLatin1String("double")) {
        const double value = text.toDouble(&ok);
        return ok ? std::optional<OrderedJson>(value) : std::nullopt;
    }
    if (field.type == QLatin1String("boolean")) {
        if (text == QLatin1String("true") || text == QLatin1String("false"))
            return OrderedJson(text == QLatin1String("true"));
        return std::nullopt;
    }
    return OrderedJson(text.toStdString());
}

std::string utf8(const QString &text)
{
    return text.toStdString();
}

OrderedJson avroType(const QString &type)
{
    if (type == QLatin1String("integer"))
        return "int";
    if (type == QLatin1String("timestamp"))
        return {{"type", "long"}, {"logicalType", "timestamp-millis"}};
    if (type == QLatin1String("date"))
        return {{"type", "int"}, {"logicalType", "date"}};
    if (type == QLatin1String("uuid"))
        return {{"type", "string"}, {"logicalType", "uuid"}};
    return utf8(type);   // string, long, double, boolean, bytes
}

OrderedJson jsonSchemaType(const QString &type)
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

QString textOf(const OrderedJson &schema)
{
    return QString::fromUtf8(orderedJsonBytes(schema));
}

QString avroSchema(const QString &name, const QString &package, const QString &description, const QList<SchemaField> &fields)
{
    OrderedJson entries = OrderedJson::array();
    for (const SchemaField &field : fields) {
        OrderedJson entry{{"name", utf8(field.name)}};
        if (field.required) {
            entry["type"] = avroType(field.type);
            if (!field.defaultValue.isEmpty())
                entry["default"] = *typedDefault(field);
        } else {
            // Optional: null first, so that null is the default and old data still reads.
            entry["type"] = OrderedJson::array({"null", avroType(field.type)});
            entry["default"] = nullptr;
        }
        if (!field.description.isEmpty())
            entry["doc"] = utf8(field.description);
        entries.push_back(std::move(entry));
    }
    OrderedJson record{{"type", "record"}, {"name", utf8(pascalIdentifier(name))}};
    if (!package.isEmpty())
        record["namespace"] = utf8(package);
    if (!description.isEmpty())
        record["doc"] = utf8(description);
    record["fields"] = std::move(entries);
    return textOf(record);
}

QString jsonSchema(const QString &name, const QString &description, const QList<SchemaField> &fields)
{
    OrderedJson properties = OrderedJson::object();
    OrderedJson required = OrderedJson::array();
    for (const SchemaField &field : fields) {
        OrderedJson property = jsonSchemaType(field.type);
        if (!field.description.isEmpty())
            property["description"] = utf8(field.description);
        if (!field.defaultValue.isEmpty())
            property["default"] = *typedDefault(field);
        properties[utf8(field.name)] = std::move(property);
        if (field.required)
            required.push_back(utf8(field.name));
    }
    OrderedJson schema{{"$schema", "https://json-schema.org/draft/2020-12/schema"}, {"title", utf8(pascalIdentifier(name))}};
    if (!description.isEmpty())
        schema["description"] = utf8(description);
    schema["type"] = "object";
    schema["properties"] = std::move(properties);
    if (!required.empty())
        schema["required"] = std::move(required);
    return textOf(schema);
}

// The .proto file as libprotobuf prints a FileDescriptorProto, comments included. They
// are source locations, whose paths are field numbers: FileDescriptorProto's message_type
// is 4, DescriptorProto's field is 2.
Result<QString> protoSchema(const QString &name, const QString &package, const QString &description, const QList<SchemaField> &fields)
{
    using google::protobuf::FieldDescriptorProto;
    static const QHash<QString, FieldDescriptorProto::Type> kTypes = {
        {"string", FieldDescriptorProto::TYPE_STRING}, {"integer", FieldDescriptorProto::TYPE_INT32},
        {"long", FieldDescriptorProto::TYPE_INT64},    {"double", FieldDescriptorProto::TYPE_DOUBLE},
        {"boolean", FieldDescriptorProto::TYPE_BOOL},  {"timestamp", FieldDescriptorProto::TYPE_MESSAGE},
        {"date", FieldDescriptorProto::TYPE_STRING},   {"uuid", FieldDescriptorProto::TYPE_STRING},
        {"bytes", FieldDescriptorProto::TYPE_BYTES}};
    constexpr const char *kTimestampFile = "google/protobuf/timestamp.proto";
    google::protobuf::FileDescriptorProto file;
    file.set_name("schema.proto");
    file.set_syntax("proto3");
    if (!package.isEmpty())
        file.set_package(utf8(package));
    auto comment = [&file](std::initializer_list<int> path, const QString &text) {
        auto *location = file.mutable_source_code_info()->add_location();
        for (int part : path)
            location->add_path(part);
        for (int i = 0; i < 3; ++i)
            location->add_span(0);
        location->set_leading_comments(' ' + utf8(text.simplified()) + '\n');
    };
    google::protobuf::DescriptorProto *message = file.add_message_type();
    message->set_name(utf8(pascalIdentifier(name)));
    if (!description.isEmpty())
        comment({4, 0}, description);
    for (int i = 0; i < fields.size(); ++i) {
        const SchemaField &field = fields.at(i);
        FieldDescriptorProto *written = message->add_field();
        written->set_name(utf8(field.name));
        written->set_number(i + 1);
        written->set_label(FieldDescriptorProto::LABEL_OPTIONAL);
        written->set_type(kTypes.value(field.type, FieldDescriptorProto::TYPE_STRING));
        if (written->type() == FieldDescriptorProto::TYPE_MESSAGE) {
            written->set_type_name(".google.protobuf.Timestamp");
            if (file.dependency_size() == 0)
                file.add_dependency(kTimestampFile);
        } else if (!field.required) {
            // A message-typed field tells absence by itself; a scalar needs "optional" for
            // it, which is a oneof of its own.
            written->set_proto3_optional(true);
            written->set_oneof_index(message->oneof_decl_size());
            message->add_oneof_decl()->set_name('_' + utf8(field.name));
        }
        QStringList notes;
        if (!field.description.isEmpty())
            notes.append(field.description);
        if (!field.defaultValue.isEmpty())
            notes.append(QStringLiteral("default: ") + field.defaultValue);   // schema text: never translated
        if (!notes.isEmpty())
            comment({4, 0, 2, i}, notes.join(QLatin1String("; ")));
    }
    google::protobuf::DescriptorPool pool;
    if (file.dependency_size() > 0)
        ProtobufCompatibility::addWellKnownFile(pool, kTimestampFile);
    const google::protobuf::FileDescriptor *built = pool.BuildFile(file);
    if (!built)
        return makeError(ErrorCode::InvalidInput, SchemaFields::tr("The fields do not make a valid .proto message"), QStringLiteral("fields"));
    google::protobuf::DebugStringOptions options;
    options.include_comments = true;
    return QString::fromStdString(built->DebugStringWithOptions(options));
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
        // A type name as written, or fully qualified (".google.protobuf.Timestamp", as
        // libprotobuf prints it).
        QString written = descriptor.has_type_name() ? QString::fromStdString(descriptor.type_name())
                                                     : QString::fromLatin1(kScalarNames[descriptor.type()]);
        if (written.startsWith(QLatin1Char('.')))
            written.remove(0, 1);
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
