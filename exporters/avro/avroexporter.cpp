#include "exporters/filenames.h"
#include "exporters/formatexporters.h"
#include "exporters/jsontext.h"
#include "exporters/subjectnames.h"

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
    Files files;
    for (const Element *subject : schemaSubjects(model)) {
        const auto schema = model.latestSchema(subject->id);
        if (!schema || schema->format != SchemaFormat::Avro)
            continue;
        auto parsed = parseJson(schema->text, schemaVersionLabel(model, *subject, schema->version));
        if (!parsed)
            return parsed.error();
        const QString path = paths.claim(QStringLiteral("avro/") + contextFolder(model, *subject), subject->name, QStringLiteral(".avsc"));
        files.append({path, jsonBytes(withNamespace(*parsed, model.packageOf(*subject))), QStringLiteral("avro")});
    }
    return files;
}

} // namespace mesh::exporters
