#include "catalog/store/postgrescatalogstore.h"

#include "catalog/changes/changejson.h"
#include "catalog/logging.h"
#include "catalog/store/postgrescommitrequest.h"
#include "catalog/store/postgresurl.h"
#include "catalog/store/rowcodec.h"
#include "catalog/store/sqlstatements.h"

#include <QAtomicInt>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <libpq-fe.h>

namespace mesh::catalog {

namespace {

const QStringList kMigrations = {
    QStringLiteral(":/mesh/catalog/store/migrations/postgresql/001_initial.sql"),
    QStringLiteral(":/mesh/catalog/store/migrations/postgresql/002_rule_settings.sql"),
    QStringLiteral(":/mesh/catalog/store/migrations/postgresql/003_reviews.sql"),
    QStringLiteral(":/mesh/catalog/store/migrations/postgresql/004_diagram_slices.sql"),
    QStringLiteral(":/mesh/catalog/store/migrations/postgresql/005_diagram_routes.sql"),
    QStringLiteral(":/mesh/catalog/store/migrations/postgresql/006_server_side_writes.sql"),
    QStringLiteral(":/mesh/catalog/store/migrations/postgresql/007_schema_text_checks.sql"),
    QStringLiteral(":/mesh/catalog/store/migrations/postgresql/008_schema_reference_scope.sql"),
    QStringLiteral(":/mesh/catalog/store/migrations/postgresql/009_workshop_annotations.sql"),
    QStringLiteral(":/mesh/catalog/store/migrations/postgresql/010_presenting.sql"),
    QStringLiteral(":/mesh/catalog/store/migrations/postgresql/011_slice_checks.sql"),
    QStringLiteral(":/mesh/catalog/store/migrations/postgresql/012_json_schema_policy.sql"),
};
const char *const kChannel = "mesh_changes";
const char *const kPresenceChannel = "mesh_presence";

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
    PGconn *connection = db.isOpen() ? connectionOf(db) : nullptr;
    const QString state = error.nativeErrorCode();
    return error.type() == QSqlError::ConnectionError || !connection || PQstatus(connection) != CONNECTION_OK
        || state.startsWith(QLatin1String("08"))     // connection exception
        || state.startsWith(QLatin1String("57P"));   // operator intervention: shutdown, crash
}

// Reads rows through libpq on the connection Qt opened (QSqlDriver::handle), in text form.
class PostgresRowSource final : public RowCodec::RowSource
{
public:
    PostgresRowSource(PGconn *connection, const QString &location) : m_connection(connection), m_location(location) {}
    ~PostgresRowSource() override { PQclear(m_result); }

    Result<void> start(const char *sql) override
    {
        PQclear(m_result);
        m_result = PQexec(m_connection, sql);
        m_row = -1;
        if (PQresultStatus(m_result) != PGRES_TUPLES_OK)
            return failure();
        m_rows = PQntuples(m_result);
        return Ok{};
    }
    bool next() override { return ++m_row < m_rows; }
    QByteArrayView text(int column) const override
    {
        if (PQgetisnull(m_result, m_row, column))
            return {};
        return QByteArrayView(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column));
    }
    double real(int column) const override { return text(column).toByteArray().toDouble(); }
    qint64 integer(int column) const override { return text(column).toByteArray().toLongLong(); }
    Result<void> finish() override { return Ok{}; }

    Result<void> exec(const char *sql)
    {
        PQclear(m_result);
        m_result = PQexec(m_connection, sql);
        const ExecStatusType status = PQresultStatus(m_result);
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
            return failure();
        return Ok{};
    }

private:
    Error failure() const
    {
        const bool lost = PQstatus(m_connection) != CONNECTION_OK;
        return makeError(lost ? ErrorCode::Offline : ErrorCode::StorageFailure,
                         PostgresCatalogStore::tr("Reading %1 failed: %2")
                             .arg(m_location, QString::fromUtf8(PQerrorMessage(m_connection)).trimmed()));
    }

    PGconn *m_connection;
    QString m_location;
    PGresult *m_result = nullptr;
    int m_rows = 0;
    int m_row = -1;
};

} // namespace

