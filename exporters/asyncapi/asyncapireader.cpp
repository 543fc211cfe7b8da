#include "exporters/asyncapi/asyncapireader.h"

#include "catalog/model/attributefield.h"
#include "catalog/schema/nextschemaversion.h"
#include "exporters/import/jsonschemabundle.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonArray>

#include <map>

namespace mesh::exporters {

using namespace mesh::catalog;

namespace {

using Place = DocumentPlace;

Json mergePatch(Json target, const Json &patch)   // RFC 7386
{
    if (!patch.is_object())
        return patch;
    if (!target.is_object())
        target = Json::object();
    for (const auto &[key, value] : patch.items()) {
        if (value.is_null())
            target.erase(key);
        else
            target[key] = mergePatch(target.contains(key) ? target[key] : Json(), value);
    }
    return target;
}

QJsonValue toQJson(const Json &value)
{
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    if (value.is_boolean())
        return value.get<bool>();
    if (value.is_number_integer())
        return qint64(value.get<long long>());
    if (value.is_number())
        return value.get<double>();
    if (value.is_array())
        return QJsonDocument::fromJson(QByteArray::fromStdString(value.dump())).array();
    if (value.is_object())
        return QJsonDocument::fromJson(QByteArray::fromStdString(value.dump())).object();
    return QJsonValue::Null;
}

std::optional<QString> textOf(const Json &object, const char *key)
{
    if (!object.is_object())
        return std::nullopt;
    const auto found = object.find(key);
    if (found == object.end() || !found->is_string())
        return std::nullopt;
    return QString::fromStdString(found->get<std::string>());
}

std::string placeKey(const Place &place)
{
    return place.file.toStdString() + place.pointer;
}

// The last token of a pointer ("#/components/messages/OrderPlaced" → "OrderPlaced").
std::string lastToken(const std::string &pointer)
{
    const size_t slash = pointer.rfind('/');
    std::string token = slash == std::string::npos ? pointer : pointer.substr(slash + 1);
    std::string result;
    for (size_t i = 0; i < token.size(); ++i) {
        if (token[i] == '~' && i + 1 < token.size()) {
            result += token[i + 1] == '1' ? '/' : '~';
            ++i;
        } else {
            result += token[i];
        }
    }
    return result;
}

// A name the catalog takes ("user/signedup" → "user.signedup").
QString elementName(QString name)
{
    name.replace(QLatin1Char('/'), QLatin1Char('.'));
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    return name.trimmed();
}

class DocumentReader
{
public:
    DocumentReader(DocumentSet &documents, const QString &file, const Json &root, const ImportOptions &options, ImportedMesh &mesh)
        : m_documents(documents), m_file(file), m_root(root), m_options(options), m_mesh(mesh)
    {
    }

    Result<void> read()
    {
        const std::optional<QString> version = textOf(m_root, "asyncapi");
        if (!version) {
            return invalid(Place{m_file, "#"}, AsyncApiReader::tr("not an AsyncAPI document: it has no \"asyncapi\" field with its version"));
        }
        const QStringList parts = version->split(QLatin1Char('.'));
        const int major = parts.value(0).toInt(), minor = parts.value(1).toInt();
        if (parts.size() < 2 || !((major == 2 && minor >= 0 && minor <= 6) || (major == 3 && minor == 0)))
            return invalid(Place{m_file, "#/asyncapi"}, AsyncApiReader::tr("AsyncAPI %1 is not supported (2.0 to 2.6 and 3.0 are)").arg(*version));
        m_major = major;

        const Json &info = m_root.value("info", Json::object());
        const std::optional<QString> title = textOf(info, "title");
        if (!title || title->trimmed().isEmpty())
            return invalid(Place{m_file, "#/info"}, AsyncApiReader::tr("the document has no info.title to name its service by"));
        ImportedElement service;
        service.kind = ElementKind::Service;
        service.name = elementName(*title);
        service.description = textOf(info, "description");
        service.source = Place{m_file, "#/info"}.display();
        m_context = m_options.context.isEmpty() ? textOf(info, "x-context").value_or(service.name) : m_options.context;
        readExtensions(info, service);
        if (!m_options.context.isEmpty())
            service.context = m_options.context;
        auto added = m_mesh.add(service);
        if (!added)
            return added.error();
        m_service = *added;

        auto operations = m_major == 3 ? readVersion3() : readVersion2();
        if (!operations)
            return operations.error();
        own();
        return Ok{};
    }

private:
    Error invalid(const Place &place, const QString &message) const
    {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("%1: %2").arg(place.display(), message));
    }

