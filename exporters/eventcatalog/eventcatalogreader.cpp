#include "exporters/eventcatalog/eventcatalogreader.h"

#include "catalog/model/attributefield.h"
#include "exporters/asyncapi/asyncapireader.h"
#include "exporters/import/documentset.h"
#include "exporters/subjectnames.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <map>

namespace mesh::exporters {

using namespace mesh::catalog;

namespace {

QString text(const Json &object, const char *key)
{
    const auto found = object.is_object() ? object.find(key) : object.end();
    return found != object.end() && found->is_string() ? QString::fromStdString(found->get<std::string>()) : QString();
}

// "2.0.0" → 2; versions that are not numbers sort as text after the numbered ones.
std::pair<int, QString> versionKey(const QString &version)
{
    bool number = false;
    const int major = version.section(QLatin1Char('.'), 0, 0).toInt(&number);
    return {number ? major : 1 << 30, version};
}

class Reader
{
public:
    Reader(DocumentSet &documents, const QString &folder, const ImportOptions &options, ImportedMesh &mesh)
        : m_documents(documents), m_root(folder), m_options(options), m_mesh(mesh)
    {
    }

    Result<void> read()
    {
        if (auto teams = readTeams(); !teams)
            return teams;
        if (auto channels = readChannels(); !channels)
            return channels;
        for (const auto &[folder, kind] : {std::pair{"events", ElementKind::Event}, std::pair{"commands", ElementKind::Command},
                                           std::pair{"queries", ElementKind::ReadModel}}) {
            if (auto messages = readMessages(QString::fromLatin1(folder), kind); !messages)
                return messages;
        }
        // Services in their domains, and any outside one.
        const QDir domains(m_root.filePath(QStringLiteral("domains")));
        for (const QString &domain : domains.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            auto page = frontMatter(domains.filePath(domain + QStringLiteral("/index.mdx")));
            if (!page)
                return page.error();
            ImportedElement context;
            context.kind = ElementKind::BoundedContext;
            context.name = nameOf(*page, domain);
            readCommon(*page, context, domains.filePath(domain + QStringLiteral("/index.mdx")));
            if (auto added = m_mesh.add(context); !added)
                return added.error();
            if (auto services = readServices(domains.filePath(domain + QStringLiteral("/services")), context.name); !services)
                return services;
        }
        if (auto services = readServices(m_root.filePath(QStringLiteral("services")), m_options.context); !services)
            return services;
        // The services' AsyncAPI documents once every page has placed what it sends.
        for (const auto &[path, context] : std::as_const(m_specifications)) {
            ImportOptions inDomain = m_options;
            if (!context.isEmpty())
                inDomain.context = context;
            if (auto read = AsyncApiReader::read(m_documents, path, inDomain, m_mesh); !read)
                return read;
        }
        m_mesh.settleContexts();
        return Ok{};
    }

private:
    Result<Json> frontMatter(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::NotFound, EventCatalogReader::tr("cannot read %1: %2").arg(DocumentSet::displayName(path), file.errorString()));
        const QByteArray content = file.readAll();
        if (!content.startsWith("---"))
            return makeError(ErrorCode::InvalidInput, EventCatalogReader::tr("%1: the page has no front matter (--- … ---)").arg(DocumentSet::displayName(path)));
        const qsizetype end = content.indexOf("\n---", 3);
        if (end < 0)
            return makeError(ErrorCode::InvalidInput, EventCatalogReader::tr("%1: the front matter has no closing ---").arg(DocumentSet::displayName(path)));
        auto matter = yamlToJson(content.mid(content.indexOf('\n') + 1, end - content.indexOf('\n')), path);
        if (!matter)
            return matter.error();
        if (!matter->is_object())
            return makeError(ErrorCode::InvalidInput, EventCatalogReader::tr("%1: the front matter is not a mapping").arg(DocumentSet::displayName(path)));
        return matter;
    }

    static QString nameOf(const Json &page, const QString &fallback)
    {
        const QString name = text(page, "name");
        return name.isEmpty() ? (text(page, "id").isEmpty() ? fallback : text(page, "id")) : name;
    }

