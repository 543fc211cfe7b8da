#include "exporters/formatexporters.h"
#include "exporters/jsonsubjects.h"

namespace mesh::exporters {

using namespace mesh::catalog;

namespace {

// A named type without a namespace gets its bounded context's, placed after its name.
Json withNamespace(const Json &schema, const QString &package)
{
    if (!schema.is_object() || !schema.contains("name") || schema.contains("namespace"))
        return schema;
    const Json &name = schema["name"];
    if (!name.is_string() || name.get_ref<const std::string &>().find('.') != std::string::npos)
        return schema;
    Json result = Json::object();
    for (const auto &[key, value] : schema.items()) {
        result[key] = value;
        if (key == "name")
            result["namespace"] = utf8(package);
    }
    return result;
}

} // namespace

// avro/<Context>/<Name>.avsc: the latest version of each Avro subject.
Result<Files> exportAvro(const ExportModel &model, UniquePaths &paths)
{
    return exportJsonSubjects(model, paths, SchemaFormat::Avro, QStringLiteral("avro"), QStringLiteral(".avsc"),
                              [&model](const Json &schema, const Element &subject) { return withNamespace(schema, model.packageOf(subject)); });
}

} // namespace mesh::exporters
