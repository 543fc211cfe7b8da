#include "catalog/schema/protobufcompatibility.h"
#include "exporters/filenames.h"
#include "exporters/formatexporters.h"
#include "exporters/jsontext.h"
#include "exporters/subjectnames.h"

#include <google/protobuf/descriptor.h>
#include <google/protobuf/descriptor.pb.h>
#include <google/protobuf/descriptor_database.h>

#include <QCoreApplication>
#include <QMap>

#include <functional>
#include <map>
#include <vector>
#include <set>

namespace mesh::exporters {

using namespace mesh::catalog;
using google::protobuf::DescriptorProto;
using google::protobuf::FieldDescriptorProto;
using google::protobuf::FileDescriptorProto;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mesh::exporters::ProtoExporter", text);
}

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

// A message or enum declared by a subject.
struct Symbol {
    QString file;          // the exported file that declares it
    bool isEnum = false;
    QString subject;       // "Identity/ProfilePublished v2", for errors
    std::string definition;   // serialized, to merge identical definitions
};

// The subjects of one bounded context, merged into one file.
struct ContextFile {
    QString fileName;      // "identity.proto", also the import path
    std::string package;
    FileDescriptorProto proto;
    QSet<QString> imports;
};

std::string join(const std::string &scope, const std::string &name)
{
    return scope.empty() ? name : scope + "." + name;
}

class ProtoMerger
{
public:
    explicit ProtoMerger(const ExportModel &model) : m_model(model) {}

    Result<Files> run(UniquePaths &paths)
    {
        // Parse every Protobuf subject, grouped by context, and name what each declares.
        struct Parsed {
            const Element *subject;
            QString label;
            ProtobufCompatibility::Parsed file;
            QString contextFile;
        };
        QList<Parsed> parsed;
        for (const Element *subject : schemaSubjects(m_model)) {
            const auto schema = m_model.latestSchema(subject->id);
            if (!schema || schema->format != SchemaFormat::Protobuf)
                continue;
            const QString label = schemaVersionLabel(m_model, *subject, schema->version);
            auto file = ProtobufCompatibility::parse(schema->text);
            if (!file)
                return makeError(ErrorCode::InvalidInput, QStringLiteral("%1: %2").arg(label, file.error().message));
            // One file per package the schemas declare, so that generated code, registry
            // bodies and AsyncAPI payloads name every type alike. A schema without a package
            // keeps none (its types are named as the registry names them) and goes into a file
            // named after its bounded context.
            const std::string declared = (*file)->package();
            const QString key = declared.empty() ? QStringLiteral("context:") + m_model.contextName(*subject) : QStringLiteral("package:") + q(declared);
            if (!m_files.contains(key)) {
                ContextFile &context = m_files[key];
                context.package = declared;
                const QString fileStem = declared.empty() ? m_model.packageOf(*subject) : q(declared);
                context.fileName = paths.claim(QStringLiteral("proto"), fileStem, QStringLiteral(".proto")).mid(6);
                context.proto.set_name(utf8(context.fileName));
                if (!declared.empty())
                    context.proto.set_package(declared);
                context.proto.set_syntax("proto3");
            }
            parsed.append({subject, label, *file, key});
            if (auto declared = declare(**file, m_files[key], label); !declared)
                return declared.error();
        }
        // Write each message's type references as full names (the file merges several), then merge.
        for (Parsed &entry : parsed) {
            ContextFile &context = m_files[entry.contextFile];
            const std::string package = entry.file->package();
            for (int i = 0; i < entry.file->message_type_size(); ++i) {
                DescriptorProto message = entry.file->message_type(i);
                const std::string full = join(package, message.name());
                if (m_skipped.contains(skipKey(entry.label, full)))
                    continue;
                if (auto resolved = resolveMessage(message, full, context, entry.label); !resolved)
                    return resolved.error();
                keepComment(*entry.file, {kMessageTypeField, i}, context.proto, {kMessageTypeField, context.proto.message_type_size()});
                *context.proto.add_message_type() = message;
            }
            for (int i = 0; i < entry.file->enum_type_size(); ++i) {
                const auto &enumType = entry.file->enum_type(i);
                if (m_skipped.contains(skipKey(entry.label, join(package, enumType.name()))))
                    continue;
                keepComment(*entry.file, {kEnumTypeField, i}, context.proto, {kEnumTypeField, context.proto.enum_type_size()});
                *context.proto.add_enum_type() = enumType;
            }
        }
        return build();
    }

private:
    // Records the messages and enums a subject declares by their full names; an identical
    // declaration by another subject is merged, a different one is an error naming both.
    Result<void> declare(const FileDescriptorProto &file, const ContextFile &context, const QString &label)
    {
        std::function<Result<void>(const std::string &, const DescriptorProto &)> walkMessage;
        auto add = [&](const std::string &name, bool isEnum, std::string definition, bool topLevel) -> Result<void> {
            if (auto earlier = m_symbols.find(name); earlier != m_symbols.end()) {
                if (earlier->second.definition != definition) {
                    return makeError(ErrorCode::Conflict, tr("%1 and %2 both declare %3 differently; rename one of them")
                                                              .arg(earlier->second.subject, label, q(name)));
                }
                if (topLevel)
                    m_skipped.insert(skipKey(label, name));
                return Ok{};
            }
            m_symbols[name] = Symbol{context.fileName, isEnum, label, std::move(definition)};
            return Ok{};
        };
        walkMessage = [&](const std::string &scope, const DescriptorProto &message) -> Result<void> {
            for (const DescriptorProto &nested : message.nested_type()) {
                if (auto r = add(join(scope, nested.name()), false, {}, false); !r)
                    return r;
                if (auto r = walkMessage(join(scope, nested.name()), nested); !r)
                    return r;
            }
            for (const auto &nested : message.enum_type()) {
                if (auto r = add(join(scope, nested.name()), true, {}, false); !r)
                    return r;
            }
            return Ok{};
        };
        for (const DescriptorProto &message : file.message_type()) {
            const std::string name = join(file.package(), message.name());
            if (auto r = add(name, false, message.SerializeAsString(), true); !r)
                return r;
            if (auto r = walkMessage(name, message); !r)
                return r;
        }
        for (const auto &enumType : file.enum_type()) {
            if (auto r = add(join(file.package(), enumType.name()), true, enumType.SerializeAsString(), true); !r)
                return r;
        }
        return Ok{};
    }

