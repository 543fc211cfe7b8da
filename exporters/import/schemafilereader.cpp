#include "exporters/import/schemafilereader.h"

#include "exporters/import/jsonschemabundle.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <google/protobuf/compiler/importer.h>
#include <google/protobuf/descriptor.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>

#include <memory>
#include <vector>

namespace mesh::exporters {

using namespace mesh::catalog;

namespace {

bool isAvroPrimitive(const std::string &name)
{
    static const char *const kPrimitives[] = {"null", "boolean", "int", "long", "float", "double", "bytes", "string"};
    return std::any_of(std::begin(kPrimitives), std::end(kPrimitives), [&name](const char *primitive) { return name == primitive; });
}

// The named types an Avro schema declares and those it uses, by full name.
void avroNames(const Json &node, const std::string &space, QStringList &declares, QStringList &uses)
{
    if (node.is_string()) {
        const std::string name = node.get<std::string>();
        if (!isAvroPrimitive(name))
            uses.append(QString::fromStdString(name.find('.') == std::string::npos && !space.empty() ? space + "." + name : name));
        return;
    }
    if (node.is_array()) {
        for (const Json &item : node)
            avroNames(item, space, declares, uses);
        return;
    }
    if (!node.is_object())
        return;
    std::string inner = space;
    const std::string type = node.value("type", Json()).is_string() ? node["type"].get<std::string>() : std::string();
    if ((type == "record" || type == "error" || type == "enum" || type == "fixed") && node.contains("name") && node["name"].is_string()) {
        const std::string name = node["name"].get<std::string>();
        if (name.find('.') != std::string::npos)
            inner = name.substr(0, name.rfind('.'));
        else if (node.contains("namespace") && node["namespace"].is_string())
            inner = node["namespace"].get<std::string>();
        declares.append(QString::fromStdString(name.find('.') != std::string::npos || inner.empty() ? name : inner + "." + name));
    }
    if (node.contains("type") && !node["type"].is_string())
        avroNames(node["type"], inner, declares, uses);
    else if (!type.empty() && type != "record" && type != "error" && type != "enum" && type != "fixed" && type != "array" && type != "map")
        avroNames(node["type"], inner, declares, uses);
    for (const char *key : {"fields", "items", "values"}) {
        if (!node.contains(key))
            continue;
        if (std::string(key) == "fields" && node[key].is_array()) {
            for (const Json &field : node[key]) {
                if (field.is_object() && field.contains("type"))
                    avroNames(field["type"], inner, declares, uses);
            }
        } else {
            avroNames(node[key], inner, declares, uses);
        }
    }
}

// The files beside the schema and in the import paths, and Protobuf's well-known types
// (google/protobuf/timestamp.proto…) from the library itself, so that reading them needs
// no development headers on the machine.
class ProtoSourceTree final : public google::protobuf::compiler::SourceTree
{
public:
    google::protobuf::compiler::DiskSourceTree disk;

    google::protobuf::io::ZeroCopyInputStream *Open(const std::string &filename) override
    {
        if (auto *stream = disk.Open(filename))
            return stream;
        const auto *file = google::protobuf::DescriptorPool::generated_pool()->FindFileByName(filename);
        if (!file)
            return nullptr;
        m_texts.push_back(std::make_unique<std::string>(file->DebugString()));
        return new google::protobuf::io::ArrayInputStream(m_texts.back()->data(), int(m_texts.back()->size()));
    }
    std::string GetLastErrorMessage() override { return disk.GetLastErrorMessage(); }

private:
    std::vector<std::unique_ptr<std::string>> m_texts;
};

class ProtoErrors final : public google::protobuf::compiler::MultiFileErrorCollector
{
public:
    void AddError(const std::string &file, int line, int column, const std::string &message) override
    {
        if (first.isEmpty())
            first = QStringLiteral("%1:%2:%3: %4").arg(QString::fromStdString(file)).arg(line + 1).arg(column + 1).arg(QString::fromStdString(message));
        if (this->line == 0) {
            this->line = line + 1;
            this->column = column + 1;
        }
    }
    QString first;
    int line = 0, column = 0;
};

} // namespace

SchemaFileReader::SchemaFileReader(DocumentSet &documents, const ImportOptions &options, ImportedMesh &mesh)
    : m_documents(documents), m_options(options), m_mesh(mesh)
{
}

QString SchemaFileReader::contextFor(const QString &path, const QString &package) const
{
    if (!m_options.context.isEmpty())
        return m_options.context;
    // "shop.orders.v1" → "orders": a version is no context.
    static const QRegularExpression version(QStringLiteral("^v[0-9]+([a-z]+[0-9]*)?$"));
    QStringList parts = package.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    while (parts.size() > 1 && version.match(parts.constLast()).hasMatch())
        parts.removeLast();
    if (!parts.isEmpty())
        return parts.constLast();
    return QFileInfo(path).dir().dirName();
}

Result<void> SchemaFileReader::read(const QString &path, bool named)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("avsc"))
        return readAvro(path);
    if (suffix == QLatin1String("proto"))
        return readProto(path);
    return readJsonSchema(path, named);
}

