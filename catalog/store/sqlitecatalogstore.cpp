#include "catalog/store/sqlitecatalogstore.h"

#include "catalog/changes/changejson.h"
#include "catalog/logging.h"
#include "catalog/store/rowcodec.h"
#include "catalog/store/sqliteconnection.h"
#include "catalog/store/sqlstatements.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <future>

#include <sqlite3.h>

namespace mesh::catalog {

namespace {

// Reads the SQLite header without opening the database, so that a file which is not a
// catalog (or a newer one) is refused before anything could write to it.
struct FileHeader {
    bool isSqlite = false;
    quint32 applicationId = 0;
    quint32 userVersion = 0;
};

FileHeader readHeader(const QString &path)
{
    FileHeader header;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return header;
    const QByteArray bytes = file.read(100);
    if (bytes.size() < 100 || !bytes.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return header;
    header.isSqlite = true;
    header.userVersion = qFromBigEndian<quint32>(bytes.constData() + 60);
    header.applicationId = qFromBigEndian<quint32>(bytes.constData() + 68);
    return header;
}

} // namespace

struct SqliteCatalogStore::Private {
    Private(const QString &path, bool readOnly) : connection(path, readOnly) {}

    SqliteConnection connection;   // first: the statements below go before it closes
    qint64 revision = 0;
    // Prepared on the first commit: a commit runs these for every row it writes.
    std::optional<SqlStatements> statements;
    std::optional<QSqlQuery> maxRevision;

    Result<qint64> currentRevision()
    {
        if (!maxRevision) {
            if (auto ok = connection.prepare(maxRevision, QString::fromLatin1(RowCodec::Sql::kLatestRevision)); !ok)
                return ok.error();
        }
        if (!maxRevision->exec() || !maxRevision->next())
            return SqliteConnection::storageError(tr("Reading the revision"), maxRevision->lastError(), connection.path);
        const qint64 value = maxRevision->value(0).toLongLong();
        maxRevision->finish();
        return value;
    }
};
int SqliteCatalogStore::latestSchemaVersion()
{
    return SqliteConnection::migrationCount();
}

SqliteCatalogStore::SqliteCatalogStore(std::unique_ptr<Private> d) : d(std::move(d)) {}

SqliteCatalogStore::~SqliteCatalogStore() = default;

bool SqliteCatalogStore::isWritableFile(const QString &path)
{
    const QFileInfo info(path);
    const QFile::Permissions writeBits = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    return info.isWritable() && (info.permissions() & writeBits);
}

Result<std::unique_ptr<SqliteCatalogStore>> SqliteCatalogStore::open(const QString &path, OpenMode mode)
{
    return openFile(path, mode, true);
}

Result<std::unique_ptr<SqliteCatalogStore>> SqliteCatalogStore::openFile(const QString &path, OpenMode mode, bool migrate)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::NotFound, tr("No catalog at %1").arg(QDir::toNativeSeparators(path)));
    if (!info.isFile())
        return makeError(ErrorCode::NotACatalog, tr("%1 is not a file").arg(QDir::toNativeSeparators(path)));
    if (!info.isReadable())
        return makeError(ErrorCode::ReadOnly, tr("%1 cannot be read (permission denied)").arg(QDir::toNativeSeparators(path)));
    if (mode == OpenMode::ReadWrite && !isWritableFile(path))
        return makeError(ErrorCode::ReadOnly, tr("%1 is read-only").arg(QDir::toNativeSeparators(path)));

    const FileHeader header = readHeader(path);
    if (!header.isSqlite || header.applicationId != kApplicationId)
        return makeError(ErrorCode::NotACatalog, tr("%1 is not a Mesh Studio catalog").arg(QDir::toNativeSeparators(path)));
    if (int(header.userVersion) < 0) {
        return makeError(ErrorCode::NotACatalog, tr("%1 is damaged: its catalog format is %2, which no Mesh Studio writes")
                                                     .arg(QDir::toNativeSeparators(path))
                                                     .arg(int(header.userVersion)));
    }
    if (int(header.userVersion) > latestSchemaVersion()) {
        return makeError(ErrorCode::NewerVersion,
                         tr("%1 was written by a newer Mesh Studio (catalog format %2; this version reads up to %3)")
                             .arg(QDir::toNativeSeparators(path))
                             .arg(header.userVersion)
                             .arg(latestSchemaVersion()));
    }
    if (mode == OpenMode::ReadOnly && int(header.userVersion) < latestSchemaVersion()) {
        return makeError(ErrorCode::ReadOnly,
                         tr("%1 uses an older catalog format (%2) and must be opened for writing once to be upgraded")
                             .arg(QDir::toNativeSeparators(path))
                             .arg(header.userVersion));
    }

