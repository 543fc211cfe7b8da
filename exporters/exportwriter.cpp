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
#include <QHash>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <optional>
#include <vector>

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

// A file's size and modification time, from one lstat() (QFileInfo asks twice, and turns
// the time into local time): what a second export of tens of thousands of files, and the
// manifest after a first one, spend their time on. Nothing for what is not a regular file.
struct FileStatus {
    qint64 size = -1;
    qint64 modified = -1;   // ms since the epoch
};

#ifdef Q_OS_UNIX
FileStatus statusFrom(const struct stat &status)
{
    return FileStatus{qint64(status.st_size), qint64(status.st_mtim.tv_sec) * 1000 + status.st_mtim.tv_nsec / 1000000};
}
#endif

std::optional<FileStatus> statusOf(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat status;
    if (::lstat(QFile::encodeName(path).constData(), &status) != 0 || !S_ISREG(status.st_mode))
        return std::nullopt;
    return statusFrom(status);
#else
    const QFileInfo info(path);
    if (!info.isFile() || info.isSymLink())
        return std::nullopt;
    return FileStatus{info.size(), info.lastModified().toMSecsSinceEpoch()};
#endif
}

// The same of a file open for writing, asked of its descriptor.
FileStatus statusOf(const QFile &file)
{
#ifdef Q_OS_UNIX
    struct stat status;
    if (::fstat(file.handle(), &status) == 0)
        return statusFrom(status);
    return {};
#else
    return {file.size(), file.fileTime(QFileDevice::FileModificationTime).toMSecsSinceEpoch()};
#endif
}

// One file the export owns: its format, the hash of what was written, and the size and
// modification time it had then (so a later run sees at a glance that it is untouched).
struct ManifestEntry {
    QString format;
    QByteArray sha256;
    qint64 size = -1;
    qint64 modified = -1;   // ms since the epoch

    bool matches(const QString &path) const
    {
        const std::optional<FileStatus> status = statusOf(path);
        return status && status->size == size && status->modified == modified;
    }
};

struct Manifest {
    QString stamp;
    QMap<QString, ManifestEntry> files;
};

// Reads a manifest as the parser goes, without a document in between: a second export of
// tens of thousands of files is mostly this read, and the document was two thirds of it.
// What it keeps: the root's "stamp" (a string) and each object entry of "files", with its
// "format" and "sha256" (strings) and "size" and "modified" (numbers); anything else is
// passed over. When a key comes twice, the last one counts, as in a parsed document.
class ManifestReader final : public nlohmann::json_sax<nlohmann::json>
{
public:
    Manifest manifest;
    bool rootIsObject = false;
    QString refusedPath;
    QString refusedReason;
    std::size_t errorByte = 0;
    std::string error;

    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t value) override { return number(qint64(value)); }
    bool number_unsigned(number_unsigned_t value) override { return number(qint64(value)); }
    bool number_float(number_float_t value, const string_t &) override { return number(qint64(value)); }
    bool binary(binary_t &) override { return true; }
    bool string(string_t &value) override
    {
        if (m_depth == 1 && m_rootKey == "stamp")
            manifest.stamp = QString::fromStdString(value);
        else if (inEntry() && m_field == "format")
            m_entry.format = QString::fromStdString(value);
        else if (inEntry() && m_field == "sha256")
            m_entry.sha256 = QByteArray::fromStdString(value);
        return true;
    }
    bool start_object(std::size_t) override
    {
        if (m_depth == 0)
            rootIsObject = true;
        else if (m_depth == 1 && m_rootKey == "files")
            m_inFiles = true;
        else if (m_depth == 2 && m_inFiles) {
            m_entryOpen = true;
            m_entry = ManifestEntry();
        }
        ++m_depth;
        return true;
    }
    bool end_object() override
    {
        --m_depth;
        if (m_depth == 2 && m_entryOpen) {
            manifest.files.insert(m_path, m_entry);
            m_entryOpen = false;
        } else if (m_depth == 1 && m_inFiles) {
            m_inFiles = false;
        }
        return true;
    }
    bool start_array(std::size_t) override
    {
        ++m_depth;
        return true;
    }
    bool end_array() override
    {
        --m_depth;
        return true;
    }
    bool key(string_t &key) override
    {
        if (m_depth == 1) {
            m_rootKey = key;
            if (key == "stamp")
                manifest.stamp.clear();
            else if (key == "files")
                manifest.files.clear();
        } else if (m_depth == 2 && m_inFiles) {
            m_path = QString::fromStdString(key);
            if (!isSafeRelativePath(m_path, &refusedReason)) {
                refusedPath = m_path;
                return false;
            }
            manifest.files.remove(m_path);   // an entry that is no object owns nothing
        } else if (inEntry()) {
            m_field = key;
        }
        return true;
    }
    bool parse_error(std::size_t position, const std::string &, const nlohmann::detail::exception &exception) override
    {
        errorByte = position;
        error = exception.what();
        return false;
    }