    Result<ResolvedNode> child(const ResolvedNode &parent, const std::string &key)
    {
        const Json &node = (*parent.node)[key];
        return m_documents.resolve(node, Place{parent.place.file, DocumentSet::childPointer(parent.place.pointer, key)});
    }

    // The entries of the mapping at `key` of `parent`, each read through its `$ref` (none
    // when there is no such mapping).
    Result<QList<std::pair<std::string, ResolvedNode>>> entries(const ResolvedNode &parent, const std::string &key)
    {
        QList<std::pair<std::string, ResolvedNode>> found;
        if (!parent.node->is_object() || !parent.node->contains(key))
            return found;
        auto map = child(parent, key);
        if (!map)
            return map.error();
        if (!map->node->is_object())
            return found;
        for (const auto &[name, value] : map->node->items()) {
            auto node = child(*map, name);
            if (!node)
                return node.error();
            found.append({name, *node});
        }
        return found;
    }

    // The object with its traits applied: in 2.x each trait patches the object in turn; in
    // 3.0 a trait never overrides what the object itself says.
    Result<Json> withTraits(const ResolvedNode &node)
    {
        if (!node.node->is_object() || !node.node->contains("traits"))
            return *node.node;
        const Json &traits = (*node.node)["traits"];
        Json own = *node.node;
        own.erase("traits");
        if (!traits.is_array())
            return invalid(Place{node.place.file, DocumentSet::childPointer(node.place.pointer, "traits")}, AsyncApiReader::tr("traits is not a list"));
        Json merged = m_major == 2 ? own : Json::object();
        for (size_t i = 0; i < traits.size(); ++i) {
            const Place at{node.place.file, DocumentSet::childPointer(DocumentSet::childPointer(node.place.pointer, "traits"), i)};
            auto trait = m_documents.resolve(traits[i], at);
            if (!trait)
                return trait.error();
            merged = mergePatch(merged, *trait->node);
        }
        return m_major == 2 ? merged : mergePatch(merged, own);
    }

    // The x- fields the export writes: context, owner, lifecycle, tags and typed attributes.
    void readExtensions(const Json &object, ImportedElement &element)
    {
        if (auto context = textOf(object, "x-context")) {
            element.context = *context;
            element.contextGiven = true;
        } else if (element.kind != ElementKind::BoundedContext && element.kind != ElementKind::Team)
            element.context = m_context;
        if (auto owner = textOf(object, "x-owner"))
            element.owner = *owner;
        if (auto lifecycle = textOf(object, "x-lifecycle")) {
            if (auto known = lifecycleFromId(*lifecycle))
                element.lifecycle = *known;
            else
                m_mesh.warnings.append(AsyncApiReader::tr("%1: unknown x-lifecycle \"%2\", ignored").arg(element.source, *lifecycle));
        }
        QStringList tags;
        bool tagged = false;
        if (const auto found = object.find("x-tags"); found != object.end() && found->is_array()) {
            tagged = true;
            for (const Json &tag : *found) {
                if (tag.is_string())
                    tags.append(QString::fromStdString(tag.get<std::string>()));
            }
        } else if (const auto list = object.find("tags"); list != object.end() && list->is_array()) {
            tagged = true;
            for (const Json &tag : *list) {
                if (auto name = textOf(tag, "name"))
                    tags.append(*name);
            }
        }
        if (tagged)
            element.tags = tags;
        for (const auto &[key, value] : object.items()) {
            if (key.size() < 3 || key.compare(0, 2, "x-") != 0)
                continue;
            const AttributeField *field = findAttributeField(element.kind, QString::fromStdString(key.substr(2)));
            if (!field)
                continue;
            auto normalized = normalizeAttribute(*field, toQJson(value));
            if (normalized)
                element.attributes.insert(field->key, *normalized);
            else
                m_mesh.warnings.append(QStringLiteral("%1: %2: %3").arg(element.source, QString::fromStdString(key), normalized.error().message));
        }
    }

