#include "app/studio/catalogsession.h"

#include "app/samplecatalog.h"
#include "app/studio/applybatchundocommand.h"
#include "app/studio/recentcatalogs.h"
#include "catalog/catalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

namespace mesh::app {

using namespace mesh::catalog;

namespace {
const char *const kLastCatalogKey = "lastCatalog";
}

CatalogSession::CatalogSession(QObject *parent) : QObject(parent), m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::indexChanged, this, &CatalogSession::statusChanged);
}

CatalogSession::~CatalogSession()
{
    // Undo commands refer to the catalog; they go first.
    m_undoStack->clear();
}

QString CatalogSession::sampleCopyPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/sample.meshcat");
}

QString CatalogSession::lastCatalog()
{
    return QSettings().value(QLatin1String(kLastCatalogKey)).toString();
}

Result<bool> CatalogSession::open(const QString &location)
{
    const bool shared = Catalog::isSharedLocation(location);
    QString withPassword = location;
    auto opened = Catalog::open(withPassword, OpenMode::ReadWrite);
    // A shared catalog's server may want a password that is neither in the URL nor in
    // ~/.pgpass: ask, as often as the user wants to try.
    while (!opened && shared && opened.error().code == ErrorCode::PermissionDenied && m_askPassword) {
        withPassword = m_askPassword(location, opened.error().message);
        if (withPassword.isEmpty())
            return false;
        opened = Catalog::open(withPassword, OpenMode::ReadWrite);
    }
    if (!opened && opened.error().code == ErrorCode::ReadOnly && (shared || QFileInfo(location).isReadable()))
        opened = Catalog::open(withPassword, OpenMode::ReadOnly);
    if (!opened) {
        if (opened.error().code == ErrorCode::NotFound)
            RecentCatalogs::remove(location);
        return opened.error();
    }
    replace(std::move(opened).value());
    if (m_catalog->isReadOnly())
        Q_EMIT message(shared ? tr("Opened read-only: your role on this shared catalog only reads.")
                              : tr("Opened read-only: changes cannot be saved to this file."),
                       10000);
    return true;
}

Result<void> CatalogSession::openSample()
{
    // A private copy of the sample, so the shipped one is never modified.
    const QString sample = sampleCopyPath();
    if (QFileInfo::exists(sample)) {
        auto opened = open(sample);
        if (!opened)
            return opened.error();
        return Ok{};
    }
    QDir().mkpath(QFileInfo(sample).absolutePath());
    auto created = SampleCatalog::create(sample);
    if (!created)
        return created.error();
    replace(std::move(created).value());
    return Ok{};
}

Result<void> CatalogSession::create(const QString &path)
{
    if (m_catalog && QFileInfo(path) == QFileInfo(m_catalog->location()))
        return makeError(ErrorCode::Conflict, tr("%1 is the catalog that is open.").arg(path));
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    auto created = Catalog::create(path);
    if (!created)
        return created.error();
    replace(std::move(created).value());
    return Ok{};
}

void CatalogSession::replace(std::unique_ptr<Catalog> catalog)
{
    Q_EMIT aboutToReplace();
    m_undoStack->clear();
    m_catalog = std::move(catalog);
    connect(m_catalog.get(), &Catalog::changesApplied, this, &CatalogSession::statusChanged);
    connect(m_catalog.get(), &Catalog::onlineChanged, this, &CatalogSession::statusChanged);
    connect(m_catalog.get(), &Catalog::problem, this, [this](const QString &text) { Q_EMIT message(text, 10000); });
    connect(m_catalog.get(), &Catalog::pendingChangeRefused, this, &CatalogSession::pendingChangeRefused);
    // Others' changes (other studios, other programs) arrive as they land.
    m_catalog->setLive(true);
    QSettings().setValue(QLatin1String(kLastCatalogKey), m_catalog->location()); // shared: without password
    RecentCatalogs::add(m_catalog->location());
    Q_EMIT replaced(m_catalog.get());
    Q_EMIT statusChanged();
}

void CatalogSession::apply(const Batch &batch, const QString &description, const QString &mergeKey)
{
    if (!m_catalog)
        return;
    m_undoStack->push(new ApplyBatchUndoCommand(
        m_catalog.get(), batch, description,
        [this, description](const Error &error, const Batch &refused, ChangeOrigin origin) { onRefused(error, refused, origin, description); },
        mergeKey));
}

void CatalogSession::onRefused(const Error &error, const Batch &batch, ChangeOrigin origin, const QString &description)
{
    if (origin == ChangeOrigin::Undo && isSignedOffReviewStep(batch, error)) {
        // A signed-off review's steps are final; the refused one has left the undo stack
        // (obsolete), so undo goes on to the user's own edits before the review.
        Q_EMIT message(tr("%1: its steps are final, so undo went on past them").arg(error.message), 10000);
        QTimer::singleShot(0, m_undoStack, &QUndoStack::undo);
        return;
    }
    Q_EMIT message(error.message, 10000);
    if (origin == ChangeOrigin::Local)
        Q_EMIT editRefused(error, batch, description);
}

bool CatalogSession::isSignedOffReviewStep(const Batch &batch, const Error &error)
{
    if (error.field != QLatin1String("review") || batch.isEmpty())
        return false;
    return std::all_of(batch.begin(), batch.end(), [](const Change &change) {
        return std::holds_alternative<SetReview>(change) || std::holds_alternative<DeleteReview>(change);
    });
}

void CatalogSession::leave()
{
    if (m_catalog)
        m_catalog->withdrawPresence();
}

} // namespace mesh::app
