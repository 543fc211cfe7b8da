#pragma once

#include "catalog/model/element.h"
#include "catalog/model/elementkind.h"
#include "catalog/result.h"

#include <QJsonValue>
#include <QList>
#include <QStringList>

namespace mesh::catalog {

// The kind-specific, typed metadata of elements: the seed's registry fields (latency to
// data update, response time percentiles, uptime SLO, …) and Kafka topic settings. Each
// field has a type and a unit, so that values are numbers people and rules can compare,
// never free text.
enum class FieldType {
    Integer,   // whole number, stored as a JSON number
    Decimal,   // real number
    Text,      // one line of text
    TextList,  // list of strings
    Choice,    // one of `choices`
};

struct AttributeField {
    QString key;            // JSON key, e.g. "responseTimeP99Ms"
    const char *label;      // untranslated label (context mesh::catalog::AttributeField)
    FieldType type;
    const char *unit;       // untranslated unit suffix, "" when none
    double minimum;
    double maximum;
    QStringList choices;    // for Choice
    QList<ElementKind> kinds;

    QString displayLabel() const;
    QString displayUnit() const;
};

// The Kafka topic a channel stands for: its `topic`, else its name made into one Kafka
// accepts (1 to 249 of [a-zA-Z0-9._-], not "." or ".."): "Order events" → "Order-events".
QString channelTopic(const Element &channel);
bool isKafkaTopicName(const QString &topic);

const QList<AttributeField> &allAttributeFields();
QList<AttributeField> attributeFields(ElementKind kind);
const AttributeField *findAttributeField(ElementKind kind, const QString &key);

// Checks a value for a field and returns it normalised (integers as integers, lists
// without empty entries). Null means "unset" and is always accepted.
Result<QJsonValue> normalizeAttribute(const AttributeField &field, const QJsonValue &value);

} // namespace mesh::catalog