struct PostgresCatalogStore::Private {
    QString location;      // without the password
    PostgresUrl url;
    QString connectionName = nextConnectionName();
    QSqlDatabase db;
    bool readOnly = false;
    bool holdingWriters = false;   // in a transaction that holds the writers' lock
    qint64 revision = 0;
    QString sessionUser;   // as the server names this connection (SELECT session_user)
    std::optional<QSqlQuery> logQuery; // prepared once: every notification reads the log
    std::optional<QSqlQuery> commitQuery;
    std::function<void(qint64)> listener;
    std::function<void()> presenceListener;
    bool notificationsConnected = false;

    ~Private()
    {
        logQuery.reset();
        commitQuery.reset();
        if (db.isValid())
            db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
    }

    // The server's own sentence: its first line, without the severity ("ERROR:  ") and the
    // PL/pgSQL CONTEXT lines that follow.
    static QString primaryMessage(const QSqlError &error)
    {
        QString text = error.databaseText().trimmed().isEmpty() ? error.text() : error.databaseText().trimmed();
        text = text.section(QLatin1Char('\n'), 0, 0).trimmed();
        static const QRegularExpression severity(QStringLiteral("^(ERROR|FATAL|PANIC):\\s+"));
        return text.remove(severity);
    }

    // Errors by SQLSTATE, never by message text (a server may speak another language).
    Error describe(const QString &what, const QSqlError &error) const
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

    Result<QSqlQuery> exec(const QString &sql, const QVariantList &values = {})
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

    // Why a connection failed, asked of the server's protocol rather than read from the
    // message: no answer at all means out of reach; an answer means it refused us.
    ErrorCode connectFailure() const
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
        return PQpingParams(keywords.data(), settings.data(), 0) == PQPING_OK ? ErrorCode::PermissionDenied : ErrorCode::Offline;
    }

    Result<void> connect(const QString &text)
    {
        auto parsed = PostgresUrl::parse(text);
        if (!parsed)
            return parsed.error();
        url = *parsed;
        location = displayLocation(text);
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
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

    Result<void> afterOpen()
    {
        if (auto ok = exec(QStringLiteral("SET search_path TO mesh, pg_temp")); !ok)
            return ok.error();
        if ((listener || presenceListener) && !subscribe())
            return makeError(ErrorCode::Offline, tr("Cannot follow the changes of %1: %2").arg(location, db.driver()->lastError().text()));
        return Ok{};
    }

    bool subscribe()
    {
        QSqlDriver *driver = db.driver();
        const QString channel = QString::fromLatin1(kChannel);
        if (listener && !driver->subscribedToNotifications().contains(channel) && !driver->subscribeToNotification(channel))
            return false;
        const QString presenceChannel = QString::fromLatin1(kPresenceChannel);
        if (presenceListener && !driver->subscribedToNotifications().contains(presenceChannel)
            && !driver->subscribeToNotification(presenceChannel))
            return false;
        if (!notificationsConnected) {
            QObject::connect(driver, &QSqlDriver::notification, driver,
                             [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                                 if (name == QLatin1String(kPresenceChannel)) {
                                     if (presenceListener)
                                         presenceListener();
                                 } else if (listener) {
                                     listener(payload.toLongLong());
                                 }
                             });
            notificationsConnected = true;
        }
        return true;
    }

    Result<int> schemaVersion()
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

    Result<qint64> currentRevision()
    {
        auto query = exec(QString::fromLatin1(RowCodec::Sql::kLatestRevision));
        if (!query)
            return query.error();
        return query->next() ? query->value(0).toLongLong() : 0;
    }
};

int PostgresCatalogStore::latestSchemaVersion()
{
    return int(kMigrations.size());
}

QString PostgresCatalogStore::displayLocation(const QString &url)
{
    return PostgresUrl::withoutPassword(url);
}

PostgresCatalogStore::PostgresCatalogStore(std::unique_ptr<Private> d) : d(std::move(d)) {}

PostgresCatalogStore::~PostgresCatalogStore() = default;

