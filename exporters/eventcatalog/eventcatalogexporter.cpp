#include "exporters/filenames.h"
#include "exporters/formatexporters.h"
#include "exporters/jsontext.h"
#include "exporters/kafkatopic.h"
#include "exporters/subjectnames.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <map>

namespace mesh::exporters {

using namespace mesh::catalog;

namespace {

// Text for an MDX body: braces and angle brackets would be read as code and tags, and a
// paragraph that starts with "import" or "export" as an ES module statement run when the
// catalog is built; its first letter becomes a character reference, which MDX shows as text.
QString mdxText(const QString &text)
{
    QString result = text;
    result.replace(QLatin1Char('{'), QLatin1String("\\{")).replace(QLatin1Char('}'), QLatin1String("\\}"));
    result.replace(QLatin1Char('<'), QLatin1String("&lt;")).replace(QLatin1Char('>'), QLatin1String("&gt;"));
    QStringList lines = result.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        qsizetype start = 0;
        while (start < line.size() && line.at(start).isSpace())
            ++start;
        const QStringView rest = QStringView(line).mid(start);
        if (rest.startsWith(QLatin1String("import")) || rest.startsWith(QLatin1String("export")))
            line.replace(start, 1, rest.startsWith(QLatin1Char('i')) ? QLatin1String("&#x69;") : QLatin1String("&#x65;"));
    }
    return lines.join(QLatin1Char('\n'));
}

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

QByteArray page(const Json &frontmatter, const QString &body)
{
    return QByteArrayLiteral("---\n") + yamlBytes(frontmatter) + QByteArrayLiteral("---\n\n") + body.toUtf8() + '\n';
}

// A message's EventCatalog version follows its schema's: version N is "N.0.0".
std::string versionName(int schemaVersion)
{
    return std::to_string(schemaVersion) + ".0.0";
}

std::string versionOf(const ExportModel &model, const Element &element)
{
    const auto schema = model.latestSchema(element.id);
    return versionName(schema ? schema->version : 1);
}

// EventCatalog's folder for each kind of message; read models are what screens query.
QString messageFolder(ElementKind kind)
{
    switch (kind) {
    case ElementKind::Command:
        return QStringLiteral("commands");
    case ElementKind::ReadModel:
        return QStringLiteral("queries");
    default:
        break;
    }
    return QStringLiteral("events");
}

constexpr ElementKind kMessageKinds[] = {ElementKind::Event, ElementKind::Command, ElementKind::ReadModel};

class EventCatalogWriter
{
public:
    EventCatalogWriter(const ExportModel &model, UniquePaths &paths) : m_model(model), m_paths(paths) {}

    Result<Files> run()
    {
        assignIds();
        // Messages and channels first: the services link the AsyncAPI documents, which the
        // asyncapi format makes on another thread meanwhile. Waiting for them before anything
        // else left a core idle for most of a second in bench_export.
        for (ElementKind kind : kMessageKinds) {
            for (const Element *message : m_model.elements(kind))
                writeMessage(*message);
        }
        for (const Element *channel : m_model.elements(ElementKind::Channel))
            writeChannel(*channel);
        const auto &documents = asyncApiDocuments(m_model);
        if (!documents)
            return documents.error();
        for (const ServiceAsyncApi &document : *documents)
            m_asyncApi.emplace(document.service->id, document.yaml);
        for (const Element *context : m_model.elements(ElementKind::BoundedContext))
            writeDomain(*context);
        for (const Element *service : m_model.elements(ElementKind::Service)) {
            if (service->context.isNull())
                writeService(*service, QStringLiteral("eventcatalog"));
        }
        writeTeams();
        m_files.append({QStringLiteral("eventcatalog/eventcatalog.config.js"), config(catalogId()), QStringLiteral("eventcatalog")});
        m_paths.claim(QStringLiteral("eventcatalog"), QStringLiteral("eventcatalog.config"), QStringLiteral(".js"));
        m_files.append({m_paths.claim(QStringLiteral("eventcatalog"), QStringLiteral("package"), QStringLiteral(".json")), packageJson(),
                        QStringLiteral("eventcatalog")});
        return m_files;
    }

private:
    // EventCatalog ids are unique per resource type: an element's name, prefixed by its
    // context's when two contexts use the same name.
    void assignIds()
    {
        for (ElementKind kind : {ElementKind::BoundedContext, ElementKind::Service, ElementKind::Event, ElementKind::Command,
                                 ElementKind::ReadModel, ElementKind::Channel}) {
            QHash<QString, int> uses;
            const QList<const Element *> elements = m_model.elements(kind);
            for (const Element *element : elements)
                ++uses[safeFileName(element->name).toLower()];
            QSet<QString> taken;
            for (const Element *element : elements) {
                QString id = safeFileName(element->name);
                if (uses.value(id.toLower()) > 1)
                    id = safeFileName(m_model.contextName(*element) + QLatin1Char('-') + element->name);
                QString unique = id;
                for (int n = 2; taken.contains(unique.toLower()); ++n)
                    unique = id + QLatin1Char('-') + QString::number(n);
                taken.insert(unique.toLower());
                m_ids.insert(element->id, unique);
            }
        }
    }

