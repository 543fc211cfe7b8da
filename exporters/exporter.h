#pragma once

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
};

} // namespace mesh::exporters