Result<std::unique_ptr<PostgresCatalogStore>> PostgresCatalogStore::open(const QString &url, OpenMode mode)
{
    auto d = std::make_unique<Private>();
    if (auto ok = d->connect(url); !ok)
        return ok.error();
    auto version = d->schemaVersion();
    if (!version)
        return version.error();
    if (*version == 0) {
        return makeError(ErrorCode::NotACatalog,
                         tr("%1 holds no Mesh Studio catalog; its owner creates one with: meshstudio admin init-shared URL").arg(d->location));
    }
    if (*version > latestSchemaVersion()) {
        return makeError(ErrorCode::NewerVersion,
                         tr("%1 was written by a newer Mesh Studio (catalog format %2; this version reads up to %3)")
                             .arg(d->location)
                             .arg(*version)
                             .arg(latestSchemaVersion()));
    }
    if (*version < latestSchemaVersion()) {
        return makeError(ErrorCode::ReadOnly, tr("%1 uses an older catalog format (%2); its owner upgrades it with: meshstudio admin init-shared URL")
                                                  .arg(d->location)
                                                  .arg(*version));
    }
    if (mode == OpenMode::ReadWrite) {
        auto writable = d->exec(QStringLiteral("SELECT mesh.caller_holds('modeler')"));
        if (!writable)
            return writable.error();
        if (!writable->next() || !writable->value(0).toBool())
            return makeError(ErrorCode::ReadOnly, tr("%1: your role may only read this catalog").arg(d->location));
    }
    d->readOnly = mode == OpenMode::ReadOnly;
    auto revision = d->currentRevision();
    if (!revision)
        return revision.error();
    d->revision = *revision;
    auto user = d->exec(QStringLiteral("SELECT session_user"));
    if (!user)
        return user.error();
    d->sessionUser = user->next() ? user->value(0).toString() : QString();
    return std::unique_ptr<PostgresCatalogStore>(new PostgresCatalogStore(std::move(d)));
}

Result<int> PostgresCatalogStore::initShared(const QString &url)
{
    Private d;
    if (auto ok = d.connect(url); !ok)
        return ok.error();
    auto version = d.schemaVersion();
    if (!version)
        return version.error();
    if (*version > latestSchemaVersion())
        return makeError(ErrorCode::NewerVersion, tr("%1 was written by a newer Mesh Studio (catalog format %2)").arg(d.location).arg(*version));
    for (int next = *version + 1; next <= latestSchemaVersion(); ++next) {
        QFile file(kMigrations.at(next - 1));
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::StorageFailure, tr("Missing migration %1").arg(next));
        // One transaction per migration; PostgreSQL runs the whole script at once (no
        // parameters, so the simple query protocol takes several statements).
        PGconn *connection = connectionOf(d.db);
        // mesh.upgrading_from tells a migration whether it upgrades a catalog people already
        // use (and so keeps who may do what) or builds a new one.
        const QByteArray script = QByteArray("BEGIN;\n") + (next == 1 ? "CREATE SCHEMA IF NOT EXISTS mesh;\n" : "")
            + "SELECT pg_catalog.set_config('mesh.upgrading_from', '" + QByteArray::number(*version) + "', true);\n" + file.readAll()
            + QStringLiteral("\nINSERT INTO mesh.catalog_info(key, value) VALUES ('schema_version', '%1') "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value;\n"
                             "INSERT INTO mesh.catalog_info(key, value) VALUES ('id', '%2') ON CONFLICT (key) DO NOTHING;\nCOMMIT;")
                  .arg(next)
                  .arg(QUuid::createUuid().toString(QUuid::WithoutBraces))
                  .toUtf8();
        PGresult *result = PQexec(connection, script.constData());
        const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
        PQclear(result);
        if (!ok) {
            const QString message = QString::fromUtf8(PQerrorMessage(connection)).trimmed();
            PGresult *rollback = PQexec(connection, "ROLLBACK");
            PQclear(rollback);
            return makeError(ErrorCode::StorageFailure, tr("Creating the shared catalog in %1 failed: %2").arg(d.location, message));
        }
        qCInfo(lcCatalog) << "shared catalog" << d.location << "now at schema version" << next;
    }
    return latestSchemaVersion();
}

