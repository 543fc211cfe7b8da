#include "catalog/schema/jsonschemacompatibility.h"

#include "catalog/schema/jsonsyntaxerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace mesh::catalog {

namespace {

using T = JsonSchemaCompatibility;

QSet<QString> typesOf(const QJsonObject &schema)
{
    const QJsonValue type = schema.value("type");
    QSet<QString> types;
    if (type.isString())
        types.insert(type.toString());
    for (const QJsonValue &t : type.toArray())
        types.insert(t.toString());
    return types; // empty: any type
}

bool isOpen(const QJsonObject &schema)
{
    const QJsonValue additional = schema.value("additionalProperties");
    return !(additional.isBool() && !additional.toBool()) && !schema.contains("unevaluatedProperties");
}

class Checker
{
public:
    Checker(const QJsonValue &reader, const QJsonValue &writer, CompatibilityIssue::Breaks breaks, int against)
        : m_readerRoot(reader.toObject()), m_writerRoot(writer.toObject()), m_breaks(breaks), m_against(against)
    {
    }

    // Does `reader` accept every document `writer` accepts?
    void check(QJsonValue reader, QJsonValue writer, const QString &path)
    {
        // A recursive type ({"$ref": "#/$defs/Node"} inside Node) meets the same pair of
        // definitions again: what holds for them is being checked already up the stack.
        const QString readerRef = reader.toObject().value("$ref").toString();
        const QString writerRef = writer.toObject().value("$ref").toString();
        const bool followsRefs = !readerRef.isEmpty() || !writerRef.isEmpty();
        const std::pair<QString, QString> refs{readerRef, writerRef};
        if (followsRefs) {
            if (m_refsBeingChecked.contains(refs))
                return;
            m_refsBeingChecked.insert(refs);
        }
        auto leave = qScopeGuard([&] {
            if (followsRefs)
                m_refsBeingChecked.remove(refs);
        });
        reader = resolve(reader, m_readerRoot);
        writer = resolve(writer, m_writerRoot);
        // true accepts everything, false nothing.
        if ((reader.isBool() && reader.toBool()) || (writer.isBool() && !writer.toBool()))
            return;
        if (reader.isBool()) {
            add(path, T::tr("the schema now rejects everything"));
            return;
        }
        const QJsonObject r = reader.toObject();
        const QJsonObject w = writer.isBool() ? QJsonObject() : writer.toObject();

        // Alternatives: every writer branch must be accepted by some reader branch.
        for (const char *key : {"anyOf", "oneOf"}) {
            if (w.value(key).isArray()) {
                const QJsonArray branches = w.value(key).toArray();
                for (int i = 0; i < branches.size(); ++i)
                    check(reader, branches[i], QStringLiteral("%1/%2/%3").arg(path, QLatin1String(key)).arg(i));
                return;
            }
        }
        for (const char *key : {"anyOf", "oneOf"}) {
            if (r.value(key).isArray()) {
                for (const QJsonValue &branch : r.value(key).toArray()) {
                    Checker probe = *this;
                    probe.m_issues.clear();
                    probe.check(branch, writer, path);
                    if (probe.m_issues.isEmpty())
                        return;
                }
                add(path, T::tr("no alternative of the new schema accepts what the earlier one did"));
                return;
            }
        }

        // Types may widen ("integer" into "number"), not narrow.
        const QSet<QString> rTypes = typesOf(r), wTypes = typesOf(w);
        if (!rTypes.isEmpty()) {
            QSet<QString> writerTypes = wTypes.isEmpty() ? QSet<QString>{"null", "boolean", "object", "array", "number", "string"} : wTypes;
            QStringList lost;
            for (const QString &type : writerTypes) {
                if (!rTypes.contains(type) && !(type == QLatin1String("integer") && rTypes.contains(QStringLiteral("number"))))
                    lost.append(type);
            }
            lost.sort();
            if (!lost.isEmpty()) {
                add(path, T::tr("the type no longer allows %1").arg(lost.join(QLatin1String(", "))));
                return;
            }
        }
        checkConst(r, w, path);
        checkEnum(r, w, path);
        checkBound(r, w, path, "maximum", true);
        checkBound(r, w, path, "exclusiveMaximum", true);
        checkBound(r, w, path, "minimum", false);
        checkBound(r, w, path, "exclusiveMinimum", false);
        checkBound(r, w, path, "maxLength", true);
        checkBound(r, w, path, "minLength", false);
        checkBound(r, w, path, "maxItems", true);
        checkBound(r, w, path, "minItems", false);
        checkBound(r, w, path, "maxProperties", true);
        checkBound(r, w, path, "minProperties", false);
        if (r.contains("pattern") && r.value("pattern") != w.value("pattern"))
            add(path, T::tr("the pattern is new or changed (%1)").arg(r.value("pattern").toString()));
        if (r.contains("multipleOf") && r.value("multipleOf") != w.value("multipleOf")) {
            const double rm = r.value("multipleOf").toDouble(), wm = w.value("multipleOf").toDouble();
            const double ratio = wm / rm;
            if (!w.contains("multipleOf") || ratio != std::floor(ratio))
                add(path, T::tr("multipleOf is new or no longer divides the earlier one"));
        }
        if (r.value("uniqueItems").toBool() && !w.value("uniqueItems").toBool())
            add(path, T::tr("items must now be unique"));
        if (r.contains("items") || w.contains("items"))
            check(r.value("items").isUndefined() ? QJsonValue(true) : r.value("items"),
                  w.value("items").isUndefined() ? QJsonValue(true) : w.value("items"), path + QStringLiteral("/items"));
        checkObject(r, w, path);
    }