    Json owners(const Element &element)
    {
        Json list = Json::array();
        if (!element.owner.isEmpty()) {
            list.push_back(utf8(safeFileName(element.owner)));
            m_teams.insert(safeFileName(element.owner), element.owner);
        }
        return list;
    }

    Json frontmatter(const Element &element, const std::string &version)
    {
        Json matter = {{"id", utf8(m_ids.value(element.id))}, {"name", utf8(element.name)}, {"version", version}};
        if (!element.description.isEmpty())
            matter["summary"] = utf8(element.description.simplified());
        if (Json list = owners(element); !list.empty())
            matter["owners"] = list;
        Json badges = Json::array();
        static const char *const kColours[] = {"gray", "yellow", "green", "orange", "red"};
        badges.push_back({{"content", utf8(lifecycleDisplayNameUntranslated(element.lifecycle))},
                          {"backgroundColor", kColours[int(element.lifecycle)]},
                          {"textColor", kColours[int(element.lifecycle)]}});
        matter["badges"] = badges;
        return matter;
    }

    static QString lifecycleDisplayNameUntranslated(Lifecycle lifecycle)
    {
        QString id = lifecycleId(lifecycle);
        return id.left(1).toUpper() + id.mid(1);
    }

    // A service's sends or receives: each message once, with the channels it goes through
    // ("to" for sends, "from" for receives) when there are any.
    struct Route {
        const Element *message;
        const Element *channel;   // null when the message goes directly
    };
    Json routes(const QList<Route> &list, const char *direction)
    {
        Json entries = Json::array();
        QHash<QUuid, size_t> index;
        for (const Route &route : list) {
            if (!m_ids.contains(route.message->id))
                continue;
            auto found = index.find(route.message->id);
            if (found == index.end()) {
                found = index.insert(route.message->id, entries.size());
                entries.push_back({{"id", utf8(m_ids.value(route.message->id))}, {"version", versionOf(m_model, *route.message)}});
            }
            if (!route.channel || !m_ids.contains(route.channel->id))
                continue;
            Json &channels = entries[*found][direction];
            const Json channel = {{"id", utf8(m_ids.value(route.channel->id))}};
            if (std::find(channels.begin(), channels.end(), channel) == channels.end())
                channels.push_back(channel);
        }
        return entries;
    }

    QList<Route> direct(const QList<const Element *> &messages)
    {
        QList<Route> list;
        for (const Element *message : messages)
            list.append(Route{message, nullptr});
        return list;
    }

    QList<Route> through(const QList<const Element *> &channels)
    {
        QList<Route> list;
        for (const Element *channel : channels) {
            for (const Element *message : m_model.related(channel->id, RelationKind::Carries, true))
                list.append(Route{message, channel});
        }
        return list;
    }

    void writeDomain(const Element &context)
    {
        const QString folder = m_paths.claim(QStringLiteral("eventcatalog/domains"), m_ids.value(context.id), QString());
        Json matter = frontmatter(context, "1.0.0");
        Json services = Json::array();
        for (const Element *service : m_model.elementsIn(context.id, ElementKind::Service)) {
            services.push_back({{"id", utf8(m_ids.value(service->id))}});
            writeService(*service, folder);
        }
        if (!services.empty())
            matter["services"] = services;
        const QString body = mdxText(context.description) + QStringLiteral("\n\n<NodeGraph />");
        m_files.append({m_paths.claim(folder, QStringLiteral("index"), QStringLiteral(".mdx")), page(matter, body.trimmed()),
                        QStringLiteral("eventcatalog")});
    }

