#pragma once

#include "catalog/model/catalogstate.h"
#include "catalog/result.h"

#include <QVariantList>

class QSqlDatabase;

namespace mesh::catalog {

// How the model's values map to table rows, for every SQL backend: the column order of the
// upserts, and reading the whole state back. Ids are stored as text UUIDs, tags and
// attributes as compact JSON (NULL when empty, so loading skips parsing them).
namespace RowCodec {

QVariant idValue(const QUuid &id);
QVariantList elementRow(const Element &element);
QVariantList relationRow(const Relation &relation);
QVariantList schemaRow(const SchemaVersion &version);
QVariantList diagramRow(const Diagram &diagram);
QVariantList placementRow(const Placement &placement);

Result<CatalogState> loadState(QSqlDatabase &db, const QString &location);

} // namespace RowCodec

} // namespace mesh::catalog