private:
    bool inEntry() const { return m_depth == 3 && m_entryOpen; }
    bool number(qint64 value)
    {
        if (inEntry() && m_field == "size")
            m_entry.size = value;
        else if (inEntry() && m_field == "modified")
            m_entry.modified = value;
        return true;
    }

    int m_depth = 0;
    std::string m_rootKey;
    bool m_inFiles = false;
    bool m_entryOpen = false;
    QString m_path;
    std::string m_field;
    ManifestEntry m_entry;
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
    ManifestReader reader;
    const bool parsed = nlohmann::json::sax_parse(bytes.constData(), bytes.constData() + bytes.size(), &reader);
    if (!reader.refusedPath.isEmpty())   // a manifest never makes us touch a path outside
        return makeError(ErrorCode::InvalidInput,
                         ExportWriter::tr("%1: the entry %2 is refused: %3").arg(file.fileName(), reader.refusedPath, reader.refusedReason));
    if (!parsed) {
        const int line = int(bytes.left(qsizetype(reader.errorByte)).count('\n')) + 1;
        return makeError(ErrorCode::InvalidInput, ExportWriter::tr("%1, line %2: not an export manifest (%3); move it away to export into this folder")
                                                      .arg(file.fileName())
                                                      .arg(line)
                                                      .arg(QString::fromStdString(reader.error)));
    }
    if (!reader.rootIsObject)
        return makeError(ErrorCode::InvalidInput, ExportWriter::tr("%1, line %2: not an export manifest (%3); move it away to export into this folder")
                                                      .arg(file.fileName())
                                                      .arg(1)
                                                      .arg(ExportWriter::tr("not a JSON object")));
    return std::move(reader.manifest);
}

