#pragma once

#include "exporters/exportformat.h"

#include <QList>
#include <QString>

namespace mesh::exporters {

struct ExportOptions {
    QList<ExportFormat> formats = allExportFormats();
    bool onlyApproved = false;      // approved (and deprecated) elements and schema versions only
    bool asyncApiJson = false;      // AsyncAPI documents as JSON instead of YAML
    QString kafkaCluster = QStringLiteral("my-cluster");   // the Strimzi cluster label
};

} // namespace mesh::exporters
