#pragma once

#include "catalog/changes/statedelta.h"
#include "catalog/model/catalogstate.h"
#include "catalog/result.h"
#include "catalog/store/catalogstore.h"

#include <QSqlQuery>

#include <array>
#include <functional>

struct sqlite3;
struct sqlite3_stmt;

namespace mesh::catalog {

// The prepared statements that write a commit to a SQLite catalog, run with SQLite's own
// API on the connection Qt opened (a commit writes a row per change and per touched row:
// tens of thousands for an import, where QSqlQuery's per-row cost was half the commit).
// Errors are turned into Results by the store's `describe` function, which knows "disk
// full" when it sees SQLITE_FULL.
class SqlStatements
{
public:
    enum Statement {
        InsertRevision, InsertChange, UpsertElement, DeleteElement, UpsertRelation, DeleteRelation,
        UpsertSchema, DeleteSchema, UpsertDiagram, DeleteDiagram, UpsertPlacement, DeletePlacement,
        UpsertRule, DeleteRule, UpsertReview, DeleteReview, UpsertAnnotation, DeleteAnnotation, StatementCount
    };
    using Describe = std::function<Error(const QString &what, int sqliteCode, const QString &reason)>;

    SqlStatements(sqlite3 *db, Describe describe);
    ~SqlStatements();
    SqlStatements(const SqlStatements &) = delete;
    SqlStatements &operator=(const SqlStatements &) = delete;

    // Binds `values` as Qt's SQLite driver would (a null QString is NULL), except that a
    // QByteArray is UTF-8 text: the rows hold no blobs.
    Result<void> run(Statement statement, const QVariantList &values);
    // Upserts what `after` holds of each touched row and deletes what it no longer holds.
    Result<void> writeDelta(const StateDelta &delta, const CatalogState &after);
    // Everything a commit writes as `revision`: the log rows, then the delta.
    Result<void> writeCommit(qint64 revision, const CommitRecord &record, const CatalogState &after);

    // The rows of RowCodec::Sql::kLog, as LoggedChanges.
    static QList<LoggedChange> readLog(QSqlQuery &query);

private:
    Error failure(const QString &what) const;

    sqlite3 *m_db;
    Describe m_describe;
    std::array<sqlite3_stmt *, StatementCount> m_statements{};
};

} // namespace mesh::catalog