    void readKafkaBinding(const ResolvedNode &channel, ImportedElement &element)
    {
        if (!channel.node->contains("bindings"))
            return;
        auto bindings = child(channel, "bindings");
        if (!bindings || !bindings->node->is_object() || !bindings->node->contains("kafka"))
            return;
        auto kafka = child(*bindings, "kafka");
        if (!kafka || !kafka->node->is_object())
            return;
        const Json &binding = *kafka->node;
        if (auto topic = textOf(binding, "topic"))
            element.attributes.insert(QStringLiteral("topic"), *topic);
        if (binding.contains("partitions") && binding["partitions"].is_number_integer())
            element.attributes.insert(QStringLiteral("partitions"), binding["partitions"].get<int>());
        if (binding.contains("replicas") && binding["replicas"].is_number_integer())
            element.attributes.insert(QStringLiteral("replicationFactor"), binding["replicas"].get<int>());
        const Json &configuration = binding.value("topicConfiguration", Json::object());
        if (!configuration.is_object())
            return;
        if (const auto policy = configuration.find("cleanup.policy"); policy != configuration.end() && policy->is_array()) {
            QStringList policies;
            for (const Json &item : *policy) {
                if (item.is_string())
                    policies.append(QString::fromStdString(item.get<std::string>()));
            }
            policies.sort();   // "compact,delete", the one spelling the catalog knows
            element.attributes.insert(QStringLiteral("cleanupPolicy"), policies.join(QLatin1Char(',')));
        }
        if (const auto retention = configuration.find("retention.ms"); retention != configuration.end() && retention->is_number())
            element.attributes.insert(QStringLiteral("retentionMs"), retention->get<double>());
        if (const auto isr = configuration.find("min.insync.replicas"); isr != configuration.end() && isr->is_number_integer())
            element.attributes.insert(QStringLiteral("minInSyncReplicas"), isr->get<int>());
    }

    Result<int> channel(const std::string &key, const QString &address, const ResolvedNode &node)
    {
        if (auto found = m_channelByPlace.find(placeKey(node.place)); found != m_channelByPlace.end())
            return found->second;
        if (!node.node->is_object())
            return invalid(node.place, AsyncApiReader::tr("a channel is an object"));
        ImportedElement element;
        element.kind = ElementKind::Channel;
        element.source = node.place.display();
        element.name = elementName(textOf(*node.node, "title").value_or(QString::fromStdString(key)));
        element.description = textOf(*node.node, "description");
        readExtensions(*node.node, element);
        // A channel the export wrote lists its settings in x- fields; its binding shows
        // Kafka's defaults besides, which the catalog left unset.
        if (!node.node->contains("x-kind"))
            readKafkaBinding(node, element);
        const QString topic = element.attributes.value(QLatin1String("topic")).toString();
        if (topic.isEmpty() && isKafkaTopicName(address))
            element.attributes.insert(QStringLiteral("topic"), address);
        if (address != element.attributes.value(QLatin1String("topic")).toString())
            element.attributes.insert(QStringLiteral("address"), address);
        auto index = m_mesh.add(element);
        if (!index)
            return index.error();
        m_channelByPlace[placeKey(node.place)] = *index;
        m_channelMessages[*index];
        return *index;
    }

    void carry(int channel, int message)
    {
        m_mesh.relate(RelationKind::Carries, channel, message);
        if (!m_channelMessages[channel].contains(message))
            m_channelMessages[channel].append(message);
    }