Result<void> SchemaFileReader::readAvro(const QString &path)
{
    auto document = m_documents.load(path);
    if (!document)
        return document.error();
    const Json &schema = **document;
    Subject subject;
    avroNames(schema, std::string(), subject.declares, subject.uses);
    if (subject.declares.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("%1: the schema declares no named type (record, enum or fixed) to name a subject by")
                                                      .arg(DocumentSet::displayName(path)));
    const QString fullName = subject.declares.constFirst();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, tr("cannot read %1: %2").arg(DocumentSet::displayName(path), file.errorString()));
    subject.element.name = fullName.section(QLatin1Char('.'), -1);
    subject.element.context = contextFor(path, fullName.contains(QLatin1Char('.')) ? fullName.section(QLatin1Char('.'), 0, -2) : QString());
    subject.element.contextAlternatives = {contextFor(path, QString())};
    subject.element.source = DocumentSet::displayName(path);
    subject.element.fileStem = QFileInfo(path).fileName().section(QLatin1Char('.'), 0, 0);
    subject.element.schema = ImportedSchema{SchemaFormat::Avro, QString::fromUtf8(file.readAll()), {}, {}};
    m_subjects.append(std::move(subject));
    return Ok{};
}

Result<void> SchemaFileReader::readJsonSchema(const QString &path, bool named)
{
    auto document = m_documents.load(path);
    if (!document)
        return document.error();
    const Json &schema = **document;
    const bool looksLikeSchema = schema.is_object()
        && (schema.contains("$schema") || schema.contains("type") || schema.contains("properties") || schema.contains("$defs")
            || schema.contains("allOf") || schema.contains("oneOf") || schema.contains("anyOf"));
    if (!looksLikeSchema) {
        if (!named)
            return Ok{};
        return makeError(ErrorCode::InvalidInput, tr("%1: neither an AsyncAPI document (no \"asyncapi\" field) nor a JSON Schema")
                                                      .arg(DocumentSet::displayName(path)));
    }
    m_jsonSchemas.append({QFileInfo(path).absoluteFilePath(), named});
    return Ok{};
}

Result<void> SchemaFileReader::addJsonSchema(const QString &path)
{
    auto document = m_documents.load(path);
    if (!document)
        return document.error();
    const Json &schema = **document;
    auto bundled = bundleJsonSchema(m_documents, ResolvedNode{&schema, {path, "#"}}, std::string());
    if (!bundled)
        return bundled.error();
    QString text;
    // A file that stands alone keeps its own text, as written.
    if (*bundled == schema && QFileInfo(path).suffix().toLower() == QLatin1String("json")) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            text = QString::fromUtf8(file.readAll());
    }
    if (text.isEmpty())
        text = bundledSchemaText(*bundled);
    Subject subject;
    subject.element.name = QFileInfo(path).fileName().section(QLatin1Char('.'), 0, 0);
    subject.element.context = contextFor(path, QString());
    subject.element.source = DocumentSet::displayName(path);
    subject.element.fileStem = subject.element.name;
    subject.element.schema = ImportedSchema{SchemaFormat::JsonSchema, text, {}, {}};
    m_subjects.append(std::move(subject));
    return Ok{};
}

Result<void> SchemaFileReader::readProto(const QString &path)
{
    using namespace google::protobuf;
    ProtoSourceTree tree;
    const QFileInfo info(path);
    tree.disk.MapPath("", info.absolutePath().toStdString());
    for (const QString &folder : m_options.importPaths)
        tree.disk.MapPath("", QDir(folder).absolutePath().toStdString());
    ProtoErrors errors;
    compiler::Importer importer(&tree, &errors);
    const FileDescriptor *file = importer.Import(info.fileName().toStdString());
    if (!file) {
        // libprotoc names files by their import path: the one given is named as it was.
        QString message = errors.first.isEmpty() ? tr("%1: cannot be read").arg(DocumentSet::displayName(path)) : errors.first;
        if (message.startsWith(info.fileName() + QLatin1Char(':')))
            message.replace(0, info.fileName().size(), DocumentSet::displayName(path));
        Error error = makeError(ErrorCode::InvalidInput, message);
        error.line = errors.line;
        error.column = errors.column;
        return error;
    }
    return addProtoFile(file, info.absoluteFilePath());
}

