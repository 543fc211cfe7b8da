#pragma once

#include "catalog/result.h"
#include "exporters/exportfile.h"
#include "exporters/exportformat.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QStringList>

#include <functional>

namespace mesh::exporters {

// What an export would do to a folder, worked out before anything is written.
struct ExportPlan {
    QString directory;
    QList<ExportFile> added;       // new files
    QList<ExportFile> changed;     // files a previous export wrote, with other bytes now
    QStringList unchanged;
    QStringList removed;           // files a previous export wrote that are no longer produced
    QStringList keptEdited;        // …no longer produced, but edited since: left, and disowned
    QMap<QString, QString> manifest;      // path → format: what the export owns afterwards
    QString stamp;                        // what the files were made from (see isUpToDate)
    bool manifestCurrent = false;         // the manifest already says all this

    bool writesNothing() const { return added.isEmpty() && changed.isEmpty() && removed.isEmpty() && manifestCurrent; }
};

// Puts an export's files into a folder: only what changed is written (a second run writes
// nothing, modification times stay), folders shared out among a few threads, each file atomically (a temporary file renamed over
// the old one), and a manifest (.meshstudio-export.json) records what the export owns, so
// files it wrote and no longer produces are removed and files it did not write are never
// touched. Formats not being exported keep their files.
class ExportWriter
{
    Q_DECLARE_TR_FUNCTIONS(mesh::exporters::ExportWriter)

public:
    static QString manifestName();

    // Refuses (naming the file) when a produced path is taken by a file the export did not
    // write, passes through a symbolic link, or the manifest cannot be read.
    // `stamp` names what the files are made from (exportStamp()); it goes in the manifest.
    static catalog::Result<ExportPlan> plan(const QString &directory, const QList<ExportFile> &files,
                                            const QList<ExportFormat> &formats, const QString &stamp = {});

    // `progress(done, total)` after each file, from the threads that write them (several at
    // once); returning false stops each after the file it is writing (every file is then
    // the old one or the new one, and the next export finishes the work).
    static catalog::Result<void> write(const ExportPlan &plan, const std::function<bool(int, int)> &progress = {});

    // Whether the folder holds what an export with this (non-empty) stamp wrote, with every
    // file of those formats as it was written (same size and modification time): then
    // exporting again would write nothing, and need not even produce the files. `files`
    // gets how many files that is.
    static bool isUpToDate(const QString &directory, const QString &stamp, const QList<ExportFormat> &formats, int *files = nullptr);
};

} // namespace mesh::exporters