    Result<std::optional<ImportedSchema>> payload(const Json &message, const Place &place, const std::string &key)
    {
        if (!message.contains("payload"))
            return std::optional<ImportedSchema>();
        const Place payloadPlace{place.file, DocumentSet::childPointer(place.pointer, "payload")};
        auto resolved = m_documents.resolve(message["payload"], payloadPlace);
        if (!resolved)
            return resolved.error();
        std::string format = m_major == 2 ? message.value("schemaFormat", std::string()) : std::string();
        ResolvedNode schema = *resolved;
        if (m_major == 3 && resolved->node->is_object() && resolved->node->contains("schemaFormat") && resolved->node->contains("schema")) {
            const Json &declared = (*resolved->node)["schemaFormat"];
            format = declared.is_string() ? declared.get<std::string>() : std::string();
            auto inner = child(*resolved, "schema");
            if (!inner)
                return inner.error();
            schema = *inner;
        }
        ImportedSchema imported;
        auto startsWith = [&format](const char *prefix) { return format.rfind(prefix, 0) == 0; };
        if (format.empty() || startsWith("application/vnd.aai.asyncapi") || startsWith("application/schema+json")
            || startsWith("application/schema+yaml")) {
            auto bundled = bundleJsonSchema(m_documents, schema, key);
            if (!bundled)
                return bundled.error();
            imported.format = SchemaFormat::JsonSchema;
            imported.text = bundledSchemaText(*bundled);
        } else if (startsWith("application/vnd.apache.avro")) {
            auto bundled = bundleJsonSchema(m_documents, schema, key);
            if (!bundled)
                return bundled.error();
            imported.format = SchemaFormat::Avro;
            imported.text = bundledSchemaText(*bundled);
        } else if (startsWith("application/vnd.google.protobuf")) {
            if (!schema.node->is_string())
                return invalid(schema.place, AsyncApiReader::tr("a Protobuf schema is the text of a .proto file"));
            imported.format = SchemaFormat::Protobuf;
            imported.text = QString::fromStdString(schema.node->get<std::string>());
            imported.text.remove(QStringLiteral("// @RootNode\n"));
        } else {
            m_mesh.warnings.append(AsyncApiReader::tr("%1: the schema format \"%2\" has no schema kind in the catalog; the message is kept without it")
                                       .arg(payloadPlace.display(), QString::fromStdString(format)));
            return std::optional<ImportedSchema>();
        }
        if (auto mode = textOf(message, "x-compatibility"))
            imported.compatibility = compatibilityModeFromId(*mode);
        if (auto lifecycle = textOf(message, "x-schema-lifecycle"))
            imported.lifecycle = lifecycleFromId(*lifecycle);
        return std::optional<ImportedSchema>(std::move(imported));
    }

    // A message read once, however many channels and operations point to it. `key` is its
    // key where it was met (a channel's messages, 2.x operations: empty).
    Result<int> message(const std::string &key, const ResolvedNode &node)
    {
        if (auto found = m_messageByPlace.find(placeKey(node.place)); found != m_messageByPlace.end())
            return found->second;
        if (!node.node->is_object())
            return invalid(node.place, AsyncApiReader::tr("a message is an object"));
        auto merged = withTraits(node);
        if (!merged)
            return merged.error();
        const Json &message = *merged;
        std::string componentKey;
        if (node.place.pointer.rfind("#/components/messages/", 0) == 0)
            componentKey = lastToken(node.place.pointer);
        QString name = textOf(message, "name").value_or(QString());
        for (const QString &fallback : {textOf(message, "messageId").value_or(QString()), QString::fromStdString(componentKey),
                                        QString::fromStdString(key), textOf(message, "title").value_or(QString())}) {
            if (name.isEmpty())
                name = fallback;
        }
        if (name.isEmpty())
            return invalid(node.place, AsyncApiReader::tr("the message has no name, key or messageId to name its event by"));
        ImportedElement element;
        element.kind = ElementKind::Event;
        if (auto kind = textOf(message, "x-kind")) {
            if (auto known = elementKindFromId(*kind); known && hasSchemaSubject(*known)) {
                element.kind = *known;
                element.kindGiven = true;
            }
        }
        element.name = elementName(name);
        element.source = node.place.display();
        element.description = textOf(message, "summary");
        if (!element.description)
            element.description = textOf(message, "description");
        readExtensions(message, element);
        auto schema = payload(message, node.place, componentKey.empty() ? key : componentKey);
        if (!schema)
            return schema.error();
        element.schema = *schema;
        auto index = m_mesh.add(element);
        if (!index)
            return index.error();
        m_messageByPlace[placeKey(node.place)] = *index;
        if (!m_messages.contains(*index))
            m_messages.append(*index);
        return *index;
    }

