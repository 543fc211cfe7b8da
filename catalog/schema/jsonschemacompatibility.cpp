#include "catalog/schema/jsonschemacompatibility.h"

#include "catalog/schema/jsonschematree.h"
#include "catalog/schema/jsonsyntaxerror.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>
#include <memory>

namespace mesh::catalog {

namespace {

using T = JsonSchemaCompatibility;
using Node = JsonSchemaNode;
using Kind = JsonSchemaNode::Kind;

// What Confluent Schema Registry lets pass, by the names of its difference types; every
// other difference found is incompatible. LENIENT also lets an open content model gain and
// lose properties (the registry's answer to "open models can never evolve").
const QSet<QString> &strictCompatibleChanges()
{
    static const QSet<QString> changes{
        "ID_CHANGED", "DESCRIPTION_CHANGED", "TITLE_CHANGED", "DEFAULT_CHANGED", "SCHEMA_REMOVED", "TYPE_EXTENDED",
        "MAX_LENGTH_INCREASED", "MAX_LENGTH_REMOVED", "MIN_LENGTH_DECREASED", "MIN_LENGTH_REMOVED", "PATTERN_REMOVED",
        "MAXIMUM_INCREASED", "MAXIMUM_REMOVED", "MINIMUM_DECREASED", "MINIMUM_REMOVED", "EXCLUSIVE_MAXIMUM_INCREASED",
        "EXCLUSIVE_MAXIMUM_REMOVED", "EXCLUSIVE_MINIMUM_DECREASED", "EXCLUSIVE_MINIMUM_REMOVED", "MULTIPLE_OF_REDUCED",
        "MULTIPLE_OF_REMOVED", "REQUIRED_ATTRIBUTE_WITH_DEFAULT_ADDED", "REQUIRED_ATTRIBUTE_REMOVED", "DEPENDENCY_ARRAY_NARROWED",
        "DEPENDENCY_ARRAY_REMOVED", "DEPENDENCY_SCHEMA_REMOVED", "MAX_PROPERTIES_INCREASED", "MAX_PROPERTIES_REMOVED",
        "MIN_PROPERTIES_DECREASED", "MIN_PROPERTIES_REMOVED", "ADDITIONAL_PROPERTIES_ADDED", "ADDITIONAL_PROPERTIES_EXTENDED",
        "PROPERTY_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL", "REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_UNOPEN_CONTENT_MODEL",
        "OPTIONAL_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL", "PROPERTY_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL",
        "PROPERTY_REMOVED_FROM_OPEN_CONTENT_MODEL", "PROPERTY_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL",
        "PROPERTY_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL", "MAX_ITEMS_INCREASED", "MAX_ITEMS_REMOVED",
        "MIN_ITEMS_DECREASED", "MIN_ITEMS_REMOVED", "UNIQUE_ITEMS_REMOVED", "ADDITIONAL_ITEMS_ADDED", "ADDITIONAL_ITEMS_EXTENDED",
        "ITEM_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL", "ITEM_ADDED_TO_CLOSED_CONTENT_MODEL",
        "ITEM_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL", "ITEM_REMOVED_FROM_OPEN_CONTENT_MODEL",
        "ITEM_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL", "ITEM_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL",
        "ENUM_ARRAY_EXTENDED", "COMBINED_TYPE_EXTENDED", "PRODUCT_TYPE_NARROWED", "SUM_TYPE_EXTENDED", "NOT_TYPE_NARROWED"};
    return changes;
}

const QSet<QString> &lenientCompatibleChanges()
{
    static const QSet<QString> changes = strictCompatibleChanges()
        + QSet<QString>{"ADDITIONAL_PROPERTIES_NARROWED", "ADDITIONAL_PROPERTIES_REMOVED", "PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL",
                        "PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL",
                        "PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL"};
    return changes;
}

struct Difference {
    QString type;
    QString path;
};

// One comparison of an earlier schema ("original") with a later one ("update"), as the
// registry's SchemaDiff walks them; sub-differs share the pairs being compared, so a
// recursive type met again is taken as compatible instead of walked forever.
class Differ
{
public:
    Differ(const QSet<QString> &compatible, std::shared_ptr<QSet<std::pair<const Node *, const Node *>>> inProgress)
        : m_compatible(compatible), m_inProgress(std::move(inProgress))
    {
    }

