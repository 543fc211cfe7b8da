#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace mesh::exporters {

// One file an export produces: its path relative to the export folder ("/" separated, made
// of safe names only) and its exact bytes.
struct ExportFile {
    QString path;
    QByteArray bytes;
    QString format;   // the export format that produced it ("avro"), recorded in the manifest

    bool operator==(const ExportFile &) const = default;
};

inline QStringList pathsOf(const QList<ExportFile> &files)
{
    QStringList paths;
    for (const ExportFile &file : files)
        paths.append(file.path);
    return paths;
}

} // namespace mesh::exporters
