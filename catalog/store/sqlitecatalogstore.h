#pragma once

#include "catalog/store/catalogstore.h"

#include <QCoreApplication>

#include <memory>

namespace mesh::catalog {

// A catalog in one SQLite file (the embedded default): WAL, foreign keys on,
// synchronous=NORMAL, forward-only numbered migrations (PRAGMA user_version), one
// transaction per commit. A file is recognised by its application id, so opening
// something else never modifies it.
class SqliteCatalogStore final : public CatalogStore
{
    Q_DECLARE_TR_FUNCTIONS(mesh::catalog::SqliteCatalogStore)

public:
    static constexpr quint32 kApplicationId = 0x4D455348; // "MESH"
    static int latestSchemaVersion();

    // Opens an existing catalog, migrating it forward when opened read-write.
    static Result<std::unique_ptr<SqliteCatalogStore>> open(const QString &path, OpenMode mode);
    // Creates a new, empty catalog; fails if the file exists. `schemaVersion` is for the
    // migration tests only (create an old catalog); by default the latest.
    static Result<std::unique_ptr<SqliteCatalogStore>> create(const QString &path, int schemaVersion = -1);

    ~SqliteCatalogStore() override;

    QString location() const override;
    bool isReadOnly() const override;
    Result<CatalogState> load() override;
    qint64 revision() const override;
    Result<qint64> commit(const CommitRecord &record, const CatalogState &after) override;
    Result<qint64> latestRevision() override;
    Result<QList<LoggedChange>> log(qint64 sinceRevision) override;
    Result<qint64> changeCount() override;

    // Whether the file may be opened for writing: the process may write it and its
    // permissions have a write bit (so a file marked read-only stays so, even for root).
    static bool isWritableFile(const QString &path);

    // Caps the file at about `bytes` (PRAGMA max_page_count) so that tests can make a
    // commit fail the way a full disk does.
    Result<void> limitFileSize(qint64 bytes);

    // Runs PRAGMA integrity_check; returns its rows ("ok" when healthy).
    Result<QStringList> integrityCheck();
    int schemaVersion();

private:
    static Result<std::unique_ptr<SqliteCatalogStore>> openFile(const QString &path, OpenMode mode, bool migrate);
    struct Private;
    explicit SqliteCatalogStore(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace mesh::catalog
