#include "exporters/asyncapi/jsonschemapayload.h"
#include "exporters/filenames.h"
#include "exporters/formatexporters.h"
#include "exporters/jsontext.h"
#include "exporters/kafkatopic.h"
#include "exporters/subjectnames.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QMap>

#include <map>
#include <set>

namespace mesh::exporters {

using namespace mesh::catalog;

namespace {

// The AsyncAPI Protobuf parser takes the one message no other uses as the payload, and
// refuses a file with several unless one is marked: the schema's first message is the
// one it describes, as for Confluent's serializers.
QString markProtobufRoot(const QString &text)
{
    static const QRegularExpression topLevelMessage(QStringLiteral("^message\\s"), QRegularExpression::MultilineOption);
    auto matches = topLevelMessage.globalMatch(text);
    QList<qsizetype> starts;
    while (matches.hasNext())
        starts.append(matches.next().capturedStart());
    if (starts.size() < 2)
        return text;
    return text.left(starts.first()) + QStringLiteral("// @RootNode\n") + text.mid(starts.first());
}

// Each format's payload as AsyncAPI 3.0 names it (Multi Format Schema Object).
Json payloadOf(const ExportModel &model, const Element &subject, const SchemaVersion &schema, Result<void> &error)
{
    const QString label = schemaVersionLabel(model, subject, schema.version);
    // Parsers take one schema: the types it uses from other subjects go inside.
    auto text = model.schemaLibrary().selfContained(schema);
    if (!text) {
        error = makeError(ErrorCode::InvalidInput, QStringLiteral("%1: %2").arg(label, text.error().message));
        return nullptr;
    }
    switch (schema.format) {
    case SchemaFormat::Avro: {
        auto parsed = parseJson(*text, label);
        if (!parsed) {
            error = parsed.error();
            return nullptr;
        }
        return Json{{"schemaFormat", "application/vnd.apache.avro;version=1.9.0"}, {"schema", *parsed}};
    }
    case SchemaFormat::Protobuf:
        return Json{{"schemaFormat", "application/vnd.google.protobuf;version=3"}, {"schema", utf8(markProtobufRoot(*text))}};
    case SchemaFormat::JsonSchema: {
        auto parsed = parseJson(*text, label);
        if (!parsed) {
            error = parsed.error();
            return nullptr;
        }
        // Placed in the document once its message key is known (asyncApiJsonSchemaPayload).
        return *parsed;
    }
    }
    return nullptr;
}

const char *contentTypeOf(SchemaFormat format)
{
    switch (format) {
    case SchemaFormat::Avro:
        return "application/vnd.apache.avro+json";
    case SchemaFormat::Protobuf:
        return "application/x-protobuf";
    case SchemaFormat::JsonSchema:
        break;
    }
    return "application/json";
}

// The x- fields every exported element carries: kind, context, owner, lifecycle, tags and
// the operational metadata under their catalog names.
void addExtensions(Json &object, const ExportModel &model, const Element &element)
{
    object["x-kind"] = utf8(elementKindId(element.kind));
    if (const QString context = model.contextName(element); !context.isEmpty())
        object["x-context"] = utf8(context);
    if (!element.owner.isEmpty())
        object["x-owner"] = utf8(element.owner);
    object["x-lifecycle"] = utf8(lifecycleId(element.lifecycle));
    if (!element.tags.isEmpty())
        object["x-tags"] = toOrderedJson(QJsonArray::fromStringList(element.tags));
    for (auto it = element.attributes.begin(); it != element.attributes.end(); ++it)
        object["x-" + utf8(it.key())] = toOrderedJson(it.value());
}

// Messages as every document shows them (payload parsed once), by event.
using MessageCache = std::map<QUuid, std::pair<Json, int>>;   // message, schema version

class ServiceDocument
{
public:
    ServiceDocument(const ExportModel &model, const Element &service, MessageCache &messages)
        : m_model(model), m_service(service), m_cache(messages)
    {
    }

