#include "exporters/formatexporters.h"
#include "exporters/jsonsubjects.h"

namespace mesh::exporters {

using namespace mesh::catalog;

namespace {

constexpr const char *kDraft2020 = "https://json-schema.org/draft/2020-12/schema";

// Puts "$schema" and "$id" first: the dialect (2020-12 unless the schema names another)
// and an id that follows the subject whatever it is renamed to.
Json withDialectAndId(const Json &schema, const QUuid &subject)
{
    if (!schema.is_object())
        return schema;
    Json result = Json::object();
    result["$schema"] = schema.contains("$schema") ? schema["$schema"] : Json(kDraft2020);
    result["$id"] = schema.contains("$id") ? schema["$id"] : Json("urn:uuid:" + utf8(subject.toString(QUuid::WithoutBraces)));
    for (const auto &[key, value] : schema.items()) {
        if (key != "$schema" && key != "$id")
            result[key] = value;
    }
    return result;
}

} // namespace

// jsonschema/<Context>/<Name>.schema.json: the latest version of each JSON Schema subject.
Result<Files> exportJsonSchema(const ExportModel &model, UniquePaths &paths)
{
    return exportJsonSubjects(model, paths, SchemaFormat::JsonSchema, QStringLiteral("jsonschema"), QStringLiteral(".schema.json"),
                              [](const Json &schema, const Element &subject) { return withDialectAndId(schema, subject.id); });
}

} // namespace mesh::exporters