    void writeService(const Element &service, const QString &domainFolder)
    {
        // Sends what it emits and what its published channels carry; receives what feeds it
        // and what its subscribed channels carry; commands it handles are received too.
        const QList<Route> sends = through(m_model.related(service.id, RelationKind::Publishes, true)) +
                                   direct(m_model.related(service.id, RelationKind::Emits, true));
        const QList<Route> receives = through(m_model.related(service.id, RelationKind::Subscribes, true)) +
                                      direct(m_model.related(service.id, RelationKind::Feeds, false)) +
                                      direct(m_model.related(service.id, RelationKind::HandledBy, false));

        Json matter = frontmatter(service, "1.0.0");
        if (Json list = routes(sends, "to"); !list.empty())
            matter["sends"] = list;
        if (Json list = routes(receives, "from"); !list.empty())
            matter["receives"] = list;
        const QString folder = m_paths.claim(domainFolder + QStringLiteral("/services"), m_ids.value(service.id), QString());
        QString body = mdxText(service.description) + QStringLiteral("\n\n<NodeGraph />");
        if (auto document = m_asyncApi.find(service.id); document != m_asyncApi.end()) {
            const QString path = m_paths.claim(folder, QStringLiteral("asyncapi"), QStringLiteral(".yaml"));
            m_files.append({path, document->second, QStringLiteral("eventcatalog")});
            matter["specifications"] = Json::array({{{"type", "asyncapi"}, {"path", utf8(path.section(QLatin1Char('/'), -1))}, {"name", "AsyncAPI"}}});
        }
        m_files.append({m_paths.claim(folder, QStringLiteral("index"), QStringLiteral(".mdx")), page(matter, body.trimmed()),
                        QStringLiteral("eventcatalog")});
    }

    // The latest version in the message's folder, each older one in versioned/<N.0.0>/,
    // every one with its own schema file.
    void writeMessage(const Element &message)
    {
        const QString folder = m_paths.claim(QStringLiteral("eventcatalog/") + messageFolder(message.kind), m_ids.value(message.id), QString());
        const QList<SchemaVersion> versions = m_model.schemaVersions(message.id);
        if (versions.isEmpty()) {
            writeMessageVersion(message, folder, versionOf(m_model, message), nullptr);
            return;
        }
        for (const SchemaVersion &version : versions) {
            const bool latest = &version == &versions.back();
            const QString versionFolder =
                latest ? folder : m_paths.claim(folder + QStringLiteral("/versioned"), q(versionName(version.version)), QString());
            writeMessageVersion(message, versionFolder, versionName(version.version), &version);
        }
    }

    void writeMessageVersion(const Element &message, const QString &folder, const std::string &version, const SchemaVersion *schema)
    {
        Json matter = frontmatter(message, version);
        QString body = mdxText(message.description);
        if (schema) {
            const QString extension = schema->format == SchemaFormat::JsonSchema ? QStringLiteral(".json") : schemaFileExtension(schema->format);
            const QString schemaFile = m_paths.claim(folder, QStringLiteral("schema"), extension);
            matter["schemaPath"] = utf8(schemaFile.section(QLatin1Char('/'), -1));
            // A schema file stands alone: the types it uses from other subjects go inside.
            auto selfContained = m_model.schemaLibrary().selfContained(*schema);
            QByteArray text = (selfContained ? *selfContained : schema->text).toUtf8();
            if (!text.endsWith('\n'))
                text += '\n';
            m_files.append({schemaFile, text, QStringLiteral("eventcatalog")});
            body += QStringLiteral("\n\n## Schema\n\n<Schema file=\"%1\" />").arg(schemaFile.section(QLatin1Char('/'), -1));
        }
        m_files.append({m_paths.claim(folder, QStringLiteral("index"), QStringLiteral(".mdx")), page(matter, body.trimmed()),
                        QStringLiteral("eventcatalog")});
    }

