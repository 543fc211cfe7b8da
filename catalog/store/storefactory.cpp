#include "catalog/store/storefactory.h"

#include "catalog/store/postgrescatalogstore.h"
#include "catalog/store/sqlitecatalogstore.h"

namespace mesh::catalog {

bool StoreFactory::isSharedLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

Result<std::unique_ptr<CatalogStore>> StoreFactory::open(const QString &location, OpenMode mode)
{
    if (isSharedLocation(location)) {
        auto store = PostgresCatalogStore::open(location, mode);
        if (!store)
            return store.error();
        return std::unique_ptr<CatalogStore>(std::move(store).value());
    }
    auto store = SqliteCatalogStore::open(location, mode);
    if (!store)
        return store.error();
    return std::unique_ptr<CatalogStore>(std::move(store).value());
}

Result<std::unique_ptr<CatalogStore>> StoreFactory::create(const QString &location)
{
    if (isSharedLocation(location)) {
        auto store = PostgresCatalogStore::open(location, OpenMode::ReadWrite);
        if (!store)
            return store.error();
        auto latest = (*store)->latestRevision();
        if (!latest)
            return latest.error();
        if (*latest != 0)
            return makeError(ErrorCode::Conflict, tr("The shared catalog %1 is not empty").arg(PostgresCatalogStore::displayLocation(location)));
        return std::unique_ptr<CatalogStore>(std::move(store).value());
    }
    auto store = SqliteCatalogStore::create(location);
    if (!store)
        return store.error();
    return std::unique_ptr<CatalogStore>(std::move(store).value());
}

} // namespace mesh::catalog
