#pragma once

#include "catalog/store/catalogstore.h"

#include <QCoreApplication>

#include <memory>

namespace mesh::catalog {

// Opens the store a location names: a file path (SQLite) or a
// postgresql://user[:password]@host[:port]/database URL (shared, PostgreSQL).
class StoreFactory
{
    Q_DECLARE_TR_FUNCTIONS(mesh::catalog::StoreFactory)

public:
    static bool isSharedLocation(const QString &location);
    static Result<std::unique_ptr<CatalogStore>> open(const QString &location, OpenMode mode);
    // A new, empty catalog. A shared one must have been initialised with
    // `meshstudio admin init-shared` and hold no revision yet.
    static Result<std::unique_ptr<CatalogStore>> create(const QString &location);
};

} // namespace mesh::catalog
