#pragma once

#include "catalog/catalog.h"
#include "catalog/model/catalogstate.h"
#include "catalog/result.h"
#include "exporters/exportfile.h"
#include "exporters/exportoptions.h"

#include <QCoreApplication>
#include <QList>

namespace mesh::exporters {

// Everything an export produces from a catalog snapshot, as a pure function: the same state
// and options always give the same files, byte for byte, sorted by path. Errors name the
// schema version (and line, column) that could not be read.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(mesh::exporters::Exporter)

public:
    struct FormatTiming {
        ExportFormat format;
        qint64 nanoseconds = 0;
        int files = 0;
    };

    static catalog::Result<QList<ExportFile>> run(const catalog::CatalogState &state, const ExportOptions &options,
                                                  QList<FormatTiming> *timings = nullptr);

    // What an export of `catalog` at its current revision with `options` is made from: the
    // catalog's location, revision and last change, the options and the exporters' output
    // version. Two exports with the same stamp give the same files (ExportWriter::isUpToDate).
    static QString stamp(const catalog::Catalog &catalog, const ExportOptions &options);
};

} // namespace mesh::exporters
