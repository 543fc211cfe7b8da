#pragma once

#include "catalog/store/catalogstore.h"

#include <QCoreApplication>

namespace mesh::catalog {

// Copies a catalog between any two stores, ids and change log included: every revision of
// the source is replayed into the destination with its author, client and time, so the
// copy's log is the source's. The destination must be empty.
class CatalogCopier
{
    Q_DECLARE_TR_FUNCTIONS(mesh::catalog::CatalogCopier)

public:
    // Returns the number of revisions copied.
    static Result<qint64> copy(CatalogReader &source, CatalogStore &destination);
    // Copies into a location: a file is written beside the target and swapped in at the
    // end (replacing an existing file only when `replace`); a shared catalog must be empty.
    static Result<qint64> copyToNewLocation(CatalogReader &source, const QString &location, bool replace);
};

} // namespace mesh::catalog