    void operate(bool send, int channel, const QList<int> &messages, bool listed)
    {
        m_mesh.relate(send ? RelationKind::Publishes : RelationKind::Subscribes, m_service, channel);
        if (send) {
            // The sender's document is the truth about what the channel carries; a
            // receiver may well name only the messages it cares about.
            m_mesh.claim(channel, m_context);
            m_mesh.own(channel, RelationKind::Carries);
        }
        for (int message : messages) {
            if (send)
                m_mesh.claim(message, m_context);
            carry(channel, message);
            if (send)
                m_mesh.relate(RelationKind::Emits, m_service, message);
            else
                m_mesh.relate(RelationKind::Feeds, message, m_service);
        }
        if (!listed) {
            m_unlisted[send].append(channel);
            if (send) {
                for (int message : m_channelMessages[channel])
                    m_mesh.claim(message, m_context);
            }
        }
    }

    Result<void> readVersion3()
    {
        const ResolvedNode root{&m_root, Place{m_file, "#"}};
        auto channels = entries(root, "channels");
        if (!channels)
            return channels.error();
        for (const auto &[key, node] : *channels) {
            if (auto read = channelVersion3(key, node); !read)
                return read.error();
        }
        auto operations = entries(root, "operations");
        if (!operations)
            return operations.error();
        for (const auto &[key, found] : *operations) {
            const ResolvedNode *node = &found;
            auto operation = withTraits(*node);
            if (!operation)
                return operation.error();
            const std::string action = operation->value("action", std::string());
            if (action != "send" && action != "receive")
                return invalid(node->place, AsyncApiReader::tr("the operation's action is \"send\" or \"receive\", not \"%1\"").arg(QString::fromStdString(action)));
            if (!operation->contains("channel"))
                return invalid(node->place, AsyncApiReader::tr("the operation names no channel"));
            const ResolvedNode merged{&*operation, node->place};
            auto channelNode = child(merged, "channel");
            if (!channelNode)
                return channelNode.error();
            auto channelIndex = channelVersion3(lastToken(channelNode->place.pointer), *channelNode);
            if (!channelIndex)
                return channelIndex.error();
            QList<int> messages;
            const bool listed = operation->contains("messages") && (*operation)["messages"].is_array();
            if (listed) {
                auto list = child(merged, "messages");
                if (!list)
                    return list.error();
                for (size_t i = 0; i < list->node->size(); ++i) {
                    const Place at{list->place.file, DocumentSet::childPointer(list->place.pointer, i)};
                    auto messageNode = m_documents.resolve((*list->node)[i], at);
                    if (!messageNode)
                        return messageNode.error();
                    auto index = message(lastToken(messageNode->place.pointer), *messageNode);
                    if (!index)
                        return index.error();
                    messages.append(*index);
                }
            }
            operate(action == "send", *channelIndex, messages, listed);
        }
        return Ok{};
    }

    Result<int> channelVersion3(const std::string &key, const ResolvedNode &node)
    {
        if (auto found = m_channelByPlace.find(placeKey(node.place)); found != m_channelByPlace.end())
            return found->second;
        QString address = QString::fromStdString(key);
        if (node.node->is_object() && node.node->contains("address") && (*node.node)["address"].is_string())
            address = QString::fromStdString((*node.node)["address"].get<std::string>());
        auto index = channel(key, address, node);
        if (!index)
            return index.error();
        auto messages = entries(node, "messages");
        if (!messages)
            return messages.error();
        for (const auto &[messageKey, messageNode] : *messages) {
            auto message = this->message(messageKey, messageNode);
            if (!message)
                return message.error();
            carry(*index, *message);
        }
        return *index;
    }

