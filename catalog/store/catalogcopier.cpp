#include "catalog/store/catalogcopier.h"

#include "catalog/changes/changeapplier.h"
#include "catalog/changes/changejson.h"
#include "catalog/store/storefactory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace mesh::catalog {

Result<qint64> CatalogCopier::copy(CatalogReader &source, CatalogStore &destination)
{
    auto latest = destination.latestRevision();
    if (!latest)
        return latest.error();
    if (*latest != 0)
        return makeError(ErrorCode::Conflict, tr("%1 is not empty").arg(destination.location()));
    auto changes = source.log(0);
    if (!changes)
        return changes.error();

    CatalogState replay;
    qint64 copied = 0;
    qint64 base = 0;
    for (qsizetype i = 0; i < changes->size();) {
        const LoggedChange &first = changes->at(i);
        CommitRecord record;
        record.author = first.author;
        record.clientId = first.clientId;
        record.time = first.time;
        record.baseRevision = base;
        for (; i < changes->size() && changes->at(i).revision == first.revision; ++i) {
            auto change = ChangeJson::fromJson(QJsonDocument::fromJson(changes->at(i).change).object(), replay);
            if (!change)
                return change.error();
            auto inverse = ChangeApplier::apply(replay, Batch{*change}, &record.delta, &record.summaries, ChangeApplier::Approvals::AsRecorded);
            if (!inverse)
                return inverse.error();
            record.batch.append(*change);
            record.inverse = *inverse + record.inverse;
        }
        auto revision = destination.commit(record, replay);
        if (!revision)
            return revision.error();
        base = *revision;
        ++copied;
    }
    // The replayed log must give the source's state; anything else is a damaged log.
    auto sourceState = source.load();
    if (!sourceState)
        return sourceState.error();
    QString difference;
    if (!replay.hasSameContent(*sourceState, &difference))
        return makeError(ErrorCode::StorageFailure, tr("The change log of %1 does not lead to its current state (%2)").arg(source.location(), difference));
    return copied;
}

Result<qint64> CatalogCopier::copyToNewLocation(CatalogReader &source, const QString &location, bool replace)
{
    if (StoreFactory::isSharedLocation(location)) {
        auto destination = StoreFactory::create(location);
        if (!destination)
            return destination.error();
        return copy(source, **destination);
    }
    const QFileInfo target(location);
    if (target.exists() && !replace)
        return makeError(ErrorCode::Conflict, tr("%1 already exists").arg(QDir::toNativeSeparators(location)));
    const QString temporary = target.absoluteFilePath() + QStringLiteral(".part");
    auto removeFiles = [](const QString &path) {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
    };
    removeFiles(temporary);
    Result<qint64> copied = qint64(0);
    {
        auto destination = StoreFactory::create(temporary);
        if (!destination)
            return destination.error();
        copied = copy(source, **destination);
    }
    if (!copied) {
        removeFiles(temporary);
        return copied;
    }
    if (target.exists())
        removeFiles(target.absoluteFilePath());
    if (!QFile::rename(temporary, target.absoluteFilePath())) {
        removeFiles(temporary);
        return makeError(ErrorCode::StorageFailure, tr("Writing %1 failed").arg(QDir::toNativeSeparators(location)));
    }
    return copied;
}

} // namespace mesh::catalog
