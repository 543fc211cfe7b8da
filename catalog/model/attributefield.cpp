#include "catalog/model/attributefield.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace mesh::catalog {

namespace {

using K = ElementKind;
constexpr double kNoMax = std::numeric_limits<double>::max();


const QList<AttributeField> &fieldTable()
{
    const QList<ElementKind> data = {K::Event, K::Command, K::ReadModel};
    const QList<ElementKind> operational = {K::Service, K::Api, K::ExternalSystem};
    static const QList<AttributeField> fields = {
        // Entity registry (seed): duplication, latency to data update, cardinality, changes throughput.
        {"duplication", QT_TRANSLATE_NOOP("mesh::catalog::AttributeField", "Duplication"), FieldType::Choice, "", 0, 0,
         {"none", "cache", "replica", "materialized-view"}, data},
        {"latencyToDataUpdateMs", QT_TRANSLATE_NOOP("mesh::catalog::AttributeField", "Latency to data update"), FieldType::Integer,
         QT_TRANSLATE_NOOP("mesh::catalog::AttributeField", "ms"), 0, kNoMax, {}, data},
        {"cardinality", QT_TRANSLATE_NOOP("mesh::catalog::AttributeField", "Cardinality"), FieldType::Integer, QT_TRANSLATE_NOOP("mesh::catalog::AttributeField", "records"), 0,
         kNoMax, {}, data},
        {"changeThroughputPerSec", QT_TRANSLATE_NOOP("mesh::catalog::AttributeField", "Change throughput"), FieldType::Decimal,
         QT_TRANSLATE_NOOP("mesh::catalog::AttributeField", "changes/s"), 0, kNoMax, {}, data},
        // Event Modeling's information completeness: fields an event (or a projection) makes itself, and where a
        // field comes from when its name differs ("total=OrderPlaced.amount").
        {"generatedFields", QT_TRANSLATE_NOOP("mesh::catalog::AttributeField", "Generated fields"), FieldType::TextList, "", 0, 0, {},
         {K::Event, K::ReadModel}},
        {"fieldSources", QT_TRANSLATE_NOOP("mesh::catalog::AttributeField", "Field sources"), FieldType::TextList, "", 0, 0, {},
         {K::Event, K::ReadModel}},
        // Which of the registry's JSON Schema policies judges the subject's versions: STRICT
        // (its default) or LENIENT (an open content model's properties may come and go).
        {"jsonSchemaPolicy", QT_TRANSLATE_NOOP("mesh::catalog::AttributeField", "JSON Schema policy"), FieldType::Choice, "", 0, 0,
         {"STRICT", "LENIENT"}, data},
        // Service and API registries (seed): response time, throughput, uptime; MTTR.
        {"responseTimeP50Ms", QT_TRANSLATE_NOOP("mesh::catalog::AttributeField", "Response time p50"), FieldType::Decimal, QT_TRANSLATE_NOOP("mesh::catalog::AttributeField", "ms"),
         0, kNoMax, {}, operational},
        {"responseTimeP90Ms", QT_TRANSLATE_NOOP("mesh::catalog::AttributeField", "Response time p90"), FieldType::Decimal, QT_TRANSLATE_NOOP("mesh::catalog::AttributeField", "ms"),
         0, kNoMax, {}, operational},
        {"responseTimeP99Ms", QT_TRANSLATE_NOOP("mesh::catalog::AttributeField", "Response time p99"), FieldType::Decimal, QT_TRANSLATE_NOOP("mesh::catalog::AttributeField", "ms"),
         0, kNoMax, {}, operational},
        {"throughputRps", QT_TRANSLATE_NOOP("mesh::catalog::AttributeField", "Throughput"), FieldType::Decimal, QT_TRANSLATE_NOOP("mesh::catalog::AttributeField", "requests/s"), 0,
         kNoMax, {}, operational},
        {"uptimeSloPercent", QT_TRANSLATE_NOOP("mesh::catalog::AttributeField", "Uptime SLO"), FieldType::Decimal, QT_TRANSLATE_NOOP("mesh::catalog::AttributeField", "%"), 0, 100,
         {}, operational},
        {"mttrMinutes", QT_TRANSLATE_NOOP("mesh::catalog::AttributeField", "MTTR"), FieldType::Decimal, QT_TRANSLATE_NOOP("mesh::catalog::AttributeField", "min"), 0, kNoMax, {},
         operational},
        // API specifications (seed): OpenAPI or gRPC, paths.
        {"specKind", QT_TRANSLATE_NOOP("mesh::catalog::AttributeField", "Specification"), FieldType::Choice, "", 0, 0,
         {"openapi", "grpc", "asyncapi", "graphql"}, {K::Api}},
        {"paths", QT_TRANSLATE_NOOP("mesh::catalog::AttributeField", "Paths"), FieldType::TextList, "", 0, 0, {}, {K::Api}},
        // Kafka topic settings of a channel.
        {"topic", QT_TRANSLATE_NOOP("mesh::catalog::AttributeField", "Topic name"), FieldType::Text, "", 0, 0, {}, {K::Channel}},
        // The channel's AsyncAPI address when it is not the topic's name (one with
        // parameters, "customers/{customerId}/orders", as an imported document had it).
        {"address", QT_TRANSLATE_NOOP("mesh::catalog::AttributeField", "AsyncAPI address"), FieldType::Text, "", 0, 0, {}, {K::Channel}},
        {"partitions", QT_TRANSLATE_NOOP("mesh::catalog::AttributeField", "Partitions"), FieldType::Integer, "", 1, 100000, {}, {K::Channel}},
        {"replicationFactor", QT_TRANSLATE_NOOP("mesh::catalog::AttributeField", "Replication factor"), FieldType::Integer, "", 1, 32, {},
         {K::Channel}},
        {"minInSyncReplicas", QT_TRANSLATE_NOOP("mesh::catalog::AttributeField", "Min in-sync replicas"), FieldType::Integer, "", 1, 32, {},
         {K::Channel}},
        {"retentionMs", QT_TRANSLATE_NOOP("mesh::catalog::AttributeField", "Retention"), FieldType::Integer, QT_TRANSLATE_NOOP("mesh::catalog::AttributeField", "ms"), -1, kNoMax,
         {}, {K::Channel}},
        {"cleanupPolicy", QT_TRANSLATE_NOOP("mesh::catalog::AttributeField", "Cleanup policy"), FieldType::Choice, "", 0, 0,
         {"delete", "compact", "compact,delete"}, {K::Channel}},
        {"keySchema", QT_TRANSLATE_NOOP("mesh::catalog::AttributeField", "Key schema"), FieldType::Text, "", 0, 0, {}, {K::Channel}},
        {"valueSchema", QT_TRANSLATE_NOOP("mesh::catalog::AttributeField", "Value schema"), FieldType::Text, "", 0, 0, {}, {K::Channel}},
        // How the Schema Registry names the subjects of the topic's value schemas (Confluent's
        // strategies); unset: TopicNameStrategy for one kind of event, TopicRecordNameStrategy
        // for several.
        {"subjectNameStrategy", QT_TRANSLATE_NOOP("mesh::catalog::AttributeField", "Subject naming"), FieldType::Choice, "", 0, 0,
         {"TopicNameStrategy", "RecordNameStrategy", "TopicRecordNameStrategy"}, {K::Channel}},
        // Teams.
        {"contact", QT_TRANSLATE_NOOP("mesh::catalog::AttributeField", "Contact"), FieldType::Text, "", 0, 0, {}, {K::Team}},
    };
    return fields;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("mesh::catalog::AttributeField", text);
}

} // namespace

