#include "exporters/exportformat.h"

#include <QCoreApplication>

namespace mesh::exporters {

namespace {

struct FormatInfo {
    ExportFormat format;
    const char *id;
    const char *displayName;
};

constexpr FormatInfo kFormats[] = {
    {ExportFormat::Avro, "avro", QT_TRANSLATE_NOOP("mesh::exporters::ExportFormat", "Avro schemas (.avsc)")},
    {ExportFormat::Proto, "proto", QT_TRANSLATE_NOOP("mesh::exporters::ExportFormat", "Protobuf files (.proto), one per bounded context")},
    {ExportFormat::JsonSchema, "jsonschema", QT_TRANSLATE_NOOP("mesh::exporters::ExportFormat", "JSON Schema (draft 2020-12)")},
    {ExportFormat::AsyncApi, "asyncapi", QT_TRANSLATE_NOOP("mesh::exporters::ExportFormat", "AsyncAPI 3.0, one document per service")},
    {ExportFormat::Strimzi, "strimzi", QT_TRANSLATE_NOOP("mesh::exporters::ExportFormat", "Strimzi KafkaTopic resources")},
    {ExportFormat::Terraform, "terraform", QT_TRANSLATE_NOOP("mesh::exporters::ExportFormat", "Terraform kafka_topic resources")},
    {ExportFormat::Registry, "registry", QT_TRANSLATE_NOOP("mesh::exporters::ExportFormat", "Schema Registry request bodies")},
    {ExportFormat::EventCatalog, "eventcatalog", QT_TRANSLATE_NOOP("mesh::exporters::ExportFormat", "EventCatalog folder")},
    {ExportFormat::Diagrams, "diagrams", QT_TRANSLATE_NOOP("mesh::exporters::ExportFormat", "Diagrams as SVG pictures")},
    {ExportFormat::Specs, "specs", QT_TRANSLATE_NOOP("mesh::exporters::ExportFormat", "Slice specifications (Markdown and Gherkin)")},
};

} // namespace

const QList<ExportFormat> &allExportFormats()
{
    static const QList<ExportFormat> formats = [] {
        QList<ExportFormat> list;
        for (const FormatInfo &info : kFormats)
            list.append(info.format);
        return list;
    }();
    return formats;
}

QString exportFormatId(ExportFormat format)
{
    return QString::fromLatin1(kFormats[int(format)].id);
}

std::optional<ExportFormat> exportFormatFromId(QAnyStringView id)
{
    for (const FormatInfo &info : kFormats) {
        if (QAnyStringView::compare(id, QLatin1StringView(info.id), Qt::CaseInsensitive) == 0)
            return info.format;
    }
    return std::nullopt;
}

QString exportFormatDisplayName(ExportFormat format)
{
    return QCoreApplication::translate("mesh::exporters::ExportFormat", kFormats[int(format)].displayName);
}

std::optional<QList<ExportFormat>> parseExportFormats(const QString &list, QString *unknown)
{
    if (list.trimmed().isEmpty())
        return allExportFormats();
    QList<ExportFormat> formats;
    for (const QString &part : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto format = exportFormatFromId(part.trimmed());
        if (!format) {
            if (unknown)
                *unknown = part.trimmed();
            return std::nullopt;
        }
        if (!formats.contains(*format))
            formats.append(*format);
    }
    std::sort(formats.begin(), formats.end());
    return formats;
}

} // namespace mesh::exporters
