#pragma once

#include "catalog/model/element.h"

#include <QMap>
#include <QString>
#include <QVariant>

namespace mesh::exporters {

// A Channel element as Kafka sees it: the topic's name, partitions, replicas and the topic
// configuration the catalog sets, keyed by Kafka's own names ("retention.ms"). What the
// catalog leaves unset is left to the cluster's defaults, except partitions and replicas,
// which every topic declaration needs (1 and 3, Kafka's and Strimzi's usual values).
struct KafkaTopic {
    QString name;
    int partitions = 1;
    int replicas = 3;
    QMap<QString, QVariant> config;   // integers as qint64, the rest as strings
};

KafkaTopic kafkaTopicOf(const catalog::Element &channel);

} // namespace mesh::exporters
