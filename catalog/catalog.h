#pragma once

#include "catalog/changes/change.h"
#include "catalog/model/catalogstate.h"
#include "catalog/result.h"
#include "catalog/store/catalogstore.h"

#include <QObject>

#include <memory>
#include <optional>

class QTimer;

namespace mesh::catalog {

// An open catalog: its current state in memory and the store it lives in. Every mutation
// goes through apply(), which validates the batch, applies it to the state, commits it to
// the store in one transaction and only then tells the world (changesApplied). When the
// store refuses, the state is rolled back and nothing is emitted.
//
// Several writers may share a store (studios on one PostgreSQL catalog, or two programs on
// one file). A batch carries the revision it was made against; when others committed
// since, their changes are pulled in first (emitted with origin Remote) and the batch is
// applied again on top — unless they touched the same field of the same thing, which is a
// Conflict the caller decides on. Nothing is ever silently overwritten.
class Catalog : public QObject
{
    Q_OBJECT

public:
    // A location is a file path (SQLite) or a postgresql://user@host:port/db URL.
    static Result<std::unique_ptr<Catalog>> open(const QString &location, OpenMode mode = OpenMode::ReadWrite);
    static Result<std::unique_ptr<Catalog>> create(const QString &location);
    static bool isSharedLocation(const QString &location);
    // Wraps an open store (for the copy command and the tests).
    static Result<std::unique_ptr<Catalog>> fromStore(std::unique_ptr<CatalogStore> store);

    ~Catalog() override;

    const CatalogState &state() const { return m_state; }
    QString location() const;
    qint64 revision() const { return m_revision; }
    bool isReadOnly() const;
    // The store, to read (history, copies, whether it is shared): writes go through apply.
    CatalogReader &reader() { return *m_store; }

    // Who is recorded in the log: $MESHSTUDIO_AUTHOR, else the login name. (A shared
    // catalog records the database user whatever this says.)
    QString author() const { return m_author; }
    void setAuthor(const QString &author) { m_author = author; }
    QString clientId() const { return m_clientId; }

    // Applies the batch atomically; returns its inverse. `baseRevision` is the revision the
    // batch was made against (default: the current one); others' changes to the same fields
    // after it make this a Conflict. An empty batch does nothing.
    Result<Batch> apply(const Batch &batch, ChangeOrigin origin = ChangeOrigin::Local,
                        std::optional<qint64> baseRevision = std::nullopt);

    // Brings in what others committed since this catalog's revision; returns how many
    // revisions arrived. Each arrives through changesApplied with origin Remote.
    Result<int> pull();

    // Follows others' changes as they land: by notification where the store pushes them,
    // else by polling every `pollMilliseconds`.
    void setLive(bool live, int pollMilliseconds = 250);
    bool isLive() const { return m_live; }

    // A shared catalog whose server is out of reach keeps working offline: changes apply
    // locally and wait on disk (OfflineQueue) until reconnect() commits them, each checked
    // for conflicts with what others did meanwhile. Reconnection is tried every few seconds.
    bool isOnline() const { return m_online; }
    int pendingChangeCount() const { return int(m_pendingInverses.size()); }
    Result<void> reconnect();
    // How often reconnection is tried while offline (default 2 s; 0: only by reconnect()).
    void setReconnectInterval(int milliseconds) { m_reconnectInterval = milliseconds; }

    // Presence (shared catalogs): where this studio is and what it has selected.
    // `view`: what this studio presents to followers (Presence::view), "" when nothing.
    Result<void> announcePresence(const QString &displayName, const QString &diagram, const QList<QUuid> &selection,
                                  const QString &view = {});
    Result<QList<Presence>> presence() const;
    void withdrawPresence();

    Result<QList<LoggedChange>> log(qint64 sinceRevision = 0) const;
    Result<qint64> changeCount() const;
    // Copies the catalog, its ids and its whole change log to a new SQLite file.
    Result<void> saveCopyAs(const QString &path) const;

Q_SIGNALS:
    void changesApplied(const mesh::catalog::Batch &batch, mesh::catalog::ChangeOrigin origin, qint64 revision);
    // A pull failed (the server went away, …); the message names the problem.
    void problem(const QString &message);
    void onlineChanged(bool online);
    // Another studio (or this one) announced its presence, while live on a shared catalog.
    void presenceChanged();
    // A batch made offline could not be committed after all (someone changed the same
    // thing meanwhile, or it no longer fits the model); the message says what and why.
    void pendingChangeRefused(const QString &message);

private:
    Catalog(std::unique_ptr<CatalogStore> store, CatalogState state);
    Result<void> checkConflicts(const Batch &batch, qint64 sinceRevision) const;
    void onRevisionAnnounced(qint64 revision);
    Result<Batch> applyOffline(const Batch &batch, ChangeOrigin origin);
    void goOffline(const QString &reason);
    Result<void> replayQueuedFromDisk();
    // Applies the inverse of what was just applied; a failure is a hard error (and every
    // later apply is refused) rather than a state that silently differs from the store.
    Result<void> rollBack(const Batch &inverse);
    void restoreQueuedLocally();

    std::unique_ptr<CatalogStore> m_store;
    CatalogState m_state;
    qint64 m_revision = 0;
    QString m_author;
    QString m_clientId;
    bool m_live = false;
    bool m_pulling = false;
    QTimer *m_poll = nullptr;
    bool m_online = true;
    std::unique_ptr<class OfflineQueue> m_queue;
    QList<Batch> m_pendingInverses;   // of the batches applied offline, oldest first
    qint64 m_offlineBase = 0;         // the revision they were made against
    QTimer *m_reconnect = nullptr;
    bool m_replaying = false;
    bool m_damaged = false;           // an inverse failed: memory and store disagree
    int m_reconnectInterval = 2000;
};

} // namespace mesh::catalog