Result<void> PostgresCatalogStore::grant(const QString &url, const QString &role, const QString &user)
{
    static const QStringList roles = {QStringLiteral("viewer"), QStringLiteral("modeler"), QStringLiteral("approver")};
    if (!roles.contains(role))
        return makeError(ErrorCode::InvalidInput, tr("Unknown role \"%1\" (viewer, modeler or approver)").arg(role), QStringLiteral("role"));
    Private d;
    if (auto ok = d.connect(url); !ok)
        return ok.error();
    auto exists = d.exec(QStringLiteral("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ?"), {user});
    if (!exists)
        return exists.error();
    if (!exists->next())
        return makeError(ErrorCode::NotFound, tr("No database user \"%1\" on the server of %2").arg(user, d.location), QStringLiteral("user"));
    // The server quotes the name (format %I) and touches this catalog's roles only.
    if (auto granted = d.exec(QStringLiteral("SELECT mesh.grant_role(?, ?)"), {user, role}); !granted)
        return granted.error();
    return Ok{};
}

QString PostgresCatalogStore::location() const
{
    return d->location;
}

bool PostgresCatalogStore::isReadOnly() const
{
    return d->readOnly;
}

qint64 PostgresCatalogStore::revision() const
{
    return d->revision;
}

QString PostgresCatalogStore::userName() const
{
    return d->sessionUser;
}

Result<CatalogState> PostgresCatalogStore::load()
{
    PGconn *connection = connectionOf(d->db);
    PostgresRowSource rows(connection, d->location);
    // One snapshot for the state and its revision.
    if (auto ok = rows.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"); !ok)
        return ok.error();
    auto end = qScopeGuard([&rows] { (void)rows.exec("COMMIT"); });
    if (auto ok = rows.start(RowCodec::Sql::kLatestRevision); !ok)
        return ok.error();
    const qint64 revision = rows.next() ? rows.integer(0) : 0;
    auto state = StateLoader::loadState(rows, d->location);
    if (!state)
        return state.error();
    d->revision = revision;
    return state;
}

Result<qint64> PostgresCatalogStore::commit(const CommitRecord &record, const CatalogState &after)
{
    if (d->readOnly)
        return makeError(ErrorCode::ReadOnly, tr("%1 is open read-only").arg(d->location));
    // One call: the server checks the role, takes the writers' lock, refuses a stale base
    // (40001), assigns the revision, stamps the author and writes log and state.
    const PostgresCommitRequest request = PostgresCommitRequest::of(record, after);
    const bool keepsHistory = record.time.isValid();   // a copy keeps authors and times (owner only)
    const QVariant noText(QMetaType::fromType<QString>());
    if (!d->commitQuery) {
        // Prepared once per connection: every commit is then one round trip.
        // Not forward-only: QPSQL runs those in single-row mode, whose unread end result
        // keeps the connection busy and its notifications unread until the next query.
        d->commitQuery.emplace(d->db);
        if (!d->commitQuery->prepare(QStringLiteral("SELECT mesh.commit_batch(?, ?, CAST(? AS jsonb), ?, CAST(? AS jsonb), ?, ?)"))) {
            const Error error = d->describe(tr("Saving the change"), d->commitQuery->lastError());
            d->commitQuery.reset();
            return error;
        }
    }
    QSqlQuery &query = *d->commitQuery;
    const QVariantList values = {record.baseRevision, record.clientId, QString::fromUtf8(request.changes), QString::fromUtf8(request.inverse),
                                 QString::fromUtf8(request.rows), keepsHistory ? QVariant(record.author) : noText,
                                 keepsHistory ? QVariant(record.time.toUTC().toString(Qt::ISODateWithMs)) : noText};
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values[i]);
    if (!query.exec()) {
        const Error error = d->describe(tr("Saving the change"), query.lastError());
        if (error.code == ErrorCode::Offline)
            d->commitQuery.reset();
        if (d->holdingWriters)
            unlockWriters();
        return error;
    }
    const qint64 revision = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    if (d->holdingWriters) {
        d->holdingWriters = false;
        if (!d->db.commit())
            return d->describe(tr("Committing the change"), d->db.lastError());
    }
    d->revision = revision;
    return revision;
}

Result<qint64> PostgresCatalogStore::latestRevision()
{
    return d->currentRevision();
}