QString AttributeField::displayLabel() const
{
    return tr(label);
}

QString AttributeField::displayUnit() const
{
    return *unit ? tr(unit) : QString();
}

const QList<AttributeField> &allAttributeFields()
{
    return fieldTable();
}

QList<AttributeField> attributeFields(ElementKind kind)
{
    QList<AttributeField> result;
    for (const AttributeField &field : fieldTable()) {
        if (field.kinds.contains(kind))
            result.append(field);
    }
    return result;
}

const AttributeField *findAttributeField(ElementKind kind, const QString &key)
{
    for (const AttributeField &field : fieldTable()) {
        if (field.key == key && field.kinds.contains(kind))
            return &field;
    }
    return nullptr;
}

// Kafka's own rule (kafka.common.Topic): 1 to 249 of [a-zA-Z0-9._-], not "." or "..".
bool isKafkaTopicName(const QString &topic)
{
    static const QRegularExpression kafkaTopic(QStringLiteral("^[a-zA-Z0-9._-]{1,249}$"));
    return kafkaTopic.match(topic).hasMatch() && topic != QLatin1String(".") && topic != QLatin1String("..");
}

QString channelTopic(const Element &channel)
{
    const QString topic = channel.attributes.value(QLatin1String("topic")).toString().trimmed();
    if (isKafkaTopicName(topic))
        return topic;
    // No topic (or, in a damaged catalog, one Kafka refuses): the name, made into one.
    static const QRegularExpression outside(QStringLiteral("[^a-zA-Z0-9._-]+"));
    QString derived = QString(topic.isEmpty() ? channel.name : topic).replace(outside, QStringLiteral("-"));
    while (derived.startsWith(QLatin1Char('-')))
        derived.remove(0, 1);
    while (derived.endsWith(QLatin1Char('-')))
        derived.chop(1);
    derived.truncate(249);
    return isKafkaTopicName(derived) ? derived : QStringLiteral("channel-") + channel.id.toString(QUuid::WithoutBraces).left(8);
}

