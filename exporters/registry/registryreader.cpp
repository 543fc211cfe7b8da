#include "exporters/registry/registryreader.h"

#include "catalog/model/attributefield.h"
#include "exporters/import/documentset.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QUrl>

#include <google/protobuf/compiler/parser.h>
#include <google/protobuf/descriptor.pb.h>
#include <google/protobuf/io/tokenizer.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>

#include <algorithm>

namespace mesh::exporters {

using namespace mesh::catalog;

namespace {

// The record a schema declares, by its full name ("com.shop.OrderPlaced").
QString recordName(SchemaFormat format, const QString &text)
{
    if (format == SchemaFormat::Protobuf) {
        google::protobuf::FileDescriptorProto file;
        const std::string source = text.toStdString();
        google::protobuf::io::ArrayInputStream input(source.data(), int(source.size()));
        google::protobuf::io::Tokenizer tokenizer(&input, nullptr);
        google::protobuf::compiler::Parser parser;
        if (!parser.Parse(&tokenizer, &file) || file.message_type_size() == 0)
            return {};
        const QString package = QString::fromStdString(file.package());
        return (package.isEmpty() ? QString() : package + QLatin1Char('.')) + QString::fromStdString(file.message_type(0).name());
    }
    const Json schema = Json::parse(text.toStdString(), nullptr, false);
    if (!schema.is_object())
        return {};
    if (format == SchemaFormat::JsonSchema)
        return schema.value("title", Json()).is_string() ? QString::fromStdString(schema["title"].get<std::string>()) : QString();
    if (!schema.value("name", Json()).is_string())
        return {};
    const QString name = QString::fromStdString(schema["name"].get<std::string>());
    if (name.contains(QLatin1Char('.')) || !schema.value("namespace", Json()).is_string())
        return name;
    const QString space = QString::fromStdString(schema["namespace"].get<std::string>());
    return space.isEmpty() ? name : space + QLatin1Char('.') + name;
}

// "shop.orders.v1" → "orders": a version is no context.
QString contextOfPackage(const QString &package)
{
    static const QRegularExpression version(QStringLiteral("^v[0-9]+([a-z]+[0-9]*)?$"));
    QStringList parts = package.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    while (parts.size() > 1 && version.match(parts.constLast()).hasMatch())
        parts.removeLast();
    return parts.isEmpty() ? QString() : parts.constLast();
}

} // namespace

bool RegistryReader::isRegistryFolder(const QString &folder)
{
    return QFileInfo(QDir(folder).filePath(QStringLiteral("subjects.tsv"))).isFile();
}

Result<void> RegistryReader::read(const QString &folder, const ImportOptions &options, ImportedMesh &mesh)
{
    const QDir root(folder);
    QFile list(root.filePath(QStringLiteral("subjects.tsv")));
    if (!list.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, tr("cannot read %1: %2").arg(DocumentSet::displayName(list.fileName()), list.errorString()));
    int lineNumber = 0;
    for (const QByteArray &line : list.readAll().split('\n')) {
        ++lineNumber;
        if (line.trimmed().isEmpty())
            continue;
        const QList<QByteArray> columns = line.split('\t');
        const QString subjectFolder = QString::fromUtf8(columns.value(0));
        const QString subject = QUrl::fromPercentEncoding(columns.value(1, columns.value(0)));
        const QDir versions(root.filePath(subjectFolder));
        if (subjectFolder.isEmpty() || subjectFolder.contains(QLatin1String("..")) || !versions.exists())
            return makeError(ErrorCode::InvalidInput, tr("%1:%2: no subject folder \"%3\"").arg(DocumentSet::displayName(list.fileName())).arg(lineNumber).arg(subjectFolder));
        QStringList bodies = versions.entryList({QStringLiteral("v*.json")}, QDir::Files);
        std::sort(bodies.begin(), bodies.end(), [](const QString &a, const QString &b) { return a.mid(1).section(QLatin1Char('.'), 0, 0).toInt() < b.mid(1).section(QLatin1Char('.'), 0, 0).toInt(); });
        QList<ImportedSchema> schemas;
        for (const QString &body : bodies) {
            const QString path = versions.filePath(body);
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return makeError(ErrorCode::NotFound, tr("cannot read %1: %2").arg(DocumentSet::displayName(path), file.errorString()));
            auto parsed = parseJson(QString::fromUtf8(file.readAll()), DocumentSet::displayName(path));
            if (!parsed)
                return parsed.error();
            if (!parsed->is_object() || !parsed->value("schema", Json()).is_string())
                return makeError(ErrorCode::InvalidInput, tr("%1: a registry body has its schema as a string in \"schema\"").arg(DocumentSet::displayName(path)));
            const std::string type = parsed->value("schemaType", std::string("AVRO"));
            ImportedSchema schema;
            if (type == "AVRO")
                schema.format = SchemaFormat::Avro;
            else if (type == "PROTOBUF")
                schema.format = SchemaFormat::Protobuf;
            else if (type == "JSON")
                schema.format = SchemaFormat::JsonSchema;
            else
                return makeError(ErrorCode::InvalidInput, tr("%1: unknown schemaType \"%2\" (AVRO, PROTOBUF or JSON)").arg(DocumentSet::displayName(path), QString::fromStdString(type)));
            schema.text = QString::fromStdString((*parsed)["schema"].get<std::string>());
            schema.usesReferences = parsed->value("references", Json::array()).is_array() && !(*parsed)["references"].empty();
            schemas.append(schema);
        }
        if (schemas.isEmpty())
            continue;
        const ImportedSchema &latest = schemas.constLast();
        const QString record = recordName(latest.format, latest.text);
        ImportedElement message;
        message.kind = ElementKind::Event;
        message.name = record.isEmpty() ? subject : record.section(QLatin1Char('.'), -1);
        message.source = DocumentSet::displayName(versions.filePath(bodies.constLast()));
        message.context = options.context.isEmpty() && record.contains(QLatin1Char('.')) ? contextOfPackage(record.section(QLatin1Char('.'), 0, -2)) : options.context;
        message.contextGuessed = true;
        message.schema = latest;
        message.earlierSchemas = schemas.mid(0, schemas.size() - 1);
        // The channel a topic strategy names the subject after.
        QString topic;
        if (subject.endsWith(QLatin1String("-value")))
            topic = subject.chopped(6);
        else if (!record.isEmpty() && subject.endsWith(QLatin1Char('-') + record))
            topic = subject.chopped(record.size() + 1);
        message.onlyMessageOfChannel = subject.endsWith(QLatin1String("-value"));
        auto index = mesh.add(message);
        if (!index)
            return index.error();
        if (!topic.isEmpty() && isKafkaTopicName(topic)) {
            ImportedElement channel;
            channel.kind = ElementKind::Channel;
            channel.name = topic;
            channel.context = message.context;
            channel.contextGuessed = true;
            channel.attributes.insert(QStringLiteral("topic"), topic);
            channel.source = DocumentSet::displayName(list.fileName());
            auto channelIndex = mesh.add(channel);
            if (!channelIndex)
                return channelIndex.error();
            mesh.relate(RelationKind::Carries, *channelIndex, *index);
        }
    }
    return Ok{};
}

} // namespace mesh::exporters
