#include "catalog/store/rowcodec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace mesh::catalog::RowCodec {

namespace {

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant jsonOrNull(const QJsonObject &object)
{
    if (object.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QUuid uuid(const QVariant &value)
{
    return QUuid::fromString(value.toString());
}

Error readError(const QString &what, const QString &location, const QString &detail)
{
    return makeError(ErrorCode::NotACatalog,
                     QCoreApplication::translate("mesh::catalog::RowCodec", "%1 has an invalid %2: %3")
                         .arg(location, what, detail));
}

Result<QSqlQuery> select(QSqlDatabase &db, const QString &sql, const QString &location)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        return makeError(ErrorCode::StorageFailure,
                         QCoreApplication::translate("mesh::catalog::RowCodec", "Reading %1 failed: %2")
                             .arg(location, query.lastError().text()));
    }
    return query;
}

} // namespace

QVariant idValue(const QUuid &id)
{
    return id.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(id.toString(QUuid::WithoutBraces));
}

QVariantList elementRow(const Element &e)
{
    return {idValue(e.id),
            elementKindId(e.kind),
            e.name,
            idValue(e.context),
            textOrNull(e.description),
            textOrNull(e.owner),
            e.tags.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                             : QVariant(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(e.tags)).toJson(QJsonDocument::Compact))),
            lifecycleId(e.lifecycle),
            jsonOrNull(e.attributes)};
}

QVariantList relationRow(const Relation &r)
{
    return {idValue(r.id), relationKindId(r.kind), idValue(r.from), idValue(r.to), textOrNull(r.description)};
}

QVariantList schemaRow(const SchemaVersion &v)
{
    return {idValue(v.subject), v.version, schemaFormatId(v.format), compatibilityModeId(v.compatibility),
            lifecycleId(v.lifecycle), v.text};
}

QVariantList diagramRow(const Diagram &d)
{
    return {idValue(d.id), d.name, diagramKindId(d.kind)};
}

QVariantList placementRow(const Placement &p)
{
    return {idValue(p.diagram), idValue(p.element), p.geometry.x(), p.geometry.y(), p.geometry.width(),
            p.geometry.height(), textOrNull(p.lane), p.pinned ? 1 : 0};
}

Result<CatalogState> loadState(QSqlDatabase &db, const QString &location)
{
    CatalogState state;
    {
        auto count = select(db, QStringLiteral("SELECT (SELECT COUNT(*) FROM elements), (SELECT COUNT(*) FROM relations)"), location);
        if (!count)
            return count.error();
        if (count->next())
            state.reserve(count->value(0).toLongLong(), count->value(1).toLongLong());
    }
    {
        auto rows = select(db, QStringLiteral("SELECT id, kind, name, context_id, description, owner, tags, lifecycle, attributes FROM elements"), location);
        if (!rows)
            return rows.error();
        while (rows->next()) {
            Element e;
            e.id = uuid(rows->value(0));
            auto kind = elementKindFromId(rows->value(1).toString());
            auto lifecycle = lifecycleFromId(rows->value(7).toString());
            if (e.id.isNull() || !kind || !lifecycle)
                return readError(QStringLiteral("element"), location, rows->value(0).toString());
            e.kind = *kind;
            e.name = rows->value(2).toString();
            e.context = uuid(rows->value(3));
            e.description = rows->value(4).toString();
            e.owner = rows->value(5).toString();
            if (const QString tags = rows->value(6).toString(); !tags.isEmpty()) {
                for (const QJsonValue &tag : QJsonDocument::fromJson(tags.toUtf8()).array())
                    e.tags.append(tag.toString());
            }
            e.lifecycle = *lifecycle;
            if (const QString attributes = rows->value(8).toString(); !attributes.isEmpty())
                e.attributes = QJsonDocument::fromJson(attributes.toUtf8()).object();
            state.putElement(e);
        }
    }
    {
        auto rows = select(db, QStringLiteral("SELECT id, kind, from_id, to_id, description FROM relations"), location);
        if (!rows)
            return rows.error();
        while (rows->next()) {
            Relation r;
            r.id = uuid(rows->value(0));
            auto kind = relationKindFromId(rows->value(1).toString());
            if (r.id.isNull() || !kind)
                return readError(QStringLiteral("relation"), location, rows->value(0).toString());
            r.kind = *kind;
            r.from = uuid(rows->value(2));
            r.to = uuid(rows->value(3));
            r.description = rows->value(4).toString();
            state.putRelation(r);
        }
    }
    {
        auto rows = select(db, QStringLiteral("SELECT subject_id, version, format, compatibility, lifecycle, text FROM schema_versions ORDER BY subject_id, version"), location);
        if (!rows)
            return rows.error();
        while (rows->next()) {
            SchemaVersion v;
            v.subject = uuid(rows->value(0));
            v.version = rows->value(1).toInt();
            auto format = schemaFormatFromId(rows->value(2).toString());
            auto mode = compatibilityModeFromId(rows->value(3).toString());
            auto lifecycle = lifecycleFromId(rows->value(4).toString());
            if (!format || !mode || !lifecycle)
                return readError(QStringLiteral("schema version"), location, rows->value(0).toString());
            v.format = *format;
            v.compatibility = *mode;
            v.lifecycle = *lifecycle;
            v.text = rows->value(5).toString();
            state.putSchemaVersion(v);
        }
    }
    {
        auto rows = select(db, QStringLiteral("SELECT id, name, kind FROM diagrams"), location);
        if (!rows)
            return rows.error();
        while (rows->next()) {
            auto kind = diagramKindFromId(rows->value(2).toString());
            if (!kind)
                return readError(QStringLiteral("diagram"), location, rows->value(0).toString());
            state.putDiagram(Diagram{uuid(rows->value(0)), rows->value(1).toString(), *kind});
        }
    }
    {
        auto rows = select(db, QStringLiteral("SELECT diagram_id, element_id, x, y, width, height, lane, pinned FROM placements"), location);
        if (!rows)
            return rows.error();
        while (rows->next()) {
            Placement p;
            p.diagram = uuid(rows->value(0));
            p.element = uuid(rows->value(1));
            p.geometry = QRectF(rows->value(2).toDouble(), rows->value(3).toDouble(), rows->value(4).toDouble(),
                                rows->value(5).toDouble());
            p.lane = rows->value(6).toString();
            p.pinned = rows->value(7).toInt() != 0;
            state.putPlacement(p);
        }
    }
    return state;
}

} // namespace mesh::catalog::RowCodec
