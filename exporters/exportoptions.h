#pragma once

#include "exporters/exportfile.h"
#include "exporters/exportformat.h"

#include <QList>
#include <QString>

namespace mesh::exporters {

struct ExportOptions {
    QList<ExportFormat> formats = allExportFormats();
    bool onlyApproved = false;      // approved (and deprecated) elements and schema versions only
    bool asyncApiJson = false;      // AsyncAPI documents as JSON instead of YAML
    QString kafkaCluster = QStringLiteral("my-cluster");   // the Strimzi cluster label
    // The diagrams format's files (diagrams/<name>.svg): drawn by the canvas, which this
    // library knows nothing of, so the studio and the command line render them and hand
    // them in.
    QList<ExportFile> diagramPictures;
};

} // namespace mesh::exporters