    Result<Json> build()
    {
        // What the service sends: the channels it publishes and those carrying what it emits;
        // what it receives: the channels it subscribes and those carrying what feeds it.
        QList<const Element *> sends = m_model.related(m_service.id, RelationKind::Publishes, true);
        for (const Element *event : m_model.related(m_service.id, RelationKind::Emits, true))
            sends += m_model.related(event->id, RelationKind::Carries, false);
        QList<const Element *> receives = m_model.related(m_service.id, RelationKind::Subscribes, true);
        const QList<const Element *> fedBy = m_model.related(m_service.id, RelationKind::Feeds, false);
        for (const Element *event : fedBy)
            receives += m_model.related(event->id, RelationKind::Carries, false);
        const QList<const Element *> emitted = m_model.related(m_service.id, RelationKind::Emits, true);

        Json operations = Json::object();
        for (const auto &[action, channels] : {std::pair{"send", sends}, std::pair{"receive", receives}}) {
            QList<const Element *> unique;
            for (const Element *channel : channels) {
                if (!unique.contains(channel))
                    unique.append(channel);
            }
            for (const Element *channel : unique) {
                auto key = channelKey(*channel);
                if (!key)
                    return key.error();
                // The messages the service itself emits (or is fed by) on the channel; none
                // listed when it only publishes (subscribes), which means all of them.
                const QList<const Element *> &own = action == std::string("send") ? emitted : fedBy;
                Json messages = Json::array();
                for (const Element *event : m_model.related(channel->id, RelationKind::Carries, true)) {
                    if (own.contains(event))
                        messages.push_back(Json{{"$ref", "#/channels/" + *key + "/messages/" + m_messageKeys.at(event->id)}});
                }
                Json operation = {{"action", action}, {"channel", {{"$ref", "#/channels/" + *key}}}};
                operation["title"] = std::string(action == std::string("send") ? "Send to " : "Receive from ") + utf8(channel->name);
                if (!messages.empty())
                    operation["messages"] = messages;
                operations[uniqueKey(m_operationKeys, std::string(action) + utf8(pascalIdentifier(channel->name)))] = operation;
            }
        }

        Json info = {{"title", utf8(m_service.name)}, {"version", std::to_string(m_version) + ".0.0"}};
        if (!m_service.description.isEmpty())
            info["description"] = utf8(m_service.description);
        addExtensions(info, m_model, m_service);
        Json document = {{"asyncapi", "3.0.0"}, {"info", info}, {"defaultContentType", "application/json"}};
        document["channels"] = m_channels;
        document["operations"] = operations;
        document["components"] = Json{{"messages", m_messages}};
        if (!m_schemas.empty())
            document["components"]["schemas"] = m_schemas;
        return document;
    }

private:
    static std::string uniqueKey(std::set<std::string> &taken, const std::string &wanted)
    {
        std::string key = wanted;
        for (int n = 2; taken.count(key); ++n)
            key = wanted + std::to_string(n);
        taken.insert(key);
        return key;
    }

