#include "exporters/exportwriter.h"

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

#include "catalog/writeall.h"

#include "exporters/filenames.h"

#include <nlohmann/json.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QHash>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <optional>

#include <cerrno>
#include <cstdio>
#include <cstring>


namespace mesh::exporters {

using namespace mesh::catalog;

namespace {

constexpr const char *kManifest = ".meshstudio-export.json";
constexpr const char *kTemporarySuffix = ".meshstudio-tmp";

QByteArray digest(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

// One file the export owns: its format, the hash of what was written, and the size and
// modification time it had then (so a later run sees at a glance that it is untouched).
struct ManifestEntry {
    QString format;
    QByteArray sha256;
    qint64 size = -1;
    qint64 modified = -1;   // ms since the epoch

    bool matches(const QFileInfo &info) const
    {
        return info.exists() && !info.isSymLink() && info.size() == size && info.lastModified().toMSecsSinceEpoch() == modified;
    }

    // The same answer from one lstat(), without QFileInfo's second call and its local-time
    // conversion: what a second export of tens of thousands of files spends its time on.
    bool matches(const QString &path) const
    {
#ifdef Q_OS_UNIX
        struct stat status;
        if (::lstat(QFile::encodeName(path).constData(), &status) != 0 || !S_ISREG(status.st_mode))
            return false;
        const qint64 milliseconds = qint64(status.st_mtim.tv_sec) * 1000 + status.st_mtim.tv_nsec / 1000000;
        return qint64(status.st_size) == size && milliseconds == modified;
#else
        return matches(QFileInfo(path));
#endif
    }
};

struct Manifest {
    QString stamp;
    QMap<QString, ManifestEntry> files;
};

Result<Manifest> readManifest(const QString &directory)
{
    Manifest manifest;
    QFile file(QDir(directory).filePath(QString::fromLatin1(kManifest)));
    if (!file.exists())
        return manifest;
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::StorageFailure, ExportWriter::tr("%1 cannot be read: %2").arg(file.fileName(), file.errorString()));
    const QByteArray bytes = file.readAll();
    // nlohmann reads the tens of thousands of entries of a large export several times faster
    // than QJsonDocument, and a second export is mostly this read.
    nlohmann::json document;
    try {
        document = nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size());
    } catch (const nlohmann::json::parse_error &error) {
        const int line = int(bytes.left(qsizetype(error.byte)).count('\n')) + 1;
        return makeError(ErrorCode::InvalidInput, ExportWriter::tr("%1, line %2: not an export manifest (%3); move it away to export into this folder")
                                                      .arg(file.fileName())
                                                      .arg(line)
                                                      .arg(QString::fromUtf8(error.what())));
    }
    if (!document.is_object())
        return makeError(ErrorCode::InvalidInput, ExportWriter::tr("%1, line %2: not an export manifest (%3); move it away to export into this folder")
                                                      .arg(file.fileName())
                                                      .arg(1)
                                                      .arg(ExportWriter::tr("not a JSON object")));
    auto text = [](const nlohmann::json &object, const char *key) {
        auto found = object.find(key);
        return found != object.end() && found->is_string() ? QString::fromStdString(found->get<std::string>()) : QString();
    };
    auto number = [](const nlohmann::json &object, const char *key) {
        auto found = object.find(key);
        return found != object.end() && found->is_number() ? found->get<qint64>() : qint64(-1);
    };
    manifest.stamp = text(document, "stamp");
    const auto files = document.find("files");
    if (files == document.end() || !files->is_object())
        return manifest;
    for (const auto &[key, entry] : files->items()) {
        const QString path = QString::fromStdString(key);
        QString reason;
        if (!isSafeRelativePath(path, &reason))   // a manifest never makes us touch a path outside
            return makeError(ErrorCode::InvalidInput, ExportWriter::tr("%1: the entry %2 is refused: %3").arg(file.fileName(), path, reason));
        if (!entry.is_object())
            continue;
        manifest.files.insert(path, {text(entry, "format"), text(entry, "sha256").toLatin1(), number(entry, "size"), number(entry, "modified")});
    }
    return manifest;
}

QByteArray manifestBytes(const Manifest &manifest)
{
    QJsonObject files;
    for (auto it = manifest.files.begin(); it != manifest.files.end(); ++it) {
        files.insert(it.key(), QJsonObject{{"format", it->format},
                                           {"sha256", QString::fromLatin1(it->sha256)},
                                           {"size", it->size},
                                           {"modified", it->modified}});
    }
    return QJsonDocument(QJsonObject{{"generator", "Mesh Studio"},
                                     {"note", "Files this export owns. Mesh Studio rewrites and removes these, and never touches other files."},
                                     {"stamp", manifest.stamp},
                                     {"files", files}})
        .toJson(QJsonDocument::Indented);
}

// Refuses a path whose existing parts go through a symbolic link (which could lead out of
// the folder) or are files where a folder is needed. Folders already checked are
// remembered: an export has thousands of files in a few hundred folders.
class PathChecker
{
public:
    explicit PathChecker(const QDir &root) : m_root(root) {}

