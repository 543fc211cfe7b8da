#include "catalog/schema/protobufcompatibility.h"

#include <google/protobuf/compiler/parser.h>
#include <google/protobuf/descriptor.h>
#include <google/protobuf/descriptor.pb.h>
#include <google/protobuf/io/tokenizer.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <google/protobuf/stubs/logging.h>

#include <QHash>

#include <QMap>

#include <algorithm>
#include <functional>
#include <optional>
#include <QSet>

namespace mesh::catalog {

namespace {

using google::protobuf::DescriptorProto;
using google::protobuf::FieldDescriptorProto;
using google::protobuf::FileDescriptorProto;
using T = ProtobufCompatibility;

class Collector final : public google::protobuf::io::ErrorCollector
{
public:
    void AddError(int line, int column, const std::string &message) override
    {
        if (!first.isEmpty())
            return;
        first = T::tr("line %1, column %2: %3").arg(line + 1).arg(column + 1).arg(QString::fromStdString(message));
        firstLine = line + 1;
        firstColumn = column + 1;
    }
    QString first;
    int firstLine = 0;
    int firstColumn = 0;
};

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

// What Confluent Schema Registry lets pass, by the names of its difference types.
const QSet<QString> &compatibleChanges()
{
    static const QSet<QString> changes{"PACKAGE_CHANGED", "MESSAGE_ADDED", "MESSAGE_MOVED", "ENUM_ADDED", "ENUM_REMOVED", "ENUM_CONST_ADDED",
                                       "ENUM_CONST_CHANGED", "ENUM_CONST_REMOVED", "FIELD_ADDED", "FIELD_REMOVED", "FIELD_NAME_CHANGED",
                                       "FIELD_STRING_OR_BYTES_LABEL_CHANGED", "ONEOF_ADDED", "ONEOF_REMOVED", "ONEOF_FIELD_ADDED"};
    return changes;
}

// A message or enum of one file, by its full name ("shop.v1.Order.Status").
struct TypeInfo {
    const DescriptorProto *message = nullptr; // null: an enum
    QString package;                          // of the file that declares it
    bool isMap() const { return message && message->options().map_entry(); }
};

struct FileTypes {
    QHash<QString, TypeInfo> byName;

    // The types of `file` and of the files it imports (each in its own package).
    FileTypes(const FileDescriptorProto &file, const QList<ProtobufCompatibility::Parsed> &imports)
    {
        add(file);
        for (const ProtobufCompatibility::Parsed &imported : imports)
            add(*imported);
    }

    void add(const FileDescriptorProto &file)
    {
        const std::string prefix = file.package();
        const QString declaredIn = q(prefix);
        for (const auto &e : file.enum_type())
            byName.insert(q(prefix.empty() ? e.name() : prefix + "." + e.name()), TypeInfo{nullptr, declaredIn});
        collect(prefix, file.message_type(), declaredIn);
    }

    void collect(const std::string &prefix, const google::protobuf::RepeatedPtrField<DescriptorProto> &messages, const QString &declaredIn)
    {
        for (const DescriptorProto &message : messages) {
            const std::string name = prefix.empty() ? message.name() : prefix + "." + message.name();
            byName.insert(q(name), TypeInfo{&message, declaredIn});
            for (const auto &e : message.enum_type())
                byName.insert(q(name + "." + e.name()), TypeInfo{nullptr, declaredIn});
            collect(name, message.nested_type(), declaredIn);
        }
    }

    // The full name a field's type means from inside `scope`, as protoc resolves it (the
    // innermost scope first); empty when it is not declared in this file.
    QString resolve(const std::string &typeName, const QString &scope) const
    {
        return q(ProtobufCompatibility::resolveTypeName(typeName, scope.toStdString(),
                                                        [this](const std::string &name) { return byName.contains(q(name)); }));
    }

