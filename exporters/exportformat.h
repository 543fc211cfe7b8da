#pragma once

#include <QAnyStringView>
#include <QList>
#include <QString>

#include <optional>

namespace mesh::exporters {

// The formats an export writes (README, "Exports").
enum class ExportFormat { Avro, Proto, JsonSchema, AsyncApi, Strimzi, Terraform, Registry, EventCatalog, Diagrams, Specs };

const QList<ExportFormat> &allExportFormats();
QString exportFormatId(ExportFormat format);                        // "jsonschema"
std::optional<ExportFormat> exportFormatFromId(QAnyStringView id);
QString exportFormatDisplayName(ExportFormat format);               // translated
// Parses "avro,proto" (empty: every format). On an unknown name, returns nothing and sets
// `unknown` to it.
std::optional<QList<ExportFormat>> parseExportFormats(const QString &list, QString *unknown);

} // namespace mesh::exporters