    // The channel's key in this document, adding the channel (and its messages) once.
    Result<std::string> channelKey(const Element &channel)
    {
        if (auto found = m_channelKeys.find(channel.id); found != m_channelKeys.end())
            return found->second;
        const std::string key = uniqueKey(m_takenChannelKeys, utf8(pascalIdentifier(channel.name)));
        m_channelKeys.emplace(channel.id, key);

        const KafkaTopic topic = kafkaTopicOf(channel);
        Json configuration = Json::object();
        for (auto it = topic.config.begin(); it != topic.config.end(); ++it) {
            if (it.key() == QLatin1String("cleanup.policy")) {
                Json policies = Json::array();
                for (const QString &policy : it.value().toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
                    policies.push_back(utf8(policy.trimmed()));
                configuration[utf8(it.key())] = policies;
            } else {
                configuration[utf8(it.key())] = it.value().toLongLong();
            }
        }
        Json kafka = {{"topic", utf8(topic.name)}, {"partitions", topic.partitions}, {"replicas", topic.replicas}};
        if (!configuration.empty())
            kafka["topicConfiguration"] = configuration;
        kafka["bindingVersion"] = "0.5.0";

        Json messages = Json::object();
        for (const Element *event : m_model.related(channel.id, RelationKind::Carries, true)) {
            auto message = messageKey(*event);
            if (!message)
                return message.error();
            messages[*message] = Json{{"$ref", "#/components/messages/" + *message}};
        }
        // An address of its own (with parameters, as an imported document had it) or the topic.
        const QString address = channel.attributes.value(QLatin1String("address")).toString();
        Json entry = {{"address", utf8(address.isEmpty() ? topic.name : address)}, {"title", utf8(channel.name)}};
        static const QRegularExpression parameter(QStringLiteral("\\{([^{}]+)\\}"));
        for (auto matches = parameter.globalMatch(address); matches.hasNext();)
            entry["parameters"][utf8(matches.next().captured(1))] = Json::object();
        if (!channel.description.isEmpty())
            entry["description"] = utf8(channel.description);
        entry["messages"] = messages;
        entry["bindings"] = Json{{"kafka", kafka}};
        addExtensions(entry, m_model, channel);
        m_channels[key] = entry;
        return key;
    }

    Result<std::string> messageKey(const Element &event)
    {
        if (auto found = m_messageKeys.find(event.id); found != m_messageKeys.end())
            return found->second;
        const std::string key = uniqueKey(m_takenMessageKeys, utf8(pascalIdentifier(event.name)));
        m_messageKeys.emplace(event.id, key);
        auto cached = m_cache.find(event.id);
        if (cached == m_cache.end()) {
            auto message = buildMessage(event);
            if (!message)
                return message.error();
            cached = m_cache.emplace(event.id, *message).first;
        }
        const auto &[message, version] = cached->second;
        m_version = std::max(m_version, version);
        m_messages[key] = message;
        if (message.value("contentType", "") == contentTypeOf(SchemaFormat::JsonSchema) && message.contains("payload")) {
            JsonSchemaPayload payload = asyncApiJsonSchemaPayload(message["payload"], key);
            m_messages[key]["payload"] = std::move(payload.payload);
            m_schemas.update(payload.componentSchemas);
        }
        return key;
    }

    Result<std::pair<Json, int>> buildMessage(const Element &event) const
    {
        Json message = {{"name", utf8(event.name)}, {"title", utf8(event.name)}};
        if (!event.description.isEmpty())
            message["summary"] = utf8(event.description);
        int version = 0;
        if (const auto schema = m_model.latestSchema(event.id)) {
            Result<void> error = Ok{};
            Json payload = payloadOf(m_model, event, *schema, error);
            if (!error)
                return error.error();
            message["contentType"] = contentTypeOf(schema->format);
            message["payload"] = payload;
            message["x-schema-version"] = schema->version;
            message["x-schema-lifecycle"] = utf8(lifecycleId(schema->lifecycle));
            message["x-compatibility"] = utf8(compatibilityModeId(schema->compatibility));
            version = schema->version;
        }
        addExtensions(message, m_model, event);
        return std::pair{message, version};
    }

    const ExportModel &m_model;
    const Element &m_service;
    MessageCache &m_cache;
    Json m_channels = Json::object();
    Json m_messages = Json::object();
    Json m_schemas = Json::object();   // JSON Schema definitions hoisted out of payloads
    std::map<QUuid, std::string> m_channelKeys;
    std::map<QUuid, std::string> m_messageKeys;
    std::set<std::string> m_takenChannelKeys, m_takenMessageKeys, m_operationKeys;
    int m_version = 1;   // the document's major version follows its newest message schema
};

} // namespace

const Result<QList<ServiceAsyncApi>> &asyncApiDocuments(const ExportModel &model)
{
    SharedProducts &shared = model.shared();
    std::call_once(shared.asyncApiOnce, [&model, &shared] {
        QList<ServiceAsyncApi> documents;
        MessageCache messages;
        for (const Element *service : model.elements(ElementKind::Service)) {
            auto document = ServiceDocument(model, *service, messages).build();
            if (!document) {
                shared.asyncApi = document.error();
                return;
            }
            QByteArray yaml = yamlBytes(*document);
            documents.append({service, std::move(*document), std::move(yaml)});
        }
        shared.asyncApi = std::move(documents);
    });
    return shared.asyncApi;
}

// asyncapi/<Context>/<Service>.yaml (or .json): one AsyncAPI 3.0 document per service.
Result<Files> exportAsyncApi(const ExportModel &model, const ExportOptions &options, UniquePaths &paths)
{
    const auto &documents = asyncApiDocuments(model);
    if (!documents)
        return documents.error();
    Files files;
    for (const ServiceAsyncApi &document : *documents) {
        const QString path = paths.claim(QStringLiteral("asyncapi/") + contextFolder(model, *document.service), document.service->name,
                                         options.asyncApiJson ? QStringLiteral(".json") : QStringLiteral(".yaml"));
        files.append({path, options.asyncApiJson ? orderedJsonBytes(document.document) : document.yaml, QStringLiteral("asyncapi")});
    }
    return files;
}

} // namespace mesh::exporters