Result<void> SchemaFileReader::addProtoFile(const google::protobuf::FileDescriptor *file, const QString &path)
{
    using namespace google::protobuf;
    if (m_protoFiles.contains(path))
        return Ok{};
    m_protoFiles.insert(path);
    if (file->message_type_count() == 0)
        return makeError(ErrorCode::InvalidInput, tr("%1: the file declares no message to name a subject by").arg(DocumentSet::displayName(path)));
    Subject subject;
    for (int i = 0; i < file->message_type_count(); ++i)
        subject.declares.append(QString::fromStdString(file->message_type(i)->full_name()));
    for (int i = 0; i < file->enum_type_count(); ++i)
        subject.declares.append(QString::fromStdString(file->enum_type(i)->full_name()));
    for (int i = 0; i < file->dependency_count(); ++i) {
        const FileDescriptor *dependency = file->dependency(i);
        if (DescriptorPool::generated_pool()->FindFileByName(dependency->name()))
            continue;   // a well-known type: every reader has it
        for (int m = 0; m < dependency->message_type_count(); ++m)
            subject.uses.append(QString::fromStdString(dependency->message_type(m)->full_name()));
        for (int e = 0; e < dependency->enum_type_count(); ++e)
            subject.uses.append(QString::fromStdString(dependency->enum_type(e)->full_name()));
        // The imported file is found where the importer found it.
        QString found;
        for (const QString &folder : QStringList{QFileInfo(path).absolutePath()} + m_options.importPaths) {
            const QString candidate = QDir(folder).absoluteFilePath(QString::fromStdString(dependency->name()));
            if (QFileInfo::exists(candidate)) {
                found = candidate;
                break;
            }
        }
        if (!found.isEmpty()) {
            if (auto added = addProtoFile(dependency, found); !added)
                return added;
        }
    }
    QFile text(path);
    if (!text.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, tr("cannot read %1: %2").arg(DocumentSet::displayName(path), text.errorString()));
    subject.element.name = QString::fromStdString(file->message_type(0)->name());
    subject.element.context = contextFor(path, QString::fromStdString(file->package()));
    subject.element.contextAlternatives = {contextFor(path, QString())};
    subject.element.source = DocumentSet::displayName(path);
    subject.element.fileStem = QFileInfo(path).fileName().section(QLatin1Char('.'), 0, 0);
    subject.element.schema = ImportedSchema{SchemaFormat::Protobuf, QString::fromUtf8(text.readAll()), {}, {}};
    m_subjects.append(std::move(subject));
    return Ok{};
}

Result<void> SchemaFileReader::finish()
{
    // JSON Schemas last: a file another one reaches through `$ref` is part of that one.
    QList<std::pair<QString, bool>> candidates = std::move(m_jsonSchemas);
    for (const auto &[path, named] : candidates) {
        auto document = m_documents.load(path);
        if (!document)
            return document.error();
        if (auto bundled = bundleJsonSchema(m_documents, ResolvedNode{*document, {path, "#"}}, std::string()); !bundled)
            return bundled.error();
    }
    for (const auto &[path, named] : candidates) {
        if (named || !m_documents.referencedFiles().contains(path)) {
            if (auto added = addJsonSchema(path); !added)
                return added;
        }
    }

    // Kahn's order over "declares a type the other uses"; what nothing declares is left to
    // the catalog, which names the missing type.
    QHash<QString, int> declaredBy;
    for (int i = 0; i < m_subjects.size(); ++i) {
        for (const QString &name : m_subjects[i].declares)
            declaredBy.insert(name, i);
    }
    QList<int> order;
    QList<int> state(m_subjects.size(), 0);   // 0 new, 1 visiting, 2 done
    std::function<void(int)> visit = [&](int i) {
        if (state[i] != 0)
            return;
        state[i] = 1;
        for (const QString &used : m_subjects[i].uses) {
            if (auto found = declaredBy.constFind(used); found != declaredBy.constEnd() && *found != i)
                visit(*found);
        }
        state[i] = 2;
        order.append(i);
    };
    for (int i = 0; i < m_subjects.size(); ++i)
        visit(i);
    for (int i : order) {
        if (auto added = m_mesh.add(m_subjects[i].element); !added)
            return added.error();
    }
    m_subjects.clear();
    return Ok{};
}

} // namespace mesh::exporters
