#include "catalog/store/sqlstatements.h"

#include "catalog/changes/changejson.h"
#include "catalog/store/rowcodec.h"

#include <QCoreApplication>
#include <QScopeGuard>

#include <sqlite3.h>

#include <future>
#include <vector>

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

SqlStatements::SqlStatements(sqlite3 *db, Describe describe) : m_db(db), m_describe(std::move(describe)) {}

SqlStatements::~SqlStatements()
{
    for (sqlite3_stmt *statement : m_statements)
        sqlite3_finalize(statement);
}

Error SqlStatements::failure(const QString &what) const
{
    return m_describe(what, sqlite3_extended_errcode(m_db) & 0xff, QString::fromUtf8(sqlite3_errmsg(m_db)));
}

Result<void> SqlStatements::run(Statement statement, const QVariantList &values)
{
    sqlite3_stmt *&prepared = m_statements[statement];
    // Prepared on first use: a catalog of an older format lacks the tables of statements
    // it never runs.
    if (!prepared && sqlite3_prepare_v3(m_db, kSql[statement], -1, SQLITE_PREPARE_PERSISTENT, &prepared, nullptr) != SQLITE_OK) {
        sqlite3_finalize(prepared);
        prepared = nullptr;
        return failure(QCoreApplication::translate("mesh::catalog::SqlStatements", "Preparing \"%1\"")
                           .arg(QString::fromLatin1(kSql[statement]).left(60)));
    }
    auto reset = qScopeGuard([prepared] {
        sqlite3_reset(prepared);
        sqlite3_clear_bindings(prepared);
    });
    // SQLite reads the bound text during the step only: it is lent (SQLITE_STATIC) from
    // `values` and `texts`, which outlive the step, instead of copied.
    std::vector<QByteArray> texts;
    texts.reserve(size_t(values.size()));
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values[i];
        int bound = SQLITE_OK;
        switch (value.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::Bool:
            bound = sqlite3_bind_int64(prepared, i + 1, value.toLongLong());
            break;
        case QMetaType::Double:
            bound = sqlite3_bind_double(prepared, i + 1, value.toDouble());
            break;
        case QMetaType::QByteArray: {
            const QByteArray &text = *static_cast<const QByteArray *>(value.constData());
            bound = sqlite3_bind_text(prepared, i + 1, text.constData(), int(text.size()), SQLITE_STATIC);
            break;
        }
        default: {
            const QString text = value.toString();
            if (value.isNull() || text.isNull()) {
                bound = sqlite3_bind_null(prepared, i + 1);
            } else {
                const QByteArray &utf8 = texts.emplace_back(text.toUtf8());
                bound = sqlite3_bind_text(prepared, i + 1, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
            }
        }
        }
        if (bound != SQLITE_OK)
            return failure(QCoreApplication::translate("mesh::catalog::SqlStatements", "Saving the change"));
    }
    if (sqlite3_step(prepared) != SQLITE_DONE)
        return failure(QCoreApplication::translate("mesh::catalog::SqlStatements", "Saving the change"));
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
    // The inverse is encoded while the rows are written (the foreign keys are deferred, so
    // the revision row may come last).
    std::future<QByteArray> inverse = std::async(record.inverse.size() >= kBatchEncodedAside ? std::launch::async : std::launch::deferred,
                                                 [&record] { return ChangeJson::toJsonLines(record.inverse); });
    for (int i = 0; i < record.batch.size(); ++i) {
        if (auto ok = run(InsertChange, {revision, i, record.summaries.value(i), record.takeLine(i)}); !ok)
            return ok;
    }
    if (auto ok = writeDelta(record.delta, after); !ok)
        return ok;
    const QDateTime time = record.time.isValid() ? record.time.toUTC() : QDateTime::currentDateTimeUtc();
    return run(InsertRevision, {revision, record.author, record.clientId, time.toString(Qt::ISODateWithMs), inverse.get()});
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