Result<QJsonValue> normalizeAttribute(const AttributeField &field, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QJsonValue(QJsonValue::Null);

    auto invalid = [&](const QString &why) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("mesh::catalog::AttributeField",
                                                     "Field \"%1\": %2").arg(field.key, why),
                         field.key);
    };
    auto checkRange = [&](double number) -> std::optional<Error> {
        if (!std::isfinite(number) || number < field.minimum || number > field.maximum) {
            QString range = field.maximum == kNoMax
                ? QCoreApplication::translate("mesh::catalog::AttributeField", "at least %1")
                      .arg(field.minimum)
                : QCoreApplication::translate("mesh::catalog::AttributeField", "between %1 and %2")
                      .arg(field.minimum)
                      .arg(field.maximum);
            return invalid(QCoreApplication::translate("mesh::catalog::AttributeField",
                                                       "%1 is out of range (expected %2)")
                               .arg(number)
                               .arg(range));
        }
        return std::nullopt;
    };

    switch (field.type) {
    case FieldType::Integer: {
        if (!value.isDouble() || std::floor(value.toDouble()) != value.toDouble())
            return invalid(QCoreApplication::translate("mesh::catalog::AttributeField",
                                                       "expected a whole number"));
        if (auto error = checkRange(value.toDouble()))
            return *error;
        return QJsonValue(static_cast<qint64>(value.toDouble()));
    }
    case FieldType::Decimal:
        if (!value.isDouble())
            return invalid(QCoreApplication::translate("mesh::catalog::AttributeField",
                                                       "expected a number"));
        if (auto error = checkRange(value.toDouble()))
            return *error;
        return value;
    case FieldType::Text:
        if (!value.isString())
            return invalid(QCoreApplication::translate("mesh::catalog::AttributeField",
                                                       "expected a string"));
        if (value.toString().trimmed().isEmpty())
            return QJsonValue(QJsonValue::Null);
        if (field.key == QLatin1String("topic")) {
            const QString topic = value.toString().trimmed();
            if (!isKafkaTopicName(topic))
                return invalid(QCoreApplication::translate("mesh::catalog::AttributeField",
                                                           "\"%1\" is not a topic name Kafka accepts: 1 to 249 letters, digits, "
                                                           "'.', '_' or '-', and not \".\" or \"..\"")
                                   .arg(QString(topic.left(80)).replace(QRegularExpression(QStringLiteral("[\\x00-\\x1f\\x7f]")), QStringLiteral("?"))));
        }
        return QJsonValue(value.toString().trimmed());
    case FieldType::TextList: {
        if (!value.isArray())
            return invalid(QCoreApplication::translate("mesh::catalog::AttributeField",
                                                       "expected a list of strings"));
        QJsonArray cleaned;
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString())
                return invalid(QCoreApplication::translate("mesh::catalog::AttributeField",
                                                           "expected a list of strings"));
            if (!item.toString().trimmed().isEmpty())
                cleaned.append(item.toString().trimmed());
        }
        if (cleaned.isEmpty())
            return QJsonValue(QJsonValue::Null);
        return QJsonValue(cleaned);
    }
    case FieldType::Choice:
        if (!value.isString() || !field.choices.contains(value.toString()))
            return invalid(QCoreApplication::translate("mesh::catalog::AttributeField",
                                                       "expected one of %1")
                               .arg(field.choices.join(QLatin1String(", "))));
        return value;
    }
    return value;
}

} // namespace mesh::catalog
