#include "catalog/store/postgrescatalogstore.h"

#include "catalog/logging.h"
#include "catalog/store/postgrescommitrequest.h"
#include "catalog/store/postgresconnection.h"
#include "catalog/store/sqlstatements.h"

#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace mesh::catalog {

struct PostgresCatalogStore::Private {
    PostgresConnection connection;   // first: the queries below go before it closes
    bool readOnly = false;
    bool holdingWriters = false;   // in a transaction that holds the writers' lock
    qint64 revision = 0;
    QString sessionUser;   // as the server names this connection (SELECT session_user)
    std::optional<QSqlQuery> logQuery; // prepared once: every notification reads the log
    std::optional<QSqlQuery> commitQuery;
};

QString PostgresCatalogStore::displayLocation(const QString &url)
{
    return PostgresUrl::withoutPassword(url);
}

PostgresCatalogStore::PostgresCatalogStore(std::unique_ptr<Private> d) : d(std::move(d)) {}

PostgresCatalogStore::~PostgresCatalogStore() = default;

Result<std::unique_ptr<PostgresCatalogStore>> PostgresCatalogStore::open(const QString &url, OpenMode mode)
{
    auto d = std::make_unique<Private>();
    if (auto ok = d->connection.connect(url); !ok)
        return ok.error();
    auto version = d->connection.schemaVersion();
    if (!version)
        return version.error();
    if (*version == 0) {
        return makeError(ErrorCode::NotACatalog,
                         tr("%1 holds no Mesh Studio catalog; its owner creates one with: meshstudio admin init-shared URL").arg(d->connection.location));
    }
    if (*version > latestSchemaVersion()) {
        return makeError(ErrorCode::NewerVersion,
                         tr("%1 was written by a newer Mesh Studio (catalog format %2; this version reads up to %3)")
                             .arg(d->connection.location)
                             .arg(*version)
                             .arg(latestSchemaVersion()));
    }
    if (*version < latestSchemaVersion()) {
        return makeError(ErrorCode::ReadOnly, tr("%1 uses an older catalog format (%2); its owner upgrades it with: meshstudio admin init-shared URL")
                                                  .arg(d->connection.location)
                                                  .arg(*version));
    }
    if (mode == OpenMode::ReadWrite) {
        auto writable = d->connection.exec(QStringLiteral("SELECT mesh.caller_holds('modeler')"));
        if (!writable)
            return writable.error();
        if (!writable->next() || !writable->value(0).toBool())
            return makeError(ErrorCode::ReadOnly, tr("%1: your role may only read this catalog").arg(d->connection.location));
    }
    d->readOnly = mode == OpenMode::ReadOnly;
    auto revision = d->connection.currentRevision();
    if (!revision)
        return revision.error();
    d->revision = *revision;
    auto user = d->connection.exec(QStringLiteral("SELECT session_user"));
    if (!user)
        return user.error();
    d->sessionUser = user->next() ? user->value(0).toString() : QString();
    return std::unique_ptr<PostgresCatalogStore>(new PostgresCatalogStore(std::move(d)));
}

