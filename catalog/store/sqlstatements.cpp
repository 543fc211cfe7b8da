#include "catalog/store/sqlstatements.h"

#include "catalog/changes/changejson.h"
#include "catalog/store/rowcodec.h"

#include <QCoreApplication>
#include <QSqlError>

namespace mesh::catalog {

namespace {
const char *const kSql[SqlStatements::StatementCount] = {
    RowCodec::Sql::kInsertRevision, RowCodec::Sql::kInsertChange,   RowCodec::Sql::kUpsertElement,
    RowCodec::Sql::kDeleteElement,  RowCodec::Sql::kUpsertRelation, RowCodec::Sql::kDeleteRelation,
    RowCodec::Sql::kUpsertSchema,   RowCodec::Sql::kDeleteSchema,   RowCodec::Sql::kUpsertDiagram,
    RowCodec::Sql::kDeleteDiagram,  RowCodec::Sql::kUpsertPlacement, RowCodec::Sql::kDeletePlacement,
    RowCodec::Sql::kUpsertRule,     RowCodec::Sql::kDeleteRule,      RowCodec::Sql::kUpsertReview,
    RowCodec::Sql::kDeleteReview,   RowCodec::Sql::kUpsertAnnotation, RowCodec::Sql::kDeleteAnnotation,
};
}

SqlStatements::SqlStatements(QSqlDatabase db, Describe describe) : m_db(std::move(db)), m_describe(std::move(describe)) {}

Result<void> SqlStatements::prepare(Statement statement)
{
    // Prepared on first use: a catalog of an older format lacks the tables of statements
    // it never runs.
    m_queries[statement].emplace(m_db);
    if (!m_queries[statement]->prepare(QString::fromLatin1(kSql[statement]))) {
        const Error error = m_describe(QCoreApplication::translate("mesh::catalog::SqlStatements", "Preparing \"%1\"")
                                           .arg(QString::fromLatin1(kSql[statement]).left(60)),
                                       m_queries[statement]->lastError());
        m_queries[statement].reset();
        return error;
    }
    return Ok{};
}

void SqlStatements::clear()
{
    for (auto &query : m_queries)
        query.reset();
}

Result<void> SqlStatements::run(Statement statement, const QVariantList &values)
{
    if (!m_queries[statement]) {
        if (auto prepared = prepare(statement); !prepared)
            return prepared;
    }
    QSqlQuery &query = *m_queries[statement];
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values[i]);
    if (!query.exec())
        return m_describe(QCoreApplication::translate("mesh::catalog::SqlStatements", "Saving the change"), query.lastError());
    return Ok{};
}

Result<void> SqlStatements::writeDelta(const StateDelta &delta, const CatalogState &after)
{
    // Indexed by RowCodec::Table.
    static const Statement kUpserts[RowCodec::kTableCount] = {UpsertElement, UpsertRelation, UpsertSchema, UpsertDiagram,
                                                              UpsertPlacement, UpsertRule, UpsertReview, UpsertAnnotation};
    static const Statement kDeletes[RowCodec::kTableCount] = {DeleteElement, DeleteRelation, DeleteSchema, DeleteDiagram,
                                                              DeletePlacement, DeleteRule, DeleteReview, DeleteAnnotation};
    return RowCodec::forEachTouchedRow(delta, after, [this](RowCodec::Table table, bool present, const QVariantList &values) {
        return run(present ? kUpserts[int(table)] : kDeletes[int(table)], values);
    });
}

Result<void> SqlStatements::writeCommit(qint64 revision, const CommitRecord &record, const CatalogState &after)
{
    const QByteArray inverse = ChangeJson::toJsonLines(record.inverse);
    const QDateTime time = record.time.isValid() ? record.time.toUTC() : QDateTime::currentDateTimeUtc();
    if (auto ok = run(InsertRevision, {revision, record.author, record.clientId, time.toString(Qt::ISODateWithMs), QString::fromUtf8(inverse)}); !ok)
        return ok;
    for (int i = 0; i < record.batch.size(); ++i) {
        const QString json = QString::fromUtf8(ChangeJson::toJsonLine(record.batch[i]));
        if (auto ok = run(InsertChange, {revision, i, record.summaries.value(i), json}); !ok)
            return ok;
    }
    return writeDelta(record.delta, after);
}

QList<LoggedChange> SqlStatements::readLog(QSqlQuery &query)
{
    QList<LoggedChange> changes;
    while (query.next()) {
        LoggedChange change;
        change.revision = query.value(0).toLongLong();
        change.sequence = query.value(1).toInt();
        change.author = query.value(2).toString();
        change.clientId = query.value(3).toString();
        change.time = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
        change.summary = query.value(5).toString();
        change.change = query.value(6).toString().toUtf8();
        changes.append(change);
    }
    return changes;
}

} // namespace mesh::catalog