    QList<CompatibilityIssue> issues() const { return m_issues; }

private:
    QJsonValue resolve(const QJsonValue &schema, const QJsonObject &root) const
    {
        QJsonValue current = schema;
        for (int depth = 0; depth < 32 && current.isObject() && current.toObject().contains("$ref"); ++depth) {
            const QString ref = current.toObject().value("$ref").toString();
            if (!ref.startsWith(QLatin1String("#/")))
                break;
            QJsonValue target = root;
            for (const QString &part : ref.mid(2).split(QLatin1Char('/')))
                target = target.toObject().value(part);
            if (target.isUndefined())
                break;
            current = target;
        }
        return current;
    }

    void checkConst(const QJsonObject &r, const QJsonObject &w, const QString &path)
    {
        if (r.contains("const") && (!w.contains("const") || w.value("const") != r.value("const")))
            add(path, T::tr("a constant value is new or changed"));
    }

    void checkEnum(const QJsonObject &r, const QJsonObject &w, const QString &path)
    {
        if (!r.contains("enum"))
            return;
        if (!w.contains("enum")) {
            add(path, T::tr("the values are now limited to an enumeration"));
            return;
        }
        const QJsonArray allowed = r.value("enum").toArray();
        QStringList removed;
        for (const QJsonValue &value : w.value("enum").toArray()) {
            if (!allowed.contains(value))
                removed.append(QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1));
        }
        if (!removed.isEmpty())
            add(path, T::tr("the values %1 were removed from the enumeration").arg(removed.join(QLatin1String(", "))));
    }

    // `upper`: the reader's limit must not be lower than the writer's (and vice versa).
    void checkBound(const QJsonObject &r, const QJsonObject &w, const QString &path, const char *key, bool upper)
    {
        if (!r.contains(key))
            return;
        const double rv = r.value(key).toDouble();
        if (!w.contains(key)) {
            add(path, T::tr("%1 is new (%2)").arg(QLatin1String(key)).arg(rv));
            return;
        }
        const double wv = w.value(key).toDouble();
        if (upper ? rv < wv : rv > wv)
            add(path, T::tr("%1 went from %2 to %3").arg(QLatin1String(key)).arg(wv).arg(rv));
    }

    void checkObject(const QJsonObject &r, const QJsonObject &w, const QString &path)
    {
        const QJsonObject rProps = r.value("properties").toObject();
        const QJsonObject wProps = w.value("properties").toObject();
        QSet<QString> wRequired;
        for (const QJsonValue &name : w.value("required").toArray())
            wRequired.insert(name.toString());
        for (const QJsonValue &name : r.value("required").toArray()) {
            if (!wRequired.contains(name.toString()))
                add(path + QLatin1Char('/') + name.toString(), T::tr("the property \"%1\" is now required").arg(name.toString()));
        }
        const bool writerOpen = isOpen(w);
        const bool readerOpen = isOpen(r);
        for (auto it = rProps.constBegin(); it != rProps.constEnd(); ++it) {
            const QString propertyPath = path + QStringLiteral("/properties/") + it.key();
            if (wProps.contains(it.key())) {
                check(*it, wProps.value(it.key()), propertyPath);
            } else if (writerOpen) {
                // Earlier documents may carry this property with any value.
                Checker probe = *this;
                probe.m_issues.clear();
                probe.check(*it, w.value("additionalProperties").isObject() ? w.value("additionalProperties") : QJsonValue(true), propertyPath);
                if (!probe.m_issues.isEmpty())
                    add(propertyPath, T::tr("the property \"%1\" was added to an open content model").arg(it.key()));
            }
        }
        for (auto it = wProps.constBegin(); it != wProps.constEnd(); ++it) {
            if (rProps.contains(it.key()))
                continue;
            if (!readerOpen)
                add(path + QStringLiteral("/properties/") + it.key(),
                    T::tr("the property \"%1\" was removed from a closed content model").arg(it.key()));
            else if (r.value("additionalProperties").isObject())
                check(r.value("additionalProperties"), *it, path + QStringLiteral("/properties/") + it.key());
        }
        if (writerOpen && !readerOpen)
            add(path, T::tr("the content model was closed (additionalProperties: false)"));
    }

    void add(const QString &path, const QString &message)
    {
        m_issues.append(CompatibilityIssue{path.isEmpty() ? QStringLiteral("#") : QStringLiteral("#") + path, message, m_breaks, m_against});
    }

    QJsonObject m_readerRoot;
    QJsonObject m_writerRoot;
    QSet<std::pair<QString, QString>> m_refsBeingChecked;
    CompatibilityIssue::Breaks m_breaks;
    int m_against;
    QList<CompatibilityIssue> m_issues;
};

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

QList<CompatibilityIssue> JsonSchemaCompatibility::canRead(const QJsonValue &reader, const QJsonValue &writer,
                                                           CompatibilityIssue::Breaks breaks, int againstVersion)
{
    Checker checker(reader, writer, breaks, againstVersion);
    checker.check(reader, writer, {});
    return checker.issues();
}

} // namespace mesh::catalog
