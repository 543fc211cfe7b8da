#include "exporters/subjectnames.h"

#include <QFileInfo>

#include "exporters/exportmodel.h"
#include "exporters/filenames.h"

#include <algorithm>

namespace mesh::exporters {

QString schemaVersionLabel(const ExportModel &model, const catalog::Element &subject, int version)
{
    return QStringLiteral("%1 v%2").arg(model.state().pathOf(subject.id)).arg(version);
}

QString schemaFileExtension(catalog::SchemaFormat format)
{
    switch (format) {
    case catalog::SchemaFormat::Avro:
        return QStringLiteral(".avsc");
    case catalog::SchemaFormat::Protobuf:
        return QStringLiteral(".proto");
    case catalog::SchemaFormat::JsonSchema:
        break;
    }
    return QStringLiteral(".schema.json");
}

} // namespace mesh::exporters

namespace mesh::exporters {

QString contextFolder(const ExportModel &model, const catalog::Element &element)
{
    const QString context = model.contextName(element);
    return context.isEmpty() ? QStringLiteral("shared") : safeFileName(context);
}

QList<const catalog::Element *> schemaSubjects(const ExportModel &model)
{
    QList<const catalog::Element *> subjects;
    for (catalog::ElementKind kind : catalog::allElementKinds()) {
        if (catalog::hasSchemaSubject(kind))
            subjects += model.elements(kind);
    }
    std::stable_sort(subjects.begin(), subjects.end(), [&model](const catalog::Element *a, const catalog::Element *b) {
        const QString ca = model.contextName(*a), cb = model.contextName(*b);
        return ca != cb ? ca < cb : a->name != b->name ? a->name < b->name : a->id < b->id;
    });
    return subjects;
}

std::optional<catalog::SchemaFormat> schemaFormatOfFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("avsc"))
        return catalog::SchemaFormat::Avro;
    if (suffix == QLatin1String("proto"))
        return catalog::SchemaFormat::Protobuf;
    if (suffix == QLatin1String("json"))
        return catalog::SchemaFormat::JsonSchema;
    return std::nullopt;
}

} // namespace mesh::exporters
