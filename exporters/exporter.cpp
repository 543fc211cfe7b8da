#include "exporters/exporter.h"

#include "exporters/exportmodel.h"
#include "exporters/filenames.h"
#include "exporters/formatexporters.h"

#include <QElapsedTimer>

#include <algorithm>

namespace mesh::exporters {

using namespace mesh::catalog;

Result<QList<ExportFile>> Exporter::run(const CatalogState &state, const ExportOptions &options, QList<FormatTiming> *timings)
{
    const ExportModel model(state, options.onlyApproved);
    UniquePaths paths;
    QList<ExportFile> files;
    for (ExportFormat format : options.formats) {
        QElapsedTimer timer;
        timer.start();
        Result<Files> produced = Files{};
        switch (format) {
        case ExportFormat::Avro:
            produced = exportAvro(model, paths);
            break;
        case ExportFormat::Proto:
            produced = exportProto(model, paths);
            break;
        case ExportFormat::JsonSchema:
            produced = exportJsonSchema(model, paths);
            break;
        case ExportFormat::AsyncApi:
            produced = exportAsyncApi(model, options, paths);
            break;
        case ExportFormat::Strimzi:
            produced = exportStrimzi(model, options, paths);
            break;
        case ExportFormat::Terraform:
            produced = exportTerraform(model, paths);
            break;
        case ExportFormat::Registry:
            produced = exportRegistry(model, paths);
            break;
        case ExportFormat::EventCatalog:
            produced = exportEventCatalog(model, paths);
            break;
        }
        if (!produced) {
            Error error = produced.error();
            error.message = tr("%1 export: %2").arg(exportFormatId(format), error.message);
            return error;
        }
        if (timings)
            timings->append({format, timer.nsecsElapsed(), int(produced->size())});
        files += *produced;
    }
    for (const ExportFile &file : files) {
        QString reason;
        if (!isSafeRelativePath(file.path, &reason))
            return makeError(ErrorCode::InvalidInput, tr("refused to write %1: %2").arg(file.path, reason));
    }
    std::sort(files.begin(), files.end(), [](const ExportFile &a, const ExportFile &b) { return a.path < b.path; });
    return files;
}

} // namespace mesh::exporters
