#pragma once

#include "catalog/changes/change.h"
#include "catalog/result.h"

#include <QCoreApplication>
#include <QList>

namespace mesh::catalog {

// Batches made while a shared catalog's server was out of reach, kept in a file until they
// are committed, so that neither a lost connection nor a crash loses them. One file per
// catalog location (without its password) in the user's data folder; one JSON line per
// batch: {"base": revision it was made against, "changes": [canonical changes]}.
class OfflineQueue
{
    Q_DECLARE_TR_FUNCTIONS(mesh::catalog::OfflineQueue)

public:
    struct Entry {
        qint64 baseRevision = 0;
        QByteArray changes;   // JSON Lines, as ChangeJson::readJsonLines reads them
    };

    explicit OfflineQueue(const QString &location);
    static QString directory();

    QString path() const { return m_path; }
    Result<void> append(qint64 baseRevision, const Batch &batch);
    Result<QList<Entry>> entries() const;
    // Forgets the oldest batch once it is committed (the file is rewritten atomically).
    Result<void> dropFirst();
    Result<void> clear();

private:
    QString m_path;
};

} // namespace mesh::catalog
