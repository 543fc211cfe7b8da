#pragma once

#include "catalog/changes/change.h"
#include "catalog/model/catalogstate.h"
#include "catalog/result.h"
#include "catalog/store/catalogstore.h"

#include <QObject>

#include <memory>

namespace mesh::catalog {

// An open catalog: its current state in memory and the store it lives in. Every mutation
// goes through apply(), which validates the batch, applies it to the state, commits it to
// the store in one transaction and only then tells the world (changesApplied). When the
// store refuses, the state is rolled back and nothing is emitted.
class Catalog : public QObject
{
    Q_OBJECT

public:
    // A location is a file path (SQLite). Shared PostgreSQL catalogs use
    // postgresql://user@host:port/db URLs.
    static Result<std::unique_ptr<Catalog>> open(const QString &location, OpenMode mode = OpenMode::ReadWrite);
    static Result<std::unique_ptr<Catalog>> create(const QString &location);
    static bool isSharedLocation(const QString &location);

    ~Catalog() override;

    const CatalogState &state() const { return m_state; }
    QString location() const;
    qint64 revision() const;
    bool isReadOnly() const;
    CatalogStore &store() { return *m_store; }

    // Who is recorded in the log: $MESHSTUDIO_AUTHOR, else the login name.
    QString author() const { return m_author; }
    void setAuthor(const QString &author) { m_author = author; }
    QString clientId() const { return m_clientId; }

    // Applies the batch atomically; returns its inverse. An empty batch does nothing.
    Result<Batch> apply(const Batch &batch, ChangeOrigin origin = ChangeOrigin::Local);

    Result<QList<LoggedChange>> log(qint64 sinceRevision = 0) const;
    Result<qint64> changeCount() const;
    Result<void> saveCopyAs(const QString &path) const;

Q_SIGNALS:
    void changesApplied(const mesh::catalog::Batch &batch, mesh::catalog::ChangeOrigin origin, qint64 revision);

private:
    Catalog(std::unique_ptr<CatalogStore> store, CatalogState state);

    std::unique_ptr<CatalogStore> m_store;
    CatalogState m_state;
    QString m_author;
    QString m_clientId;
};

} // namespace mesh::catalog
