#include "catalog/schema/schemascanning.h"

#include "catalog/schema/avrocompatibility.h"
#include "catalog/schema/jsonsyntaxerror.h"
#include "catalog/schema/protobufcompatibility.h"
#include "catalog/schema/schemareferences.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace mesh::catalog::schemascan {

using google::protobuf::DescriptorProto;
using google::protobuf::FileDescriptorProto;

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

std::string join(const std::string &scope, const std::string &name)
{
    return scope.empty() ? name : scope + "." + name;
}

// ---- Avro ----------------------------------------------------------------------------

const QSet<QString> kAvroPrimitives = {"null", "boolean", "int", "long", "float", "double", "bytes", "string"};
const QSet<QString> kAvroNamedTypes = {"record", "error", "enum", "fixed"};

// Calls `defined` for each named type an Avro schema declares (with its definition) and
// `used` for each type name it refers to (with the namespace it is read in).
void walkAvro(const QJsonValue &schema, const QString &ns, const std::function<void(const QString &, const QJsonObject &)> &defined,
              const std::function<void(const QString &, const QString &)> &used)
{
    if (schema.isArray()) {
        for (const QJsonValue &branch : schema.toArray())
            walkAvro(branch, ns, defined, used);
    } else if (schema.isString()) {
        if (!kAvroPrimitives.contains(schema.toString()))
            used(schema.toString(), ns);
    } else if (schema.isObject()) {
        const QJsonObject object = schema.toObject();
        const QJsonValue type = object.value("type");
        if (!type.isString()) {
            walkAvro(type, ns, defined, used);
        } else if (kAvroNamedTypes.contains(type.toString())) {
            const QString full = avroFullName(object, ns);
            defined(full, object);
            for (const QJsonValue &field : object.value("fields").toArray())
                walkAvro(field.toObject().value("type"), avroNamespaceOf(full), defined, used);
        } else if (type.toString() == QLatin1String("array")) {
            walkAvro(object.value("items"), ns, defined, used);
        } else if (type.toString() == QLatin1String("map")) {
            walkAvro(object.value("values"), ns, defined, used);
        } else if (!kAvroPrimitives.contains(type.toString())) {
            used(type.toString(), ns);
        }
    }
}

Result<QJsonValue> parseAvroJson(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    const bool bare = utf8.trimmed().startsWith('"');
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bare ? "[" + utf8 + "]" : utf8, &error);
    if (error.error != QJsonParseError::NoError)
        return jsonSyntaxError(utf8, error, bare ? 1 : 0);
    return bare ? document.array().first() : document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

// Line and column, 1-based, of the character at `offset` in `text`.
std::pair<int, int> lineAndColumn(const QString &text, qsizetype offset)
{
    const int line = int(QStringView(text).left(offset).count(QLatin1Char('\n'))) + 1;
    const int column = int(offset - text.lastIndexOf(QLatin1Char('\n'), offset - 1));
    return {line, column};
}

// Where `needle` (a type name, quoted) first appears in `text` ({0, 0}: nowhere).
std::pair<int, int> positionOf(const QString &text, const QString &needle)
{
    const qsizetype at = text.indexOf(QLatin1Char('"') + needle + QLatin1Char('"'));
    return at < 0 ? std::pair{0, 0} : lineAndColumn(text, at);
}

// Sets the error's position and puts it in front of its message, when it is known.
Error &at(Error &error, std::pair<int, int> position)
{
    std::tie(error.line, error.column) = position;
    if (error.line > 0)
        error.message = SchemaLibrary::tr("line %1, column %2: %3").arg(error.line).arg(error.column).arg(error.message);
    return error;
}

// ---- Protobuf --------------------------------------------------------------------------

bool isWellKnown(const std::string &name)
{
    return ProtobufCompatibility::isWellKnownType(name);
}

std::string resolveProto(const std::string &name, const std::string &scope, const std::function<bool(const std::string &)> &known)
{
    return ProtobufCompatibility::resolveTypeName(name, scope, known);
}

static void declareProto(const DescriptorProto &message, const std::string &scope, std::set<std::string> &names)
{
    const std::string full = join(scope, message.name());
    names.insert(full);
    for (const DescriptorProto &nested : message.nested_type())
        declareProto(nested, full, names);
    for (const auto &nested : message.enum_type())
        names.insert(join(full, nested.name()));
}

std::set<std::string> declaredProto(const FileDescriptorProto &file)
{
    std::set<std::string> names;
    for (const DescriptorProto &message : file.message_type())
        declareProto(message, file.package(), names);
    for (const auto &enumType : file.enum_type())
        names.insert(join(file.package(), enumType.name()));
    return names;
}

static void collectUses(DescriptorProto &message, const std::string &scope, std::vector<int> path, std::vector<TypeUse> &uses)
{
    const std::string full = join(scope, message.name());
    for (int i = 0; i < message.field_size(); ++i) {
        if (message.field(i).has_type_name()) {
            std::vector<int> fieldPath = path;
            fieldPath.insert(fieldPath.end(), {2, i, 6});
            uses.push_back({message.mutable_field(i), full, fieldPath});
        }
    }
    for (int i = 0; i < message.nested_type_size(); ++i) {
        std::vector<int> nestedPath = path;
        nestedPath.insert(nestedPath.end(), {3, i});
        collectUses(*message.mutable_nested_type(i), full, nestedPath, uses);
    }
}

std::vector<TypeUse> usesOf(FileDescriptorProto &file)
{
    std::vector<TypeUse> uses;
    for (int i = 0; i < file.message_type_size(); ++i)
        collectUses(*file.mutable_message_type(i), file.package(), {4, i}, uses);
    return uses;
}

std::pair<int, int> sourcePosition(const FileDescriptorProto &file, const std::vector<int> &path)
{
    for (const auto &location : file.source_code_info().location()) {
        if (std::vector<int>(location.path().begin(), location.path().end()) == path && location.span_size() >= 2)
            return {location.span(0) + 1, location.span(1) + 1};
    }
    return {0, 0};
}

// ---- JSON ----------------------------------------------------------------------------

// JSON allows "\ud800" escapes that stand for half a character, which no UTF-8 writer
// (nor any registry) takes: an error at the escape.
Result<void> loneSurrogate(const QString &text)
{
    static const QRegularExpression escape(QStringLiteral("\\\\u([dD][89abAB][0-9a-fA-F]{2})(\\\\u[dD][c-fC-F][0-9a-fA-F]{2})?|\\\\u[dD][c-fC-F][0-9a-fA-F]{2}"));
    for (auto matches = escape.globalMatch(text); matches.hasNext();) {
        const auto match = matches.next();
        // An escaped backslash before it makes it text, not an escape.
        qsizetype slashes = 0;
        for (qsizetype i = match.capturedStart() - 1; i >= 0 && text.at(i) == QLatin1Char('\\'); --i)
            ++slashes;
        if (slashes % 2 == 1 || (!match.captured(1).isEmpty() && !match.captured(2).isEmpty()))
            continue;
        Error error = makeError(ErrorCode::InvalidInput,
                                SchemaLibrary::tr("%1 is half of a character (a lone UTF-16 surrogate), which no UTF-8 text can hold")
                                    .arg(match.captured(0).left(6)),
                                QStringLiteral("text"));
        return at(error, lineAndColumn(text, match.capturedStart()));
    }
    return Ok{};
}

} // namespace mesh::catalog::schemascan