    // Summary, owners (by the team's name), lifecycle (the badge the export writes).
    void readCommon(const Json &page, ImportedElement &element, const QString &path)
    {
        element.source = DocumentSet::displayName(path);
        if (page.contains("summary")) {
            element.description = text(page, "summary");
            element.descriptionSimplified = true;
        }
        if (const auto owners = page.find("owners"); owners != page.end() && owners->is_array() && !owners->empty()) {
            const Json &first = owners->front();
            const QString id = first.is_string() ? QString::fromStdString(first.get<std::string>()) : text(first, "id");
            element.owner = m_teamNames.value(id, id);
        }
        if (const auto badges = page.find("badges"); badges != page.end() && badges->is_array()) {
            for (const Json &badge : *badges) {
                if (auto lifecycle = lifecycleFromId(text(badge, "content").toLower())) {
                    element.lifecycle = *lifecycle;
                    break;
                }
            }
        }
    }

    Result<void> readTeams()
    {
        const QDir teams(m_root.filePath(QStringLiteral("teams")));
        for (const QString &file : teams.entryList({QStringLiteral("*.mdx"), QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
            auto page = frontMatter(teams.filePath(file));
            if (!page)
                return page.error();
            ImportedElement team;
            team.kind = ElementKind::Team;
            team.name = nameOf(*page, QFileInfo(file).completeBaseName());
            readCommon(*page, team, teams.filePath(file));
            team.owner.reset();
            if (const QString email = text(*page, "email"); !email.isEmpty())
                team.attributes.insert(QStringLiteral("contact"), email);
            m_teamNames.insert(text(*page, "id").isEmpty() ? QFileInfo(file).completeBaseName() : text(*page, "id"), team.name);
            if (auto added = m_mesh.add(team); !added)
                return added.error();
        }
        return Ok{};
    }

    Result<void> readChannels()
    {
        const QDir channels(m_root.filePath(QStringLiteral("channels")));
        for (const QString &folder : channels.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QString path = channels.filePath(folder + QStringLiteral("/index.mdx"));
            auto page = frontMatter(path);
            if (!page)
                return page.error();
            ImportedElement channel;
            channel.kind = ElementKind::Channel;
            channel.name = nameOf(*page, folder);
            readCommon(*page, channel, path);
            channel.context = m_options.context;
            channel.contextGuessed = true;
            const QString address = text(*page, "address").isEmpty() ? text(*page, "id") : text(*page, "address");
            if (isKafkaTopicName(address))
                channel.attributes.insert(QStringLiteral("topic"), address);
            else
                channel.attributes.insert(QStringLiteral("address"), address);
            auto index = m_mesh.add(channel);
            if (!index)
                return index.error();
            m_channels.insert(text(*page, "id").isEmpty() ? folder : text(*page, "id"), *index);
        }
        return Ok{};
    }

    Result<std::optional<ImportedSchema>> schemaOf(const Json &page, const QString &folder)
    {
        const QString file = text(page, "schemaPath");
        if (file.isEmpty())
            return std::optional<ImportedSchema>();
        const QString path = QDir(folder).filePath(file);
        const auto format = schemaFormatOfFile(path);
        if (!format) {
            m_mesh.warnings.append(EventCatalogReader::tr("%1: a schema of a kind the catalog does not keep; left out").arg(DocumentSet::displayName(path)));
            return std::optional<ImportedSchema>();
        }
        QFile schema(path);
        if (!schema.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::NotFound, EventCatalogReader::tr("cannot read %1: %2").arg(DocumentSet::displayName(path), schema.errorString()));
        return std::optional<ImportedSchema>(ImportedSchema{*format, QString::fromUtf8(schema.readAll()), {}, {}});
    }

    Result<void> readMessages(const QString &folderName, ElementKind kind)
    {
        const QDir messages(m_root.filePath(folderName));
        for (const QString &folder : messages.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QString path = messages.filePath(folder + QStringLiteral("/index.mdx"));
            auto page = frontMatter(path);
            if (!page)
                return page.error();
            ImportedElement message;
            message.kind = kind;
            message.kindGiven = true;
            message.name = nameOf(*page, folder);
            readCommon(*page, message, path);
            message.context = m_options.context;
            message.contextGuessed = true;
            auto schema = schemaOf(*page, messages.filePath(folder));
            if (!schema)
                return schema.error();
            message.schema = *schema;
            // Older versions, oldest first.
            const QDir versioned(messages.filePath(folder + QStringLiteral("/versioned")));
            QStringList versions = versioned.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
            std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) { return versionKey(a) < versionKey(b); });
            for (const QString &version : versions) {
                auto older = frontMatter(versioned.filePath(version + QStringLiteral("/index.mdx")));
                if (!older)
                    return older.error();
                auto olderSchema = schemaOf(*older, versioned.filePath(version));
                if (!olderSchema)
                    return olderSchema.error();
                if (*olderSchema)
                    message.earlierSchemas.append(**olderSchema);
            }
            auto index = m_mesh.add(message);
            if (!index)
                return index.error();
            m_messages.insert(text(*page, "id").isEmpty() ? folder : text(*page, "id"), *index);
        }
        return Ok{};
    }

