#include "exporters/exportwriter.h"

#include "exporters/filenames.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSaveFile>

namespace mesh::exporters {

using namespace mesh::catalog;

namespace {

constexpr const char *kManifest = ".meshstudio-export.json";

QByteArray digest(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

struct ManifestEntry {
    QString format;
    QByteArray sha256;
};

Result<QMap<QString, ManifestEntry>> readManifest(const QString &directory)
{
    QMap<QString, ManifestEntry> entries;
    QFile file(QDir(directory).filePath(QString::fromLatin1(kManifest)));
    if (!file.exists())
        return entries;
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::StorageFailure, ExportWriter::tr("%1 cannot be read: %2").arg(file.fileName(), file.errorString()));
    const QByteArray bytes = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        const int line = int(bytes.left(parseError.offset).count('\n')) + 1;
        return makeError(ErrorCode::InvalidInput, ExportWriter::tr("%1, line %2: not an export manifest (%3); move it away to export into this folder")
                                                      .arg(file.fileName())
                                                      .arg(line)
                                                      .arg(parseError.errorString()));
    }
    const QJsonObject files = document.object().value(QLatin1String("files")).toObject();
    for (auto it = files.begin(); it != files.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        QString reason;
        if (!isSafeRelativePath(it.key(), &reason))   // a manifest never makes us touch a path outside
            return makeError(ErrorCode::InvalidInput, ExportWriter::tr("%1: the entry %2 is refused: %3").arg(file.fileName(), it.key(), reason));
        entries.insert(it.key(), {entry.value(QLatin1String("format")).toString(), entry.value(QLatin1String("sha256")).toString().toLatin1()});
    }
    return entries;
}

QByteArray manifestBytes(const QMap<QString, ManifestEntry> &entries)
{
    QJsonObject files;
    for (auto it = entries.begin(); it != entries.end(); ++it)
        files.insert(it.key(), QJsonObject{{"format", it->format}, {"sha256", QString::fromLatin1(it->sha256)}});
    return QJsonDocument(QJsonObject{{"generator", "Mesh Studio"},
                                     {"note", "Files this export owns. Mesh Studio rewrites and removes these, and never touches other files."},
                                     {"files", files}})
        .toJson(QJsonDocument::Indented);
}

// Refuses a path whose existing parts go through a symbolic link (which could lead out of
// the folder) or are files where a folder is needed.
Result<void> checkParents(const QDir &root, const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('/'));
    QString current;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        current += (i ? QStringLiteral("/") : QString()) + parts.at(i);
        const QFileInfo info(root.filePath(current));
        if (info.isSymLink())
            return makeError(ErrorCode::InvalidInput, ExportWriter::tr("%1 is a symbolic link; the export does not write through links").arg(info.filePath()));
        if (!info.exists())
            return Ok{};
        if (i + 1 < parts.size() && !info.isDir())
            return makeError(ErrorCode::Conflict, ExportWriter::tr("%1 is a file where the export needs a folder").arg(info.filePath()));
        if (i + 1 == parts.size() && info.isDir())
            return makeError(ErrorCode::Conflict, ExportWriter::tr("%1 is a folder where the export writes a file").arg(info.filePath()));
    }
    return Ok{};
}

Result<void> writeAtomically(const QString &fileName, const QByteArray &bytes)
{
    if (!QDir().mkpath(QFileInfo(fileName).absolutePath()))
        return makeError(ErrorCode::ReadOnly, ExportWriter::tr("cannot create the folder of %1").arg(fileName));
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(ErrorCode::StorageFailure, ExportWriter::tr("cannot write %1: %2").arg(fileName, file.errorString()));
    return Ok{};
}

} // namespace

QString ExportWriter::manifestName()
{
    return QString::fromLatin1(kManifest);
}

