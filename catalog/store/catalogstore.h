#pragma once

#include "catalog/changes/change.h"
#include "catalog/changes/statedelta.h"
#include "catalog/model/catalogstate.h"
#include "catalog/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>

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
};

enum class OpenMode { ReadOnly, ReadWrite };

// Where a catalog lives. The SQLite file store implements it now; the shared PostgreSQL
// store implements the same contract. Nothing backend-specific leaks out of it.
class CatalogStore
{
public:
    virtual ~CatalogStore() = default;

    virtual QString location() const = 0;
    virtual bool isReadOnly() const = 0;

    // Reads the whole current state. The revision is that of the state read.
    virtual Result<CatalogState> load() = 0;
    virtual qint64 revision() const = 0;

    // Appends the batch to the log and rewrites the delta's rows from `after`, atomically.
    // Fails with Conflict if someone else committed since this store's last load/commit.
    virtual Result<qint64> commit(const CommitRecord &record, const CatalogState &after) = 0;

    // Changes with a revision above `sinceRevision`, oldest first.
    virtual Result<QList<LoggedChange>> log(qint64 sinceRevision) = 0;
    virtual Result<qint64> changeCount() = 0;

    // Writes a consistent copy of the catalog to a new file.
    virtual Result<void> copyTo(const QString &path) = 0;
};

} // namespace mesh::catalog