    // The name within the package of the file that declares it: the registry compares a
    // message type by that, so an imported message whose file moved to another package is
    // still the same type.
    QString localName(const QString &fullName) const
    {
        const QString declaredIn = byName.value(fullName).package;
        return !declaredIn.isEmpty() && fullName.startsWith(declaredIn + QLatin1Char('.')) ? fullName.mid(declaredIn.size() + 1) : fullName;
    }
};

// How the registry reads a field: the label written in the file (none for a proto3 field
// without one, nor for a oneof member) and the type, resolved in its message's scope.
struct FieldView {
    const FieldDescriptorProto *field;
    QString scope; // the full name of the message holding it
    std::optional<FieldDescriptorProto::Label> label;
};

std::optional<FieldDescriptorProto::Label> writtenLabel(const FieldDescriptorProto &field, bool proto3)
{
    if (field.has_oneof_index() && !field.proto3_optional())
        return std::nullopt;
    if (proto3 && field.label() == FieldDescriptorProto::LABEL_OPTIONAL && !field.proto3_optional())
        return std::nullopt;
    return field.label();
}

enum class ScalarKind { GeneralNumber, SignedNumber, StringOrBytes, Fixed32, Fixed64, Float, Double };

ScalarKind scalarKind(FieldDescriptorProto::Type type)
{
    switch (type) {
    case FieldDescriptorProto::TYPE_SINT32:
    case FieldDescriptorProto::TYPE_SINT64: return ScalarKind::SignedNumber;
    case FieldDescriptorProto::TYPE_STRING:
    case FieldDescriptorProto::TYPE_BYTES: return ScalarKind::StringOrBytes;
    case FieldDescriptorProto::TYPE_FIXED32:
    case FieldDescriptorProto::TYPE_SFIXED32: return ScalarKind::Fixed32;
    case FieldDescriptorProto::TYPE_FIXED64:
    case FieldDescriptorProto::TYPE_SFIXED64: return ScalarKind::Fixed64;
    case FieldDescriptorProto::TYPE_FLOAT: return ScalarKind::Float;
    case FieldDescriptorProto::TYPE_DOUBLE: return ScalarKind::Double;
    default: return ScalarKind::GeneralNumber; // int32, int64, uint32, uint64, bool, enums
    }
}

QString explain(const QString &type)
{
    if (type == QLatin1String("MESSAGE_REMOVED"))
        return T::tr("the message was removed");
    if (type == QLatin1String("REQUIRED_FIELD_ADDED"))
        return T::tr("a required field was added");
    if (type == QLatin1String("REQUIRED_FIELD_REMOVED"))
        return T::tr("a required field was removed");
    if (type == QLatin1String("FIELD_KIND_CHANGED"))
        return T::tr("the field changed between a scalar, a message and a map");
    if (type == QLatin1String("FIELD_SCALAR_KIND_CHANGED"))
        return T::tr("the field's type changed to one the wire does not carry the same way");
    if (type == QLatin1String("FIELD_NAMED_TYPE_CHANGED"))
        return T::tr("the field's message type changed, or changed incompatibly");
    if (type == QLatin1String("FIELD_NUMERIC_LABEL_CHANGED"))
        return T::tr("a numeric field changed between optional, required and repeated");
    if (type == QLatin1String("ONEOF_FIELD_REMOVED"))
        return T::tr("a field was removed from its oneof");
    if (type == QLatin1String("MULTIPLE_FIELDS_MOVED_TO_ONEOF"))
        return T::tr("several fields were moved into one oneof");
    if (type == QLatin1String("FIELD_MOVED_TO_EXISTING_ONEOF"))
        return T::tr("a field was moved into an existing oneof");
    return T::tr("an incompatible change");
}

// Compares the file data was written with ("original") to the one reading it ("update"),
// as the registry's protobuf SchemaDiff walks them.
class Checker
{
public:
    Checker(const FileDescriptorProto &original, const QList<ProtobufCompatibility::Parsed> &originalImports, const FileDescriptorProto &update,
            const QList<ProtobufCompatibility::Parsed> &updateImports)
        : m_originalProto3(original.syntax() == "proto3"), m_updateProto3(update.syntax() == "proto3"), m_originalTypes(original, originalImports),
          m_updateTypes(update, updateImports)
    {
    }

    void check(const FileDescriptorProto &original, const FileDescriptorProto &update)
    {
        if (original.package() != update.package())
            add(QStringLiteral("package"), QStringLiteral("PACKAGE_CHANGED"));
        compareTypes(q(original.package()), original.message_type(), q(update.package()), update.message_type());
    }

    QList<std::pair<QString, QString>> differences() const { return m_differences; }

private:
    static QString join(const QString &scope, const std::string &name)
    {
        return scope.isEmpty() ? q(name) : scope + QLatin1Char('.') + q(name);
    }

    void compareTypes(const QString &originalScope, const google::protobuf::RepeatedPtrField<DescriptorProto> &original,
                      const QString &updateScope, const google::protobuf::RepeatedPtrField<DescriptorProto> &update)
    {
        QMap<QString, const DescriptorProto *> before, after;
        for (const DescriptorProto &message : original)
            before.insert(q(message.name()), &message);
        for (const DescriptorProto &message : update)
            after.insert(q(message.name()), &message);
        for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
            const DescriptorProto *later = after.value(it.key());
            if (!later) {
                if (!(*it)->options().map_entry())
                    add(join(originalScope, (*it)->name()), QStringLiteral("MESSAGE_REMOVED"));
                continue;
            }
            compareMessage(join(originalScope, (*it)->name()), **it, join(updateScope, later->name()), *later);
        }
    }