    Differ sub() const
    {
        Differ differ(m_compatible, m_inProgress);
        differ.m_path = m_path;
        return differ;
    }

    bool isCompatible() const
    {
        for (const Difference &difference : m_differences) {
            if (!m_compatible.contains(difference.type))
                return false;
        }
        return true;
    }

    const QList<Difference> &differences() const { return m_differences; }

    void compare(const Node *original, const Node *update)
    {
        if (!original && !update)
            return;
        if (!original)
            return add("SCHEMA_ADDED");
        if (!update)
            return add("SCHEMA_REMOVED");
        const bool originalCombined = original->kind == Kind::Combined, updateCombined = update->kind == Kind::Combined;
        if (!originalCombined && updateCombined) {
            // A plain schema may become one alternative among several.
            if (update->subschemas.size() == 1) {
                if (adoptIfCompatible(original, update->subschemas.first(), {}))
                    return;
            } else if (update->criterion != Node::Criterion::AllOf) {
                for (const Node *branch : update->subschemas) {
                    if (adoptIfCompatible(original, branch, "SUM_TYPE_EXTENDED"))
                        return;
                }
            }
        } else if (originalCombined && !updateCombined) {
            if (original->subschemas.size() == 1 && adoptIfCompatible(original->subschemas.first(), update, {}))
                return;
            // allOf may give way to one of its parts.
            if (original->criterion == Node::Criterion::AllOf) {
                for (const Node *part : original->subschemas) {
                    if (adoptIfCompatible(part, update, "PRODUCT_TYPE_NARROWED"))
                        return;
                }
            }
        }
        if (!sameKind(original, update)) {
            if (original->kind == Kind::False || update->kind == Kind::Empty)
                return;
            if (original->connectType == QLatin1String("bytes") && update->connectType == QLatin1String("bytes"))
                return;
            return add("TYPE_CHANGED");
        }
        const std::pair pair{original, update};
        if (m_inProgress->contains(pair))
            return;
        m_inProgress->insert(pair);
        compareAnnotations(*original, *update);
        switch (original->kind) {
        case Kind::String: compareString(*original, *update); break;
        case Kind::Number: compareNumber(*original, *update); break;
        case Kind::Const:
            if (original->values != update->values)
                add("const", "ENUM_ARRAY_CHANGED");
            break;
        case Kind::Enum: compareEnum(*original, *update); break;
        case Kind::Combined: compareCombined(*original, *update); break;
        case Kind::Not: compareNot(*original, *update); break;
        case Kind::Object: compareObject(*original, *update); break;
        case Kind::Array: compareArray(*original, *update); break;
        case Kind::Unresolved:
            if (original->unresolvedRef != update->unresolvedRef)
                add("TYPE_CHANGED");
            break;
        default: break;
        }
        m_inProgress->remove(pair);
    }

private:
    static bool sameKind(const Node *a, const Node *b) { return a->kind == b->kind; }

    // Compares in a sub-differ; keeps what it found (and `extra`) when that is compatible.
    bool adoptIfCompatible(const Node *original, const Node *update, const char *extra)
    {
        Differ differ = sub();
        differ.compare(original, update);
        if (!differ.isCompatible())
            return false;
        m_differences += differ.m_differences;
        if (extra)
            add(extra);
        return true;
    }

    void compareAnnotations(const Node &original, const Node &update)
    {
        if (original.id != update.id)
            add("ID_CHANGED");
        if (original.title != update.title)
            add("TITLE_CHANGED");
        if (original.description != update.description)
            add("DESCRIPTION_CHANGED");
        if (original.defaultValue != update.defaultValue)
            add("DEFAULT_CHANGED");
    }

