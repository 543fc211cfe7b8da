#include "exporters/filenames.h"
#include "exporters/formatexporters.h"
#include "exporters/jsontext.h"
#include "exporters/subjectnames.h"

#include <QMap>
#include <QSet>

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

QByteArray page(const Json &frontmatter, const QString &body)
{
    return QByteArrayLiteral("---\n") + yamlBytes(frontmatter) + QByteArrayLiteral("---\n\n") + body.toUtf8() + '\n';
}

std::string versionOf(const ExportModel &model, const Element &element)
{
    const auto schema = model.latestSchema(element.id);
    return std::to_string(schema ? schema->version : 1) + ".0.0";
}

class EventCatalogWriter
{
public:
    EventCatalogWriter(const ExportModel &model, UniquePaths &paths) : m_model(model), m_paths(paths) {}

    Files run()
    {
        assignIds();
        for (const Element *context : m_model.elements(ElementKind::BoundedContext))
            writeDomain(*context);
        for (const Element *service : m_model.elements(ElementKind::Service)) {
            if (service->context.isNull())
                writeService(*service, QStringLiteral("eventcatalog"));
        }
        for (ElementKind kind : {ElementKind::Event, ElementKind::Command}) {
            for (const Element *message : m_model.elements(kind))
                writeMessage(*message);
        }
        writeTeams();
        m_files.append({QStringLiteral("eventcatalog/eventcatalog.config.js"), config(), QStringLiteral("eventcatalog")});
        m_paths.claim(QStringLiteral("eventcatalog"), QStringLiteral("eventcatalog.config"), QStringLiteral(".js"));
        return m_files;
    }

private:
    // EventCatalog ids are unique per resource type: an element's name, prefixed by its
    // context's when two contexts use the same name.
    void assignIds()
    {
        for (ElementKind kind : {ElementKind::BoundedContext, ElementKind::Service, ElementKind::Event, ElementKind::Command}) {
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

    Json references(const QList<const Element *> &elements)
    {
        Json list = Json::array();
        QSet<QUuid> seen;
        for (const Element *element : elements) {
            if (!m_ids.contains(element->id) || seen.contains(element->id))
                continue;
            seen.insert(element->id);
            list.push_back({{"id", utf8(m_ids.value(element->id))}, {"version", versionOf(m_model, *element)}});
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
        QList<const Element *> sends = m_model.related(service.id, RelationKind::Emits, true);
        for (const Element *channel : m_model.related(service.id, RelationKind::Publishes, true))
            sends += m_model.related(channel->id, RelationKind::Carries, true);
        QList<const Element *> receives = m_model.related(service.id, RelationKind::Feeds, false);
        receives += m_model.related(service.id, RelationKind::HandledBy, false);
        for (const Element *channel : m_model.related(service.id, RelationKind::Subscribes, true))
            receives += m_model.related(channel->id, RelationKind::Carries, true);

        Json matter = frontmatter(service, "1.0.0");
        if (Json list = references(sends); !list.empty())
            matter["sends"] = list;
        if (Json list = references(receives); !list.empty())
            matter["receives"] = list;
        const QString folder = m_paths.claim(domainFolder + QStringLiteral("/services"), m_ids.value(service.id), QString());
        const QString body = mdxText(service.description) + QStringLiteral("\n\n<NodeGraph />");
        m_files.append({m_paths.claim(folder, QStringLiteral("index"), QStringLiteral(".mdx")), page(matter, body.trimmed()),
                        QStringLiteral("eventcatalog")});
    }

    void writeMessage(const Element &message)
    {
        const QString type = message.kind == ElementKind::Event ? QStringLiteral("events") : QStringLiteral("commands");
        const QString folder = m_paths.claim(QStringLiteral("eventcatalog/") + type, m_ids.value(message.id), QString());
        Json matter = frontmatter(message, versionOf(m_model, message));
        QString body = mdxText(message.description);
        if (const auto schema = m_model.latestSchema(message.id)) {
            const QString extension = schema->format == SchemaFormat::JsonSchema ? QStringLiteral(".json") : schemaFileExtension(schema->format);
            const QString schemaFile = m_paths.claim(folder, QStringLiteral("schema"), extension);
            matter["schemaPath"] = utf8(schemaFile.section(QLatin1Char('/'), -1));
            QByteArray text = schema->text.toUtf8();
            if (!text.endsWith('\n'))
                text += '\n';
            m_files.append({schemaFile, text, QStringLiteral("eventcatalog")});
            body += QStringLiteral("\n\n## Schema\n\n<Schema file=\"%1\" />").arg(schemaFile.section(QLatin1Char('/'), -1));
        }
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

    static QByteArray config()
    {
        return QByteArrayLiteral("/** @type {import('@eventcatalog/core/bin/eventcatalog.config').Config} */\n"
                                 "export default {\n"
                                 "  title: 'Event catalog',\n"
                                 "  tagline: 'Bounded contexts, services and the messages between them, from Mesh Studio',\n"
                                 "  organizationName: 'Mesh Studio',\n"
                                 "  homepageLink: '/',\n"
                                 "  trailingSlash: false,\n"
                                 "  base: '/',\n"
                                 "};\n");
    }

    const ExportModel &m_model;
    UniquePaths &m_paths;
    Files m_files;
    QHash<QUuid, QString> m_ids;
    QMap<QString, QString> m_teams;   // id → name
};

} // namespace

// eventcatalog/: an EventCatalog project folder (domains with their services, events and
// commands with their schema files, teams), ready for `npx @eventcatalog/core build`.
Result<Files> exportEventCatalog(const ExportModel &model, UniquePaths &paths)
{
    return EventCatalogWriter(model, paths).run();
}

} // namespace mesh::exporters