    Result<void> check(const QString &path)
    {
        const QStringList parts = path.split(QLatin1Char('/'));
        QString current;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const bool isFolder = i + 1 < parts.size();
            current += (i ? QStringLiteral("/") : QString()) + parts.at(i);
            if (isFolder && m_goodFolders.contains(current))
                continue;
            const QFileInfo info(m_root.filePath(current));
            if (info.isSymLink())
                return makeError(ErrorCode::InvalidInput, ExportWriter::tr("%1 is a symbolic link; the export does not write through links").arg(info.filePath()));
            if (!info.exists())
                return Ok{};   // nothing below exists either; the writer creates it
            if (isFolder && !info.isDir())
                return makeError(ErrorCode::Conflict, ExportWriter::tr("%1 is a file where the export needs a folder").arg(info.filePath()));
            if (!isFolder && info.isDir())
                return makeError(ErrorCode::Conflict, ExportWriter::tr("%1 is a folder where the export writes a file").arg(info.filePath()));
            if (isFolder)
                m_goodFolders.insert(current);
        }
        return Ok{};
    }

private:
    QDir m_root;
    QSet<QString> m_goodFolders;
};

// Writes a temporary file beside the target and renames it over the target, so a reader
// (or an export interrupted at any point) sees the old file or the new one, whole. Not
// QSaveFile: its O_TMPFILE files and one fsync each take seconds for a large export. Exports
// are regenerated from the catalog at will, so they are not synced to disk one by one.
class AtomicWriter
{
public:
    Result<void> write(const QString &fileName, const QByteArray &bytes)
    {
        const QString folder = QFileInfo(fileName).absolutePath();
        if (!m_madeFolders.contains(folder)) {
            QDir dir(folder);
            if (dir.exists()) {   // what an export killed mid-write left behind
                for (const QString &leftover : dir.entryList({QStringLiteral(".*") + QLatin1String(kTemporarySuffix)}, QDir::Files | QDir::Hidden))
                    dir.remove(leftover);
            } else if (!QDir().mkpath(folder)) {
                return makeError(ErrorCode::ReadOnly, ExportWriter::tr("cannot create the folder of %1").arg(fileName));
            }
            m_madeFolders.insert(folder);
        }
        const QString temporary = folder + QStringLiteral("/.") + QFileInfo(fileName).fileName() + QLatin1String(kTemporarySuffix);
        QFile file(temporary);
        // Unbuffered: a full disk fails the write itself, with the system's reason (a buffered
        // write fails later, in flush, where Qt only says "Unknown error").
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered) || !writeAll(file, bytes)) {
            const QString reason = file.errorString();
            file.remove();
            return makeError(ErrorCode::StorageFailure, ExportWriter::tr("cannot write %1: %2").arg(fileName, reason));
        }
        file.close();
        if (::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(fileName).constData()) != 0) {
            const QString reason = QString::fromLocal8Bit(std::strerror(errno));
            QFile::remove(temporary);
            return makeError(ErrorCode::StorageFailure, ExportWriter::tr("cannot write %1: %2").arg(fileName, reason));
        }
        return Ok{};
    }

private:
    QSet<QString> m_madeFolders;
};

constexpr int kWritingThreads = 4;

// The files in `count` shares of about the same size, the files of one folder in one share.
QList<QList<const ExportFile *>> shareByFolder(const QList<ExportFile> &files, int count)
{
    QHash<QString, QList<const ExportFile *>> byFolder;
    for (const ExportFile &file : files)
        byFolder[QFileInfo(file.path).path()].append(&file);
    QList<QList<const ExportFile *>> folders = byFolder.values();
    std::sort(folders.begin(), folders.end(), [](const auto &a, const auto &b) { return a.size() > b.size(); });
    QList<QList<const ExportFile *>> shares(std::max(1, count));
    for (const QList<const ExportFile *> &folder : folders) {
        auto smallest = std::min_element(shares.begin(), shares.end(), [](const auto &a, const auto &b) { return a.size() < b.size(); });
        *smallest += folder;
    }
    shares.removeIf([](const auto &share) { return share.isEmpty(); });
    return shares;
}

QSet<QString> formatIds(const QList<ExportFormat> &formats)
{
    QSet<QString> ids;
    for (ExportFormat format : formats)
        ids.insert(exportFormatId(format));
    return ids;
}

} // namespace

QString ExportWriter::manifestName()
{
    return QString::fromLatin1(kManifest);
}

bool ExportWriter::isUpToDate(const QString &directory, const QString &stamp, const QList<ExportFormat> &formats, int *files)
{
    auto manifest = readManifest(directory);
    if (stamp.isEmpty() || !manifest || manifest->stamp != stamp)
        return false;
    const QSet<QString> exported = formatIds(formats);
    const QDir root(directory);
    int count = 0;
    for (auto it = manifest->files.begin(); it != manifest->files.end(); ++it) {
        if (!exported.contains(it->format))
            continue;
        if (!it->matches(root.filePath(it.key())))
            return false;
        ++count;
    }
    if (files)
        *files = count;
    return true;
}

