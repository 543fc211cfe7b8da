#include "catalog/store/postgrescommitrequest.h"

#include "catalog/changes/changejson.h"
#include "catalog/store/rowcodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mesh::catalog {

namespace {

// A value of a RowCodec row as JSON. NULL stays null: a null QString would become "".
QJsonValue jsonValue(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    if (value.typeId() == QMetaType::Double)
        return value.toDouble();
    if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong)
        return value.toLongLong();
    return value.toString();
}

QJsonObject rowObject(const QStringList &columns, const QVariantList &values)
{
    QJsonObject row;
    for (int i = 0; i < values.size(); ++i)
        row.insert(columns[i], jsonValue(values[i]));
    return row;
}

} // namespace

PostgresCommitRequest PostgresCommitRequest::of(const CommitRecord &record, const CatalogState &after)
{
    PostgresCommitRequest request;
    QJsonArray changes;
    for (int i = 0; i < record.batch.size(); ++i) {
        changes.append(QJsonObject{{"summary", record.summaries.value(i)},
                                   {"change", QString::fromUtf8(record.takeLine(i))}});
    }
    request.changes = QJsonDocument(changes).toJson(QJsonDocument::Compact);
    request.inverse = ChangeJson::toJsonLines(record.inverse);

    // Rows as objects keyed by column; a removed row by its key: the value itself for a
    // one-column key, else an object of the key's columns.
    QJsonArray put[RowCodec::kTableCount];
    QJsonArray drop[RowCodec::kTableCount];
    (void)RowCodec::forEachTouchedRow(record.delta, after, [&](RowCodec::Table table, bool present, const QVariantList &values) -> Result<void> {
        const QStringList &columns = RowCodec::columns(table);
        if (present)
            put[int(table)].append(rowObject(columns, values));
        else
            drop[int(table)].append(RowCodec::keyColumnCount(table) == 1 ? jsonValue(values.first()) : QJsonValue(rowObject(columns, values)));
        return Ok{};
    });
    QJsonObject rows;
    for (int table = 0; table < RowCodec::kTableCount; ++table)
        rows.insert(QLatin1String(RowCodec::tableName(RowCodec::Table(table))), QJsonObject{{"put", put[table]}, {"drop", drop[table]}});
    request.rows = QJsonDocument(rows).toJson(QJsonDocument::Compact);
    return request;
}

} // namespace mesh::catalog