    Result<void> readServices(const QString &folderPath, const QString &context)
    {
        const QDir services(folderPath);
        for (const QString &folder : services.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QString path = services.filePath(folder + QStringLiteral("/index.mdx"));
            auto page = frontMatter(path);
            if (!page)
                return page.error();
            ImportedElement service;
            service.kind = ElementKind::Service;
            service.name = nameOf(*page, folder);
            readCommon(*page, service, path);
            service.context = context;
            service.contextGiven = !context.isEmpty();
            service.contextGuessed = context.isEmpty();
            auto index = m_mesh.add(service);
            if (!index)
                return index.error();
            if (const auto specifications = page->find("specifications"); specifications != page->end() && specifications->is_array()) {
                for (const Json &specification : *specifications) {
                    if (text(specification, "type") == QLatin1String("asyncapi") && !text(specification, "path").isEmpty())
                        m_specifications.append({services.filePath(folder + QLatin1Char('/') + text(specification, "path")), context});
                }
            }
            for (const auto &[key, send] : {std::pair{"sends", true}, std::pair{"receives", false}}) {
                const auto list = page->find(key);
                if (list == page->end() || !list->is_array())
                    continue;
                for (const Json &entry : *list) {
                    const QString id = text(entry, "id");
                    const auto message = m_messages.constFind(id);
                    if (message == m_messages.constEnd()) {
                        m_mesh.warnings.append(EventCatalogReader::tr("%1: %2 names the message \"%3\", which the catalog folder does not have")
                                                   .arg(DocumentSet::displayName(path), QString::fromLatin1(key), id));
                        continue;
                    }
                    if (send)
                        m_mesh.claim(*message, context);
                    m_mesh.relate(send ? RelationKind::Emits : RelationKind::Feeds, send ? *index : *message, send ? *message : *index);
                    const auto channels = entry.find(send ? "to" : "from");
                    if (channels == entry.end() || !channels->is_array())
                        continue;
                    for (const Json &target : *channels) {
                        const auto channel = m_channels.constFind(text(target, "id"));
                        if (channel == m_channels.constEnd())
                            continue;
                        if (send)
                            m_mesh.claim(*channel, context);
                        m_mesh.relate(send ? RelationKind::Publishes : RelationKind::Subscribes, *index, *channel);
                        m_mesh.relate(RelationKind::Carries, *channel, *message);
                    }
                }
            }
        }
        return Ok{};
    }

    DocumentSet &m_documents;
    const QDir m_root;
    const ImportOptions &m_options;
    ImportedMesh &m_mesh;
    QHash<QString, QString> m_teamNames;   // team id → name
    QHash<QString, int> m_channels, m_messages;   // page id → element
    QList<std::pair<QString, QString>> m_specifications;   // a service's AsyncAPI document, its domain
};

} // namespace

bool EventCatalogReader::isEventCatalog(const QString &folder)
{
    const QDir dir(folder);
    return dir.exists(QStringLiteral("eventcatalog.config.js"))
        || (dir.exists(QStringLiteral("domains")) && (dir.exists(QStringLiteral("events")) || dir.exists(QStringLiteral("services"))));
}

Result<void> EventCatalogReader::read(DocumentSet &documents, const QString &folder, const ImportOptions &options, ImportedMesh &mesh)
{
    return Reader(documents, folder, options, mesh).read();
}

} // namespace mesh::exporters
