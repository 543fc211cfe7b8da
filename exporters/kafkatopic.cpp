#include "exporters/kafkatopic.h"

#include "catalog/model/attributefield.h"

namespace mesh::exporters {

KafkaTopic kafkaTopicOf(const catalog::Element &channel)
{
    const QJsonObject &attributes = channel.attributes;
    KafkaTopic topic;
    topic.name = catalog::channelTopic(channel);
    topic.partitions = attributes.value(QLatin1String("partitions")).toInt(topic.partitions);
    topic.replicas = attributes.value(QLatin1String("replicationFactor")).toInt(topic.replicas);
    if (attributes.contains(QLatin1String("cleanupPolicy")))
        topic.config.insert(QStringLiteral("cleanup.policy"), attributes.value(QLatin1String("cleanupPolicy")).toString());
    if (attributes.contains(QLatin1String("minInSyncReplicas")))
        topic.config.insert(QStringLiteral("min.insync.replicas"), qint64(attributes.value(QLatin1String("minInSyncReplicas")).toInt()));
    if (attributes.contains(QLatin1String("retentionMs")))
        topic.config.insert(QStringLiteral("retention.ms"), qint64(attributes.value(QLatin1String("retentionMs")).toDouble()));
    return topic;
}

} // namespace mesh::exporters
