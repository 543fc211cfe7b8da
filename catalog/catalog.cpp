#include "catalog/catalog.h"

#include "catalog/changes/changeapplier.h"
#include "catalog/store/sqlitecatalogstore.h"

#include <QCoreApplication>
#include <QDir>

namespace mesh::catalog {

namespace {

QString defaultAuthor()
{
    for (const char *variable : {"MESHSTUDIO_AUTHOR", "USER", "LOGNAME", "USERNAME"}) {
        const QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty())
            return value;
    }
    // No login variables (a service, a container): the home folder names the account.
    const QString home = QDir::home().dirName();
    return home.isEmpty() ? QStringLiteral("unknown") : home;
}

Error sharedNotAvailable(const QString &location)
{
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate("mesh::catalog::Catalog",
                                                 "%1: shared PostgreSQL catalogs are not available in this build")
                         .arg(location));
}

} // namespace

Catalog::Catalog(std::unique_ptr<CatalogStore> store, CatalogState state)
    : m_store(std::move(store)),
      m_state(std::move(state)),
      m_author(defaultAuthor()),
      m_clientId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Catalog::~Catalog() = default;

bool Catalog::isSharedLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

Result<std::unique_ptr<Catalog>> Catalog::open(const QString &location, OpenMode mode)
{
    if (isSharedLocation(location))
        return sharedNotAvailable(location);
    auto store = SqliteCatalogStore::open(location, mode);
    if (!store)
        return store.error();
    auto state = (*store)->load();
    if (!state)
        return state.error();
    return std::unique_ptr<Catalog>(new Catalog(std::move(store).value(), std::move(state).value()));
}

Result<std::unique_ptr<Catalog>> Catalog::create(const QString &location)
{
    if (isSharedLocation(location))
        return sharedNotAvailable(location);
    auto store = SqliteCatalogStore::create(location);
    if (!store)
        return store.error();
    return std::unique_ptr<Catalog>(new Catalog(std::move(store).value(), CatalogState()));
}

QString Catalog::location() const
{
    return m_store->location();
}

qint64 Catalog::revision() const
{
    return m_store->revision();
}

bool Catalog::isReadOnly() const
{
    return m_store->isReadOnly();
}

Result<Batch> Catalog::apply(const Batch &batch, ChangeOrigin origin)
{
    if (batch.isEmpty())
        return Batch{};
    if (m_store->isReadOnly()) {
        return makeError(ErrorCode::ReadOnly,
                         QCoreApplication::translate("mesh::catalog::Catalog", "%1 is open read-only").arg(location()));
    }
    CommitRecord record;
    record.batch = batch;
    record.author = m_author;
    record.clientId = m_clientId;
    auto inverse = ChangeApplier::apply(m_state, batch, &record.delta, &record.summaries);
    if (!inverse)
        return inverse.error();
    record.inverse = *inverse;
    auto revision = m_store->commit(record, m_state);
    if (!revision) {
        // The store kept nothing; neither do we.
        auto restored = ChangeApplier::apply(m_state, *inverse, nullptr);
        Q_ASSERT(restored.isOk());
        (void)restored;
        return revision.error();
    }
    Q_EMIT changesApplied(batch, origin, *revision);
    return inverse;
}

Result<QList<LoggedChange>> Catalog::log(qint64 sinceRevision) const
{
    return m_store->log(sinceRevision);
}

Result<qint64> Catalog::changeCount() const
{
    return m_store->changeCount();
}

Result<void> Catalog::saveCopyAs(const QString &path) const
{
    return m_store->copyTo(path);
}

} // namespace mesh::catalog
