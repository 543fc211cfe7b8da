#pragma once

#include "catalog/store/catalogstore.h"

#include <QCoreApplication>

#include <memory>

namespace mesh::catalog {

// A shared catalog in a PostgreSQL database (schema "mesh"), edited by several studios at
// once. Writers are serialised by a transaction-scoped advisory lock and refused as Stale
// when the catalog moved past the revision they applied to; every commit NOTIFYs
// "mesh_changes" with its revision. Roles are the server's business: mesh_viewer reads,
// mesh_modeler changes, mesh_approver approves (a trigger refuses anyone else).
class PostgresCatalogStore final : public CatalogStore
{
    Q_DECLARE_TR_FUNCTIONS(mesh::catalog::PostgresCatalogStore)

public:
    static int latestSchemaVersion();

    // The URL without its password, for messages and settings.
    static QString displayLocation(const QString &url);

    static Result<std::unique_ptr<PostgresCatalogStore>> open(const QString &url, OpenMode mode);

    // Creates or upgrades the schema and the roles in a database (idempotent). Run by the
    // database's owner or a superuser.
    static Result<int> initShared(const QString &url);
    // Makes USER a viewer, modeler or approver of the catalog (and nothing else).
    static Result<void> grant(const QString &url, const QString &role, const QString &user);

    ~PostgresCatalogStore() override;

    QString location() const override;
    bool isReadOnly() const override;
    Result<CatalogState> load() override;
    qint64 revision() const override;
    Result<qint64> commit(const CommitRecord &record, const CatalogState &after) override;
    Result<qint64> latestRevision() override;
    Result<QList<LoggedChange>> log(qint64 sinceRevision) override;
    Result<qint64> changeCount() override;
    bool setRevisionListener(std::function<void(qint64)> listener) override;
    bool isShared() const override { return true; }
    void setPresenceListener(std::function<void()> listener) override;
    Result<void> reconnect() override;
    Result<void> lockWriters() override;
    void unlockWriters() override;
    Result<void> announcePresence(const Presence &presence) override;
    Result<QList<Presence>> presence() override;
    Result<void> withdrawPresence(const QString &clientId) override;

    // The database user this store is connected as.
    QString userName() const override;

private:
    struct Private;
    explicit PostgresCatalogStore(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace mesh::catalog