    // channels/<id>/index.mdx: the Kafka topic; services name it in their sends and receives.
    void writeChannel(const Element &channel)
    {
        const QString folder = m_paths.claim(QStringLiteral("eventcatalog/channels"), m_ids.value(channel.id), QString());
        Json matter = frontmatter(channel, "1.0.0");
        matter["address"] = utf8(kafkaTopicOf(channel).name);
        matter["protocols"] = Json::array({"kafka"});
        const QString body = mdxText(channel.description) + QStringLiteral("\n\n<ChannelInformation />");
        m_files.append({m_paths.claim(folder, QStringLiteral("index"), QStringLiteral(".mdx")), page(matter, body.trimmed()),
                        QStringLiteral("eventcatalog")});
    }

    void writeTeams()
    {
        QMap<QString, const Element *> teamElements;
        for (const Element *team : m_model.elements(ElementKind::Team)) {
            teamElements.insert(safeFileName(team->name), team);
            m_teams.insert(safeFileName(team->name), team->name);
        }
        for (auto it = m_teams.begin(); it != m_teams.end(); ++it) {
            Json matter = {{"id", utf8(it.key())}, {"name", utf8(it.value())}};
            QString body;
            if (const Element *team = teamElements.value(it.key())) {
                if (!team->description.isEmpty())
                    matter["summary"] = utf8(team->description.simplified());
                if (const QString contact = team->attributes.value(QLatin1String("contact")).toString(); !contact.isEmpty())
                    matter["email"] = utf8(contact);
                body = mdxText(team->description);
            }
            m_files.append({m_paths.claim(QStringLiteral("eventcatalog/teams"), it.key(), QStringLiteral(".mdx")), page(matter, body),
                            QStringLiteral("eventcatalog")});
        }
    }

    // The project EventCatalog builds: an ES module, so the config is read as it is.
    static QByteArray packageJson()
    {
        const Json package = {{"name", "event-catalog"},
                              {"version", "1.0.0"},
                              {"private", true},
                              {"type", "module"},
                              {"scripts", {{"dev", "eventcatalog dev"}, {"build", "eventcatalog build"}}},
                              {"dependencies", {{"@eventcatalog/core", "^3.48.4"}}}};
        return orderedJsonBytes(package);
    }

    // EventCatalog writes a random catalog id into the config on its first build, which
    // would change the exported folder; one derived from the bounded contexts stays put.
    QString catalogId() const
    {
        QStringList ids;
        for (const Element *context : m_model.elements(ElementKind::BoundedContext))
            ids.append(context->id.toString(QUuid::WithoutBraces));
        ids.sort();
        static const QUuid kNamespace(QStringLiteral("6d3f6a52-6b8e-4c57-9a51-3c1f0e0e2a11"));
        return QUuid::createUuidV5(kNamespace, ids.join(QLatin1Char(','))).toString(QUuid::WithoutBraces);
    }

    static QByteArray config(const QString &catalogId)
    {
        return QByteArrayLiteral("/** @type {import('@eventcatalog/core/bin/eventcatalog.config').Config} */\n"
                                 "export default {\n"
                                 "  cId: '") + catalogId.toLatin1() + QByteArrayLiteral("',\n"
                                 "  title: 'Event catalog',\n"
                                 "  tagline: 'Bounded contexts, services and the messages between them, from Mesh Studio',\n"
                                 "  organizationName: 'Mesh Studio',\n"
                                 "  trailingSlash: false,\n"
                                 "  base: '/',\n"
                                 "};\n");
    }

    const ExportModel &m_model;
    UniquePaths &m_paths;
    Files m_files;
    QHash<QUuid, QString> m_ids;
    QMap<QString, QString> m_teams;   // id → name
    std::map<QUuid, QByteArray> m_asyncApi;   // by service
};

} // namespace

// eventcatalog/: an EventCatalog project folder (domains with their services and their
// AsyncAPI documents, events, commands and queries with every schema version, channels,
// teams), ready for `npx @eventcatalog/core build`.
Result<Files> exportEventCatalog(const ExportModel &model, UniquePaths &paths)
{
    return EventCatalogWriter(model, paths).run();
}

} // namespace mesh::exporters
