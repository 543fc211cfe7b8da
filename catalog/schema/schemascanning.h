#pragma once

#include "catalog/result.h"

#include <google/protobuf/descriptor.h>
#include <google/protobuf/descriptor.pb.h>

#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>

#include <functional>
#include <set>
#include <string>
#include <utility>
#include <vector>

// What a schema's text declares and uses, read per format, for the SchemaLibrary
// (schemareferences.h): Avro named types, Protobuf messages and the types their fields
// name, JSON text that no UTF-8 writer takes; with the line and column to name.
namespace mesh::catalog::schemascan {

// The first thing protoc's builder refuses, naming the element (`shop.Order.id: ...`).
class FirstBuildError final : public google::protobuf::DescriptorPool::ErrorCollector
{
public:
    void AddError(const std::string &, const std::string &element, const google::protobuf::Message *, ErrorLocation,
                  const std::string &why) override
    {
        if (message.isEmpty())
            message = QString::fromStdString(element.empty() ? why : element + ": " + why);
    }
    QString message;
};

QString q(const std::string &text);
std::string join(const std::string &scope, const std::string &name);

// ---- Avro
extern const QSet<QString> kAvroPrimitives;
extern const QSet<QString> kAvroNamedTypes;
// Calls `defined` for each named type an Avro schema declares (with its definition) and
// `used` for each type name it refers to (with the namespace it is read in).
void walkAvro(const QJsonValue &schema, const QString &ns, const std::function<void(const QString &, const QJsonObject &)> &defined,
              const std::function<void(const QString &, const QString &)> &used);
Result<QJsonValue> parseAvroJson(const QString &text);

// ---- Positions
// Line and column, 1-based, of the character at `offset` in `text`.
std::pair<int, int> lineAndColumn(const QString &text, qsizetype offset);
// Where `needle` (a type name, quoted) first appears in `text` ({0, 0}: nowhere).
std::pair<int, int> positionOf(const QString &text, const QString &needle);
// Sets the error's position and puts it in front of its message, when it is known.
Error &at(Error &error, std::pair<int, int> position);

// ---- Protobuf
bool isWellKnown(const std::string &name);
std::string resolveProto(const std::string &name, const std::string &scope, const std::function<bool(const std::string &)> &known);
// The full names of the messages and enums a file declares.
std::set<std::string> declaredProto(const google::protobuf::FileDescriptorProto &file);
// Every field with a type name, with its scope and its source path (for line and column).
struct TypeUse {
    google::protobuf::FieldDescriptorProto *field;
    std::string scope;
    std::vector<int> path;
};
std::vector<TypeUse> usesOf(google::protobuf::FileDescriptorProto &file);
std::pair<int, int> sourcePosition(const google::protobuf::FileDescriptorProto &file, const std::vector<int> &path);

// ---- JSON
// JSON allows "\ud800" escapes that stand for half a character, which no UTF-8 writer
// (nor any registry) takes: an error at the escape.
Result<void> loneSurrogate(const QString &text);

} // namespace mesh::catalog::schemascan
