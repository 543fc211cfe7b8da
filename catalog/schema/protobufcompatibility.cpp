#include "catalog/schema/protobufcompatibility.h"

#include <google/protobuf/compiler/parser.h>
#include <google/protobuf/descriptor.h>
#include <google/protobuf/descriptor.pb.h>
#include <google/protobuf/io/tokenizer.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <google/protobuf/stubs/logging.h>

#include <QHash>

#include <functional>
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

// Enum names declared in a file: the parser alone cannot tell an enum-typed field from a
// message-typed one, so fields naming one of these are varints.
QSet<QString> enumNames(const FileDescriptorProto &file)
{
    QSet<QString> names;
    for (const auto &e : file.enum_type())
        names.insert(q(e.name()));
    std::function<void(const google::protobuf::RepeatedPtrField<DescriptorProto> &)> walk = [&](const auto &messages) {
        for (const DescriptorProto &message : messages) {
            for (const auto &e : message.enum_type())
                names.insert(q(e.name()));
            walk(message.nested_type());
        }
    };
    walk(file.message_type());
    return names;
}

QString typeName(const FieldDescriptorProto &field);

// The wire-compatible group of a field's type.
int wireGroup(const FieldDescriptorProto &field, const QSet<QString> &enums)
{
    if (!field.has_type() && field.has_type_name())
        return enums.contains(typeName(field)) ? 0 : 5;
    switch (field.type()) {
    case FieldDescriptorProto::TYPE_INT32:
    case FieldDescriptorProto::TYPE_UINT32:
    case FieldDescriptorProto::TYPE_INT64:
    case FieldDescriptorProto::TYPE_UINT64:
    case FieldDescriptorProto::TYPE_BOOL:
    case FieldDescriptorProto::TYPE_ENUM:
        return 0;
    case FieldDescriptorProto::TYPE_SINT32:
    case FieldDescriptorProto::TYPE_SINT64:
        return 1;
    case FieldDescriptorProto::TYPE_FIXED32:
    case FieldDescriptorProto::TYPE_SFIXED32:
        return 2;
    case FieldDescriptorProto::TYPE_FIXED64:
    case FieldDescriptorProto::TYPE_SFIXED64:
        return 3;
    case FieldDescriptorProto::TYPE_STRING:
    case FieldDescriptorProto::TYPE_BYTES:
        return 4;
    case FieldDescriptorProto::TYPE_MESSAGE:
        return 5;
    case FieldDescriptorProto::TYPE_FLOAT:
        return 6;
    case FieldDescriptorProto::TYPE_DOUBLE:
        return 7;
    default:
        return 8 + int(field.type());
    }
}

QString typeName(const FieldDescriptorProto &field)
{
    if (field.has_type_name()) {
        const QString name = q(field.type_name());
        return name.mid(name.lastIndexOf(QLatin1Char('.')) + 1);
    }
    static const char *const names[] = {"", "double", "float", "int64", "uint64", "int32", "fixed64", "fixed32", "bool", "string",
                                        "group", "message", "bytes", "uint32", "enum", "sfixed32", "sfixed64", "sint32", "sint64"};
    return QString::fromLatin1(names[field.type()]);
}

bool lengthDelimited(const FieldDescriptorProto &field, const QSet<QString> &enums)
{
    const int group = wireGroup(field, enums);
    return group == 4 || group == 5;
}

void collectMessages(const std::string &prefix, const google::protobuf::RepeatedPtrField<DescriptorProto> &messages,
                     QHash<QString, const DescriptorProto *> &out)
{
    for (const DescriptorProto &message : messages) {
        const std::string name = prefix.empty() ? message.name() : prefix + "." + message.name();
        out.insert(q(name), &message);
        collectMessages(name, message.nested_type(), out);
    }
}

class Checker
{
public:
    Checker(CompatibilityIssue::Breaks breaks, int against) : m_breaks(breaks), m_against(against) {}

    void check(const FileDescriptorProto &reader, const FileDescriptorProto &writer)
    {
        m_readerEnums = enumNames(reader);
        m_writerEnums = enumNames(writer);
        if (reader.package() != writer.package())
            add(QStringLiteral("package"), T::tr("the package changed from \"%1\" to \"%2\"").arg(q(writer.package()), q(reader.package())));
        QHash<QString, const DescriptorProto *> readerMessages, writerMessages;
        collectMessages({}, reader.message_type(), readerMessages);
        collectMessages({}, writer.message_type(), writerMessages);
        QStringList names = writerMessages.keys();
        names.sort();
        for (const QString &name : names) {
            const DescriptorProto *read = readerMessages.value(name);
            if (!read) {
                add(name, T::tr("the message %1 was removed").arg(name));
                continue;
            }
            checkMessage(name, *read, *writerMessages.value(name));
        }
    }