    // Resolves a type name as protoc does: from the innermost scope outwards.
    Result<void> resolveField(FieldDescriptorProto &field, const std::string &scope, ContextFile &context, const QString &label)
    {
        if (!field.has_type_name())
            return Ok{};
        const std::string found = resolve(field.type_name(), scope);
        if (auto symbol = m_symbols.find(found); symbol != m_symbols.end()) {
            field.set_type_name("." + found);
            field.set_type(symbol->second.isEnum ? FieldDescriptorProto::TYPE_ENUM : FieldDescriptorProto::TYPE_MESSAGE);
            if (symbol->second.file != context.fileName)
                context.imports.insert(symbol->second.file);
            return Ok{};
        }
        if (!found.empty() && isWellKnown(found)) {
            const auto *pool = google::protobuf::DescriptorPool::generated_pool();
            const auto *message = pool->FindMessageTypeByName(found);
            const auto *enumType = message ? nullptr : pool->FindEnumTypeByName(found);
            field.set_type_name("." + found);
            field.set_type(message ? FieldDescriptorProto::TYPE_MESSAGE : FieldDescriptorProto::TYPE_ENUM);
            context.imports.insert(q(message ? message->file()->name() : enumType->file()->name()));
            return Ok{};
        }
        return makeError(ErrorCode::InvalidInput,
                         tr("%1: field %2 has the unknown type %3").arg(label, q(field.name()), q(field.type_name())));
    }

    // The full name, as written, that `name` means inside `scope` (empty when unknown).
    std::string resolve(const std::string &name, const std::string &scope) const
    {
        return ProtobufCompatibility::resolveTypeName(name, scope, [this](const std::string &candidate) { return m_symbols.count(candidate) > 0; });
    }

    Result<void> resolveMessage(DescriptorProto &message, const std::string &full, ContextFile &context, const QString &label)
    {
        for (FieldDescriptorProto &field : *message.mutable_field()) {
            if (auto r = resolveField(field, full, context, label); !r)
                return r;
        }
        for (DescriptorProto &nested : *message.mutable_nested_type()) {
            if (auto r = resolveMessage(nested, join(full, nested.name()), context, label); !r)
                return r;
        }
        return Ok{};
    }