// Written with nlohmann, which puts down tens of thousands of entries several times faster
// than QJsonObject (the same JSON: keys sorted, indented by four).
QByteArray manifestBytes(const Manifest &manifest)
{
    nlohmann::json files = nlohmann::json::object();
    auto &entries = files.get_ref<nlohmann::json::object_t &>();
    for (auto it = manifest.files.begin(); it != manifest.files.end(); ++it) {
        entries.emplace_hint(entries.end(), it.key().toStdString(),
                             nlohmann::json{{"format", it->format.toStdString()},
                                            {"sha256", it->sha256.toStdString()},
                                            {"size", it->size},
                                            {"modified", it->modified}});
    }
    const nlohmann::json document = {{"generator", "Mesh Studio"},
                                     {"note", "Files this export owns. Mesh Studio rewrites and removes these, and never touches other files."},
                                     {"stamp", manifest.stamp.toStdString()},
                                     {"files", std::move(files)}};
    return QByteArray::fromStdString(document.dump(4, ' ', false, nlohmann::json::error_handler_t::replace)) + '\n';
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
    // The file's size and modification time as written, for the manifest.
    Result<FileStatus> write(const QString &fileName, const QByteArray &bytes)
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
        const FileStatus status = statusOf(file);
        file.close();
        if (::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(fileName).constData()) != 0) {
            const QString reason = QString::fromLocal8Bit(std::strerror(errno));
            QFile::remove(temporary);
            return makeError(ErrorCode::StorageFailure, ExportWriter::tr("cannot write %1: %2").arg(fileName, reason));
        }
        return status;
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
    if (stamp.isEmpty())
        return false;
    auto manifest = readManifest(directory);
    if (!manifest || manifest->stamp != stamp)
        return false;
    const QSet<QString> exported = formatIds(formats);
    const QDir root(directory);
    QList<std::pair<QString, const ManifestEntry *>> owned;
    for (auto it = manifest->files.cbegin(); it != manifest->files.cend(); ++it) {
        if (exported.contains(it->format))
            owned.append({root.filePath(it.key()), &*it});
    }
    // One lstat() per file, tens of thousands of them: on every core.
    std::atomic<bool> untouched = true;
    QtConcurrent::blockingMap(owned, [&untouched](const std::pair<QString, const ManifestEntry *> &file) {
        if (untouched && !file.second->matches(file.first))
            untouched = false;
    });
    if (!untouched)
        return false;
    if (files)
        *files = int(owned.size());
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
    // Into a new or empty folder every file is new: nothing on disk to look at, file by file.
    const bool empty = !target.exists() || root.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    PathChecker paths(root);
    QSet<QString> produced;
    for (const ExportFile &file : files) {
        QString reason;
        if (!isSafeRelativePath(file.path, &reason))
            return makeError(ErrorCode::InvalidInput, tr("refused to write %1: %2").arg(file.path, reason));
        plan.manifest.insert(file.path, file.format);
        if (empty) {
            plan.added.append(file);
            continue;
        }
        if (auto parents = paths.check(file.path); !parents)
            return parents.error();
        produced.insert(file.path);
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
            if (!owned->matches(existing.fileName()) || owned->format != file.format)
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
    const QList<QByteArray> digests = QtConcurrent::blockingMapped(toWrite, [](const ExportFile &file) { return digest(file.bytes); });
    Manifest owned = *previous;
    for (qsizetype i = 0; i < toWrite.size(); ++i)
        owned.files.insert(toWrite[i].path, {toWrite[i].format, digests[i]});
    AtomicWriter writer;
    if (!plan.added.isEmpty()) {
        if (auto written = writer.write(manifestPath, manifestBytes(owned)); !written)
            return written.error();
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
    // Each thread puts down the size and time of the files it wrote, at their place in toWrite.
    std::vector<FileStatus> written(toWrite.size());
    QtConcurrent::blockingMap(shares, [&](const QList<const ExportFile *> &share) {
        AtomicWriter shareWriter;
        for (const ExportFile *file : share) {
            if (stopped)
                return;
            auto status = shareWriter.write(root.filePath(file->path), file->bytes);
            if (!status) {
                const std::lock_guard<std::mutex> guard(failureLock);
                if (!failure)
                    failure = status.error();
                stopped = true;
                return;
            }
            written[std::size_t(file - toWrite.constData())] = *status;
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
    QHash<QString, FileStatus> writtenStatus;
    writtenStatus.reserve(toWrite.size());
    for (qsizetype i = 0; i < toWrite.size(); ++i)
        writtenStatus.insert(toWrite[i].path, written[std::size_t(i)]);
    Manifest final;
    final.stamp = plan.stamp;
    for (auto it = plan.manifest.begin(); it != plan.manifest.end(); ++it) {
        ManifestEntry entry = owned.files.value(it.key());
        entry.format = it.value();
        const auto justWritten = writtenStatus.constFind(it.key());
        const FileStatus status = justWritten != writtenStatus.constEnd() ? *justWritten : statusOf(root.filePath(it.key())).value_or(FileStatus{});
        entry.size = status.size;
        entry.modified = status.modified;
        final.files.insert(it.key(), entry);
    }
    if (auto written = writer.write(manifestPath, manifestBytes(final)); !written)
        return written.error();
    return Ok{};
}

} // namespace mesh::exporters