    auto d = std::make_unique<Private>(info.absoluteFilePath(), mode == OpenMode::ReadOnly);
    if (auto ok = d->connection.open(false); !ok)
        return ok.error();
    if (!d->connection.readOnly && migrate) {
        if (auto ok = d->connection.migrate(int(header.userVersion), latestSchemaVersion()); !ok)
            return ok.error();
    }
    auto revision = d->currentRevision();
    if (!revision)
        return revision.error();
    d->revision = *revision;
    return std::unique_ptr<SqliteCatalogStore>(new SqliteCatalogStore(std::move(d)));
}

Result<std::unique_ptr<SqliteCatalogStore>> SqliteCatalogStore::create(const QString &path, int schemaVersion)
{
    const QFileInfo info(path);
    if (info.exists())
        return makeError(ErrorCode::Conflict, tr("%1 already exists").arg(QDir::toNativeSeparators(path)));
    if (!info.dir().exists())
        return makeError(ErrorCode::NotFound, tr("The folder %1 does not exist").arg(QDir::toNativeSeparators(info.absolutePath())));
    if (!QFileInfo(info.absolutePath()).isWritable())
        return makeError(ErrorCode::ReadOnly, tr("The folder %1 is read-only").arg(QDir::toNativeSeparators(info.absolutePath())));

    const int version = schemaVersion < 0 ? latestSchemaVersion() : schemaVersion;
    {
        auto d = std::make_unique<Private>(info.absoluteFilePath(), false);
        auto created = [&]() -> Result<void> {
            if (auto ok = d->connection.open(true); !ok)
                return ok;
            if (auto ok = d->connection.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)); !ok)
                return ok;
            if (auto ok = d->connection.migrate(0, version); !ok)
                return ok;
            return d->connection.exec(QStringLiteral("INSERT INTO catalog_info(key, value) VALUES ('id', '%1')")
                               .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
        };
        if (auto ok = created(); !ok) {
            d.reset();
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(info.absoluteFilePath() + QLatin1String(suffix));
            return ok.error();
        }
    }
    return openFile(path, OpenMode::ReadWrite, false);
}

QString SqliteCatalogStore::location() const
{
    return d->connection.path;
}

bool SqliteCatalogStore::isReadOnly() const
{
    return d->connection.readOnly;
}

qint64 SqliteCatalogStore::revision() const
{
    return d->revision;
}

int SqliteCatalogStore::schemaVersion()
{
    auto value = d->connection.scalar(QStringLiteral("PRAGMA user_version"));
    return value ? value->toInt() : -1;
}

