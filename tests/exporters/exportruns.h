#pragma once

#include "catalog/model/catalogstate.h"
#include "exporters/exportfile.h"
#include "exporters/exportoptions.h"
#include "exporters/exportwriter.h"

#include <QList>
#include <QMap>
#include <QString>

// Exports as the tests run them: produced, written into a folder, read back from it.
namespace mesh::testing {

// Every file under `root` (hidden ones too), by path relative to it.
QMap<QString, QByteArray> filesOnDisk(const QString &root);
QMap<QString, QByteArray> asMap(const QList<mesh::exporters::ExportFile> &files);
// Produces the export; fails the test on an error.
QList<mesh::exporters::ExportFile> exportAll(const mesh::catalog::CatalogState &state, mesh::exporters::ExportOptions options = {});
// Exports and writes; fails the test on an error.
mesh::exporters::ExportPlan exportInto(const mesh::catalog::CatalogState &state, const QString &directory,
                                       mesh::exporters::ExportOptions options = {});

} // namespace mesh::testing