    Result<void> readVersion2()
    {
        const ResolvedNode root{&m_root, Place{m_file, "#"}};
        auto channels = entries(root, "channels");
        if (!channels)
            return channels.error();
        for (const auto &[key, found] : *channels) {
            const ResolvedNode *node = &found;
            auto index = channel(key, QString::fromStdString(key), *node);
            if (!index)
                return index.error();
            // 2.x speaks from the client's side: the application sends what a client
            // subscribes to and receives what a client publishes.
            for (const auto &[verb, send] : {std::pair{"subscribe", true}, std::pair{"publish", false}}) {
                if (!node->node->contains(verb))
                    continue;
                auto operationNode = child(*node, verb);
                if (!operationNode)
                    return operationNode.error();
                auto operation = withTraits(*operationNode);
                if (!operation)
                    return operation.error();
                QList<int> messages;
                if (operation->contains("message")) {
                    const ResolvedNode merged{&*operation, operationNode->place};
                    auto messageNode = child(merged, "message");
                    if (!messageNode)
                        return messageNode.error();
                    QList<ResolvedNode> alternatives;
                    if (messageNode->node->is_object() && messageNode->node->contains("oneOf") && (*messageNode->node)["oneOf"].is_array()) {
                        auto list = child(*messageNode, "oneOf");
                        if (!list)
                            return list.error();
                        for (size_t i = 0; i < list->node->size(); ++i) {
                            auto one = m_documents.resolve((*list->node)[i], Place{list->place.file, DocumentSet::childPointer(list->place.pointer, i)});
                            if (!one)
                                return one.error();
                            alternatives.append(*one);
                        }
                    } else {
                        alternatives.append(*messageNode);
                    }
                    // A message with neither name nor messageId is named after its operation
                    // or its channel (the parser numbers them "<anonymous-message-N>").
                    const std::string operationId = operation->value("operationId", std::string());
                    const std::string base = (operationId.empty() ? pascalIdentifier(QString::fromStdString(key)).toStdString() : operationId) + "Message";
                    for (int n = 0; n < alternatives.size(); ++n) {
                        const ResolvedNode &alternative = alternatives[n];
                        auto message = this->message(alternatives.size() == 1 ? base : base + std::to_string(n + 1), alternative);
                        if (!message)
                            return message.error();
                        messages.append(*message);
                    }
                }
                operate(send, *index, messages, true);
            }
        }
        return Ok{};
    }

    // The document is the truth about its service's operations and about which of its
    // messages the service emits or is fed by.
    void own()
    {
        m_mesh.own(m_service, RelationKind::Publishes);
        m_mesh.own(m_service, RelationKind::Subscribes);
        for (const bool send : {true, false}) {
            QList<int> scope = m_messages;
            for (int channel : m_unlisted[send]) {
                for (int message : m_channelMessages[channel])
                    scope.removeAll(message);
            }
            if (send) {
                if (!scope.isEmpty())
                    m_mesh.own(m_service, RelationKind::Emits, scope);
            } else {
                for (int message : scope)
                    m_mesh.own(message, RelationKind::Feeds, {m_service});
            }
        }
    }

    DocumentSet &m_documents;
    QString m_file;
    const Json &m_root;
    const ImportOptions &m_options;
    ImportedMesh &m_mesh;
    int m_major = 3;
    QString m_context;
    int m_service = 0;
    std::map<std::string, int> m_channelByPlace, m_messageByPlace;
    QHash<int, QList<int>> m_channelMessages;
    QList<int> m_messages;
    QHash<bool, QList<int>> m_unlisted;
};

} // namespace

bool AsyncApiReader::isAsyncApi(const Json &document)
{
    return document.is_object() && document.contains("asyncapi");
}

Result<void> AsyncApiReader::read(DocumentSet &documents, const QString &path, const ImportOptions &options, ImportedMesh &mesh)
{
    auto root = documents.load(path);
    if (!root)
        return root.error();
    return DocumentReader(documents, QFileInfo(path).absoluteFilePath(), **root, options, mesh).read();
}

} // namespace mesh::exporters
