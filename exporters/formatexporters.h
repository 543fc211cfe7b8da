#pragma once

#include "catalog/result.h"
#include "exporters/exportfile.h"
#include "exporters/exportmodel.h"
#include "exporters/exportoptions.h"

#include <QList>

namespace mesh::exporters {

class UniquePaths;

// One pure function per format: what the model gives in that format, in a stable order.
// `paths` hands out unique file names across the whole export; an error names the subject,
// version and place that could not be read.
using Files = QList<ExportFile>;
catalog::Result<Files> exportAvro(const ExportModel &model, UniquePaths &paths);
catalog::Result<Files> exportJsonSchema(const ExportModel &model, UniquePaths &paths);
catalog::Result<Files> exportProto(const ExportModel &model, UniquePaths &paths);
catalog::Result<Files> exportAsyncApi(const ExportModel &model, const ExportOptions &options, UniquePaths &paths);
catalog::Result<Files> exportStrimzi(const ExportModel &model, const ExportOptions &options, UniquePaths &paths);
catalog::Result<Files> exportTerraform(const ExportModel &model, UniquePaths &paths);
catalog::Result<Files> exportRegistry(const ExportModel &model, UniquePaths &paths);
catalog::Result<Files> exportEventCatalog(const ExportModel &model, UniquePaths &paths);

} // namespace mesh::exporters