    // FileDescriptorProto's field numbers, as source locations name them.
    static constexpr int kMessageTypeField = 4;
    static constexpr int kEnumTypeField = 5;

    // Carries the comment written above a message or enum into the merged file.
    static void keepComment(const FileDescriptorProto &from, std::vector<int> fromPath, FileDescriptorProto &to, std::vector<int> toPath)
    {
        for (const auto &location : from.source_code_info().location()) {
            if (std::vector<int>(location.path().begin(), location.path().end()) != fromPath || !location.has_leading_comments())
                continue;
            auto *copy = to.mutable_source_code_info()->add_location();
            for (int part : toPath)
                copy->add_path(part);
            copy->mutable_span()->CopyFrom(location.span());
            copy->set_leading_comments(location.leading_comments());
            return;
        }
    }

    static std::string skipKey(const QString &label, const std::string &name)
    {
        return utf8(label) + '\n' + name;
    }

    static bool isWellKnown(const std::string &name)
    {
        return ProtobufCompatibility::isWellKnownType(name);
    }

    // Builds the files with libprotobuf, dependencies first, and prints them as .proto text.
    Result<Files> build()
    {
        google::protobuf::DescriptorPool pool;
        QMap<QString, const google::protobuf::FileDescriptor *> built;   // by file name
        QSet<QString> visiting;
        std::function<Result<void>(const QString &)> visit = [&](const QString &key) -> Result<void> {
            ContextFile &context = m_files[key];
            if (built.contains(context.fileName))
                return Ok{};
            if (visiting.contains(key))
                return makeError(ErrorCode::Conflict, tr("the Protobuf schemas of %1 and the files it uses refer to each other "
                                                         "in a cycle, which .proto imports cannot express")
                                                          .arg(context.fileName));
            visiting.insert(key);
            QStringList imports = context.imports.values();
            imports.sort();
            for (const QString &import : imports) {
                ProtobufCompatibility::addWellKnownFile(pool, utf8(import));
                for (auto other = m_files.begin(); other != m_files.end(); ++other) {
                    if (other->fileName == import) {
                        if (auto r = visit(other.key()); !r)
                            return r;
                    }
                }
                context.proto.add_dependency(utf8(import));
            }
            BuildErrors errors;
            const auto *file = pool.BuildFileCollectingErrors(context.proto, &errors);
            if (!file)
                return makeError(ErrorCode::InvalidInput, tr("%1: %2").arg(context.fileName, errors.first));
            built.insert(context.fileName, file);
            visiting.remove(key);
            return Ok{};
        };
        for (auto it = m_files.begin(); it != m_files.end(); ++it) {
            if (auto r = visit(it.key()); !r)
                return r.error();
        }
        Files files;
        for (auto it = built.begin(); it != built.end(); ++it)
            files.append({QStringLiteral("proto/") + it.key(), QByteArray::fromStdString(it.value()->DebugStringWithOptions(printOptions())), QStringLiteral("proto")});
        return files;
    }

    static google::protobuf::DebugStringOptions printOptions()
    {
        google::protobuf::DebugStringOptions options;
        options.include_comments = true;
        return options;
    }

    class BuildErrors final : public google::protobuf::DescriptorPool::ErrorCollector
    {
    public:
        void AddError(const std::string &, const std::string &element, const google::protobuf::Message *, ErrorLocation,
                      const std::string &message) override
        {
            if (first.isEmpty())
                first = q(element) + QStringLiteral(": ") + q(message);
        }
        QString first;
    };

    const ExportModel &m_model;
    QMap<QString, ContextFile> m_files;            // by context name
    std::map<std::string, Symbol> m_symbols;       // by full name
    std::set<std::string> m_skipped;               // identical duplicates, merged
};

} // namespace

// proto/<package>.proto: one proto3 file per package with the messages of the Protobuf
// subjects (latest versions) that declare it (subjects without a package in a file named
// after their bounded context, with no package), importing the files whose messages it uses.
Result<Files> exportProto(const ExportModel &model, UniquePaths &paths)
{
    return ProtoMerger(model).run(paths);
}

} // namespace mesh::exporters