    // `upperLimit`: a larger value allows more ("maximum"); otherwise a smaller one does.
    void compareLimit(const char *keyword, const char *name, const std::optional<double> &original, const std::optional<double> &update)
    {
        if (original == update)
            return;
        const QString prefix = QLatin1String(name);
        if (!original)
            add(keyword, prefix + QLatin1String("_ADDED"));
        else if (!update)
            add(keyword, prefix + QLatin1String("_REMOVED"));
        else
            add(keyword, prefix + (*original < *update ? QLatin1String("_INCREASED") : QLatin1String("_DECREASED")));
    }

    void compareString(const Node &original, const Node &update)
    {
        compareLimit("maxLength", "MAX_LENGTH", original.maxLength, update.maxLength);
        compareLimit("minLength", "MIN_LENGTH", original.minLength, update.minLength);
        if (!original.pattern && update.pattern)
            add("pattern", "PATTERN_ADDED");
        else if (original.pattern && !update.pattern)
            add("pattern", "PATTERN_REMOVED");
        else if (original.pattern != update.pattern)
            add("pattern", "PATTERN_CHANGED");
    }

    static bool divides(double divisor, double value)
    {
        if (divisor == 0)
            return false;
        const double ratio = value / divisor;
        return std::abs(ratio - std::round(ratio)) < 1e-9 * std::max(1.0, std::abs(ratio));
    }

    void compareNumber(const Node &original, const Node &update)
    {
        compareLimit("maximum", "MAXIMUM", original.maximum, update.maximum);
        compareLimit("minimum", "MINIMUM", original.minimum, update.minimum);
        compareLimit("exclusiveMaximum", "EXCLUSIVE_MAXIMUM", original.exclusiveMaximum, update.exclusiveMaximum);
        compareLimit("exclusiveMinimum", "EXCLUSIVE_MINIMUM", original.exclusiveMinimum, update.exclusiveMinimum);
        if (original.multipleOf != update.multipleOf) {
            if (!original.multipleOf)
                add("multipleOf", "MULTIPLE_OF_ADDED");
            else if (!update.multipleOf)
                add("multipleOf", "MULTIPLE_OF_REMOVED");
            else if (divides(*original.multipleOf, *update.multipleOf))
                add("multipleOf", "MULTIPLE_OF_EXPANDED");
            else if (divides(*update.multipleOf, *original.multipleOf))
                add("multipleOf", "MULTIPLE_OF_REDUCED");
            else
                add("multipleOf", "MULTIPLE_OF_CHANGED");
        }
        if (original.integer != update.integer)
            add(original.integer ? "TYPE_EXTENDED" : "TYPE_NARROWED");
    }

    void compareEnum(const Node &original, const Node &update)
    {
        auto contains = [](const QJsonArray &all, const QJsonArray &some) {
            for (const QJsonValue &value : some) {
                if (!all.contains(value))
                    return false;
            }
            return true;
        };
        const bool grew = contains(update.values, original.values), shrank = contains(original.values, update.values);
        if (grew && shrank)
            return;
        add("enum", grew ? "ENUM_ARRAY_EXTENDED" : shrank ? "ENUM_ARRAY_NARROWED" : "ENUM_ARRAY_CHANGED");
    }

    void compareNot(const Node &original, const Node &update)
    {
        m_path.append(QStringLiteral("not"));
        // What the new schema refuses must have been refused before.
        Differ differ = sub();
        differ.compare(update.mustNotMatch, original.mustNotMatch);
        add(differ.isCompatible() ? "NOT_TYPE_NARROWED" : "NOT_TYPE_EXTENDED");
        m_path.removeLast();
    }

    static QString criterionName(Node::Criterion criterion)
    {
        switch (criterion) {
        case Node::Criterion::AllOf: return QStringLiteral("allOf");
        case Node::Criterion::AnyOf: return QStringLiteral("anyOf");
        case Node::Criterion::OneOf: return QStringLiteral("oneOf");
        }
        return {};
    }