    void compareMessage(const QString &originalName, const DescriptorProto &original, const QString &updateName, const DescriptorProto &update)
    {
        const std::pair key{&original, &update};
        if (m_inProgress.contains(key))
            return;
        m_inProgress.insert(key);
        auto members = [](const DescriptorProto &message) {
            // Real oneofs only: a proto3 "optional" field sits in a synthetic one.
            QMap<QString, QList<const FieldDescriptorProto *>> oneofs;
            for (const FieldDescriptorProto &field : message.field()) {
                if (field.has_oneof_index() && !field.proto3_optional())
                    oneofs[q(message.oneof_decl(field.oneof_index()).name())].append(&field);
            }
            return oneofs;
        };
        const auto originalOneofs = members(original), updateOneofs = members(update);
        QMap<int, const FieldDescriptorProto *> originalTop, updateTop, originalAll, updateAll;
        QHash<int, QString> originalOneofOf, updateOneofOf;
        for (const FieldDescriptorProto &field : original.field()) {
            originalAll.insert(field.number(), &field);
            if (field.has_oneof_index() && !field.proto3_optional())
                originalOneofOf.insert(field.number(), q(original.oneof_decl(field.oneof_index()).name()));
            else
                originalTop.insert(field.number(), &field);
        }
        for (const FieldDescriptorProto &field : update.field()) {
            updateAll.insert(field.number(), &field);
            if (field.has_oneof_index() && !field.proto3_optional())
                updateOneofOf.insert(field.number(), q(update.oneof_decl(field.oneof_index()).name()));
            else
                updateTop.insert(field.number(), &field);
        }
        // Fields moved into a oneof: one, into a new oneof, is safe; more, or one joining
        // members that were already exclusive, is not.
        for (auto it = updateOneofs.constBegin(); it != updateOneofs.constEnd(); ++it) {
            int moved = 0, existing = 0;
            for (const FieldDescriptorProto *field : *it) {
                if (originalTop.remove(field->number()))
                    ++moved;
                else if (originalOneofOf.contains(field->number()))
                    ++existing;
            }
            const QString path = updateName + QLatin1Char('.') + it.key();
            if (moved > 1)
                add(path, QStringLiteral("MULTIPLE_FIELDS_MOVED_TO_ONEOF"));
            else if (moved == 1 && existing > 0)
                add(path, QStringLiteral("FIELD_MOVED_TO_EXISTING_ONEOF"));
        }
        QStringList oneofNames = originalOneofs.keys() + updateOneofs.keys();
        oneofNames.removeDuplicates();
        for (const QString &name : std::as_const(oneofNames)) {
            const QString path = originalName + QLatin1Char('.') + name;
            if (!updateOneofs.contains(name)) {
                add(path, QStringLiteral("ONEOF_REMOVED"));
            } else if (!originalOneofs.contains(name)) {
                add(path, QStringLiteral("ONEOF_ADDED"));
            } else {
                for (const FieldDescriptorProto *field : originalOneofs.value(name)) {
                    // Leaving the oneof for elsewhere in the message loses nothing.
                    if (!updateAll.contains(field->number()))
                        add(path + QLatin1Char('.') + q(field->name()), QStringLiteral("ONEOF_FIELD_REMOVED"));
                }
                for (const FieldDescriptorProto *field : updateOneofs.value(name)) {
                    if (!originalAll.contains(field->number()))
                        add(path + QLatin1Char('.') + q(field->name()), QStringLiteral("ONEOF_FIELD_ADDED"));
                }
            }
        }
        QList<int> numbers = originalTop.keys() + updateTop.keys();
        std::sort(numbers.begin(), numbers.end());
        numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
        for (int number : std::as_const(numbers)) {
            const FieldDescriptorProto *before = originalTop.value(number), *after = updateTop.value(number);
            if (!after)
                add(fieldPath(originalName, *before), before->label() == FieldDescriptorProto::LABEL_REQUIRED ? QStringLiteral("REQUIRED_FIELD_REMOVED")
                                                                                                           : QStringLiteral("FIELD_REMOVED"));
            else if (!before)
                add(fieldPath(updateName, *after), after->label() == FieldDescriptorProto::LABEL_REQUIRED ? QStringLiteral("REQUIRED_FIELD_ADDED")
                                                                                                       : QStringLiteral("FIELD_ADDED"));
        }
        // Every field both sides have, wherever it sits (top level, a oneof, moved between them).
        for (auto it = originalAll.constBegin(); it != originalAll.constEnd(); ++it) {
            const FieldDescriptorProto *after = updateAll.value(it.key());
            if (!after)
                continue;
            compareField(FieldView{*it, originalName, writtenLabel(**it, m_originalProto3)},
                         FieldView{after, updateName, writtenLabel(*after, m_updateProto3)});
        }
        compareTypes(originalName, original.nested_type(), updateName, update.nested_type());
        m_inProgress.remove(key);
    }

