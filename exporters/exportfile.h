#pragma once

#include <QByteArray>
#include <QString>

namespace mesh::exporters {

// One file an export produces: its path relative to the export folder ("/" separated, made
// of safe names only) and its exact bytes.
struct ExportFile {
    QString path;
    QByteArray bytes;
    QString format;   // the export format that produced it ("avro"), recorded in the manifest

    bool operator==(const ExportFile &) const = default;
};

} // namespace mesh::exporters
