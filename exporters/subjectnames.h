#pragma once

#include "catalog/model/element.h"
#include "catalog/model/schemaversion.h"

#include <QList>
#include <QString>

#include <optional>

namespace mesh::exporters {

class ExportModel;

// "Identity/ProfilePublished v3", how export errors name a schema version.
QString schemaVersionLabel(const ExportModel &model, const catalog::Element &subject, int version);
// The file extension of a schema format (".avsc", ".proto", ".schema.json").
QString schemaFileExtension(catalog::SchemaFormat format);
// The format a schema file's extension says (.avsc, .proto, .json); none for others.
std::optional<catalog::SchemaFormat> schemaFormatOfFile(const QString &path);

} // namespace mesh::exporters

namespace mesh::exporters {
// The folder of an element's bounded context inside a format's folder ("Identity"), or
// "shared" for elements outside any context.
QString contextFolder(const ExportModel &model, const catalog::Element &element);
// The elements that carry a schema subject, in the export's stable order.
QList<const catalog::Element *> schemaSubjects(const ExportModel &model);
} // namespace mesh::exporters
