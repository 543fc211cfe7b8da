#include "catalog/offlinequeue.h"

#include "catalog/changes/changejson.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <unistd.h>

namespace mesh::catalog {

namespace {
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
}

OfflineQueue::OfflineQueue(const QString &location)
{
    const QByteArray key = QCryptographicHash::hash(location.toUtf8(), QCryptographicHash::Sha1).toHex();
    m_path = directory() + QLatin1Char('/') + QString::fromLatin1(key) + QStringLiteral(".jsonl");
}

QString OfflineQueue::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/offline");
}

Result<void> OfflineQueue::append(qint64 baseRevision, const Batch &batch)
{
    // The queue holds catalog content that the server's roles may keep from other users
    // of this machine: only its owner reads it (0700 folder, 0600 file).
    const QString folder = QFileInfo(m_path).absolutePath();
    QDir().mkpath(folder);
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QJsonArray changes;
    for (const Change &change : batch)
        changes.append(ChangeJson::toJson(change));
    const QByteArray line = QJsonDocument(QJsonObject{{"base", baseRevision}, {"changes", changes}}).toJson(QJsonDocument::Compact) + '\n';
    QFile file(m_path);
    if (!file.open(QIODevice::Append) || !file.setPermissions(kOwnerOnly) || file.write(line) != line.size() || !file.flush()
        || ::fsync(file.handle()) != 0)
        return makeError(ErrorCode::StorageFailure, tr("Keeping the change for later failed (%1): %2").arg(m_path, file.errorString()));
    return Ok{};
}

Result<QList<OfflineQueue::Entry>> OfflineQueue::entries() const
{
    QFile file(m_path);
    if (!file.exists())
        return QList<Entry>{};
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::StorageFailure, tr("Reading the changes kept for later failed (%1): %2").arg(m_path, file.errorString()));
    QList<Entry> entries;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.isEmpty())
            continue; // a line cut short by a crash was never acknowledged
        Entry entry;
        entry.baseRevision = object.value("base").toInteger();
        for (const QJsonValue &change : object.value("changes").toArray())
            entry.changes += QJsonDocument(change.toObject()).toJson(QJsonDocument::Compact) + '\n';
        entries.append(entry);
    }
    return entries;
}

Result<void> OfflineQueue::dropFirst()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::StorageFailure, tr("Reading the changes kept for later failed (%1): %2").arg(m_path, file.errorString()));
    QList<QByteArray> lines = file.readAll().split('\n');
    file.close();
    lines.removeIf([](const QByteArray &line) { return line.trimmed().isEmpty(); });
    if (!lines.isEmpty())
        lines.removeFirst();
    if (lines.isEmpty())
        return clear();
    QSaveFile rest(m_path);
    if (!rest.open(QIODevice::WriteOnly) || !rest.setPermissions(kOwnerOnly) || rest.write(lines.join('\n') + '\n') < 0 || !rest.commit())
        return makeError(ErrorCode::StorageFailure, tr("Updating %1 failed: %2").arg(m_path, rest.errorString()));
    return Ok{};
}

Result<void> OfflineQueue::clear()
{
    if (QFile::exists(m_path) && !QFile::remove(m_path))
        return makeError(ErrorCode::StorageFailure, tr("Removing %1 failed").arg(m_path));
    return Ok{};
}

} // namespace mesh::catalog
