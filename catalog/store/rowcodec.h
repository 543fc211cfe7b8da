#pragma once

#include "catalog/model/catalogstate.h"
#include "catalog/result.h"

#include <QByteArrayView>
#include <QVariantList>

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

// Rows of one query, read by the loader. Each backend reads in its fastest way (SQLite
// through its C API: Qt's driver converts every text column to UTF-16 first, which
// doubled the load time of a large catalog).
class RowSource
{
public:
    virtual ~RowSource() = default;
    virtual Result<void> start(const char *sql) = 0;
    virtual bool next() = 0;                            // false at the end or on error
    virtual QByteArrayView text(int column) const = 0;  // UTF-8, empty for NULL
    virtual double real(int column) const = 0;
    virtual qint64 integer(int column) const = 0;
    virtual Result<void> finish() = 0;                  // the error that ended next(), if any
};

// The whole state, in two halves that touch disjoint parts of a CatalogState, so a backend
// may read them on two connections at once and merge with CatalogState::absorb():
// elements, diagrams and placements; then relations and schema versions.
Result<CatalogState> loadState(RowSource &rows, const QString &location);
Result<void> loadElements(RowSource &rows, const QString &location, CatalogState &state);
Result<void> loadRelations(RowSource &rows, const QString &location, CatalogState &state);

} // namespace RowCodec

} // namespace mesh::catalog
