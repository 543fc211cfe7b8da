#include "catalog/catalog.h"

#include "catalog/changes/changeapplier.h"
#include "catalog/changes/changejson.h"
#include "catalog/changes/changekeys.h"
#include "catalog/logging.h"
#include "catalog/offlinequeue.h"
#include "catalog/store/catalogcopier.h"
#include "catalog/store/storefactory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTimer>

#include <future>

namespace mesh::catalog {

namespace {

// Only a new change of the user's is held to approval gating; undo and redo put back what
// was decided already.
ChangeApplier::Approvals approvalsFor(ChangeOrigin origin)
{
    return origin == ChangeOrigin::Local ? ChangeApplier::Approvals::Gated : ChangeApplier::Approvals::AsRecorded;
}

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

// How many times a batch is applied again on top of others' changes before giving up
// (each retry means yet another writer came first).
constexpr int kMaxRebases = 20;

} // namespace

Catalog::Catalog(std::unique_ptr<CatalogStore> store, CatalogState state)
    : m_store(std::move(store)),
      m_state(std::move(state)),
      m_revision(m_store->revision()),
      m_author(defaultAuthor()),
      m_clientId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Catalog::~Catalog() = default;

bool Catalog::isSharedLocation(const QString &location)
{
    return StoreFactory::isSharedLocation(location);
}

Result<std::unique_ptr<Catalog>> Catalog::fromStore(std::unique_ptr<CatalogStore> store)
{
    auto state = store->load();
    if (!state)
        return state.error();
    std::unique_ptr<Catalog> catalog(new Catalog(std::move(store), std::move(state).value()));
    // On a shared catalog the server knows the user: what they write goes under that name.
    if (const QString user = catalog->m_store->userName(); !user.isEmpty())
        catalog->m_author = user;
    if (catalog->m_store->isShared()) {
        catalog->m_queue = std::make_unique<OfflineQueue>(catalog->location());
        // Changes a crash left waiting are committed now.
        if (auto replayed = catalog->replayQueuedFromDisk(); !replayed)
            return replayed.error();
    }
    return catalog;
}

Result<std::unique_ptr<Catalog>> Catalog::open(const QString &location, OpenMode mode)
{
    auto store = StoreFactory::open(location, mode);
    if (!store)
        return store.error();
    return fromStore(std::move(store).value());
}

Result<std::unique_ptr<Catalog>> Catalog::create(const QString &location)
{
    auto store = StoreFactory::create(location);
    if (!store)
        return store.error();
    return fromStore(std::move(store).value());
}

QString Catalog::location() const
{
    return m_store->location();
}

bool Catalog::isReadOnly() const
{
    return m_store->isReadOnly();
}

Result<void> Catalog::replayQueuedFromDisk()
{
    m_replaying = true;
    auto done = qScopeGuard([this] { m_replaying = false; });
    // One batch at a time, each forgotten only once committed: a crash or a lost
    // connection in the middle leaves exactly the rest waiting.
    while (true) {
        auto entries = m_queue->entries();
        if (!entries)
            return entries.error();
        if (entries->isEmpty())
            return Ok{};
        const OfflineQueue::Entry &entry = entries->first();
        auto batch = ChangeJson::readJsonLines(entry.changes, m_state);
        Result<Batch> applied = batch ? apply(*batch, ChangeOrigin::Local, std::min(entry.baseRevision, m_revision))
                                      : Result<Batch>(batch.error());
        if (!applied) {
            if (applied.error().code == ErrorCode::Offline)
                return applied.error();
            Q_EMIT pendingChangeRefused(tr("A change made offline was not applied: %1").arg(applied.error().message));
        }
        if (auto dropped = m_queue->dropFirst(); !dropped)
            return dropped.error();
    }
}

void Catalog::restoreQueuedLocally()
{
    auto entries = m_queue->entries();
    if (!entries)
        return;
    for (const OfflineQueue::Entry &entry : *entries) {
        auto batch = ChangeJson::readJsonLines(entry.changes, m_state);
        if (!batch)
            continue;
        auto inverse = ChangeApplier::apply(m_state, *batch, nullptr, nullptr, ChangeApplier::Approvals::AsRecorded);
        if (!inverse)
            continue;
        m_pendingInverses.append(*inverse);
        Q_EMIT changesApplied(*batch, ChangeOrigin::Local, m_revision);
    }
}

Result<Batch> Catalog::apply(const Batch &batch, ChangeOrigin origin, std::optional<qint64> baseRevision)
{
    if (batch.isEmpty())
        return Batch{};
    if (m_damaged)
        return makeError(ErrorCode::StorageFailure, tr("The catalog in memory no longer matches %1; close and reopen it").arg(location()));
    if (m_store->isReadOnly())
        return makeError(ErrorCode::ReadOnly, tr("%1 is open read-only").arg(location()));
    if (!m_online)
        return applyOffline(batch, origin);
    const qint64 base = baseRevision.value_or(m_revision);
    if (base < m_revision) {
        if (auto checked = checkConflicts(batch, base); !checked)
            return checked.error();
    }
    // A large batch's log lines are encoded on another core while the applier runs.
    std::future<QList<QByteArray>> encoding;
    if (batch.size() >= kBatchEncodedAside) {
        encoding = std::async(std::launch::async, [&batch] {
            QList<QByteArray> lines;
            lines.reserve(batch.size());
            for (const Change &change : batch)
                lines.append(ChangeJson::toJsonLine(change));
            return lines;
        });
    }
    bool holdingWriters = false;
    auto release = qScopeGuard([&] {
        if (holdingWriters)
            m_store->unlockWriters();
    });
    for (int attempt = 0;; ++attempt) {
        CommitRecord record;
        record.batch = batch;
        record.author = m_author;
        record.clientId = m_clientId;
        record.baseRevision = m_revision;
        auto inverse = ChangeApplier::apply(m_state, batch, &record.delta, &record.summaries, approvalsFor(origin));
        if (!inverse) {
            m_damaged = m_damaged || inverse.error().detail == QLatin1String(ChangeApplier::kRollbackFailed);
            return inverse.error();
        }
        record.inverse = *inverse;
        if (encoding.valid())   // a retry encodes its lines itself: these were let go
            record.lines = encoding.get();
        auto revision = m_store->commit(record, m_state);
        if (revision) {
            m_revision = *revision;
            Q_EMIT changesApplied(batch, origin, m_revision);
            return inverse;
        }
        // The store kept nothing; neither do we.
        if (auto restored = rollBack(*inverse); !restored)
            return restored.error();
        if (revision.error().code == ErrorCode::Offline && m_queue && !m_replaying) {
            goOffline(revision.error().message);
            return applyOffline(batch, origin);
        }
        if (revision.error().code != ErrorCode::Stale || attempt == kMaxRebases)
            return revision.error();
        // Others came first: hold them back, take their changes, then try again on top of
        // them (holding them back means this writer cannot be overtaken forever).
        if (!holdingWriters) {
            if (auto locked = m_store->lockWriters(); !locked)
                return locked.error();
            holdingWriters = true;
        }
        const qint64 before = m_revision;
        if (auto pulled = pull(); !pulled)
            return pulled.error();
        if (auto checked = checkConflicts(batch, std::min(base, before)); !checked)
            return checked.error();
    }
}

Result<void> Catalog::rollBack(const Batch &inverse)
{
    if (inverse.isEmpty())
        return Ok{};
    auto restored = ChangeApplier::apply(m_state, inverse, nullptr, nullptr, ChangeApplier::Approvals::AsRecorded);
    if (restored)
        return Ok{};
    // The inverse of what was just applied must apply; if it does not, memory and store
    // disagree from here on, and only reopening the catalog makes them agree again.
    qCCritical(lcCatalog) << "an inverse failed to apply on" << location() << restored.error().message;
    m_damaged = true;
    return makeError(ErrorCode::StorageFailure, tr("Taking back a change failed (%1): the catalog in memory no longer matches %2; "
                                                   "close and reopen it")
                                                    .arg(restored.error().message, location()));
}

Result<Batch> Catalog::applyOffline(const Batch &batch, ChangeOrigin origin)
{
    auto inverse = ChangeApplier::apply(m_state, batch, nullptr, nullptr, approvalsFor(origin));
    if (!inverse)
        return inverse.error();
    if (auto kept = m_queue->append(m_offlineBase, batch); !kept) {
        if (auto restored = rollBack(*inverse); !restored)
            return restored.error();
        return kept.error();
    }
    m_pendingInverses.append(*inverse);
    Q_EMIT changesApplied(batch, origin, m_revision);
    return inverse;
}

void Catalog::goOffline(const QString &reason)
{
    if (!m_online)
        return;
    qCWarning(lcCatalog) << location() << "is out of reach:" << reason;
    m_online = false;
    m_offlineBase = m_revision;
    if (!m_reconnect) {
        m_reconnect = new QTimer(this);
        connect(m_reconnect, &QTimer::timeout, this, [this] { (void)reconnect(); });
    }
    if (m_reconnectInterval > 0)
        m_reconnect->start(m_reconnectInterval);
    Q_EMIT onlineChanged(false);
}

Result<void> Catalog::reconnect()
{
    if (m_online)
        return Ok{};
    if (auto connected = m_store->reconnect(); !connected)
        return connected.error();
    // Take back what was applied offline, catch up with the others, then commit each
    // kept batch against what they did (conflicts are reported, never forced).
    Batch takeBack;
    for (auto it = m_pendingInverses.crbegin(); it != m_pendingInverses.crend(); ++it)
        takeBack += *it;
    if (!takeBack.isEmpty()) {
        if (auto undone = rollBack(takeBack); !undone)
            return undone.error();
        Q_EMIT changesApplied(takeBack, ChangeOrigin::Remote, m_revision);
    }
    m_pendingInverses.clear();
    m_online = true;
    if (m_reconnect)
        m_reconnect->stop();
    if (auto pulled = pull(); !pulled) {
        goOffline(pulled.error().message);
        restoreQueuedLocally();
        return pulled.error();
    }
    if (auto replayed = replayQueuedFromDisk(); !replayed) {
        if (replayed.error().code == ErrorCode::Offline) {
            goOffline(replayed.error().message);
            restoreQueuedLocally();
        }
        return replayed.error();
    }
    if (m_live)
        setLive(true);
    Q_EMIT onlineChanged(true);
    return Ok{};
}

Result<void> Catalog::checkConflicts(const Batch &batch, qint64 sinceRevision) const
{
    QList<ChangeKey> mine;
    for (const Change &change : batch)
        mine += ChangeKeys::of(change);
    auto theirs = m_store->log(sinceRevision);
    if (!theirs)
        return theirs.error();
    QStringList conflicts;
    for (const LoggedChange &logged : *theirs) {
        if (logged.clientId == m_clientId)
            continue; // my own later changes never conflict with me
        const QJsonObject change = QJsonDocument::fromJson(logged.change).object();
        for (const ChangeKey &key : ChangeKeys::of(change)) {
            for (const ChangeKey &own : mine) {
                if (!key.overlaps(own))
                    continue;
                const QString what = own.field == QLatin1String("*") ? key.field : own.field;
                conflicts.append(tr("%1 changed %2 (revision %3: %4)")
                                     .arg(logged.author, what == QLatin1String("*") ? tr("the same thing") : QStringLiteral("\"%1\"").arg(what))
                                     .arg(logged.revision)
                                     .arg(logged.summary));
            }
        }
    }
    if (conflicts.isEmpty())
        return Ok{};
    conflicts.removeDuplicates();
    Error error = makeError(ErrorCode::ChangedElsewhere,
                            tr("Someone else changed the same thing since: %1").arg(conflicts.join(QLatin1String("; "))));
    return error;
}

Result<int> Catalog::pull()
{
    if (m_pulling)
        return 0;
    m_pulling = true;
    auto done = qScopeGuard([this] { m_pulling = false; });
    auto changes = m_store->log(m_revision);
    if (!changes)
        return changes.error();
    int revisions = 0;
    for (qsizetype i = 0; i < changes->size();) {
        const qint64 revision = changes->at(i).revision;
        Batch batch;
        QList<Batch> inverses;   // of what this revision applied so far, oldest first
        for (; i < changes->size() && changes->at(i).revision == revision; ++i) {
            // Applied one by one (a later change of the batch may refer to an earlier one),
            // and all of the revision or none of it.
            auto change = ChangeJson::fromJson(QJsonDocument::fromJson(changes->at(i).change).object(), m_state);
            auto applied = change ? ChangeApplier::apply(m_state, Batch{*change}, nullptr, nullptr, ChangeApplier::Approvals::AsRecorded)
                                  : Result<Batch>(change.error());
            if (!applied) {
                Batch undo;
                for (auto it = inverses.crbegin(); it != inverses.crend(); ++it)
                    undo += *it;
                if (auto restored = rollBack(undo); !restored)
                    return restored.error();
                return makeError(applied.error().code, tr("Revision %1 of %2 cannot be applied here (change %3: %4); nothing of it was")
                                                           .arg(revision)
                                                           .arg(location())
                                                           .arg(changes->at(i).sequence + 1)
                                                           .arg(applied.error().message));
            }
            batch.append(*change);
            inverses.append(std::move(applied).value());
        }
        m_revision = revision;
        ++revisions;
        Q_EMIT changesApplied(batch, ChangeOrigin::Remote, revision);
    }
    return revisions;
}

void Catalog::onRevisionAnnounced(qint64 revision)
{
    if (revision <= m_revision || m_pulling || !m_online)
        return;
    if (auto pulled = pull(); !pulled) {
        if (pulled.error().code == ErrorCode::Offline && m_queue)
            goOffline(pulled.error().message);
        qCWarning(lcCatalog) << "pulling others' changes failed:" << pulled.error().message;
        Q_EMIT problem(pulled.error().message);
    }
}

void Catalog::setLive(bool live, int pollMilliseconds)
{
    m_live = live;
    m_store->setPresenceListener(live ? std::function<void()>([this] { Q_EMIT presenceChanged(); }) : std::function<void()>());
    if (!live) {
        m_store->setRevisionListener({});
        if (m_poll)
            m_poll->stop();
        return;
    }
    if (m_store->setRevisionListener([this](qint64 revision) { onRevisionAnnounced(revision); }))
        return;
    if (!m_poll) {
        m_poll = new QTimer(this);
        connect(m_poll, &QTimer::timeout, this, [this] {
            auto latest = m_store->latestRevision();
            if (latest && *latest > m_revision)
                onRevisionAnnounced(*latest);
        });
    }
    m_poll->start(pollMilliseconds);
}

Result<void> Catalog::announcePresence(const QString &displayName, const QString &diagram, const QList<QUuid> &selection,
                                       const QString &view)
{
    if (!m_online)
        return Ok{};
    QStringList ids;
    for (const QUuid &id : selection)
        ids.append(id.toString(QUuid::WithoutBraces));
    return m_store->announcePresence(Presence{m_clientId, {}, displayName, diagram, ids.join(QLatin1Char(',')), {}, view});
}

Result<QList<Presence>> Catalog::presence() const
{
    if (!m_online)
        return QList<Presence>{};
    return m_store->presence();
}

void Catalog::withdrawPresence()
{
    if (m_online)
        (void)m_store->withdrawPresence(m_clientId);
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
    if (!isSharedLocation(path) && QFileInfo(path).absoluteFilePath() == QFileInfo(location()).absoluteFilePath())
        return makeError(ErrorCode::InvalidInput, tr("A copy cannot replace the catalog itself"));
    auto copied = CatalogCopier::copyToNewLocation(*m_store, path, /*replace=*/true);
    if (!copied)
        return copied.error();
    return Ok{};
}

} // namespace mesh::catalog