Result<ExportPlan> ExportWriter::plan(const QString &directory, const QList<ExportFile> &files, const QList<ExportFormat> &formats)
{
    ExportPlan plan;
    plan.directory = QDir(directory).absolutePath();
    const QFileInfo target(plan.directory);
    if (target.exists() && !target.isDir())
        return makeError(ErrorCode::InvalidInput, tr("%1 is a file, not a folder").arg(plan.directory));
    auto previous = readManifest(plan.directory);
    if (!previous)
        return previous.error();
    QSet<QString> exported;
    for (ExportFormat format : formats)
        exported.insert(exportFormatId(format));

    const QDir root(plan.directory);
    QSet<QString> produced;
    for (const ExportFile &file : files) {
        QString reason;
        if (!isSafeRelativePath(file.path, &reason))
            return makeError(ErrorCode::InvalidInput, tr("refused to write %1: %2").arg(file.path, reason));
        if (auto parents = checkParents(root, file.path); !parents)
            return parents.error();
        produced.insert(file.path);
        plan.manifest.insert(file.path, file.format);
        QFile existing(root.filePath(file.path));
        if (!existing.exists()) {
            plan.added.append(file);
            continue;
        }
        if (!previous->contains(file.path))
            return makeError(ErrorCode::Conflict, tr("%1 already exists and was not written by a Mesh Studio export; move it away or "
                                                     "export into another folder")
                                                      .arg(existing.fileName()));
        if (!existing.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::StorageFailure, tr("%1 cannot be read: %2").arg(existing.fileName(), existing.errorString()));
        if (existing.size() == file.bytes.size() && existing.readAll() == file.bytes)
            plan.unchanged.append(file.path);
        else
            plan.changed.append(file);
    }
    for (auto it = previous->begin(); it != previous->end(); ++it) {
        plan.previousManifest.insert(it.key(), it->format);
        if (produced.contains(it.key()))
            continue;
        if (!exported.contains(it->format)) {   // another format's file: not this export's business
            plan.manifest.insert(it.key(), it->format);
            continue;
        }
        QFile existing(root.filePath(it.key()));
        if (!existing.exists() || QFileInfo(existing).isSymLink())
            continue;
        if (existing.open(QIODevice::ReadOnly) && digest(existing.readAll()) == it->sha256)
            plan.removed.append(it.key());
        else
            plan.keptEdited.append(it.key());
    }
    return plan;
}

Result<void> ExportWriter::write(const ExportPlan &plan, const std::function<bool(int, int)> &progress)
{
    if (plan.writesNothing())
        return Ok{};
    const QDir root(plan.directory);
    if (!root.exists() && !QDir().mkpath(plan.directory))
        return makeError(ErrorCode::ReadOnly, tr("cannot create the folder %1").arg(plan.directory));
    const QString manifestPath = root.filePath(manifestName());

    // First the manifest of every file this run may leave behind, so that an interrupted
    // export still owns what it wrote.
    const QList<ExportFile> toWrite = plan.added + plan.changed;
    auto previous = readManifest(plan.directory);
    if (!previous)
        return previous.error();
    QMap<QString, ManifestEntry> owned = *previous;
    for (const ExportFile &file : toWrite)
        owned.insert(file.path, {file.format, digest(file.bytes)});
    if (!plan.added.isEmpty()) {
        if (auto written = writeAtomically(manifestPath, manifestBytes(owned)); !written)
            return written;
    }

    const int total = int(toWrite.size() + plan.removed.size());
    int done = 0;
    for (const ExportFile &file : toWrite) {
        if (auto written = writeAtomically(root.filePath(file.path), file.bytes); !written)
            return written;
        if (progress && !progress(++done, total))
            return makeError(ErrorCode::InvalidInput, tr("the export was cancelled; the folder holds old and new files, each whole"));
    }
    for (const QString &path : plan.removed) {
        QFile::remove(root.filePath(path));
        // Folders the export emptied go too; the export folder itself stays.
        QString folder = QFileInfo(path).path();
        while (folder != QLatin1String(".") && !folder.isEmpty() && root.rmdir(folder))
            folder = QFileInfo(folder).path();
        if (progress && !progress(++done, total))
            return makeError(ErrorCode::InvalidInput, tr("the export was cancelled; the folder holds old and new files, each whole"));
    }
    // Then what the export owns now: this run's files and the other formats' ones.
    QMap<QString, ManifestEntry> final;
    for (auto it = plan.manifest.begin(); it != plan.manifest.end(); ++it)
        final.insert(it.key(), owned.value(it.key()));
    return writeAtomically(manifestPath, manifestBytes(final));
}

} // namespace mesh::exporters