    QList<CompatibilityIssue> issues() const { return m_issues; }

private:
    void checkMessage(const QString &path, const DescriptorProto &reader, const DescriptorProto &writer)
    {
        QHash<int, const FieldDescriptorProto *> readerFields, writerFields;
        for (const FieldDescriptorProto &field : reader.field())
            readerFields.insert(field.number(), &field);
        for (const FieldDescriptorProto &field : writer.field())
            writerFields.insert(field.number(), &field);
        auto inOneof = [](const FieldDescriptorProto &field) { return field.has_oneof_index() && !field.proto3_optional(); };

        QList<int> numbers = writerFields.keys();
        std::sort(numbers.begin(), numbers.end());
        for (int number : numbers) {
            const FieldDescriptorProto &w = *writerFields.value(number);
            const QString fieldPath = QStringLiteral("%1.%2").arg(path, q(w.name()));
            const FieldDescriptorProto *r = readerFields.value(number);
            if (!r) {
                if (w.label() == FieldDescriptorProto::LABEL_REQUIRED)
                    add(fieldPath, T::tr("the required field %1 = %2 was removed").arg(q(w.name())).arg(number));
                else if (inOneof(w))
                    add(fieldPath, T::tr("the field %1 = %2 was removed from its oneof").arg(q(w.name())).arg(number));
                continue;
            }
            const int readerGroup = wireGroup(*r, m_readerEnums);
            const int writerGroup = wireGroup(w, m_writerEnums);
            if (readerGroup != writerGroup) {
                add(fieldPath, T::tr("field %1 changed from %2 to %3, which the wire does not carry the same way")
                                   .arg(number).arg(typeName(w), typeName(*r)));
                continue;
            }
            if (writerGroup == 5 && typeName(*r) != typeName(w))
                add(fieldPath, T::tr("field %1 changed from message %2 to message %3").arg(number).arg(typeName(w), typeName(*r)));
            const bool wRepeated = w.label() == FieldDescriptorProto::LABEL_REPEATED;
            const bool rRepeated = r->label() == FieldDescriptorProto::LABEL_REPEATED;
            if (wRepeated != rRepeated && !(rRepeated && lengthDelimited(w, m_writerEnums)))
                add(fieldPath, T::tr("field %1 changed between single and repeated").arg(number));
            if (r->label() == FieldDescriptorProto::LABEL_REQUIRED && w.label() != FieldDescriptorProto::LABEL_REQUIRED)
                add(fieldPath, T::tr("field %1 became required").arg(number));
            if (inOneof(w) && !inOneof(*r))
                add(fieldPath, T::tr("field %1 left its oneof").arg(number));
            if (!inOneof(w) && inOneof(*r)) {
                // Joining a oneof that already had members adds a mutual exclusion.
                for (const FieldDescriptorProto &other : reader.field()) {
                    if (other.number() != number && inOneof(other) && other.oneof_index() == r->oneof_index()
                        && writerFields.contains(other.number())) {
                        add(fieldPath, T::tr("field %1 moved into an existing oneof").arg(number));
                        break;
                    }
                }
            }
        }
        for (const FieldDescriptorProto &r : reader.field()) {
            if (!writerFields.contains(r.number()) && r.label() == FieldDescriptorProto::LABEL_REQUIRED)
                add(QStringLiteral("%1.%2").arg(path, q(r.name())), T::tr("the required field %1 = %2 was added").arg(q(r.name())).arg(r.number()));
        }
    }

    void add(const QString &path, const QString &message)
    {
        m_issues.append(CompatibilityIssue{path, message, m_breaks, m_against});
    }

    CompatibilityIssue::Breaks m_breaks;
    int m_against;
    QList<CompatibilityIssue> m_issues;
    QSet<QString> m_readerEnums;
    QSet<QString> m_writerEnums;
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
                                                         int againstVersion)
{
    Checker checker(breaks, againstVersion);
    checker.check(*reader, *writer);
    return checker.issues();
}

} // namespace mesh::catalog
