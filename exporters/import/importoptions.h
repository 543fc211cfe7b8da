#pragma once

#include <QString>
#include <QStringList>

namespace mesh::exporters {

struct ImportOptions {
    // The bounded context the files' elements go into when they name none.
    QString context;
    // Folders `.proto` imports are looked up in (after the importing file's own folder).
    QStringList importPaths;
};

} // namespace mesh::exporters