QString PostgresCatalogStore::location() const
{
    return d->connection.location;
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
    pg_conn *connection = d->connection.handle();
    PostgresRowSource rows(connection, d->connection.location);
    // One snapshot for the state and its revision.
    if (auto ok = rows.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"); !ok)
        return ok.error();
    auto end = qScopeGuard([&rows] { (void)rows.exec("COMMIT"); });
    if (auto ok = rows.start(RowCodec::Sql::kLatestRevision); !ok)
        return ok.error();
    const qint64 revision = rows.next() ? rows.integer(0) : 0;
    auto state = StateLoader::loadState(rows, d->connection.location);
    if (!state)
        return state.error();
    d->revision = revision;
    return state;
}

Result<qint64> PostgresCatalogStore::commit(const CommitRecord &record, const CatalogState &after)
{
    if (d->readOnly)
        return makeError(ErrorCode::ReadOnly, tr("%1 is open read-only").arg(d->connection.location));
    // One call: the server checks the role, takes the writers' lock, refuses a stale base
    // (40001), assigns the revision, stamps the author and writes log and state.
    const PostgresCommitRequest request = PostgresCommitRequest::of(record, after);
    const bool keepsHistory = record.time.isValid();   // a copy keeps authors and times (owner only)
    const QVariant noText(QMetaType::fromType<QString>());
    if (!d->commitQuery) {
        // Prepared once per connection: every commit is then one round trip.
        // Not forward-only: QPSQL runs those in single-row mode, whose unread end result
        // keeps the connection busy and its notifications unread until the next query.
        d->commitQuery.emplace(d->connection.db);
        if (!d->commitQuery->prepare(QStringLiteral("SELECT mesh.commit_batch(?, ?, CAST(? AS jsonb), ?, CAST(? AS jsonb), ?, ?)"))) {
            const Error error = d->connection.describe(tr("Saving the change"), d->commitQuery->lastError());
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
        const Error error = d->connection.describe(tr("Saving the change"), query.lastError());
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
        if (!d->connection.db.commit())
            return d->connection.describe(tr("Committing the change"), d->connection.db.lastError());
    }
    d->revision = revision;
    return revision;
}

Result<qint64> PostgresCatalogStore::latestRevision()
{
    return d->connection.currentRevision();
}

Result<QList<LoggedChange>> PostgresCatalogStore::log(qint64 sinceRevision)
{
    if (!d->logQuery) {
        d->logQuery.emplace(d->connection.db);
        d->logQuery->setForwardOnly(true);
        if (!d->logQuery->prepare(QString::fromLatin1(RowCodec::Sql::kLog))) {
            const Error error = d->connection.describe(tr("Reading the change log"), d->logQuery->lastError());
            d->logQuery.reset();
            return error;
        }
    }
    d->logQuery->bindValue(0, sinceRevision);
    if (!d->logQuery->exec()) {
        const Error error = d->connection.describe(tr("Reading the change log"), d->logQuery->lastError());
        d->logQuery.reset();
        return error;
    }
    QList<LoggedChange> changes = SqlStatements::readLog(*d->logQuery);
    d->logQuery->finish();
    return changes;
}

Result<qint64> PostgresCatalogStore::changeCount()
{
    auto query = d->connection.exec(QStringLiteral("SELECT COUNT(*) FROM changes"));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

void PostgresCatalogStore::setPresenceListener(std::function<void()> listener)
{
    d->connection.presenceListener = std::move(listener);
    if (!d->connection.presenceListener) {
        d->connection.db.driver()->unsubscribeFromNotification(QString::fromLatin1(PostgresConnection::kPresenceChannel));
        return;
    }
    if (!d->connection.subscribe())
        qCWarning(lcCatalog) << "cannot listen for presence on" << d->connection.location << d->connection.db.driver()->lastError().text();
}

bool PostgresCatalogStore::setRevisionListener(std::function<void(qint64)> listener)
{
    d->connection.revisionListener = std::move(listener);
    if (!d->connection.revisionListener) {
        d->connection.db.driver()->unsubscribeFromNotification(QString::fromLatin1(PostgresConnection::kChangesChannel));
        return true;
    }
    if (!d->connection.subscribe()) {
        qCWarning(lcCatalog) << "cannot listen on" << d->connection.location << d->connection.db.driver()->lastError().text();
        return false;
    }
    return true;
}

Result<void> PostgresCatalogStore::announcePresence(const Presence &presence)
{
    auto done = d->connection.exec(QStringLiteral("SELECT mesh.announce_presence(?, ?, ?, ?, ?)"),
                        {presence.clientId, presence.displayName, presence.diagram, presence.selection, presence.view});
    if (!done)
        return done.error();
    return Ok{};
}

Result<QList<Presence>> PostgresCatalogStore::presence()
{
    // Studios refresh their row every few seconds; one not seen for a minute is gone.
    auto rows = d->connection.exec(QStringLiteral("SELECT client_id, user_name, display_name, diagram, selection, seen_at, view FROM presence "
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
    auto done = d->connection.exec(QStringLiteral("SELECT mesh.withdraw_presence(?)"), {clientId});
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
    if (!d->connection.db.transaction())
        return d->connection.describe(tr("Starting a transaction"), d->connection.db.lastError());
    auto locked = d->connection.exec(QStringLiteral("SELECT mesh.lock_writers()"));
    if (!locked) {
        d->connection.db.rollback();
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
    d->connection.db.rollback();
}

Result<void> PostgresCatalogStore::reconnect()
{
    d->holdingWriters = false;
    d->logQuery.reset();
    d->commitQuery.reset();
    d->connection.db.close();
    if (!d->connection.db.open())
        return makeError(ErrorCode::Offline, tr("Cannot connect to %1: %2").arg(d->connection.location, d->connection.url.scrub(PostgresConnection::primaryMessage(d->connection.db.lastError()))));
    return d->connection.afterOpen();
}

} // namespace mesh::catalog
