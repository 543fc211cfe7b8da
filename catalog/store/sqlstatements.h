#pragma once

#include "catalog/changes/statedelta.h"
#include "catalog/model/catalogstate.h"
#include "catalog/result.h"
#include "catalog/store/catalogstore.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <array>
#include <functional>
#include <optional>

class QSqlError;

namespace mesh::catalog {

// The prepared statements that write a commit, for any Qt Sql backend (the SQL is the
// same for SQLite and PostgreSQL), and the writing of a StateDelta with them. Errors are
// turned into Results by the backend's `describe` function (it knows "disk full" or
// "permission denied" when it sees them).
class SqlStatements
{
public:
    enum Statement {
        InsertRevision, InsertChange, UpsertElement, DeleteElement, UpsertRelation, DeleteRelation,
        UpsertSchema, DeleteSchema, UpsertDiagram, DeleteDiagram, UpsertPlacement, DeletePlacement,
        UpsertRule, DeleteRule, UpsertReview, DeleteReview, UpsertAnnotation, DeleteAnnotation, StatementCount
    };
    using Describe = std::function<Error(const QString &what, const QSqlError &error)>;

    SqlStatements(QSqlDatabase db, Describe describe);

    void clear();

    Result<void> run(Statement statement, const QVariantList &values);
    // Upserts what `after` holds of each touched row and deletes what it no longer holds.
    Result<void> writeDelta(const StateDelta &delta, const CatalogState &after);
    // Everything a commit writes as `revision`: the log rows, then the delta.
    Result<void> writeCommit(qint64 revision, const CommitRecord &record, const CatalogState &after);

    // The rows of RowCodec::Sql::kLog, as LoggedChanges.
    static QList<LoggedChange> readLog(QSqlQuery &query);

private:
    Result<void> prepare(Statement statement);

    QSqlDatabase m_db;
    Describe m_describe;
    std::array<std::optional<QSqlQuery>, StatementCount> m_queries;
};

} // namespace mesh::catalog
