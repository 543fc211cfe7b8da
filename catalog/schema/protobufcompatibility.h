#pragma once

#include "catalog/result.h"
#include "catalog/schema/compatibilityissue.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>
#include <memory>
#include <string>

namespace google::protobuf {
class DescriptorPool;
class FileDescriptorProto;
}

namespace mesh::catalog {

// Protobuf compatibility at the wire level, as Confluent Schema Registry checks it: field
// numbers, not names, identify fields; types may change within a wire-compatible group
// (varints with enums, zigzag varints, fixed32, fixed64, string and bytes); optional may
// become repeated for length-delimited types; required fields may be neither added nor
// removed; a field may not leave a oneof nor join an existing one; messages may not be
// removed; the package may not change. Schemas are parsed with libprotoc.
class ProtobufCompatibility
{
    Q_DECLARE_TR_FUNCTIONS(mesh::catalog::ProtobufCompatibility)

public:
    using Parsed = std::shared_ptr<google::protobuf::FileDescriptorProto>;
    // Parses a .proto text; errors name line:column with the parser's message.
    static Result<Parsed> parse(const QString &text);
    // The files `file` imports, as written ("common/money.proto").
    static QStringList importPaths(const Parsed &file);
    // Whether `path` is the file of well-known types libprotobuf has ("google/protobuf/timestamp.proto").
    static bool isWellKnownFile(const std::string &path);
    // Copies a well-known type's file (google/protobuf/timestamp.proto…) and what it imports
    // into `pool`, from the descriptors compiled into libprotobuf.
    static void addWellKnownFile(google::protobuf::DescriptorPool &pool, const std::string &name);
    // Whether `name` is a message or enum of Protobuf's well-known types ("google.protobuf.Timestamp").
    static bool isWellKnownType(const std::string &name);
    // The full name a type name means inside `scope` ("shop.v1.Order"), as protoc resolves it:
    // from the innermost scope outwards, among the names `known` accepts and the well-known
    // types; empty when none.
    static std::string resolveTypeName(const std::string &name, const std::string &scope,
                                       const std::function<bool(const std::string &)> &known);
    // `readerImports` and `writerImports`: the files each side imports (directly or not), so
    // that a field of an imported message is compared by what that message holds, as the
    // registry does with a schema's references; a type from a file not given is compared by
    // its name only.
    static QList<CompatibilityIssue> canRead(const Parsed &reader, const Parsed &writer, CompatibilityIssue::Breaks breaks,
                                             int againstVersion, const QList<Parsed> &readerImports = {},
                                             const QList<Parsed> &writerImports = {});
};

} // namespace mesh::catalog
