#include "catalog/schema/jsonschematree.h"

#include <QJsonDocument>
#include <QUrl>

namespace mesh::catalog {

namespace {

using Kind = JsonSchemaNode::Kind;

std::optional<double> number(const QJsonObject &schema, const char *key)
{
    const QJsonValue value = schema.value(QLatin1String(key));
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

bool hasAny(const QJsonObject &schema, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        if (schema.contains(QLatin1String(key)))
            return true;
    }
    return false;
}

QByteArray canonicalText(const QJsonValue &value)
{
    if (!value.isObject())
        return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

} // namespace

const JsonSchemaNode *JsonSchemaNode::property(const QString &name) const
{
    for (const auto &[key, schema] : properties) {
        if (key == name)
            return schema;
    }
    return nullptr;
}

JsonSchemaTree::JsonSchemaTree(const QJsonValue &document)
    : m_document(document)
{
    const QString draft = document.toObject().value("$schema").toString();
    if (draft.contains(QLatin1String("draft-04")) || draft.contains(QLatin1String("draft-03")))
        m_draft = Draft::Draft4;
    else if (draft.contains(QLatin1String("2019-09")))
        m_draft = Draft::Draft2019;
    else if (draft.contains(QLatin1String("2020-12")))
        m_draft = Draft::Draft2020;
    m_root = load(document);
}

std::optional<std::pair<QJsonValue, QString>> JsonSchemaTree::follow(QString ref) const
{
    QJsonValue target;
    for (int hops = 0; hops < 32; ++hops) {
        if (!ref.startsWith(QLatin1Char('#')))
            return std::nullopt;
        target = m_document;
        const QString pointer = QUrl::fromPercentEncoding(ref.mid(1).toUtf8());
        for (QString part : pointer.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
            part.replace(QLatin1String("~1"), QLatin1String("/")).replace(QLatin1String("~0"), QLatin1String("~"));
            target = target.isArray() ? target.toArray().at(part.toInt()) : target.toObject().value(part);
            if (target.isUndefined())
                return std::nullopt;
        }
        const QJsonValue next = target.toObject().value("$ref");
        if (!next.isString())
            return std::pair{target, ref};
        ref = next.toString();
    }
    return std::nullopt;
}

JsonSchemaNode *JsonSchemaTree::make(Kind kind, const QJsonObject &schema)
{
    JsonSchemaNode &node = m_nodes.emplace_back();
    node.kind = kind;
    node.canonical = canonicalText(schema);
    node.id = schema.value(m_draft == Draft::Draft4 ? "id" : "$id");
    node.title = schema.value("title");
    node.description = schema.value("description");
    node.defaultValue = schema.value("default");
    node.connectType = schema.value("connect.type").toString();
    if (!m_pointerBeingLoaded.isEmpty()) {
        m_byPointer.insert(m_pointerBeingLoaded, &node);
        m_pointerBeingLoaded.clear();
    }
    return &node;
}

const JsonSchemaNode *JsonSchemaTree::load(const QJsonValue &value)
{
    if (value.isBool())
        return make(value.toBool() ? Kind::Empty : Kind::False, {});
    QJsonObject schema = value.toObject();
    const QJsonValue ref = schema.value("$ref");
    if (ref.isString()) {
        const auto target = follow(ref.toString());
        if (!target) {
            JsonSchemaNode *node = make(Kind::Unresolved, schema);
            node->unresolvedRef = ref.toString();
            return node;
        }
        if (const JsonSchemaNode *known = m_byPointer.value(target->second))
            return known;
        if (target->first.isBool())
            return load(target->first);
        m_pointerBeingLoaded = target->second;
        schema = target->first.toObject();
    }
    return loadObject(schema);
}

const JsonSchemaNode *JsonSchemaTree::loadObject(const QJsonObject &schema)
{
    if (schema.isEmpty())
        return make(Kind::Empty, schema);
    const QJsonValue type = schema.value("type");
    // A type next to "enum" or "const" is read as both at once.
    if (hasAny(schema, {"enum", "const"})
        && (type.isString()
            || hasAny(schema, {"properties", "items", "minLength", "maxLength", "pattern", "minimum", "maximum", "exclusiveMinimum",
                               "exclusiveMaximum", "multipleOf"}))) {
        JsonSchemaNode *node = make(Kind::Combined, schema);
        QJsonObject base = schema, values;
        for (const char *key : {"enum", "const"}) {
            if (base.contains(QLatin1String(key)))
                values.insert(QLatin1String(key), base.take(QLatin1String(key)));
        }
        node->criterion = JsonSchemaNode::Criterion::AllOf;
        node->subschemas = {loadObject(base), loadObject(values)};
        return node;
    }
    for (const auto &[key, criterion] : {std::pair{"allOf", JsonSchemaNode::Criterion::AllOf},
                                         std::pair{"anyOf", JsonSchemaNode::Criterion::AnyOf},
                                         std::pair{"oneOf", JsonSchemaNode::Criterion::OneOf}}) {
        if (!schema.contains(QLatin1String(key)))
            continue;
        JsonSchemaNode *node = make(Kind::Combined, schema);
        node->criterion = criterion;
        for (const QJsonValue &branch : schema.value(QLatin1String(key)).toArray())
            node->subschemas.append(load(branch));
        return node;
    }
    if (type.isArray()) {
        JsonSchemaNode *node = make(Kind::Combined, schema);
        node->criterion = JsonSchemaNode::Criterion::AnyOf;
        for (const QJsonValue &each : type.toArray()) {
            QJsonObject one = schema;
            one.insert("type", each);
            node->subschemas.append(loadObject(one));
        }
        return node;
    }
    if (schema.contains("not")) {
        JsonSchemaNode *node = make(Kind::Not, schema);
        node->mustNotMatch = load(schema.value("not"));
        return node;
    }
    if (schema.contains("const")) {
        JsonSchemaNode *node = make(Kind::Const, schema);
        node->values = QJsonArray{schema.value("const")};
        return node;
    }
    if (schema.contains("enum")) {
        JsonSchemaNode *node = make(Kind::Enum, schema);
        node->values = schema.value("enum").toArray();
        return node;
    }
    const QString name = type.toString();
    if (name == QLatin1String("string")) {
        JsonSchemaNode *node = make(Kind::String, schema);
        node->maxLength = number(schema, "maxLength");
        node->minLength = number(schema, "minLength");
        if (schema.value("pattern").isString())
            node->pattern = schema.value("pattern").toString();
        return node;
    }
    if (name == QLatin1String("number") || name == QLatin1String("integer")) {
        JsonSchemaNode *node = make(Kind::Number, schema);
        readNumber(*node, schema);
        return node;
    }
    if (name == QLatin1String("object")
        || (name.isEmpty()
            && hasAny(schema, {"properties", "additionalProperties", "patternProperties", "required", "minProperties", "maxProperties",
                               "dependencies", "dependentRequired", "dependentSchemas"}))) {
        JsonSchemaNode *node = make(Kind::Object, schema);
        readObject(*node, schema);
        return node;
    }
    if (name == QLatin1String("array")
        || (name.isEmpty() && hasAny(schema, {"items", "additionalItems", "minItems", "maxItems", "uniqueItems", "prefixItems"}))) {
        JsonSchemaNode *node = make(Kind::Array, schema);
        readArray(*node, schema);
        return node;
    }
    if (name == QLatin1String("boolean"))
        return make(Kind::Boolean, schema);
    if (name == QLatin1String("null"))
        return make(Kind::Null, schema);
    return make(Kind::Empty, schema);
}

void JsonSchemaTree::readNumber(JsonSchemaNode &node, const QJsonObject &schema)
{
    node.maximum = number(schema, "maximum");
    node.minimum = number(schema, "minimum");
    if (m_draft == Draft::Draft4) {
        // Draft 4: exclusiveMaximum is a flag on maximum.
        if (schema.value("exclusiveMaximum").toBool() && node.maximum)
            node.exclusiveMaximum = node.maximum;
        if (schema.value("exclusiveMinimum").toBool() && node.minimum)
            node.exclusiveMinimum = node.minimum;
    } else {
        node.exclusiveMaximum = number(schema, "exclusiveMaximum");
        node.exclusiveMinimum = number(schema, "exclusiveMinimum");
    }
    node.multipleOf = number(schema, "multipleOf");
    node.integer = schema.value("type").toString() == QLatin1String("integer");
}

void JsonSchemaTree::readObject(JsonSchemaNode &node, const QJsonObject &schema)
{
    const QJsonObject properties = schema.value("properties").toObject();
    for (auto it = properties.constBegin(); it != properties.constEnd(); ++it)
        node.properties.append({it.key(), load(*it)});
    for (const QJsonValue &name : schema.value("required").toArray()) {
        if (name.isString())
            node.required.insert(name.toString());
    }
    const QJsonValue additional = schema.value("additionalProperties");
    if (additional.isBool())
        node.additionalPropertiesAllowed = additional.toBool();
    else if (additional.isObject())
        node.additionalProperties = load(additional);
    const QJsonObject patterns = schema.value("patternProperties").toObject();
    for (auto it = patterns.constBegin(); it != patterns.constEnd(); ++it)
        node.patternProperties.append({QRegularExpression(it.key()), load(*it)});
    auto readDependencies = [&](const QJsonObject &dependencies, bool arrays, bool schemas) {
        for (auto it = dependencies.constBegin(); it != dependencies.constEnd(); ++it) {
            if (arrays && it->isArray()) {
                QSet<QString> names;
                for (const QJsonValue &name : it->toArray())
                    names.insert(name.toString());
                node.propertyDependencies.insert(it.key(), names);
            } else if (schemas && (it->isObject() || it->isBool())) {
                node.schemaDependencies.insert(it.key(), load(*it));
            }
        }
    };
    const bool newKeywords = m_draft == Draft::Draft2019 || m_draft == Draft::Draft2020;
    if (newKeywords && hasAny(schema, {"dependentRequired", "dependentSchemas"})) {
        readDependencies(schema.value("dependentRequired").toObject(), true, false);
        readDependencies(schema.value("dependentSchemas").toObject(), false, true);
    } else {
        readDependencies(schema.value("dependencies").toObject(), true, true);
    }
    node.maxProperties = number(schema, "maxProperties");
    node.minProperties = number(schema, "minProperties");
}

void JsonSchemaTree::readArray(JsonSchemaNode &node, const QJsonObject &schema)
{
    const QJsonValue items = schema.value("items");
    if (m_draft == Draft::Draft2020) {
        // 2020-12: the tuple is "prefixItems" and "items" what follows it.
        for (const QJsonValue &item : schema.value("prefixItems").toArray())
            node.itemSchemas.append(load(item));
        if (items.isObject()) {
            if (node.itemSchemas.isEmpty())
                node.allItems = load(items);
            else
                node.additionalItems = load(items);
        } else if (items.isBool()) {
            node.additionalItemsAllowed = items.toBool();
        }
    } else if (items.isObject() || items.isBool()) {
        node.allItems = load(items);
    } else if (items.isArray()) {
        for (const QJsonValue &item : items.toArray())
            node.itemSchemas.append(load(item));
    }
    const QJsonValue additional = schema.value("additionalItems");
    if (additional.isBool())
        node.additionalItemsAllowed = additional.toBool();
    else if (additional.isObject())
        node.additionalItems = load(additional);
    node.maxItems = number(schema, "maxItems");
    node.minItems = number(schema, "minItems");
    node.uniqueItems = schema.value("uniqueItems").toBool();
}

} // namespace mesh::catalog
