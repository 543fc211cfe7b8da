#pragma once

#include "catalog/result.h"
#include "catalog/store/postgresurl.h"
#include "catalog/store/rowcodec.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>

struct pg_conn;
struct pg_result;

namespace mesh::catalog {

struct LibPq;

// One connection to a shared catalog's server, through Qt's QPSQL driver: connecting from a
// URL, running statements, telling the server's errors apart by SQLSTATE, and the two
// notification channels (new revisions, presence). The store, the admin commands and the
// row reader all speak to the server through it.
class PostgresConnection
{
    // Its messages are the store's, and keep the store's translations.
    Q_DECLARE_TR_FUNCTIONS(mesh::catalog::PostgresCatalogStore)

public:
    PostgresConnection();
    ~PostgresConnection();
    PostgresConnection(const PostgresConnection &) = delete;
    PostgresConnection &operator=(const PostgresConnection &) = delete;

    Result<void> connect(const QString &url);
    // After the connection opened (again): the search path, and the channels listened to.
    Result<void> afterOpen();
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &values = {});
    // Errors by SQLSTATE, never by message text (a server may speak another language).
    Error describe(const QString &what, const QSqlError &error) const;
    // The server's own sentence: its first line, without the severity ("ERROR:  ") and the
    // PL/pgSQL CONTEXT lines that follow.
    static QString primaryMessage(const QSqlError &error);

    // The catalog format the database holds (0: none), and its latest revision.
    Result<int> schemaVersion();
    Result<qint64> currentRevision();

    // Qt's libpq connection, for what Qt has no API for (whole scripts, the row reader);
    // null when the driver holds something else.
    pg_conn *handle() const;

    // Listens on both channels for what the listeners want; false when the server refused.
    bool subscribe();

    QString location;      // the URL without its password, for messages
    PostgresUrl url;
    QSqlDatabase db;
    std::function<void(qint64)> revisionListener;
    std::function<void()> presenceListener;

    static constexpr const char *kChangesChannel = "mesh_changes";
    static constexpr const char *kPresenceChannel = "mesh_presence";

private:
    // Why a connection failed, asked of the server's protocol rather than read from the
    // message: no answer at all means out of reach; an answer means it refused us.
    ErrorCode connectFailure() const;

    QString m_connectionName;
    bool m_notificationsConnected = false;
};

// Reads rows through libpq on the connection Qt opened (QSqlDriver::handle), in text form.
class PostgresRowSource final : public RowCodec::RowSource
{
public:
    PostgresRowSource(pg_conn *connection, const QString &location);
    ~PostgresRowSource() override;

    Result<void> start(const char *sql) override;
    bool next() override { return ++m_row < m_rows; }
    QByteArrayView text(int column) const override;
    double real(int column) const override { return text(column).toByteArray().toDouble(); }
    qint64 integer(int column) const override { return text(column).toByteArray().toLongLong(); }
    Result<void> finish() override { return Ok{}; }

    Result<void> exec(const char *sql);

private:
    Error failure() const;

    pg_conn *m_connection;
    QString m_location;
    const LibPq *m_pq;
    pg_result *m_result = nullptr;
    int m_rows = 0;
    int m_row = -1;
};

} // namespace mesh::catalog