    static QList<const Node *> distinct(const QList<const Node *> &schemas)
    {
        QList<const Node *> kept;
        QSet<QByteArray> seen;
        for (const Node *schema : schemas) {
            if (!seen.contains(schema->canonical)) {
                seen.insert(schema->canonical);
                kept.append(schema);
            }
        }
        return kept;
    }

    void compareCombined(const Node &original, const Node &update)
    {
        const bool singleOriginal = original.subschemas.size() == 1, singleUpdate = update.subschemas.size() == 1;
        if (original.criterion != update.criterion) {
            const bool extended = update.criterion == Node::Criterion::AnyOf
                || (update.criterion == Node::Criterion::OneOf && singleOriginal)
                || (update.criterion == Node::Criterion::AllOf && singleOriginal && singleUpdate);
            add(extended ? "COMBINED_TYPE_EXTENDED" : "COMBINED_TYPE_CHANGED");
            if (!extended)
                return;
        }
        const QList<const Node *> originals = distinct(original.subschemas), updates = distinct(update.subschemas);
        const bool product = update.criterion == Node::Criterion::AllOf;
        if (originals.size() < updates.size())
            add(product ? "PRODUCT_TYPE_EXTENDED" : "SUM_TYPE_EXTENDED");
        else if (originals.size() > updates.size())
            add(product ? "PRODUCT_TYPE_NARROWED" : "SUM_TYPE_NARROWED");
        // Which earlier alternative each later one can stand for, and what that pairing finds.
        QList<QList<std::optional<QList<Difference>>>> edges(originals.size());
        for (qsizetype i = 0; i < originals.size(); ++i) {
            m_path.append(criterionName(original.criterion) + QLatin1Char('/') + QString::number(i));
            for (const Node *candidate : updates) {
                Differ differ = sub();
                differ.compare(originals[i], candidate);
                edges[i].append(differ.isCompatible() ? std::optional(differ.m_differences) : std::nullopt);
            }
            m_path.removeLast();
        }
        // The largest one-to-one pairing (augmenting paths: the lists are short).
        QList<qsizetype> partnerOfUpdate(updates.size(), -1);
        std::function<bool(qsizetype, QList<bool> &)> augment = [&](qsizetype i, QList<bool> &visited) {
            for (qsizetype j = 0; j < updates.size(); ++j) {
                if (!edges[i][j] || visited[j])
                    continue;
                visited[j] = true;
                if (partnerOfUpdate[j] < 0 || augment(partnerOfUpdate[j], visited)) {
                    partnerOfUpdate[j] = i;
                    return true;
                }
            }
            return false;
        };
        qsizetype matched = 0;
        for (qsizetype i = 0; i < originals.size(); ++i) {
            QList<bool> visited(updates.size(), false);
            if (augment(i, visited))
                ++matched;
        }
        for (qsizetype j = 0; j < updates.size(); ++j) {
            if (partnerOfUpdate[j] >= 0)
                m_differences += *edges[partnerOfUpdate[j]][j];
        }
        if (matched < std::min(originals.size(), updates.size()))
            add("COMBINED_TYPE_SUBSCHEMAS_CHANGED");
    }

    static bool isOpen(const Node &object)
    {
        return object.patternProperties.isEmpty() && !object.additionalProperties && object.additionalPropertiesAllowed;
    }

    static const Node *partiallyOpenSchemaFor(const Node &object, const QString &name)
    {
        for (const auto &[pattern, schema] : object.patternProperties) {
            if (pattern.match(name).hasMatch())
                return schema;
        }
        return object.additionalProperties;
    }

    // A property one side has and the other lacks, read against the other side's partially
    // open content model; `original`/`update` is the pair as the registry orders it.
    void compareCovered(const Node *original, const Node *update, const char *covered, const char *notCovered)
    {
        Differ differ = sub();
        differ.compare(original, update);
        m_differences += differ.m_differences;
        add(differ.isCompatible() ? covered : notCovered);
    }

