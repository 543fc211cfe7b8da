#pragma once

#include "catalog/result.h"
#include "exporters/exportfile.h"
#include "exporters/exportmodel.h"
#include "exporters/exportoptions.h"
#include "exporters/jsontext.h"

#include <QList>

#include <mutex>

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
// Event Modeling's slices as specifications: a Markdown page and a Gherkin feature each.
catalog::Result<Files> exportSpecs(const ExportModel &model, UniquePaths &paths);
// The AsyncAPI 3.0 document of each service, as the asyncapi format writes them and the
// EventCatalog folder attaches them to its services.
struct ServiceAsyncApi {
    const catalog::Element *service;
    Json document;
    QByteArray yaml;   // the document as YAML
};
// Made once per export (ExportModel keeps them), whichever format asks first.
const catalog::Result<QList<ServiceAsyncApi>> &asyncApiDocuments(const ExportModel &model);

// What ExportModel keeps for the formats that share it.
struct SharedProducts {
    std::once_flag asyncApiOnce;
    catalog::Result<QList<ServiceAsyncApi>> asyncApi = QList<ServiceAsyncApi>{};
};
catalog::Result<Files> exportEventCatalog(const ExportModel &model, UniquePaths &paths);

} // namespace mesh::exporters