namespace {

// Reads relations and schema versions on a connection of its own; returns the revision of
// the snapshot it read, so the caller can check both halves belong together.
Result<qint64> loadRelationsOnOwnConnection(const QString &path, CatalogState &state)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return makeError(ErrorCode::StorageFailure, SqliteCatalogStore::tr("Opening the catalog failed for %1").arg(path));
    }
    sqlite3_busy_timeout(db, 5000);
    auto close = qScopeGuard([db] {
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        sqlite3_close(db);
    });
    SqliteRowSource rows(db, path);
    if (sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
        return makeError(ErrorCode::StorageFailure, SqliteCatalogStore::tr("Reading %1 failed: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(db))));
    if (auto ok = rows.start("SELECT COALESCE(MAX(revision), 0) FROM revisions"); !ok)
        return ok.error();
    const qint64 revision = rows.next() ? rows.integer(0) : -1;
    if (auto ok = StateLoader::loadRelations(rows, path, state); !ok)
        return ok.error();
    return revision;
}

} // namespace

Result<CatalogState> SqliteCatalogStore::load()
{
    // One read transaction, so the state and its revision belong together.
    if (auto ok = d->connection.exec(QStringLiteral("BEGIN")); !ok)
        return ok.error();
    auto finish = qScopeGuard([this] { (void)d->connection.exec(QStringLiteral("COMMIT")); });

    auto revision = d->currentRevision();
    if (!revision)
        return revision.error();
    SqliteRowSource rows(d->connection.handle, d->connection.path);
    if (auto ok = rows.start("SELECT (SELECT COUNT(*) FROM elements), (SELECT COUNT(*) FROM relations), "
                             "(SELECT COUNT(*) FROM schema_versions)");
        !ok)
        return ok.error();
    const qint64 elements = rows.next() ? rows.integer(0) : 0;
    const qint64 relations = rows.integer(1);
    const qint64 schemaVersions = rows.integer(2);
    CatalogState state;
    StateLoader::reserve(state, elements, 0, schemaVersions);
    CatalogState relationHalf;
    StateLoader::reserve(relationHalf, 0, relations, 0);

    // Large catalogs read their two halves on both cores: relations and schema versions on
    // a second connection, accepted only if it read the same revision (the same snapshot).
    std::future<Result<qint64>> other;
    if (relations > 5000)
        other = std::async(std::launch::async, [this, &relationHalf] { return loadRelationsOnOwnConnection(d->connection.path, relationHalf); });
    if (auto ok = StateLoader::loadElements(rows, d->connection.path, state); !ok)
        return ok.error();
    bool loaded = false;
    if (other.valid()) {
        auto seen = other.get();
        loaded = seen && *seen == *revision;
        if (!loaded) {
            qCDebug(lcCatalog) << "parallel load read another snapshot; reading relations again";
            relationHalf = CatalogState();
        }
    }
    if (!loaded) {
        if (auto ok = StateLoader::loadRelations(rows, d->connection.path, relationHalf); !ok)
            return ok.error();
    }
    StateLoader::absorb(state, std::move(relationHalf));
    // A file edited by hand or damaged on disk may hold rows that refer to rows it no longer
    // has (a relation to a deleted element): refused by name before anything uses them.
    // Checked in memory, since PRAGMA foreign_key_check took as long as the load itself.
    if (const QString dangling = state.firstDanglingReference(); !dangling.isEmpty())
        return makeError(ErrorCode::NotACatalog, tr("%1 is damaged: %2").arg(QDir::toNativeSeparators(d->connection.path), dangling));
    d->revision = *revision;
    return state;
}

Result<qint64> SqliteCatalogStore::commit(const CommitRecord &record, const CatalogState &after)
{
    if (d->connection.readOnly)
        return makeError(ErrorCode::ReadOnly, tr("%1 is open read-only").arg(QDir::toNativeSeparators(d->connection.path)));
    // The write statements are prepared on the first commit; readers never need them.
    if (!d->statements) {
        d->statements.emplace(d->connection.handle, [this](const QString &what, int code, const QString &reason) { return SqliteConnection::storageError(what, code, reason, d->connection.path); });
    }
    if (auto ok = d->connection.exec(QStringLiteral("BEGIN IMMEDIATE")); !ok)
        return ok.error();
    auto rollback = qScopeGuard([this] { (void)d->connection.exec(QStringLiteral("ROLLBACK")); });

    auto current = d->currentRevision();
    if (!current)
        return current.error();
    if (*current != record.baseRevision) {
        return makeError(ErrorCode::Stale,
                         tr("%1 was changed by another program (revision %2, this change was made at %3)")
                             .arg(QDir::toNativeSeparators(d->connection.path))
                             .arg(*current)
                             .arg(record.baseRevision));
    }
    const qint64 revision = *current + 1;
    if (auto ok = d->statements->writeCommit(revision, record, after); !ok)
        return ok.error();
    QSqlQuery commit(d->connection.db);
    if (!commit.exec(QStringLiteral("COMMIT")))
        return SqliteConnection::storageError(tr("Committing the change"), commit.lastError(), d->connection.path);
    rollback.dismiss();
    d->revision = revision;
    return revision;
}

Result<QList<LoggedChange>> SqliteCatalogStore::log(qint64 sinceRevision)
{
    QSqlQuery query(d->connection.db);
    query.setForwardOnly(true);
    query.prepare(QString::fromLatin1(RowCodec::Sql::kLog));
    query.bindValue(0, sinceRevision);
    if (!query.exec())
        return SqliteConnection::storageError(tr("Reading the change log"), query.lastError(), d->connection.path);
    return SqlStatements::readLog(query);
}

Result<qint64> SqliteCatalogStore::changeCount()
{
    auto value = d->connection.scalar(QStringLiteral("SELECT COUNT(*) FROM changes"));
    if (!value)
        return value.error();
    return value->toLongLong();
}

Result<qint64> SqliteCatalogStore::latestRevision()
{
    return d->currentRevision();
}

Result<void> SqliteCatalogStore::limitFileSize(qint64 bytes)
{
    auto pageSize = d->connection.scalar(QStringLiteral("PRAGMA page_size"));
    if (!pageSize)
        return pageSize.error();
    return d->connection.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(std::max<qint64>(1, bytes / pageSize->toLongLong())));
}

Result<QStringList> SqliteCatalogStore::integrityCheck()
{
    QSqlQuery query(d->connection.db);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return SqliteConnection::storageError(tr("Checking integrity"), query.lastError(), d->connection.path);
    QStringList rows;
    while (query.next())
        rows << query.value(0).toString();
    return rows;
}

} // namespace mesh::catalog