Result<QList<LoggedChange>> PostgresCatalogStore::log(qint64 sinceRevision)
{
    if (!d->logQuery) {
        d->logQuery.emplace(d->db);
        d->logQuery->setForwardOnly(true);
        if (!d->logQuery->prepare(QString::fromLatin1(RowCodec::Sql::kLog))) {
            const Error error = d->describe(tr("Reading the change log"), d->logQuery->lastError());
            d->logQuery.reset();
            return error;
        }
    }
    d->logQuery->bindValue(0, sinceRevision);
    if (!d->logQuery->exec()) {
        const Error error = d->describe(tr("Reading the change log"), d->logQuery->lastError());
        d->logQuery.reset();
        return error;
    }
    QList<LoggedChange> changes = SqlStatements::readLog(*d->logQuery);
    d->logQuery->finish();
    return changes;
}

Result<qint64> PostgresCatalogStore::changeCount()
{
    auto query = d->exec(QStringLiteral("SELECT COUNT(*) FROM changes"));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

void PostgresCatalogStore::setPresenceListener(std::function<void()> listener)
{
    d->presenceListener = std::move(listener);
    if (!d->presenceListener) {
        d->db.driver()->unsubscribeFromNotification(QString::fromLatin1(kPresenceChannel));
        return;
    }
    if (!d->subscribe())
        qCWarning(lcCatalog) << "cannot listen for presence on" << d->location << d->db.driver()->lastError().text();
}

bool PostgresCatalogStore::setRevisionListener(std::function<void(qint64)> listener)
{
    d->listener = std::move(listener);
    if (!d->listener) {
        d->db.driver()->unsubscribeFromNotification(QString::fromLatin1(kChannel));
        return true;
    }
    if (!d->subscribe()) {
        qCWarning(lcCatalog) << "cannot listen on" << d->location << d->db.driver()->lastError().text();
        return false;
    }
    return true;
}

Result<void> PostgresCatalogStore::announcePresence(const Presence &presence)
{
    auto done = d->exec(QStringLiteral("SELECT mesh.announce_presence(?, ?, ?, ?, ?)"),
                        {presence.clientId, presence.displayName, presence.diagram, presence.selection, presence.view});
    if (!done)
        return done.error();
    return Ok{};
}

Result<QList<Presence>> PostgresCatalogStore::presence()
{
    // Studios refresh their row every few seconds; one not seen for a minute is gone.
    auto rows = d->exec(QStringLiteral("SELECT client_id, user_name, display_name, diagram, selection, seen_at, view FROM presence "
                                       "WHERE seen_at > clock_timestamp() - interval '60 seconds' ORDER BY display_name, client_id"));
    if (!rows)
        return rows.error();
    QList<Presence> result;
    while (rows->next()) {
        result.append(Presence{rows->value(0).toString(), rows->value(1).toString(), rows->value(2).toString(),
                               rows->value(3).toString(), rows->value(4).toString(), rows->value(5).toDateTime(),
                               rows->value(6).toString()});
    }
    return result;
}

Result<void> PostgresCatalogStore::withdrawPresence(const QString &clientId)
{
    auto done = d->exec(QStringLiteral("SELECT mesh.withdraw_presence(?)"), {clientId});
    if (!done)
        return done.error();
    return Ok{};
}

Result<void> PostgresCatalogStore::lockWriters()
{
    // The writers' lock is a row lock that only mesh.lock_writers may take; it lasts until
    // the transaction ends: at the next commit, or at unlockWriters.
    if (d->holdingWriters)
        return Ok{};
    if (!d->db.transaction())
        return d->describe(tr("Starting a transaction"), d->db.lastError());
    auto locked = d->exec(QStringLiteral("SELECT mesh.lock_writers()"));
    if (!locked) {
        d->db.rollback();
        return locked.error();
    }
    d->holdingWriters = true;
    return Ok{};
}

void PostgresCatalogStore::unlockWriters()
{
    if (!d->holdingWriters)
        return;
    d->holdingWriters = false;
    d->db.rollback();
}

Result<void> PostgresCatalogStore::reconnect()
{
    d->holdingWriters = false;
    d->logQuery.reset();
    d->commitQuery.reset();
    d->db.close();
    if (!d->db.open())
        return makeError(ErrorCode::Offline, tr("Cannot connect to %1: %2").arg(d->location, d->url.scrub(Private::primaryMessage(d->db.lastError()))));
    return d->afterOpen();
}

} // namespace mesh::catalog
