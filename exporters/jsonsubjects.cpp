#include "exporters/jsonsubjects.h"

#include "exporters/exportmodel.h"
#include "exporters/filenames.h"
#include "exporters/subjectnames.h"

namespace mesh::exporters {

using namespace mesh::catalog;

Result<QList<ExportFile>> exportJsonSubjects(const ExportModel &model, UniquePaths &paths, SchemaFormat format, const QString &folder,
                                             const QString &extension, const std::function<Json(const Json &, const Element &)> &adjust)
{
    QList<ExportFile> files;
    for (const Element *subject : schemaSubjects(model)) {
        const auto schema = model.latestSchema(subject->id);
        if (!schema || schema->format != format)
            continue;
        // Each file stands alone: a type it uses from another subject is defined inside.
        const QString label = schemaVersionLabel(model, *subject, schema->version);
        auto text = model.schemaLibrary().selfContained(*schema);
        if (!text)
            return makeError(ErrorCode::InvalidInput, QStringLiteral("%1: %2").arg(label, text.error().message));
        auto parsed = parseJson(*text, label);
        if (!parsed)
            return parsed.error();
        const QString path = paths.claim(folder + QLatin1Char('/') + contextFolder(model, *subject), subject->name, extension);
        files.append({path, orderedJsonBytes(adjust(*parsed, *subject)), folder});
    }
    return files;
}

} // namespace mesh::exporters