    void compareObject(const Node &original, const Node &update)
    {
        m_path.append(QStringLiteral("required"));
        for (const auto &[name, schema] : original.properties) {
            const Node *later = update.property(name);
            if (!later)
                continue;
            const bool wasRequired = original.required.contains(name), isRequired = update.required.contains(name);
            if (wasRequired && !isRequired)
                add(name, "REQUIRED_ATTRIBUTE_REMOVED");
            else if (!wasRequired && isRequired)
                add(name, later->defaultValue.isUndefined() ? "REQUIRED_ATTRIBUTE_ADDED" : "REQUIRED_ATTRIBUTE_WITH_DEFAULT_ADDED");
        }
        m_path.last() = QStringLiteral("properties");
        QStringList names;
        for (const auto &[name, schema] : original.properties)
            names.append(name);
        for (const auto &[name, schema] : update.properties) {
            if (!original.property(name))
                names.append(name);
        }
        for (const QString &name : std::as_const(names)) {
            m_path.append(name);
            const Node *before = original.property(name), *after = update.property(name);
            if (!after) {
                if (isOpen(update))
                    add("PROPERTY_REMOVED_FROM_OPEN_CONTENT_MODEL");
                else if (const Node *partial = partiallyOpenSchemaFor(update, name))
                    compareCovered(before, partial, "PROPERTY_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL",
                                   "PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL");
                else
                    add(before->kind == Kind::False ? "PROPERTY_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL"
                                                    : "PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL");
            } else if (!before) {
                if (isOpen(original)) {
                    add(after->kind == Kind::Empty ? "PROPERTY_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL"
                                                   : "PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL");
                } else {
                    if (const Node *partial = partiallyOpenSchemaFor(original, name))
                        compareCovered(partial, after, "PROPERTY_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL",
                                       "PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL");
                    if (!update.required.contains(name))
                        add("OPTIONAL_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL");
                    else
                        add(after->defaultValue.isUndefined() ? "REQUIRED_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL"
                                                              : "REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_UNOPEN_CONTENT_MODEL");
                }
            } else {
                compare(before, after);
            }
            m_path.removeLast();
        }
        m_path.last() = QStringLiteral("dependencies");
        QStringList keys = original.propertyDependencies.keys() + update.propertyDependencies.keys();
        keys.removeDuplicates();
        for (const QString &key : std::as_const(keys)) {
            const auto before = original.propertyDependencies.constFind(key), after = update.propertyDependencies.constFind(key);
            if (after == update.propertyDependencies.cend())
                add(key, "DEPENDENCY_ARRAY_REMOVED");
            else if (before == original.propertyDependencies.cend())
                add(key, "DEPENDENCY_ARRAY_ADDED");
            else if (*before != *after)
                add(key, after->contains(*before) ? "DEPENDENCY_ARRAY_EXTENDED"
                         : before->contains(*after) ? "DEPENDENCY_ARRAY_NARROWED"
                                                    : "DEPENDENCY_ARRAY_CHANGED");
        }
        keys = original.schemaDependencies.keys() + update.schemaDependencies.keys();
        keys.removeDuplicates();
        for (const QString &key : std::as_const(keys)) {
            const Node *before = original.schemaDependencies.value(key), *after = update.schemaDependencies.value(key);
            if (!after) {
                add(key, "DEPENDENCY_SCHEMA_REMOVED");
            } else if (!before) {
                add(key, "DEPENDENCY_SCHEMA_ADDED");
            } else {
                m_path.append(key);
                compare(before, after);
                m_path.removeLast();
            }
        }
        m_path.last() = QStringLiteral("additionalProperties");
        if (original.additionalPropertiesAllowed != update.additionalPropertiesAllowed)
            add(update.additionalPropertiesAllowed ? "ADDITIONAL_PROPERTIES_ADDED" : "ADDITIONAL_PROPERTIES_REMOVED");
        else if (!original.additionalProperties && update.additionalProperties)
            add("ADDITIONAL_PROPERTIES_NARROWED");
        else if (original.additionalProperties && !update.additionalProperties)
            add("ADDITIONAL_PROPERTIES_EXTENDED");
        else
            compare(original.additionalProperties, update.additionalProperties);
        m_path.removeLast();
        compareLimit("maxProperties", "MAX_PROPERTIES", original.maxProperties, update.maxProperties);
        compareLimit("minProperties", "MIN_PROPERTIES", original.minProperties, update.minProperties);
    }

