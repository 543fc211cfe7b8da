#pragma once

#include "catalog/changes/change.h"
#include "catalog/changes/changejson.h"
#include "catalog/changes/statedelta.h"
#include "catalog/model/catalogstate.h"
#include "catalog/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <functional>
#include <utility>

namespace mesh::catalog {

// One change as the log keeps it.
struct LoggedChange {
    qint64 revision = 0;
    int sequence = 0;          // position in its batch
    QString author;
    QString clientId;
    QDateTime time;            // UTC
    QString summary;           // "create Event Identity/ProfilePublished"
    QByteArray change;         // canonical JSON (ChangeJson::toJsonLine)
};

// What one applied batch leaves in the store, in one transaction.
struct CommitRecord {
    Batch batch;
    Batch inverse;
    QStringList summaries;     // one per change
    StateDelta delta;          // rows to rewrite from `after`
    QString author;
    QString clientId;
    qint64 baseRevision = 0;   // the revision the batch was applied to; it becomes base + 1
    QDateTime time;            // when; null means now (copies keep the original time)
    // The batch's log lines (ChangeJson::toJsonLine), when the catalog encoded them on
    // another core while the batch was applied; otherwise the store encodes each itself.
    // Mutable so that the store lets each go once written: an import's lines are megabytes.
    mutable QList<QByteArray> lines;

    QByteArray takeLine(qsizetype index) const
    {
        // (A line is never empty: an empty one was taken already, and is made again.)
        if (index < lines.size() && !lines[index].isEmpty())
            return std::exchange(lines[index], QByteArray());
        return ChangeJson::toJsonLine(batch[index]);
    }
};

// Batches this large have their log lines encoded on another core, beside the applier and
// the store's writes; a small edit is done sooner without a thread.
constexpr qsizetype kBatchEncodedAside = 256;

// Who is on a shared catalog, and where: one row per open studio.
struct Presence {
    QString clientId;
    QString user;          // the database user
    QString displayName;
    QString diagram;       // the diagram they are on, empty when none
    QString selection;     // ids of what they have selected, comma-separated
    QDateTime seen;
    // The view they present, as JSON ({"presenting": true, "zoom": …, "x": …, "y": …}),
    // "" when they present nothing.
    QString view = {};
};

enum class OpenMode { ReadOnly, ReadWrite };

// What may be read of a store without changing it: where it is, its state, its log. What
// the catalog hands out (Catalog::reader()) for history, copies and the panels: every write
// goes through Catalog::apply.
class CatalogReader
{
public:
    virtual ~CatalogReader() = default;

    virtual QString location() const = 0;
    virtual bool isReadOnly() const = 0;
    // Shared stores live on a server that may go away: their commits can fail with Offline
    // and reconnect() tries again.
    virtual bool isShared() const { return false; }

    // Reads the whole current state. revision() is then that of the state read.
    virtual Result<CatalogState> load() = 0;
    virtual qint64 revision() const = 0;

    // The newest revision in the store now (others' commits included).
    virtual Result<qint64> latestRevision() = 0;

    // Changes with a revision above `sinceRevision`, oldest first.
    virtual Result<QList<LoggedChange>> log(qint64 sinceRevision) = 0;
    virtual Result<qint64> changeCount() = 0;
};

// Where a catalog lives: a SQLite file, or a shared PostgreSQL database. Nothing
// backend-specific leaks out of it; the Catalog on top merges concurrent writers.
class CatalogStore : public CatalogReader
{
public:
    // Appends the batch to the log as revision baseRevision + 1 and rewrites the delta's rows
    // from `after`, atomically. Fails with Stale, writing nothing, when the store already
    // holds a revision after baseRevision (another writer came first).
    virtual Result<qint64> commit(const CommitRecord &record, const CatalogState &after) = 0;

    // Stores that are told of others' commits (PostgreSQL's LISTEN/NOTIFY) call `listener`
    // with the new revision, on the thread that opened the store, and return true. Others
    // return false and are polled with latestRevision().
    virtual bool setRevisionListener(std::function<void(qint64)> listener)
    {
        (void)listener;
        return false;
    }

    // Stores that push presence announcements (PostgreSQL's NOTIFY) call `listener` on the
    // thread that opened the store whenever a studio announces itself.
    virtual void setPresenceListener(std::function<void()> listener) { (void)listener; }
    // Who the server knows the connection as (a shared catalog's database user), or "" for
    // a file: the name every vote and comment of this studio goes under.
    virtual QString userName() const { return {}; }
    // A shared store tries the server again after a commit failed with Offline.
    virtual Result<void> reconnect() { return Ok{}; }

    // Holds other writers back (until unlockWriters) so that a writer who came second can
    // catch up and commit without being overtaken again: no writer starves.
    virtual Result<void> lockWriters() { return Ok{}; }
    virtual void unlockWriters() {}

    // Presence on shared catalogs: announce (or refresh) this studio's row, list who was
    // seen lately, leave. A file has no one else to show: these do nothing there.
    virtual Result<void> announcePresence(const Presence &presence)
    {
        (void)presence;
        return Ok{};
    }
    virtual Result<QList<Presence>> presence() { return QList<Presence>{}; }
    virtual Result<void> withdrawPresence(const QString &clientId)
    {
        (void)clientId;
        return Ok{};
    }
};

} // namespace mesh::catalog