    static QString fieldPath(const QString &message, const FieldDescriptorProto &field)
    {
        return QStringLiteral("%1.%2").arg(message, q(field.name()));
    }

    enum class Kind { Scalar, Message, Map };

    // The kind of a field's type and, for a named type, its full name ("" when declared elsewhere).
    std::pair<Kind, QString> kindOf(const FieldDescriptorProto &field, const QString &scope, const FileTypes &types) const
    {
        const bool named = field.has_type_name() && (!field.has_type() || field.type() == FieldDescriptorProto::TYPE_MESSAGE
                                                     || field.type() == FieldDescriptorProto::TYPE_ENUM
                                                     || field.type() == FieldDescriptorProto::TYPE_GROUP);
        if (!named)
            return {Kind::Scalar, {}};
        const QString fullName = types.resolve(field.type_name(), scope);
        if (fullName.isEmpty())
            return {field.type() == FieldDescriptorProto::TYPE_ENUM ? Kind::Scalar : Kind::Message, {}};
        const TypeInfo info = types.byName.value(fullName);
        if (!info.message)
            return {Kind::Scalar, fullName};
        return {info.isMap() ? Kind::Map : Kind::Message, fullName};
    }

    void compareField(const FieldView &original, const FieldView &update)
    {
        const QString path = fieldPath(original.scope, *original.field);
        if (original.field->name() != update.field->name())
            add(path, QStringLiteral("FIELD_NAME_CHANGED"));
        compareLabelsAndTypes(path, original, update);
    }

    void compareLabelsAndTypes(const QString &path, const FieldView &original, const FieldView &update)
    {
        const auto [originalKind, originalType] = kindOf(*original.field, original.scope, m_originalTypes);
        const auto [updateKind, updateType] = kindOf(*update.field, update.scope, m_updateTypes);
        if (originalKind != updateKind)
            return add(path, QStringLiteral("FIELD_KIND_CHANGED"));
        switch (originalKind) {
        case Kind::Scalar: {
            // An enum is read as a general number.
            const ScalarKind before = originalType.isEmpty() && !original.field->has_type_name() ? scalarKind(original.field->type())
                                                                                                 : ScalarKind::GeneralNumber;
            const ScalarKind after = updateType.isEmpty() && !update.field->has_type_name() ? scalarKind(update.field->type())
                                                                                            : ScalarKind::GeneralNumber;
            if (before != after)
                add(path, QStringLiteral("FIELD_SCALAR_KIND_CHANGED"));
            else if (original.label && update.label && *original.label != *update.label)
                add(path, before == ScalarKind::StringOrBytes ? QStringLiteral("FIELD_STRING_OR_BYTES_LABEL_CHANGED")
                                                               : QStringLiteral("FIELD_NUMERIC_LABEL_CHANGED"));
            break;
        }
        case Kind::Message: compareMessageTypes(path, *original.field, originalType, *update.field, updateType); break;
        case Kind::Map: {
            const DescriptorProto &before = *m_originalTypes.byName.value(originalType).message;
            const DescriptorProto &after = *m_updateTypes.byName.value(updateType).message;
            for (int i = 0; i < 2 && i < before.field_size() && i < after.field_size(); ++i)
                compareLabelsAndTypes(path, FieldView{&before.field(i), originalType, std::nullopt},
                                      FieldView{&after.field(i), updateType, std::nullopt});
            break;
        }
        }
    }

    void compareMessageTypes(const QString &path, const FieldDescriptorProto &originalField, const QString &originalType,
                             const FieldDescriptorProto &updateField, const QString &updateType)
    {
        if (originalType.isEmpty() || updateType.isEmpty()) {
            // Declared in a file not given: only the names can be compared.
            if (originalField.type_name() != updateField.type_name())
                add(path, QStringLiteral("FIELD_NAMED_TYPE_CHANGED"));
            return;
        }
        if (m_originalTypes.localName(originalType) != m_updateTypes.localName(updateType))
            return add(path, QStringLiteral("FIELD_NAMED_TYPE_CHANGED"));
        const qsizetype before = m_differences.size();
        compareMessage(originalType, *m_originalTypes.byName.value(originalType).message, updateType,
                       *m_updateTypes.byName.value(updateType).message);
        for (qsizetype i = before; i < m_differences.size(); ++i) {
            if (!compatibleChanges().contains(m_differences[i].second))
                return add(path, QStringLiteral("FIELD_NAMED_TYPE_CHANGED"));
        }
    }

