#include "catalog/store/sqliteconnection.h"

#include "catalog/logging.h"

#include <QAtomicInt>
#include <QFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace mesh::catalog {

namespace {

const QStringList kMigrations = {
    QStringLiteral(":/mesh/catalog/store/migrations/sqlite/001_initial.sql"),
    QStringLiteral(":/mesh/catalog/store/migrations/sqlite/002_lookup_indexes.sql"),
    QStringLiteral(":/mesh/catalog/store/migrations/sqlite/003_rule_settings.sql"),
    QStringLiteral(":/mesh/catalog/store/migrations/sqlite/004_reviews.sql"),
    QStringLiteral(":/mesh/catalog/store/migrations/sqlite/005_diagram_slices.sql"),
    QStringLiteral(":/mesh/catalog/store/migrations/sqlite/006_diagram_routes.sql"),
    QStringLiteral(":/mesh/catalog/store/migrations/sqlite/007_annotations.sql"),
};

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("mesh-sqlite-%1").arg(counter.fetchAndAddRelaxed(1));
}

// The sqlite3 connection under Qt's driver, for the calls Qt has no API for (the row
// reader, whole migration scripts); null when the driver holds something else. Qt may be
// built with its own copy of SQLite: a handle from that copy, used with the library this
// program links, would run two SQLite copies on one file, so the driver's SQLite must be
// ours (checked once the connection is open, see openConnection).
sqlite3 *sqliteHandleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

SqliteConnection::SqliteConnection(const QString &path, bool readOnly) : path(path), readOnly(readOnly), m_connectionName(nextConnectionName()) {}

SqliteConnection::~SqliteConnection()
{
    if (db.isValid())
        db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

int SqliteConnection::migrationCount()
{
    return int(kMigrations.size());
}

Error SqliteConnection::storageError(const QString &what, int sqliteCode, const QString &reason, const QString &path)
{
    // Say "disk full" in words people know.
    QString message = sqliteCode == SQLITE_FULL ? SqliteConnection::tr("%1: the disk is full (%2)").arg(what, path)
                                                : SqliteConnection::tr("%1 failed for %2: %3").arg(what, path, reason);
    return makeError(ErrorCode::StorageFailure, message, {}, reason);
}

Error SqliteConnection::storageError(const QString &what, const QSqlError &sqlError, const QString &path)
{
    return storageError(what, sqlError.nativeErrorCode().toInt(), sqlError.text(), path);
}

Result<void> SqliteConnection::exec(const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return storageError(tr("Running \"%1\"").arg(sql.left(60)), query.lastError(), path);
    return Ok{};
}

Result<QVariant> SqliteConnection::scalar(const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return storageError(tr("Running \"%1\"").arg(sql.left(60)), query.lastError(), path);
    return query.next() ? query.value(0) : QVariant();
}

Result<void> SqliteConnection::open(bool create)
{
    db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open())
        return storageError(create ? tr("Creating the catalog") : tr("Opening the catalog"), db.lastError(), path);
    auto driverSource = scalar(QStringLiteral("SELECT sqlite_source_id()"));
    if (!driverSource)
        return driverSource.error();
    handle = sqliteHandleOf(db);
    if (!handle || driverSource->toString() != QLatin1String(sqlite3_sourceid()))
        return makeError(ErrorCode::StorageFailure,
                         tr("Qt's SQLite driver uses another SQLite (%1) than this program (%2); a catalog is only opened with one")
                             .arg(driverSource->toString(), QLatin1String(sqlite3_sourceid())));
    if (auto ok = exec(QStringLiteral("PRAGMA foreign_keys = ON")); !ok)
        return ok;
    if (!readOnly) {
        if (auto ok = exec(QStringLiteral("PRAGMA journal_mode = WAL")); !ok)
            return ok;
        if (auto ok = exec(QStringLiteral("PRAGMA synchronous = NORMAL")); !ok)
            return ok;
    }
    // The catalog lives in memory (CatalogState): SQLite's pages serve the one read at open
    // and the writes, and 1 MiB of them does that as fast as SQLite's default of 2 MiB
    // (bench_catalog), with an import's peak 1.5 MiB lower (bench_import).
    if (auto ok = exec(QStringLiteral("PRAGMA cache_size = -1024")); !ok)
        return ok;
    return Ok{};
}

Result<void> SqliteConnection::migrate(int from, int to)
{
    for (int version = from + 1; version <= to; ++version) {
        QFile file(kMigrations.at(version - 1));
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::StorageFailure, tr("Missing migration %1").arg(version));
        const QString script = QString::fromUtf8(file.readAll());
        if (auto ok = exec(QStringLiteral("BEGIN IMMEDIATE")); !ok)
            return ok;
        // Another process (a second studio, the command line) may have migrated the file
        // while this one waited for the write lock: what it did is not done twice.
        auto current = scalar(QStringLiteral("PRAGMA user_version"));
        if (!current) {
            (void)exec(QStringLiteral("ROLLBACK"));
            return current.error();
        }
        if (current->toInt() >= version) {
            if (auto ok = exec(QStringLiteral("COMMIT")); !ok)
                return ok;
            continue;
        }
        // The whole script, comments and all, as SQLite reads it.
        char *failure = nullptr;
        if (sqlite3_exec(handle, script.toUtf8().constData(), nullptr, nullptr, &failure) != SQLITE_OK) {
            const QString reason = QString::fromUtf8(failure ? failure : sqlite3_errmsg(handle));
            sqlite3_free(failure);
            (void)exec(QStringLiteral("ROLLBACK"));
            return makeError(ErrorCode::StorageFailure, tr("Migration %1 failed for %2: %3").arg(version).arg(path, reason));
        }
        if (auto ok = exec(QStringLiteral("PRAGMA user_version = %1").arg(version)); !ok) {
            (void)exec(QStringLiteral("ROLLBACK"));
            return ok;
        }
        if (auto ok = exec(QStringLiteral("COMMIT")); !ok)
            return ok;
        qCDebug(lcCatalog) << "migrated" << path << "to schema version" << version;
    }
    return Ok{};
}

Result<void> SqliteConnection::prepare(std::optional<QSqlQuery> &query, const QString &sql)
{
    query.emplace(db);
    if (!query->prepare(sql))
        return storageError(tr("Preparing \"%1\"").arg(sql.left(60)), query->lastError(), path);
    return Ok{};
}

// Reads rows straight from SQLite's C API on the connection Qt opened (QSqlDriver::handle).

} // namespace mesh::catalog
