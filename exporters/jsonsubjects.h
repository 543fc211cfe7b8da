#pragma once

#include "catalog/model/element.h"
#include "catalog/model/schemaversion.h"
#include "catalog/result.h"
#include "exporters/exportfile.h"
#include "exporters/jsontext.h"

#include <functional>

namespace mesh::exporters {

class ExportModel;
class UniquePaths;

// The Avro and JSON Schema exports: the latest version of each subject written in `format`,
// parsed, adjusted by `adjust` and written as `<folder>/<Context>/<Name><extension>`.
catalog::Result<QList<ExportFile>> exportJsonSubjects(const ExportModel &model, UniquePaths &paths, catalog::SchemaFormat format,
                                                      const QString &folder, const QString &extension,
                                                      const std::function<Json(const Json &, const catalog::Element &)> &adjust);

} // namespace mesh::exporters
