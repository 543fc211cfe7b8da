#include "exporters/formatexporters.h"
#include "exporters/jsonsubjects.h"

namespace mesh::exporters {

using namespace mesh::catalog;

// avro/<Context>/<Name>.avsc: the latest version of each Avro subject, its names as the
// schema declares them (a record without a namespace keeps none, as the registry body and
// the AsyncAPI payload name it).
Result<Files> exportAvro(const ExportModel &model, UniquePaths &paths)
{
    return exportJsonSubjects(model, paths, SchemaFormat::Avro, QStringLiteral("avro"), QStringLiteral(".avsc"),
                              [](const Json &schema, const Element &) { return schema; });
}

} // namespace mesh::exporters
