#pragma once

#include "catalog/result.h"
#include "catalog/store/rowcodec.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

#include <sqlite3.h>

class QSqlError;

namespace mesh::catalog {

// One connection to a catalog file through Qt's QSQLITE driver, and SQLite's own handle on
// it for what Qt has no API for: opening with the catalog's pragmas (checking that the
// driver runs the SQLite this program links), the numbered migrations, statements, and
// errors in words people know ("the disk is full").
class SqliteConnection
{
    // Its messages are the store's, and keep the store's translations.
    Q_DECLARE_TR_FUNCTIONS(mesh::catalog::SqliteCatalogStore)

public:
    SqliteConnection(const QString &path, bool readOnly);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    static int migrationCount();
    static Error storageError(const QString &what, int sqliteCode, const QString &reason, const QString &path);
    static Error storageError(const QString &what, const QSqlError &sqlError, const QString &path);

    Result<void> open(bool create);
    // Runs the migrations after `from` up to `to`, each in a transaction of its own.
    Result<void> migrate(int from, int to);
    Result<void> exec(const QString &sql);
    Result<QVariant> scalar(const QString &sql);
    Result<void> prepare(std::optional<QSqlQuery> &query, const QString &sql);

    QString path;
    bool readOnly;
    QSqlDatabase db;
    sqlite3 *handle = nullptr; // db's own connection, see sqliteHandleOf

private:
    QString m_connectionName;
};

// Reads rows straight from SQLite's C API on the connection Qt opened (QSqlDriver::handle).
class SqliteRowSource final : public RowCodec::RowSource
{
public:
    SqliteRowSource(sqlite3 *db, const QString &path) : m_db(db), m_path(path) {}
    ~SqliteRowSource() override { sqlite3_finalize(m_statement); }

    Result<void> start(const char *sql) override
    {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        m_status = sqlite3_prepare_v2(m_db, sql, -1, &m_statement, nullptr);
        if (m_status != SQLITE_OK)
            return failure();
        return Ok{};
    }

    bool next() override
    {
        m_status = sqlite3_step(m_statement);
        return m_status == SQLITE_ROW;
    }

    QByteArrayView text(int column) const override
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return data ? QByteArrayView(data, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
    }

    double real(int column) const override { return sqlite3_column_double(m_statement, column); }
    qint64 integer(int column) const override { return sqlite3_column_int64(m_statement, column); }

    Result<void> finish() override
    {
        if (m_status != SQLITE_DONE && m_status != SQLITE_ROW && m_status != SQLITE_OK)
            return failure();
        return Ok{};
    }

private:
    Error failure() const
    {
        return makeError(ErrorCode::StorageFailure,
                         SqliteConnection::tr("Reading %1 failed: %2").arg(m_path, QString::fromUtf8(sqlite3_errmsg(m_db))));
    }

    sqlite3 *m_db;
    QString m_path;
    sqlite3_stmt *m_statement = nullptr;
    int m_status = SQLITE_OK;
};

} // namespace mesh::catalog