    void add(const QString &path, const QString &type) { m_differences.append({path, type}); }

    bool m_originalProto3;
    bool m_updateProto3;
    FileTypes m_originalTypes;
    FileTypes m_updateTypes;
    QSet<std::pair<const DescriptorProto *, const DescriptorProto *>> m_inProgress;
    QList<std::pair<QString, QString>> m_differences;
};

} // namespace

Result<ProtobufCompatibility::Parsed> ProtobufCompatibility::parse(const QString &text)
{
    google::protobuf::LogSilencer quiet; // errors come through the collector, not the log
    const std::string source = text.toStdString();
    google::protobuf::io::ArrayInputStream input(source.data(), int(source.size()));
    Collector errors;
    google::protobuf::io::Tokenizer tokenizer(&input, &errors);
    google::protobuf::compiler::Parser parser;
    parser.RecordErrorsTo(&errors);
    auto file = std::make_shared<FileDescriptorProto>();
    if (!parser.Parse(&tokenizer, file.get()) || !errors.first.isEmpty()) {
        Error error = makeError(ErrorCode::InvalidInput, errors.first.isEmpty() ? tr("not a .proto file") : errors.first);
        error.line = errors.firstLine;
        error.column = errors.firstColumn;
        return error;
    }
    return Parsed(file);
}

QStringList ProtobufCompatibility::importPaths(const Parsed &file)
{
    QStringList paths;
    for (const std::string &dependency : file->dependency())
        paths.append(q(dependency));
    return paths;
}

bool ProtobufCompatibility::isWellKnownFile(const std::string &path)
{
    return google::protobuf::DescriptorPool::generated_pool()->FindFileByName(path) != nullptr;
}

bool ProtobufCompatibility::isWellKnownType(const std::string &name)
{
    if (name.rfind("google.protobuf.", 0) != 0)
        return false;
    const auto *pool = google::protobuf::DescriptorPool::generated_pool();
    return pool->FindMessageTypeByName(name) || pool->FindEnumTypeByName(name);
}

std::string ProtobufCompatibility::resolveTypeName(const std::string &name, const std::string &scope,
                                                   const std::function<bool(const std::string &)> &known)
{
    if (!name.empty() && name.front() == '.')
        return name.substr(1);
    for (std::string current = scope;;) {
        const std::string candidate = current.empty() ? name : current + "." + name;
        if (known(candidate) || isWellKnownType(candidate))
            return candidate;
        if (current.empty())
            return {};
        const size_t dot = current.rfind('.');
        current = dot == std::string::npos ? std::string() : current.substr(0, dot);
    }
}

void ProtobufCompatibility::addWellKnownFile(google::protobuf::DescriptorPool &pool, const std::string &name)
{
    const auto *file = google::protobuf::DescriptorPool::generated_pool()->FindFileByName(name);
    if (!file || pool.FindFileByName(name))
        return;
    for (int i = 0; i < file->dependency_count(); ++i)
        addWellKnownFile(pool, file->dependency(i)->name());
    FileDescriptorProto proto;
    file->CopyTo(&proto);
    pool.BuildFile(proto);
}

QList<CompatibilityIssue> ProtobufCompatibility::canRead(const Parsed &reader, const Parsed &writer, CompatibilityIssue::Breaks breaks,
                                                         int againstVersion, const QList<Parsed> &readerImports, const QList<Parsed> &writerImports)
{
    // The registry compares the file data was written with to the one reading it.
    Checker checker(*writer, writerImports, *reader, readerImports);
    checker.check(*writer, *reader);
    // Paths read as the file does: messages by their name within the package.
    const QString package = q(writer->package()) + QLatin1Char('.');
    QList<CompatibilityIssue> issues;
    for (const auto &[path, type] : checker.differences()) {
        if (!compatibleChanges().contains(type))
            issues.append(CompatibilityIssue{path.startsWith(package) ? path.mid(package.size()) : path,
                                             explain(type) + QStringLiteral(" (") + type + QLatin1Char(')'), breaks, againstVersion, type});
    }
    return issues;
}

} // namespace mesh::catalog