    static bool isOpenForItems(const Node &array) { return !array.additionalItems && array.additionalItemsAllowed; }

    void compareArray(const Node &original, const Node &update)
    {
        m_path.append(QStringLiteral("items"));
        compare(original.allItems, update.allItems);
        m_path.removeLast();
        const qsizetype shared = std::min(original.itemSchemas.size(), update.itemSchemas.size());
        for (qsizetype i = 0; i < std::max(original.itemSchemas.size(), update.itemSchemas.size()); ++i) {
            m_path.append(QStringLiteral("items/%1").arg(i));
            if (i < shared) {
                compare(original.itemSchemas[i], update.itemSchemas[i]);
            } else if (i < original.itemSchemas.size()) {
                const Node *before = original.itemSchemas[i];
                if (isOpenForItems(update))
                    add("ITEM_REMOVED_FROM_OPEN_CONTENT_MODEL");
                else if (update.additionalItems)
                    compareCovered(before, update.additionalItems, "ITEM_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL",
                                   "ITEM_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL");
                else
                    add(before->kind == Kind::False ? "ITEM_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL" : "ITEM_REMOVED_FROM_CLOSED_CONTENT_MODEL");
            } else {
                const Node *after = update.itemSchemas[i];
                if (isOpenForItems(original))
                    add(after->kind == Kind::Empty ? "ITEM_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL" : "ITEM_ADDED_TO_OPEN_CONTENT_MODEL");
                else if (original.additionalItems)
                    compareCovered(original.additionalItems, after, "ITEM_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL",
                                   "ITEM_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL");
                else
                    add("ITEM_ADDED_TO_CLOSED_CONTENT_MODEL");
            }
            m_path.removeLast();
        }
        m_path.append(QStringLiteral("additionalItems"));
        if (original.additionalItemsAllowed != update.additionalItemsAllowed)
            add(original.additionalItemsAllowed ? "ADDITIONAL_ITEMS_REMOVED" : "ADDITIONAL_ITEMS_ADDED");
        else if (!original.additionalItems && update.additionalItems)
            add("ADDITIONAL_ITEMS_NARROWED");
        else if (original.additionalItems && !update.additionalItems)
            add("ADDITIONAL_ITEMS_EXTENDED");
        else
            compare(original.additionalItems, update.additionalItems);
        m_path.removeLast();
        compareLimit("maxItems", "MAX_ITEMS", original.maxItems, update.maxItems);
        compareLimit("minItems", "MIN_ITEMS", original.minItems, update.minItems);
        if (original.uniqueItems != update.uniqueItems)
            add("uniqueItems", original.uniqueItems ? "UNIQUE_ITEMS_REMOVED" : "UNIQUE_ITEMS_ADDED");
    }

    void add(const QString &type) { m_differences.append(Difference{type, QStringLiteral("#/") + m_path.join(QLatin1Char('/'))}); }

    void add(const QString &keyword, const QString &type)
    {
        m_path.append(keyword);
        add(type);
        m_path.removeLast();
    }

