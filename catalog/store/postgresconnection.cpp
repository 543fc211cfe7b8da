#include "catalog/store/postgresconnection.h"

#include <QAtomicInt>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>

#include "catalog/store/libpq.h"

namespace mesh::catalog {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("mesh-postgresql-%1").arg(counter.fetchAndAddRelaxed(1));
}

PGconn *connectionOf(const QSqlDatabase &db)
{
    // Qt's driver hands its libpq connection out as a PGconn* (registered under the struct's
    // name, pg_conn*); anything else is not ours to use.
    const QVariant handle = db.driver()->handle();
    return handle.isValid() && qstrcmp(handle.typeName(), "pg_conn*") == 0 ? *static_cast<PGconn *const *>(handle.constData()) : nullptr;
}

bool isConnectionLost(const QSqlDatabase &db, const QSqlError &error)
{
    // A connection means the driver loaded libpq, so its functions are there.
    PGconn *connection = db.isOpen() ? connectionOf(db) : nullptr;
    const QString state = error.nativeErrorCode();
    return error.type() == QSqlError::ConnectionError || !connection || LibPq::functions()->status(connection) != CONNECTION_OK
        || state.startsWith(QLatin1String("08"))     // connection exception
        || state.startsWith(QLatin1String("57P"));   // operator intervention: shutdown, crash
}

} // namespace

PostgresConnection::PostgresConnection() : m_connectionName(nextConnectionName()) {}

PostgresConnection::~PostgresConnection()
{
    if (db.isValid())
        db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

pg_conn *PostgresConnection::handle() const
{
    return connectionOf(db);
}

QString PostgresConnection::primaryMessage(const QSqlError &error)
{
    QString text = error.databaseText().trimmed().isEmpty() ? error.text() : error.databaseText().trimmed();
    text = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    static const QRegularExpression severity(QStringLiteral("^(ERROR|FATAL|PANIC):\\s+"));
    return text.remove(severity);
}

Error PostgresConnection::describe(const QString &what, const QSqlError &error) const
{
    const QString state = error.nativeErrorCode();
    const QString reason = url.scrub(primaryMessage(error));
    if (isConnectionLost(db, error))
        return makeError(ErrorCode::Offline, tr("%1: the server of %2 cannot be reached (%3)").arg(what, location, reason), {}, state);
    if (state == QLatin1String("40001") || state == QLatin1String("40P01"))
        return makeError(ErrorCode::Stale, tr("%1 moved on while this change was being saved").arg(location), {}, reason);
    if (state == QLatin1String("42501") || state.startsWith(QLatin1String("28")))
        return makeError(ErrorCode::PermissionDenied, tr("%1: refused by the server of %2: %3").arg(what, location, reason), {}, state);
    if (state == QLatin1String("55P03"))
        return makeError(ErrorCode::StorageFailure,
                         tr("%1: %2 is busy: another writer has held its lock for too long (%3)").arg(what, location, reason), {}, state);
    if (state.startsWith(QLatin1String("23")) || state.startsWith(QLatin1String("22")))
        return makeError(ErrorCode::InvalidInput, tr("%1: refused by the server of %2: %3").arg(what, location, reason), {}, state);
    return makeError(ErrorCode::StorageFailure, tr("%1 failed for %2: %3").arg(what, location, reason), {}, state);
}

Result<QSqlQuery> PostgresConnection::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Statements without parameters run as they are (PostgreSQL cannot PREPARE a SET).
    const bool ok = values.isEmpty() ? query.exec(sql) : [&] {
        if (!query.prepare(sql))
            return false;
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values[i]);
        return query.exec();
    }();
    if (!ok)
        return describe(tr("Running \"%1\"").arg(sql.left(60)), query.lastError());
    return query;
}

ErrorCode PostgresConnection::connectFailure() const
{
    QList<QByteArray> keys = {"host", "port", "dbname"};
    QList<QByteArray> values = {url.host.toUtf8(), QByteArray::number(url.port), url.database.toUtf8()};
    for (const auto &[key, value] : url.parameters) {
        keys.append(key.toUtf8());
        values.append(value.toUtf8());
    }
    std::vector<const char *> keywords, settings;
    for (int i = 0; i < keys.size(); ++i) {
        keywords.push_back(keys[i].constData());
        settings.push_back(values[i].constData());
    }
    keywords.push_back(nullptr);
    settings.push_back(nullptr);
    const LibPq *pq = LibPq::functions();
    if (!pq)
        return ErrorCode::Offline;
    return pq->pingParams(keywords.data(), settings.data(), 0) == PQPING_OK ? ErrorCode::PermissionDenied : ErrorCode::Offline;
}

