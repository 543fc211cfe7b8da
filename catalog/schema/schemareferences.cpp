#include "catalog/schema/schemareferences.h"

#include "catalog/model/catalogstate.h"
#include "catalog/schema/avrocompatibility.h"
#include "catalog/schema/jsonschemarefs.h"
#include "catalog/schema/schemalibraryindex.h"
#include "catalog/schema/jsonsyntaxerror.h"
#include "catalog/schema/nextschemaversion.h"
#include "catalog/schema/protobufcompatibility.h"
#include "catalog/schema/schemacompatibility.h"
#include "catalog/schema/schemascanning.h"

#include <google/protobuf/descriptor.h>
#include <google/protobuf/descriptor.pb.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <map>
#include <optional>
#include <set>

namespace mesh::catalog {

using google::protobuf::DescriptorProto;
using google::protobuf::FileDescriptorProto;

using namespace schemascan;

// ---- The index of what each subject declares (schemalibraryindex.h) ---------------------

SchemaLibrary::SchemaLibrary(std::function<QList<SchemaVersion>()> versions, std::function<QString(const QUuid &)> subjectName)
    : m_source(std::move(versions)), m_subjectName(std::move(subjectName))
{
}

SchemaLibrary SchemaLibrary::latestOf(const CatalogState &state)
{
    auto versions = [&state] {
        QList<SchemaVersion> latest;
        for (auto it = state.schemaSubjects().begin(); it != state.schemaSubjects().end(); ++it) {
            if (!it->isEmpty())
                latest.append(it->back());
        }
        return latest;
    };
    return SchemaLibrary(versions, [&state](const QUuid &subject) {
        const Element *element = state.element(subject);
        return element ? element->name : subject.toString(QUuid::WithoutBraces);
    });
}

SchemaLibrary::~SchemaLibrary() = default;
SchemaLibrary::SchemaLibrary(SchemaLibrary &&other) noexcept = default;
SchemaLibrary &SchemaLibrary::operator=(SchemaLibrary &&other) noexcept = default;

const SchemaVersion *SchemaLibrary::versionOf(const QUuid &subject) const
{
    auto found = index().versions.constFind(subject);
    return found == index().versions.constEnd() ? nullptr : &*found;
}

const SchemaLibrary::Index &SchemaLibrary::index() const
{
    std::call_once(*m_indexOnce, [this] { buildIndex(); });
    return *m_index;
}

void SchemaLibrary::buildIndex() const
{
    m_index = std::make_unique<Index>();
    for (SchemaVersion &version : m_source())
        m_index->versions.insert(version.subject, std::move(version));
    // Each subject in a stable order, so a name two subjects declare has one owner.
    QList<QUuid> subjects = m_index->versions.keys();
    std::sort(subjects.begin(), subjects.end(), [this](const QUuid &a, const QUuid &b) {
        const QString na = m_subjectName(a), nb = m_subjectName(b);
        return na != nb ? na < nb : a < b;
    });
    for (const QUuid &subject : subjects)
        indexSubject(subject);
}

bool SchemaLibrary::indexSubject(const QUuid &subject) const
{
    const SchemaVersion &version = m_index->versions[subject];
    bool allNew = true;
    if (version.format == SchemaFormat::Avro) {
        auto schema = parseAvroJson(version.text);
        if (!schema)
            return true;
        walkAvro(*schema, {}, [&](const QString &full, const QJsonObject &definition) {
            if (m_index->avroTypes.emplace(full, subject).second)
                m_index->avroDefinitions.emplace(full, definition);
            else
                allNew = false;
        }, [](const QString &, const QString &) {});
    } else if (version.format == SchemaFormat::Protobuf) {
        auto file = ProtobufCompatibility::parse(version.text);
        if (!file)
            return true;
        for (const std::string &name : declaredProto(**file))
            allNew = m_index->protoTypes.emplace(name, subject).second && allNew;
        m_index->protoFiles.emplace(subject, *file);
    } else if (auto document = jsonSchemaDocument(version.text)) {
        if (const QString id = jsonDocumentId(*document); !id.isEmpty())
            allNew = m_index->jsonIds.emplace(id, subject).second && allNew;
        m_index->jsonDocuments.emplace(subject, *document);
    }
    return allNew;
}

void SchemaLibrary::add(const SchemaVersion &version)
{
    if (!m_index)
        return;   // not read yet: it reads the subjects when first asked
    const bool known = m_index->versions.contains(version.subject);
    m_index->versions.insert(version.subject, version);
    if (known || !indexSubject(version.subject)) {
        // What the subject declared before, or who owns a name now, needs a fresh read.
        m_index.reset();
        m_indexOnce = std::make_unique<std::once_flag>();
    }
}

QString SchemaLibrary::importPath(const QUuid &subject) const
{
    QString package;
    if (auto file = index().protoFiles.find(subject); file != index().protoFiles.end())
        package = q(file->second->package());
    const QString stem = snakeIdentifier(m_subjectName(subject)) + QStringLiteral(".proto");
    return package.isEmpty() ? stem : QString(package).replace(QLatin1Char('.'), QLatin1Char('/')) + QLatin1Char('/') + stem;
}

Result<QList<SchemaReference>> SchemaLibrary::referencesOf(const SchemaVersion &version) const
{
    QList<SchemaReference> references;
    auto add = [&](const QUuid &subject, const QString &name) {
        for (const SchemaReference &reference : references) {
            if (reference.subject == subject)
                return;
        }
        references.append({name, subject, versionOf(subject) ? versionOf(subject)->version : 1});
    };

    if (version.format == SchemaFormat::Avro) {
        auto schema = parseAvroJson(version.text);
        if (!schema)
            return schema.error();
        QSet<QString> local;
        QList<std::pair<QString, QString>> uses;
        walkAvro(*schema, {}, [&](const QString &full, const QJsonObject &) { local.insert(full); },
                 [&](const QString &name, const QString &ns) { uses.append({name, ns}); });
        for (const auto &[name, ns] : uses) {
            const QString qualified = name.contains(QLatin1Char('.')) || ns.isEmpty() ? name : ns + QLatin1Char('.') + name;
            if (local.contains(qualified) || local.contains(name))
                continue;
            const auto &types = index().avroTypes;
            auto found = types.find(qualified);
            if (found == types.end())
                found = types.find(name);
            if (found == types.end() || found->second == version.subject) {
                Error error = makeError(ErrorCode::InvalidInput, tr("unknown type \"%1\": no schema of this catalog declares it").arg(qualified),
                                        QStringLiteral("text"));
                return at(error, positionOf(version.text, name));
            }
            add(found->second, found->first);
        }
        return references;
    }
    if (version.format == SchemaFormat::JsonSchema) {
        const auto document = jsonSchemaDocument(version.text);
        if (!document)
            return references;
        const QString rootId = jsonDocumentId(*document);
        std::optional<Error> unknown;
        mapJsonRefs(*document, [&](const QString &ref) {
            if (unknown || isLocalJsonRef(ref, rootId))
                return ref;
            const QString target = jsonRefTarget(rootId, ref);
            const auto found = index().jsonIds.find(target);
            if (found == index().jsonIds.end() || found->second == version.subject) {
                Error error = makeError(ErrorCode::InvalidInput,
                                        tr("the $ref \"%1\" names no JSON Schema of this catalog (none has the $id %2)").arg(ref, target),
                                        QStringLiteral("text"));
                unknown = at(error, positionOf(version.text, ref));
            } else {
                add(found->second, target);
            }
            return ref;
        });
        if (unknown)
            return *unknown;
        return references;
    }
    if (version.format != SchemaFormat::Protobuf)
        return references;

    auto parsed = ProtobufCompatibility::parse(version.text);
    if (!parsed)
        return parsed.error();
    FileDescriptorProto file = **parsed;
    const std::set<std::string> local = declaredProto(file);
    QList<QUuid> referencedSubjects;
    for (const TypeUse &use : usesOf(file)) {
        // Most names resolve inside the file; only the others need the other subjects.
        const std::string inFile = resolveProto(use.field->type_name(), use.scope, [&](const std::string &name) { return local.count(name) > 0; });
        if (!inFile.empty() && (local.count(inFile) || isWellKnown(inFile)))
            continue;
        const auto &types = index().protoTypes;
        const std::string found = resolveProto(use.field->type_name(), use.scope, [&](const std::string &name) {
            return local.count(name) > 0 || types.count(name) > 0;
        });
        if (!found.empty() && (local.count(found) || isWellKnown(found)))
            continue;
        auto owner = found.empty() ? types.end() : types.find(found);
        if (owner == types.end() || owner->second == version.subject) {
            Error error = makeError(ErrorCode::InvalidInput,
                                    tr("field %1 has the type %2, which neither this schema nor any other schema of this catalog declares")
                                        .arg(q(use.field->name()), q(use.field->type_name())),
                                    QStringLiteral("text"));
            return at(error, sourcePosition(**parsed, use.path));
        }
        if (!referencedSubjects.contains(owner->second))
            referencedSubjects.append(owner->second);
    }
    // The file's own imports name the references where they can: by the canonical path, or
    // one import left for one reference left.
    QStringList imports;
    for (const std::string &dependency : file.dependency()) {
        if (dependency.rfind("google/protobuf/", 0) != 0)
            imports.append(q(dependency));
    }
    QList<QUuid> unnamed;
    for (const QUuid &subject : referencedSubjects) {
        const QString canonical = importPath(subject);
        if (imports.removeOne(canonical))
            add(subject, canonical);
        else
            unnamed.append(subject);
    }
    for (const QUuid &subject : unnamed)
        add(subject, unnamed.size() == 1 && imports.size() == 1 ? imports.first() : importPath(subject));
    std::stable_sort(references.begin(), references.end(), [&referencedSubjects](const SchemaReference &a, const SchemaReference &b) {
        return referencedSubjects.indexOf(a.subject) < referencedSubjects.indexOf(b.subject);
    });
    return references;
}

QString SchemaLibrary::withImports(const SchemaVersion &version, const QList<SchemaReference> &references) const
{
    if (version.format != SchemaFormat::Protobuf || references.isEmpty())
        return version.text;
    QString missing;
    for (const SchemaReference &reference : references) {
        const QRegularExpression imported(QStringLiteral("^\\s*import\\s+(public\\s+|weak\\s+)?\"%1\"").arg(QRegularExpression::escape(reference.name)),
                                          QRegularExpression::MultilineOption);
        if (!imported.match(version.text).hasMatch())
            missing += QStringLiteral("import \"%1\";\n").arg(reference.name);
    }
    if (missing.isEmpty())
        return version.text;
    // After the syntax and package statements, where imports belong.
    static const QRegularExpression header(QStringLiteral("^\\s*(syntax|edition|package)\\b[^;]*;[^\\n]*\\n"), QRegularExpression::MultilineOption);
    qsizetype at = 0;
    for (auto match = header.globalMatch(version.text); match.hasNext();)
        at = match.next().capturedEnd();
    return version.text.left(at) + missing + version.text.mid(at);
}

Result<void> SchemaLibrary::validate(const SchemaVersion &version) const
{
    if (version.format == SchemaFormat::JsonSchema) {
        if (auto surrogate = loneSurrogate(version.text); !surrogate)
            return surrogate.error();
        if (auto parsed = SchemaCompatibility::parse(version.format, version.text); !parsed)
            return parsed;
        if (auto references = referencesOf(version); !references)
            return references.error();
        return Ok{};
    }
    // Resolving the references reads the text and names any type no one declares; the
    // self-contained schema is then checked whole by its format's own parser.
    if (version.format == SchemaFormat::Protobuf) {
        if (auto references = referencesOf(version); !references)
            return references.error();
        auto built = selfContainedProtobuf(version);
        return built ? Result<void>(Ok{}) : Result<void>(built.error());
    }
    auto text = selfContained(version);
    if (!text)
        return text.error();
    if (*text == version.text)
        return SchemaCompatibility::parse(version.format, version.text);
    if (auto parsed = SchemaCompatibility::parse(version.format, *text); !parsed)
        return makeError(ErrorCode::InvalidInput, tr("with the types it uses from other subjects: %1").arg(parsed.error().message), QStringLiteral("text"));
    return Ok{};
}

Result<QString> SchemaLibrary::selfContained(const SchemaVersion &version) const
{
    auto references = referencesOf(version);
    if (!references)
        return references.error();
    if (references->isEmpty())
        return version.text;

    if (version.format == SchemaFormat::JsonSchema)
        return selfContainedJson(version);
    if (version.format == SchemaFormat::Avro) {
        auto schema = parseAvroJson(version.text);
        if (!schema)
            return schema.error();
        QSet<QString> defined;
        walkAvro(*schema, {}, [&](const QString &full, const QJsonObject &) { defined.insert(full); },
                 [](const QString &, const QString &) {});
        // Each referenced type is defined, under its full name, where it is first used.
        std::function<QJsonValue(const QJsonValue &, const QString &)> expand = [&](const QJsonValue &value, const QString &ns) -> QJsonValue {
            if (value.isArray()) {
                QJsonArray branches;
                for (const QJsonValue &branch : value.toArray())
                    branches.append(expand(branch, ns));
                return branches;
            }
            if (value.isString()) {
                const QString name = value.toString();
                if (kAvroPrimitives.contains(name))
                    return value;
                const QString qualified = name.contains(QLatin1Char('.')) || ns.isEmpty() ? name : ns + QLatin1Char('.') + name;
                if (defined.contains(qualified) || defined.contains(name))
                    return value;
                auto found = index().avroDefinitions.find(qualified);
                if (found == index().avroDefinitions.end())
                    found = index().avroDefinitions.find(name);
                if (found == index().avroDefinitions.end())
                    return value;
                // Under its own namespace, spelled out: what it names inside resolves as before.
                QJsonObject definition = found->second;
                definition.insert(QStringLiteral("name"), found->first.mid(found->first.lastIndexOf(QLatin1Char('.')) + 1));
                definition.insert(QStringLiteral("namespace"), avroNamespaceOf(found->first));
                return expand(definition, ns);
            }
            if (!value.isObject())
                return value;
            QJsonObject object = value.toObject();
            const QJsonValue type = object.value("type");
            if (!type.isString()) {
                object.insert(QStringLiteral("type"), expand(type, ns));
            } else if (kAvroNamedTypes.contains(type.toString())) {
                const QString full = avroFullName(object, ns);
                defined.insert(full);
                QJsonArray fields;
                for (const QJsonValue &field : object.value("fields").toArray()) {
                    QJsonObject copy = field.toObject();
                    copy.insert(QStringLiteral("type"), expand(copy.value("type"), avroNamespaceOf(full)));
                    fields.append(copy);
                }
                if (object.contains("fields"))
                    object.insert(QStringLiteral("fields"), fields);
            } else if (type.toString() == QLatin1String("array")) {
                object.insert(QStringLiteral("items"), expand(object.value("items"), ns));
            } else if (type.toString() == QLatin1String("map")) {
                object.insert(QStringLiteral("values"), expand(object.value("values"), ns));
            } else if (!kAvroPrimitives.contains(type.toString())) {
                object.insert(QStringLiteral("type"), expand(type, ns));
            }
            return object;
        };
        const QJsonValue expanded = expand(*schema, {});
        const QJsonDocument document = expanded.isArray() ? QJsonDocument(expanded.toArray()) : QJsonDocument(expanded.toObject());
        return QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    }

    return selfContainedProtobuf(version);
}

// Protobuf: the referenced top-level declarations (and what they use in turn) are copied
// into this file, renamed into its package when theirs differs; the file is then built as
// protoc builds it, so numbers, names and proto3's rules are checked too.
Result<QString> SchemaLibrary::selfContainedProtobuf(const SchemaVersion &version) const
{
    auto parsed = ProtobufCompatibility::parse(version.text);
    if (!parsed)
        return parsed.error();
    FileDescriptorProto file = **parsed;
    const std::string package = file.package();
    // The other subjects' types are indexed only when a use does not resolve in the file:
    // most schemas use nothing outside themselves, and a catalog adds thousands of them.
    const auto types = [this]() -> const std::map<std::string, QUuid> & { return index().protoTypes; };
    std::set<std::string> localTop;
    for (const DescriptorProto &message : file.message_type())
        localTop.insert(message.name());
    for (const auto &enumType : file.enum_type())
        localTop.insert(enumType.name());
    const std::set<std::string> local = declaredProto(file);

    std::map<std::string, std::string> moved;   // original top-level full name → new one
    auto known = [&](const std::string &name) { return local.count(name) > 0 || types().count(name) > 0; };
    // The top-level declaration of `name` in its subject's file, copied here once.
    std::function<void(const std::string &)> copyTopLevel = [&](const std::string &name) {
        const QUuid subject = types().at(name);
        const FileDescriptorProto &from = *index().protoFiles.at(subject);
        const std::string relative = from.package().empty() ? name : name.substr(from.package().size() + 1);
        const std::string topName = relative.substr(0, relative.find('.'));
        const std::string original = join(from.package(), topName);
        if (moved.count(original))
            return;
        std::string wanted = topName;
        for (int n = 2; localTop.count(wanted); ++n)
            wanted = topName + "_" + std::to_string(n);
        localTop.insert(wanted);
        moved.emplace(original, join(package, wanted));
        auto resolveIn = [&](DescriptorProto &message) {
            FileDescriptorProto holder;
            *holder.add_message_type() = message;
            for (TypeUse &use : usesOf(holder)) {
                const std::string scopeInOriginal = join(from.package(), use.scope);
                const std::string target = resolveProto(use.field->type_name(), scopeInOriginal, known);
                if (!target.empty() && !isWellKnown(target) && types().count(target) && !local.count(target))
                    copyTopLevel(target);
                use.field->set_type_name(target.empty() ? use.field->type_name() : "." + target);
            }
            message = holder.message_type(0);
        };
        for (const DescriptorProto &message : from.message_type()) {
            if (message.name() != topName)
                continue;
            DescriptorProto copy = message;
            resolveIn(copy);
            copy.set_name(wanted);
            *file.add_message_type() = copy;
        }
        for (const auto &enumType : from.enum_type()) {
            if (enumType.name() == topName) {
                auto copy = enumType;
                copy.set_name(wanted);
                *file.add_enum_type() = copy;
            }
        }
    };
    // Resolve this file's own uses first (copying what they need), then point every use at
    // where its type now is.
    const int ownMessages = file.message_type_size();
    for (int i = 0; i < ownMessages; ++i) {
        FileDescriptorProto holder;
        holder.set_package(package);
        *holder.add_message_type() = file.message_type(i);
        for (TypeUse &use : usesOf(holder)) {
            std::string target = resolveProto(use.field->type_name(), use.scope, [&](const std::string &name) { return local.count(name) > 0; });
            if (target.empty() || !(local.count(target) || isWellKnown(target)))
                target = resolveProto(use.field->type_name(), use.scope, known);
            if (!target.empty() && !isWellKnown(target) && !local.count(target) && types().count(target))
                copyTopLevel(target);
            if (!target.empty())
                use.field->set_type_name("." + target);
        }
        *file.mutable_message_type(i) = holder.message_type(0);
    }
    for (TypeUse &use : usesOf(file)) {
        std::string name = use.field->type_name().substr(1);
        for (const auto &[original, now] : moved) {
            if (name == original || name.rfind(original + ".", 0) == 0) {
                name = now + name.substr(original.size());
                break;
            }
        }
        use.field->set_type_name("." + name);
    }
    // Imports of other subjects' files are now inside; the well-known ones stay.
    google::protobuf::RepeatedPtrField<std::string> dependencies;
    std::set<std::string> wellKnownFiles;
    for (const std::string &dependency : file.dependency()) {
        if (dependency.rfind("google/protobuf/", 0) == 0)
            wellKnownFiles.insert(dependency);
    }
    for (TypeUse &use : usesOf(file)) {
        const std::string name = use.field->type_name().substr(1);
        if (!isWellKnown(name))
            continue;
        const auto *pool = google::protobuf::DescriptorPool::generated_pool();
        const auto *message = pool->FindMessageTypeByName(name);
        wellKnownFiles.insert(message ? message->file()->name() : pool->FindEnumTypeByName(name)->file()->name());
    }
    file.clear_dependency();
    file.clear_public_dependency();
    file.clear_weak_dependency();
    for (const std::string &dependency : wellKnownFiles)
        file.add_dependency(dependency);
    file.clear_source_code_info();
    file.set_name("self-contained.proto");

    google::protobuf::DescriptorPool pool;
    for (const std::string &dependency : wellKnownFiles)
        ProtobufCompatibility::addWellKnownFile(pool, dependency);
    FirstBuildError error;
    const auto *built = pool.BuildFileCollectingErrors(file, &error);
    if (!built)
        return makeError(ErrorCode::InvalidInput, error.message.isEmpty() ? tr("not a valid .proto file") : error.message, QStringLiteral("text"));
    return q(built->DebugString());
}

} // namespace mesh::catalog
