#include "exporters/exporter.h"

#include "exporters/exportmodel.h"
#include "exporters/filenames.h"
#include "exporters/formatexporters.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentMap>
#include <QFileInfo>
#include <QUrl>

#include <algorithm>

namespace mesh::exporters {

using namespace mesh::catalog;

namespace {

// Raised whenever an exporter's output changes for the same catalog, so that folders
// exported by an earlier Mesh Studio are not taken as up to date.
constexpr int kOutputVersion = 2;

} // namespace

QString Exporter::stamp(const Catalog &catalog, const ExportOptions &options)
{
    QStringList formats;
    for (ExportFormat format : options.formats)
        formats.append(exportFormatId(format));
    QString last;
    if (catalog.revision() > 0) {
        if (auto log = catalog.log(catalog.revision() - 1); log && !log->isEmpty())
            last = log->back().time.toString(Qt::ISODateWithMs) + QLatin1Char(' ') + log->back().clientId;
    }
    // Never a password, nor a local folder's path, in a file that goes into a repository.
    const QString source = Catalog::isSharedLocation(catalog.location())
                               ? QUrl(catalog.location()).toString(QUrl::RemovePassword)
                               : QFileInfo(catalog.location()).fileName();
    return QStringList{source, QString::number(catalog.revision()), last, formats.join(QLatin1Char(',')),
                       options.onlyApproved ? QStringLiteral("approved") : QStringLiteral("all"),
                       options.asyncApiJson ? QStringLiteral("json") : QStringLiteral("yaml"), options.kafkaCluster,
                       QStringLiteral("output %1").arg(kOutputVersion)}
        .join(QLatin1String(" | "));
}

namespace {

Result<Files> produce(ExportFormat format, const ExportModel &model, const ExportOptions &options)
{
    // Each format writes under its own folder, so names only need to be unique within it.
    UniquePaths paths;
    switch (format) {
    case ExportFormat::Avro:
        return exportAvro(model, paths);
    case ExportFormat::Proto:
        return exportProto(model, paths);
    case ExportFormat::JsonSchema:
        return exportJsonSchema(model, paths);
    case ExportFormat::AsyncApi:
        return exportAsyncApi(model, options, paths);
    case ExportFormat::Strimzi:
        return exportStrimzi(model, options, paths);
    case ExportFormat::Terraform:
        return exportTerraform(model, paths);
    case ExportFormat::Registry:
        return exportRegistry(model, paths);
    case ExportFormat::EventCatalog:
        return exportEventCatalog(model, paths);
    case ExportFormat::Diagrams:
        return options.diagramPictures;
    case ExportFormat::Specs:
        return exportSpecs(model, paths);
    }
    return Files{};
}

} // namespace

Result<QList<ExportFile>> Exporter::run(const CatalogState &state, const ExportOptions &options, QList<FormatTiming> *timings)
{
    const ExportModel model(state, options.onlyApproved);
    // The formats are independent pure functions of one read-only model: they run in
    // parallel, and their results are put together in the formats' order.
    struct Produced {
        Result<Files> files = Files{};
        qint64 nanoseconds = 0;
    };
    const QList<Produced> results = QtConcurrent::blockingMapped(options.formats, [&model, &options](ExportFormat format) {
        QElapsedTimer timer;
        timer.start();
        Produced produced;
        produced.files = produce(format, model, options);
        produced.nanoseconds = timer.nsecsElapsed();
        return produced;
    });
    QList<ExportFile> files;
    for (qsizetype i = 0; i < results.size(); ++i) {
        const ExportFormat format = options.formats.at(i);
        if (!results[i].files) {
            Error error = results[i].files.error();
            error.message = tr("%1 export: %2").arg(exportFormatId(format), error.message);
            return error;
        }
        if (timings)
            timings->append({format, results[i].nanoseconds, int(results[i].files->size())});
        files += *results[i].files;
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
