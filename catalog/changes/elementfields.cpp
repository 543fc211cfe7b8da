#include "catalog/changes/elementfields.h"

#include "catalog/model/attributefield.h"

#include <QJsonArray>

namespace mesh::catalog {

namespace {

Error typeError(const QString &field, const QString &expected)
{
    return makeError(ErrorCode::InvalidInput,
                     ElementFields::tr("Field \"%1\": expected %2").arg(field, expected), field);
}

} // namespace

Result<void> ElementFields::assign(Element &element, const QJsonObject &set)
{
    for (auto it = set.constBegin(); it != set.constEnd(); ++it) {
        const QString &key = it.key();
        const QJsonValue &value = *it;
        const bool clear = value.isNull();
        if (key == QLatin1String("name")) {
            if (!value.isString())
                return typeError(key, tr("a string"));
            element.name = value.toString();
        } else if (key == QLatin1String("description") || key == QLatin1String("owner")) {
            if (!clear && !value.isString())
                return typeError(key, tr("a string"));
            if (key == QLatin1String("owner"))
                element.owner = value.toString().trimmed();
            else
                element.description = value.toString();
        } else if (key == QLatin1String("tags")) {
            if (!clear && !value.isArray())
                return typeError(key, tr("a list of strings"));
            QStringList tags;
            for (const QJsonValue &tag : value.toArray()) {
                if (!tag.isString())
                    return typeError(key, tr("a list of strings"));
                const QString trimmed = tag.toString().trimmed();
                if (!trimmed.isEmpty() && !tags.contains(trimmed))
                    tags.append(trimmed);
            }
            element.tags = tags;
        } else if (key == QLatin1String("lifecycle")) {
            auto lifecycle = clear ? std::optional(Lifecycle::Draft)
                                   : lifecycleFromId(value.toString());
            if (!lifecycle)
                return typeError(key, tr("one of draft, proposed, approved, deprecated, retired"));
            element.lifecycle = *lifecycle;
        } else if (key == QLatin1String("context")) {
            if (clear) {
                element.context = QUuid();
            } else {
                const QUuid id = QUuid::fromString(value.toString());
                if (!value.isString() || id.isNull())
                    return typeError(key, tr("the id of a bounded context"));
                element.context = id;
            }
        } else if (key == QLatin1String("kind") || key == QLatin1String("id")) {
            return makeError(ErrorCode::InvalidInput,
                             tr("Field \"%1\" cannot be changed").arg(key), key);
        } else {
            const AttributeField *field = findAttributeField(element.kind, key);
            if (!field) {
                return makeError(ErrorCode::InvalidInput,
                                 tr("Unknown field \"%1\" for kind %2")
                                     .arg(key, elementKindDisplayName(element.kind)),
                                 key);
            }
            auto normalized = normalizeAttribute(*field, value);
            if (!normalized)
                return normalized.error();
            if (normalized->isNull())
                element.attributes.remove(key);
            else
                element.attributes.insert(key, *normalized);
        }
    }
    return Ok{};
}

QJsonObject ElementFields::values(const Element &element, const QStringList &keys)
{
    QJsonObject result;
    for (const QString &key : keys) {
        QJsonValue value(QJsonValue::Null);
        if (key == QLatin1String("name"))
            value = element.name;
        else if (key == QLatin1String("description") && !element.description.isEmpty())
            value = element.description;
        else if (key == QLatin1String("owner") && !element.owner.isEmpty())
            value = element.owner;
        else if (key == QLatin1String("tags") && !element.tags.isEmpty())
            value = QJsonArray::fromStringList(element.tags);
        else if (key == QLatin1String("lifecycle"))
            value = lifecycleId(element.lifecycle);
        else if (key == QLatin1String("context") && !element.context.isNull())
            value = element.context.toString(QUuid::WithoutBraces);
        else if (element.attributes.contains(key))
            value = element.attributes.value(key);
        result.insert(key, value);
    }
    return result;
}

QJsonObject ElementFields::nonDefaultValues(const Element &element)
{
    QJsonObject result = element.attributes;
    if (!element.description.isEmpty())
        result.insert(QStringLiteral("description"), element.description);
    if (!element.owner.isEmpty())
        result.insert(QStringLiteral("owner"), element.owner);
    if (!element.tags.isEmpty())
        result.insert(QStringLiteral("tags"), QJsonArray::fromStringList(element.tags));
    if (element.lifecycle != Lifecycle::Draft)
        result.insert(QStringLiteral("lifecycle"), lifecycleId(element.lifecycle));
    return result;
}

} // namespace mesh::catalog