    const QSet<QString> &m_compatible;
    std::shared_ptr<QSet<std::pair<const Node *, const Node *>>> m_inProgress;
    QStringList m_path;
    QList<Difference> m_differences;
};

// What an incompatible difference means, in the words the studio shows.
QString explain(const QString &type)
{
    if (type == QLatin1String("TYPE_CHANGED") || type == QLatin1String("COMBINED_TYPE_CHANGED")
        || type == QLatin1String("COMBINED_TYPE_SUBSCHEMAS_CHANGED") || type == QLatin1String("ENUM_ARRAY_CHANGED"))
        return T::tr("the type or its alternatives changed");
    if (type == QLatin1String("TYPE_NARROWED"))
        return T::tr("the type was narrowed (number to integer)");
    if (type.endsWith(QLatin1String("_ADDED")) && !type.contains(QLatin1String("PROPERTY")) && !type.contains(QLatin1String("ITEM_")))
        return T::tr("a constraint was added");
    if (type == QLatin1String("ADDITIONAL_ITEMS_REMOVED") || type == QLatin1String("ADDITIONAL_PROPERTIES_REMOVED"))
        return T::tr("the content model was closed");
    if (type.endsWith(QLatin1String("_INCREASED")) || type == QLatin1String("MULTIPLE_OF_EXPANDED"))
        return T::tr("a lower limit was raised");
    if (type.endsWith(QLatin1String("_DECREASED")))
        return T::tr("an upper limit was lowered");
    if (type.endsWith(QLatin1String("_CHANGED")))
        return T::tr("the value changed");
    if (type.endsWith(QLatin1String("_NARROWED")))
        return T::tr("fewer values or alternatives are allowed");
    if (type.endsWith(QLatin1String("_EXTENDED")))
        return T::tr("more is excluded or more alternatives must hold at once");
    if (type == QLatin1String("PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL") || type == QLatin1String("ITEM_ADDED_TO_OPEN_CONTENT_MODEL"))
        return T::tr("added to an open content model, where earlier data may hold it with any value");
    if (type == QLatin1String("REQUIRED_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL"))
        return T::tr("a required property without a default was added");
    if (type.contains(QLatin1String("REMOVED_FROM_CLOSED_CONTENT_MODEL")))
        return T::tr("removed from a closed content model, which now refuses it");
    if (type.contains(QLatin1String("NOT_COVERED")))
        return T::tr("not covered by the partially open content model (patternProperties, additionalProperties or additionalItems)");
    return T::tr("an incompatible change");
}

} // namespace

Result<QJsonValue> JsonSchemaCompatibility::parse(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError)
        return jsonSyntaxError(utf8, error);
    if (!document.isObject())
        return makeError(ErrorCode::InvalidInput, tr("a JSON Schema document is an object"));
    if (auto ok = checkSchemaNesting(document.object()); !ok)
        return ok.error();
    return QJsonValue(document.object());
}

JsonSchemaPolicy JsonSchemaCompatibility::policyOf(const Element &subject)
{
    return policyFromId(subject.attributes.value(QLatin1String("jsonSchemaPolicy")).toString()).value_or(JsonSchemaPolicy::Strict);
}

std::optional<JsonSchemaPolicy> JsonSchemaCompatibility::policyFromId(QAnyStringView id)
{
    if (QAnyStringView::compare(id, QLatin1String("STRICT"), Qt::CaseInsensitive) == 0)
        return JsonSchemaPolicy::Strict;
    if (QAnyStringView::compare(id, QLatin1String("LENIENT"), Qt::CaseInsensitive) == 0)
        return JsonSchemaPolicy::Lenient;
    return std::nullopt;
}

QList<CompatibilityIssue> JsonSchemaCompatibility::canRead(const QJsonValue &reader, const QJsonValue &writer, CompatibilityIssue::Breaks breaks,
                                                           int againstVersion, JsonSchemaPolicy policy)
{
    // The registry compares the schema data was written with ("original") to the one
    // reading it ("update").
    const JsonSchemaTree written(writer), reading(reader);
    const QSet<QString> &compatible = policy == JsonSchemaPolicy::Lenient ? lenientCompatibleChanges() : strictCompatibleChanges();
    Differ differ(compatible, std::make_shared<QSet<std::pair<const Node *, const Node *>>>());
    differ.compare(written.root(), reading.root());
    QList<CompatibilityIssue> issues;
    for (const Difference &difference : differ.differences()) {
        if (!compatible.contains(difference.type))
            issues.append(CompatibilityIssue{difference.path, explain(difference.type) + QStringLiteral(" (") + difference.type + QLatin1Char(')'),
                                             breaks, againstVersion, difference.type});
    }
    return issues;
}

} // namespace mesh::catalog
