#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QString>

#include <deque>
#include <optional>

namespace mesh::catalog {

// A JSON Schema document read into typed nodes the way Confluent Schema Registry's loader
// (everit) reads it, because its compatibility verdicts follow from that reading: "type"
// lists become anyOf, a "type" next to "enum" or "const" becomes an allOf of the two, a
// schema without "type" is an object or an array by its keywords, "$ref"s inside the
// document are followed (a recursive type is one node reached twice). The keywords of
// the draft named by "$schema" (04, 06/07, 2019-09, 2020-12) are read; the others are
// ignored, as the registry ignores them.
struct JsonSchemaNode {
    enum class Kind { Empty, False, Boolean, Null, String, Number, Object, Array, Enum, Const, Combined, Not, Unresolved };
    enum class Criterion { AllOf, AnyOf, OneOf };

    Kind kind = Kind::Empty;
    QByteArray canonical; // the schema's JSON, keys sorted: equal texts are one alternative
    QJsonValue id, title, description, defaultValue;
    QString unresolvedRef;  // Unresolved: a "$ref" to another document
    QString connectType;    // Kafka Connect's "connect.type"

    // String
    std::optional<double> maxLength, minLength;
    std::optional<QString> pattern;
    // Number
    std::optional<double> maximum, minimum, exclusiveMaximum, exclusiveMinimum, multipleOf;
    bool integer = false;
    // Object
    QList<std::pair<QString, const JsonSchemaNode *>> properties;
    QSet<QString> required;
    bool additionalPropertiesAllowed = true;
    const JsonSchemaNode *additionalProperties = nullptr;
    QList<std::pair<QRegularExpression, const JsonSchemaNode *>> patternProperties;
    QMap<QString, QSet<QString>> propertyDependencies;
    QMap<QString, const JsonSchemaNode *> schemaDependencies;
    std::optional<double> maxProperties, minProperties;
    // Array
    const JsonSchemaNode *allItems = nullptr;
    QList<const JsonSchemaNode *> itemSchemas; // a tuple
    bool additionalItemsAllowed = true;
    const JsonSchemaNode *additionalItems = nullptr;
    std::optional<double> maxItems, minItems;
    bool uniqueItems = false;
    // Enum, Const
    QJsonArray values;
    // Combined, Not
    Criterion criterion = Criterion::AllOf;
    QList<const JsonSchemaNode *> subschemas;
    const JsonSchemaNode *mustNotMatch = nullptr;

    const JsonSchemaNode *property(const QString &name) const;
};

class JsonSchemaTree
{
public:
    explicit JsonSchemaTree(const QJsonValue &document);
    JsonSchemaTree(const JsonSchemaTree &) = delete;
    JsonSchemaTree &operator=(const JsonSchemaTree &) = delete;

    const JsonSchemaNode *root() const { return m_root; }

private:
    enum class Draft { Draft4, Draft7, Draft2019, Draft2020 };

    const JsonSchemaNode *load(const QJsonValue &value);
    const JsonSchemaNode *loadObject(const QJsonObject &schema);
    JsonSchemaNode *make(JsonSchemaNode::Kind kind, const QJsonObject &schema);
    void readObject(JsonSchemaNode &node, const QJsonObject &schema);
    void readArray(JsonSchemaNode &node, const QJsonObject &schema);
    void readNumber(JsonSchemaNode &node, const QJsonObject &schema);
    // The schema a local "$ref" points to, followed to its end, and the pointer it was found at.
    std::optional<std::pair<QJsonValue, QString>> follow(QString ref) const;

    QJsonValue m_document;
    Draft m_draft = Draft::Draft7;
    std::deque<JsonSchemaNode> m_nodes;
    QHash<QString, const JsonSchemaNode *> m_byPointer;
    QString m_pointerBeingLoaded; // the first node made for it is what the pointer means
    const JsonSchemaNode *m_root = nullptr;
};

} // namespace mesh::catalog
