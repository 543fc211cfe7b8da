#include "catalog/schema/avrocompatibility.h"

#include "catalog/schema/jsonsyntaxerror.h"

#include <QHash>

#include <cmath>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace mesh::catalog {

namespace {

const QSet<QString> kPrimitives = {"null", "boolean", "int", "long", "float", "double", "bytes", "string"};

// The specification's names: letters, digits and underscores, not starting with a digit;
// a full name joins them with dots.
bool isAvroName(const QString &name, bool dotted)
{
    static const QRegularExpression simple(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    static const QRegularExpression full(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$"));
    return (dotted ? full : simple).match(name).hasMatch();
}

QString fullName(const QJsonObject &object, const QString &enclosingNamespace)
{
    return avroFullName(object, enclosingNamespace);
}

QString namespaceOf(const QString &full)
{
    return avroNamespaceOf(full);
}

QString shortName(const QString &full)
{
    return full.mid(full.lastIndexOf(QLatin1Char('.')) + 1);
}

// Named types of a schema, by full name, so that references resolve.
class Names
{
public:
    Result<void> collect(const QJsonValue &schema, const QString &ns, const QString &path)
    {
        if (schema.isArray()) {
            const QJsonArray branches = schema.toArray();
            for (int i = 0; i < branches.size(); ++i) {
                if (branches[i].isArray())
                    return invalid(QStringLiteral("%1[%2]").arg(path).arg(i), AvroCompatibility::tr("a union cannot hold a union"));
                if (auto ok = collect(branches[i], ns, QStringLiteral("%1[%2]").arg(path).arg(i)); !ok)
                    return ok;
            }
            return Ok{};
        }
        if (schema.isString()) {
            const QString name = schema.toString();
            if (!kPrimitives.contains(name) && !m_types.contains(name) && !m_types.contains(ns + QLatin1Char('.') + name))
                return invalid(path, AvroCompatibility::tr("unknown type \"%1\"").arg(name));
            return Ok{};
        }
        if (!schema.isObject())
            return invalid(path, AvroCompatibility::tr("a schema is a type name, an object or an array (union)"));
        const QJsonObject object = schema.toObject();
        const QString type = object.value("type").toString();
        if (type == QLatin1String("record") || type == QLatin1String("error") || type == QLatin1String("enum") || type == QLatin1String("fixed")) {
            if (object.value("name").toString().isEmpty())
                return invalid(path, AvroCompatibility::tr("a %1 needs a name").arg(type));
            const QString name = fullName(object, ns);
            if (!isAvroName(name, true))
                return invalid(path, AvroCompatibility::tr("\"%1\" is not a valid Avro name").arg(name));
            if (m_types.contains(name))
                return invalid(path, AvroCompatibility::tr("the type %1 is defined twice").arg(name));
            m_types.insert(name, object);
            m_namespaces.insert(name, namespaceOf(name));
            if (type == QLatin1String("enum") && !object.value("symbols").isArray())
                return invalid(path, AvroCompatibility::tr("an enum needs its symbols"));
            QSet<QString> seen;   // symbols of an enum, fields of a record
            for (const QJsonValue &symbol : object.value("symbols").toArray()) {
                if (!symbol.isString() || !isAvroName(symbol.toString(), false))
                    return invalid(path, AvroCompatibility::tr("\"%1\" is not a valid enum symbol").arg(symbol.toVariant().toString()));
                if (seen.contains(symbol.toString()))
                    return invalid(path, AvroCompatibility::tr("the symbol %1 appears twice").arg(symbol.toString()));
                seen.insert(symbol.toString());
            }
            const double size = object.value("size").toDouble(-1);
            if (type == QLatin1String("fixed") && (size < 0 || size != std::floor(size)))
                return invalid(path, AvroCompatibility::tr("a fixed needs its size"));
            if (type != QLatin1String("enum") && type != QLatin1String("fixed")) {
                if (!object.value("fields").isArray())
                    return invalid(path, AvroCompatibility::tr("a record needs its fields"));
                for (const QJsonValue &field : object.value("fields").toArray()) {
                    const QString fieldName = field.toObject().value("name").toString();
                    if (fieldName.isEmpty())
                        return invalid(path, AvroCompatibility::tr("a field needs a name"));
                    if (!isAvroName(fieldName, false))
                        return invalid(path, AvroCompatibility::tr("\"%1\" is not a valid field name").arg(fieldName));
                    if (seen.contains(fieldName))
                        return invalid(path, AvroCompatibility::tr("the field \"%1\" appears twice").arg(fieldName));
                    seen.insert(fieldName);
                    if (auto ok = collect(field.toObject().value("type"), namespaceOf(name), path + QLatin1Char('.') + fieldName); !ok)
                        return ok;
                }
            }
            return Ok{};
        }
        if (type == QLatin1String("array"))
            return collect(object.value("items"), ns, path + QStringLiteral("[]"));
        if (type == QLatin1String("map"))
            return collect(object.value("values"), ns, path + QStringLiteral("{}"));
        if (kPrimitives.contains(type))
            return Ok{};
        return collect(QJsonValue(type), ns, path);
    }

    // The definition a type stands for: primitives and complex types as objects.
    QJsonValue resolve(const QJsonValue &schema, const QString &ns) const
    {
        if (!schema.isString())
            return schema;
        const QString name = schema.toString();
        if (kPrimitives.contains(name))
            return QJsonObject{{"type", name}};
        if (auto it = m_types.constFind(name); it != m_types.constEnd())
            return *it;
        if (auto it = m_types.constFind(ns + QLatin1Char('.') + name); it != m_types.constEnd())
            return *it;
        return schema;
    }

private:
    static Error invalid(const QString &path, const QString &why)
    {
        return makeError(ErrorCode::InvalidInput, AvroCompatibility::tr("%1: %2").arg(path.isEmpty() ? QStringLiteral("schema") : path, why), path);
    }

    QHash<QString, QJsonObject> m_types;
    QHash<QString, QString> m_namespaces;
};

QString typeOf(const QJsonValue &resolved)
{
    if (resolved.isArray())
        return QStringLiteral("union");
    return resolved.toObject().value("type").toString();
}

QString describe(const QJsonValue &resolved, const QString &ns)
{
    if (resolved.isArray())
        return QStringLiteral("union");
    const QJsonObject object = resolved.toObject();
    const QString type = object.value("type").toString();
    if (object.contains("name"))
        return QStringLiteral("%1 %2").arg(type, fullName(object, ns));
    return type;
}

class Resolver
{
public:
    Resolver(const QJsonValue &reader, const QJsonValue &writer, CompatibilityIssue::Breaks breaks, int against)
        : m_breaks(breaks), m_against(against)
    {
        (void)m_readerNames.collect(reader, {}, {});
        (void)m_writerNames.collect(writer, {}, {});
    }

    void check(const QJsonValue &readerSchema, const QJsonValue &writerSchema, const QString &readerNs, const QString &writerNs,
               const QString &path)
    {
        const QJsonValue reader = m_readerNames.resolve(readerSchema, readerNs);
        const QJsonValue writer = m_writerNames.resolve(writerSchema, writerNs);
        const QString rType = typeOf(reader);
        const QString wType = typeOf(writer);

        // A writer union: every branch it may have written must be readable.
        if (wType == QLatin1String("union")) {
            const QJsonArray branches = writer.toArray();
            for (int i = 0; i < branches.size(); ++i)
                check(readerSchema, branches[i], readerNs, writerNs, QStringLiteral("%1[%2]").arg(path).arg(i));
            return;
        }
        // A reader union: some branch reads what was written.
        if (rType == QLatin1String("union")) {
            for (const QJsonValue &branch : reader.toArray()) {
                Resolver probe = *this;
                probe.m_issues.clear();
                probe.check(branch, writerSchema, readerNs, writerNs, path);
                if (probe.m_issues.isEmpty())
                    return;
            }
            add(path, AvroCompatibility::tr("no branch of the reader's union reads the writer's %1").arg(describe(writer, writerNs)));
            return;
        }
        if (rType == wType) {
            if (rType == QLatin1String("record") || rType == QLatin1String("error"))
                checkRecord(reader.toObject(), writer.toObject(), readerNs, writerNs, path);
            else if (rType == QLatin1String("enum"))
                checkEnum(reader.toObject(), writer.toObject(), readerNs, writerNs, path);
            else if (rType == QLatin1String("fixed"))
                checkFixed(reader.toObject(), writer.toObject(), readerNs, writerNs, path);
            else if (rType == QLatin1String("array"))
                check(reader.toObject().value("items"), writer.toObject().value("items"), readerNs, writerNs, path + QStringLiteral("[]"));
            else if (rType == QLatin1String("map"))
                check(reader.toObject().value("values"), writer.toObject().value("values"), readerNs, writerNs, path + QStringLiteral("{}"));
            return;
        }
        // Promotions the specification allows.
        static const QHash<QString, QStringList> promotions = {
            {"int", {"long", "float", "double"}}, {"long", {"float", "double"}}, {"float", {"double"}},
            {"string", {"bytes"}}, {"bytes", {"string"}}};
        if (promotions.value(wType).contains(rType))
            return;
        add(path, AvroCompatibility::tr("the type changed from %1 to %2").arg(describe(writer, writerNs), describe(reader, readerNs)));
    }

    QList<CompatibilityIssue> issues() const { return m_issues; }

private:
    bool namesMatch(const QJsonObject &reader, const QJsonObject &writer, const QString &readerNs, const QString &writerNs) const
    {
        const QString r = fullName(reader, readerNs);
        const QString w = fullName(writer, writerNs);
        if (r == w || shortName(r) == shortName(w))
            return true; // Confluent compares unqualified names unless asked otherwise
        for (const QJsonValue &alias : reader.value("aliases").toArray()) {
            if (alias.toString() == w || alias.toString() == shortName(w))
                return true;
        }
        return false;
    }

    void checkRecord(const QJsonObject &reader, const QJsonObject &writer, const QString &readerNs, const QString &writerNs, const QString &path)
    {
        if (!namesMatch(reader, writer, readerNs, writerNs)) {
            add(path, AvroCompatibility::tr("the record name changed from %1 to %2").arg(fullName(writer, writerNs), fullName(reader, readerNs)));
            return;
        }
        // A recursive record is compared once.
        const QString pair = fullName(reader, readerNs) + QLatin1Char('|') + fullName(writer, writerNs);
        if (m_recordsInProgress.contains(pair))
            return;
        m_recordsInProgress.insert(pair);
        const QString rNs = namespaceOf(fullName(reader, readerNs));
        const QString wNs = namespaceOf(fullName(writer, writerNs));
        const QString base = path.isEmpty() ? shortName(fullName(reader, readerNs)) : path;
        QHash<QString, QJsonObject> writerFields;
        for (const QJsonValue &field : writer.value("fields").toArray())
            writerFields.insert(field.toObject().value("name").toString(), field.toObject());
        for (const QJsonValue &value : reader.value("fields").toArray()) {
            const QJsonObject field = value.toObject();
            const QString name = field.value("name").toString();
            QJsonObject written = writerFields.value(name);
            for (const QJsonValue &alias : field.value("aliases").toArray()) {
                if (written.isEmpty())
                    written = writerFields.value(alias.toString());
            }
            const QString fieldPath = base + QLatin1Char('.') + name;
            if (written.isEmpty()) {
                if (!field.contains("default"))
                    add(fieldPath, AvroCompatibility::tr("the field \"%1\" is new and has no default").arg(name));
                continue;
            }
            check(field.value("type"), written.value("type"), rNs, wNs, fieldPath);
        }
        m_recordsInProgress.remove(pair);
    }

    void checkEnum(const QJsonObject &reader, const QJsonObject &writer, const QString &readerNs, const QString &writerNs, const QString &path)
    {
        if (!namesMatch(reader, writer, readerNs, writerNs)) {
            add(path, AvroCompatibility::tr("the enum name changed from %1 to %2").arg(fullName(writer, writerNs), fullName(reader, readerNs)));
            return;
        }
        QSet<QString> symbols;
        for (const QJsonValue &symbol : reader.value("symbols").toArray())
            symbols.insert(symbol.toString());
        if (reader.contains("default"))
            return; // unknown symbols read as the default
        QStringList missing;
        for (const QJsonValue &symbol : writer.value("symbols").toArray()) {
            if (!symbols.contains(symbol.toString()))
                missing.append(symbol.toString());
        }
        if (!missing.isEmpty())
            add(path.isEmpty() ? shortName(fullName(reader, readerNs)) : path,
                AvroCompatibility::tr("the symbols %1 are missing from the reader's enum, which has no default").arg(missing.join(QLatin1String(", "))));
    }

    void checkFixed(const QJsonObject &reader, const QJsonObject &writer, const QString &readerNs, const QString &writerNs, const QString &path)
    {
        if (!namesMatch(reader, writer, readerNs, writerNs))
            add(path, AvroCompatibility::tr("the fixed name changed from %1 to %2").arg(fullName(writer, writerNs), fullName(reader, readerNs)));
        else if (reader.value("size").toInt() != writer.value("size").toInt())
            add(path, AvroCompatibility::tr("the fixed size changed from %1 to %2").arg(writer.value("size").toInt()).arg(reader.value("size").toInt()));
    }

    void add(const QString &path, const QString &message)
    {
        m_issues.append(CompatibilityIssue{path.isEmpty() ? QStringLiteral("(root)") : path, message, m_breaks, m_against});
    }

    Names m_readerNames;
    Names m_writerNames;
    CompatibilityIssue::Breaks m_breaks;
    int m_against;
    QList<CompatibilityIssue> m_issues;
    QSet<QString> m_recordsInProgress;
};

} // namespace

QString avroFullName(const QJsonObject &object, const QString &enclosingNamespace)
{
    const QString name = object.value("name").toString();
    if (name.contains(QLatin1Char('.')))
        return name;
    const QString ns = object.contains("namespace") ? object.value("namespace").toString() : enclosingNamespace;
    return ns.isEmpty() ? name : ns + QLatin1Char('.') + name;
}

QString avroNamespaceOf(const QString &full)
{
    const qsizetype dot = full.lastIndexOf(QLatin1Char('.'));
    return dot < 0 ? QString() : full.left(dot);
}

Result<QJsonValue> AvroCompatibility::parse(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError error;
    // A schema may be a bare type name ("string"), which is not a JSON document by itself.
    const bool bare = utf8.trimmed().startsWith('"');
    const QJsonDocument document = QJsonDocument::fromJson(bare ? "[" + utf8 + "]" : utf8, &error);
    if (error.error != QJsonParseError::NoError)
        return jsonSyntaxError(utf8, error, bare ? 1 : 0);
    const QJsonValue schema = bare ? document.array().first() : document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    if (auto ok = checkSchemaNesting(schema); !ok)
        return ok.error();
    Names names;
    if (auto ok = names.collect(schema, {}, {}); !ok)
        return ok.error();
    return schema;
}

QList<CompatibilityIssue> AvroCompatibility::canRead(const QJsonValue &reader, const QJsonValue &writer, CompatibilityIssue::Breaks breaks,
                                                     int againstVersion)
{
    Resolver resolver(reader, writer, breaks, againstVersion);
    resolver.check(reader, writer, {}, {}, {});
    return resolver.issues();
}

} // namespace mesh::catalog