Result<void> PostgresConnection::connect(const QString &text)
{
    auto parsed = PostgresUrl::parse(text);
    if (!parsed)
        return parsed.error();
    url = *parsed;
    location = PostgresUrl::withoutPassword(text);
    db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    db.setHostName(url.host);
    db.setPort(url.port);
    db.setDatabaseName(url.database);
    if (!url.user.isEmpty())
        db.setUserName(url.user);
    // No password in the URL: libpq looks in ~/.pgpass and $PGPASSWORD.
    if (!url.password.isEmpty())
        db.setPassword(url.password);
    db.setConnectOptions(url.connectOptions());
    if (!db.open())
        return makeError(connectFailure(), tr("Cannot connect to %1: %2").arg(location, url.scrub(primaryMessage(db.lastError()))));
    return afterOpen();
}

Result<void> PostgresConnection::afterOpen()
{
    if (auto ok = exec(QStringLiteral("SET search_path TO mesh, pg_temp")); !ok)
        return ok.error();
    if ((revisionListener || presenceListener) && !subscribe())
        return makeError(ErrorCode::Offline, tr("Cannot follow the changes of %1: %2").arg(location, db.driver()->lastError().text()));
    return Ok{};
}

bool PostgresConnection::subscribe()
{
    QSqlDriver *driver = db.driver();
    const QString channel = QString::fromLatin1(kChangesChannel);
    if (revisionListener && !driver->subscribedToNotifications().contains(channel) && !driver->subscribeToNotification(channel))
        return false;
    const QString presenceChannel = QString::fromLatin1(kPresenceChannel);
    if (presenceListener && !driver->subscribedToNotifications().contains(presenceChannel)
        && !driver->subscribeToNotification(presenceChannel))
        return false;
    if (!m_notificationsConnected) {
        QObject::connect(driver, &QSqlDriver::notification, driver,
                         [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                             if (name == QLatin1String(kPresenceChannel)) {
                                 if (presenceListener)
                                     presenceListener();
                             } else if (revisionListener) {
                                 revisionListener(payload.toLongLong());
                             }
                         });
        m_notificationsConnected = true;
    }
    return true;
}

Result<int> PostgresConnection::schemaVersion()
{
    auto exists = exec(QStringLiteral("SELECT to_regclass('mesh.catalog_info') IS NOT NULL"));
    if (!exists)
        return exists.error();
    if (!exists->next() || !exists->value(0).toBool())
        return 0;
    auto version = exec(QStringLiteral("SELECT value FROM mesh.catalog_info WHERE key = 'schema_version'"));
    if (!version)
        return version.error();
    return version->next() ? version->value(0).toInt() : 0;
}

Result<qint64> PostgresConnection::currentRevision()
{
    auto query = exec(QString::fromLatin1(RowCodec::Sql::kLatestRevision));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

PostgresRowSource::PostgresRowSource(pg_conn *connection, const QString &location)
    : m_connection(connection), m_location(location), m_pq(connection ? LibPq::functions() : nullptr)
{
}

PostgresRowSource::~PostgresRowSource()
{
    if (m_pq)
        m_pq->clear(m_result);
}

Result<void> PostgresRowSource::start(const char *sql)
{
    if (auto ok = exec(sql); !ok)
        return ok;
    m_row = -1;
    if (m_pq->resultStatus(m_result) != PGRES_TUPLES_OK)
        return failure();
    m_rows = m_pq->ntuples(m_result);
    return Ok{};
}

QByteArrayView PostgresRowSource::text(int column) const
{
    if (m_pq->getisnull(m_result, m_row, column))
        return {};
    return QByteArrayView(m_pq->getvalue(m_result, m_row, column), m_pq->getlength(m_result, m_row, column));
}

Result<void> PostgresRowSource::exec(const char *sql)
{
    if (!m_pq)
        return makeError(ErrorCode::Offline, PostgresConnection::tr("Reading %1 failed: not connected").arg(m_location));
    m_pq->clear(m_result);
    m_result = m_pq->exec(m_connection, sql);
    const ExecStatusType status = m_pq->resultStatus(m_result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return failure();
    return Ok{};
}

Error PostgresRowSource::failure() const
{
    const bool lost = m_pq->status(m_connection) != CONNECTION_OK;
    return makeError(lost ? ErrorCode::Offline : ErrorCode::StorageFailure,
                     PostgresConnection::tr("Reading %1 failed: %2").arg(m_location, QString::fromUtf8(m_pq->errorMessage(m_connection)).trimmed()));
}

} // namespace mesh::catalog