Result<ExportPlan> ExportWriter::plan(const QString &directory, const QList<ExportFile> &files, const QList<ExportFormat> &formats,
                                      const QString &stamp)
{
    ExportPlan plan;
    plan.directory = QDir(directory).absolutePath();
    plan.stamp = stamp;
    const QFileInfo target(plan.directory);
    if (target.exists() && !target.isDir())
        return makeError(ErrorCode::InvalidInput, tr("%1 is a file, not a folder").arg(plan.directory));
    auto previous = readManifest(plan.directory);
    if (!previous)
        return previous.error();
    const QSet<QString> exported = formatIds(formats);
    plan.manifestCurrent = QFileInfo::exists(QDir(plan.directory).filePath(manifestName())) && previous->stamp == stamp;

    const QDir root(plan.directory);
    PathChecker paths(root);
    QSet<QString> produced;
    for (const ExportFile &file : files) {
        QString reason;
        if (!isSafeRelativePath(file.path, &reason))
            return makeError(ErrorCode::InvalidInput, tr("refused to write %1: %2").arg(file.path, reason));
        if (auto parents = paths.check(file.path); !parents)
            return parents.error();
        produced.insert(file.path);
        plan.manifest.insert(file.path, file.format);
        QFile existing(root.filePath(file.path));
        if (!existing.open(QIODevice::ReadOnly)) {
            if (existing.exists())
                return makeError(ErrorCode::StorageFailure, tr("%1 cannot be read: %2").arg(existing.fileName(), existing.errorString()));
            plan.added.append(file);
            continue;
        }
        const auto owned = previous->files.constFind(file.path);
        if (owned == previous->files.cend())
            return makeError(ErrorCode::Conflict, tr("%1 already exists and was not written by a Mesh Studio export; move it away or "
                                                     "export into another folder")
                                                      .arg(existing.fileName()));
        if (existing.size() == file.bytes.size() && existing.readAll() == file.bytes) {
            plan.unchanged.append(file.path);
            if (!owned->matches(QFileInfo(existing)) || owned->format != file.format)
                plan.manifestCurrent = false;
        } else {
            plan.changed.append(file);
        }
    }
    for (auto it = previous->files.begin(); it != previous->files.end(); ++it) {
        if (produced.contains(it.key()))
            continue;
        if (!exported.contains(it->format)) {   // another format's file: not this export's business
            plan.manifest.insert(it.key(), it->format);
            continue;
        }
        plan.manifestCurrent = false;
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
    auto previous = readManifest(plan.directory);
    if (!previous)
        return previous.error();

    // First a manifest owning every file this run may leave behind, so that an interrupted
    // export still owns what it wrote.
    const QList<ExportFile> toWrite = plan.added + plan.changed;
    Manifest owned = *previous;
    for (const ExportFile &file : toWrite)
        owned.files.insert(file.path, {file.format, digest(file.bytes)});
    AtomicWriter writer;
    if (!plan.added.isEmpty()) {
        if (auto written = writer.write(manifestPath, manifestBytes(owned)); !written)
            return written;
    }

    const int total = int(toWrite.size() + plan.removed.size());
    std::atomic<int> done = 0;
    std::atomic<bool> stopped = false;
    auto cancelled = [&] {
        if (progress && !progress(++done, total))
            stopped = true;
        return stopped.load();
    };
    const Error cancel = makeError(ErrorCode::InvalidInput, tr("the export was cancelled; the folder holds old and new files, each whole"));
    // Creating tens of thousands of files is the file system's work, most of it per folder:
    // the folders are shared out among a few threads, each folder written by one of them.
    QList<QList<const ExportFile *>> shares = shareByFolder(toWrite, kWritingThreads);
    std::mutex failureLock;
    std::optional<Error> failure;
    QtConcurrent::blockingMap(shares, [&](const QList<const ExportFile *> &share) {
        AtomicWriter shareWriter;
        for (const ExportFile *file : share) {
            if (stopped)
                return;
            if (auto written = shareWriter.write(root.filePath(file->path), file->bytes); !written) {
                const std::lock_guard<std::mutex> guard(failureLock);
                if (!failure)
                    failure = written.error();
                stopped = true;
                return;
            }
            if (cancelled())
                return;
        }
    });
    if (failure)
        return *failure;
    if (stopped)
        return cancel;
    for (const QString &path : plan.removed) {
        QFile::remove(root.filePath(path));
        // Folders the export emptied go too; the export folder itself stays.
        QString folder = QFileInfo(path).path();
        while (folder != QLatin1String(".") && !folder.isEmpty() && root.rmdir(folder))
            folder = QFileInfo(folder).path();
        if (cancelled())
            return cancel;
    }

    // Then what the export owns now, each file with the size and time it has on disk.
    Manifest final;
    final.stamp = plan.stamp;
    for (auto it = plan.manifest.begin(); it != plan.manifest.end(); ++it) {
        ManifestEntry entry = owned.files.value(it.key());
        const QFileInfo info(root.filePath(it.key()));
        entry.format = it.value();
        entry.size = info.size();
        entry.modified = info.lastModified().toMSecsSinceEpoch();
        final.files.insert(it.key(), entry);
    }
    return writer.write(manifestPath, manifestBytes(final));
}

} // namespace mesh::exporters
