// The studio's session without its window: what opening, replacing, editing and a refusal
// do to the catalog, the undo stack, the recent list and what the window is told.

#include "app/studio/catalogsession.h"
#include "app/studio/recentcatalogs.h"
#include "catalog/catalog.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace mesh::catalog;
using mesh::app::CatalogSession;
using mesh::app::RecentCatalogs;

namespace {

CreateElement newContext(const QString &name)
{
    Element element;
    element.id = QUuid::createUuid();
    element.kind = ElementKind::BoundedContext;
    element.name = name;
    return CreateElement{element};
}

} // namespace

class TestCatalogSession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MeshStudioTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_catalogsession"));
    }

    // A replacement tells the window before the old catalog goes and after the new one is
    // open; the new one becomes the last and the first recent catalog.
    void replacingTellsBeforeAndAfter()
    {
        CatalogSession session;
        QVERIFY(session.create(path("first.meshcat")));
        Catalog *first = session.catalog();
        QStringList order;
        connect(&session, &CatalogSession::aboutToReplace, this, [&] { order << (session.catalog() == first ? "before, old open" : "before, other"); });
        connect(&session, &CatalogSession::replaced, this, [&](Catalog *now) { order << (now == session.catalog() && now != first ? "after, new open" : "after, other"); });
        QVERIFY(session.create(path("second.meshcat")));
        QCOMPARE(order, (QStringList{"before, old open", "after, new open"}));
        QCOMPARE(CatalogSession::lastCatalog(), path("second.meshcat"));
        QCOMPARE(RecentCatalogs::list().value(0), path("second.meshcat"));
        QVERIFY(session.catalog()->isLive());
    }

    // A catalog that cannot be opened leaves the open one as it was; one that is gone also
    // leaves the recent list.
    void aFailedOpenKeepsTheCatalog()
    {
        CatalogSession session;
        QVERIFY(session.create(path("kept.meshcat")));
        Catalog *kept = session.catalog();
        RecentCatalogs::add(path("gone.meshcat"));
        QSignalSpy replaced(&session, &CatalogSession::replaced);
        auto opened = session.open(path("gone.meshcat"));
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::NotFound);
        QCOMPARE(session.catalog(), kept);
        QCOMPARE(replaced.count(), 0);
        QVERIFY(!RecentCatalogs::list().contains(path("gone.meshcat")));
        QFile notACatalog(path("notes.meshcat"));
        QVERIFY(notACatalog.open(QIODevice::WriteOnly));
        notACatalog.write("not a catalog\n");
        notACatalog.close();
        QVERIFY(!session.open(path("notes.meshcat")));
        QCOMPARE(session.catalog(), kept);
    }

    // An edit is one undo step that changes the catalog; undo takes the change back out.
    void anEditIsOneUndoStep()
    {
        CatalogSession session;
        QVERIFY(session.create(path("edits.meshcat")));
        const CreateElement context = newContext(QStringLiteral("Billing"));
        session.apply({context}, QStringLiteral("Add Billing"));
        QCOMPARE(session.undoStack()->count(), 1);
        QVERIFY(session.catalog()->state().element(context.element.id));
        QCOMPARE(session.catalog()->revision(), 1);
        session.undoStack()->undo();
        QVERIFY(!session.catalog()->state().element(context.element.id));
        session.undoStack()->redo();
        QCOMPARE(session.catalog()->state().element(context.element.id)->name, QStringLiteral("Billing"));
    }

    // A refused edit leaves the catalog as it was, goes off the undo stack, and reaches the
    // window with its batch and description, so that it can be explained or applied again.
    void aRefusedEditReachesTheWindow()
    {
        CatalogSession session;
        QVERIFY(session.create(path("refusals.meshcat")));
        session.apply({newContext(QStringLiteral("Billing"))}, QStringLiteral("Add Billing"));
        const qint64 revision = session.catalog()->revision();
        QSignalSpy refused(&session, &CatalogSession::editRefused);
        const CreateElement twin = newContext(QStringLiteral("Billing"));
        session.apply({twin}, QStringLiteral("Add Billing again"));
        QCOMPARE(refused.count(), 1);
        QCOMPARE(refused.first().at(2).toString(), QStringLiteral("Add Billing again"));
        QCOMPARE(session.catalog()->revision(), revision);
        QVERIFY(!session.catalog()->state().element(twin.element.id));
        QCOMPARE(session.undoStack()->count(), 1);
    }
};

QTEST_MAIN(TestCatalogSession)
#include "tst_catalogsession.moc"
