// A new user's first minutes: the sample under its own author and then theirs, a board that
// opens where names are readable, and a second start that shows the tabs left open.

#include "app/samplecatalog.h"
#include "app/studio/diagramworkspace.h"
#include "app/studio/mainwindow.h"
#include "app/studio/reviewpanel.h"
#include "tests/app/samplestudio.h"
#include "canvas/diagramscene.h"
#include "canvas/diagramview.h"
#include "canvas/elementitem.h"
#include "catalog/catalog.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QLabel>
#include <QApplication>
#include <QDir>
#include <QTest>
#include <QUndoStack>

using namespace mesh::catalog;
using mesh::app::MainWindow;

class TestFirstStart : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void initTestCase()
    {
        m_window = mesh::testing::openSampleStudio(m_dir.filePath("studio.meshcat"), "tst_firststart");
        QVERIFY(m_window);
    }

    void cleanupTestCase()
    {
        m_window.reset();
    }

    // The sample is recorded under its own author; what the user does after is theirs.
    void theUserIsTheAuthorAfterTheSample()
    {
        qputenv("MESHSTUDIO_AUTHOR", "alice-facilitator");
        auto sample = mesh::app::SampleCatalog::create(m_dir.filePath("authored.meshcat"));
        qunsetenv("MESHSTUDIO_AUTHOR");
        QVERIFY(sample.isOk());
        Catalog &catalog = **sample;
        const QUuid service = catalog.state().findElement(catalog.state().findElement({}, ElementKind::BoundedContext, "Identity")->id,
                                                          ElementKind::Service, "ProfileService")->id;
        QVERIFY(catalog.apply(Batch{UpdateElement{service, {{"description", "Edited by the user"}}}}).isOk());
        const auto log = catalog.log();
        QVERIFY(log.isOk() && log->size() > 1);
        QCOMPARE(log->first().author, QStringLiteral("mesh-studio-sample"));
        QCOMPARE(log->last().author, QStringLiteral("alice-facilitator"));
    }

    // The Overview tab is a start page: the sample, a new catalog, a file, a shared catalog,
    // and the catalogs opened lately, each one click away.
    void theOverviewIsAStartPage()
    {
        MainWindow fresh;
        fresh.show();
        QVERIFY(QTest::qWaitForWindowExposed(&fresh));
        auto *overview = fresh.findChild<QLabel *>("overview");
        QVERIFY(overview);
        for (const char *link : {"start:sample", "start:new", "start:open", "start:shared"})
            QVERIFY2(overview->text().contains(QLatin1String(link)), link);
        QVERIFY(overview->text().contains("No catalog is open"));
        // The sample, from its link: this user's own copy.
        Q_EMIT overview->linkActivated(QStringLiteral("start:sample"));
        QVERIFY(fresh.catalog());
        QCOMPARE(fresh.catalog()->location(), MainWindow::sampleCopyPath());
        QVERIFY(fresh.catalog()->state().findElement({}, ElementKind::BoundedContext, "Identity"));
        // Recent catalogs are listed and open from there.
        QVERIFY(overview->text().contains("recent:0"));
        QVERIFY(overview->text().contains(QDir::toNativeSeparators(MainWindow::sampleCopyPath()).toHtmlEscaped()));
        // With every panel in it, the window still fits a 1280×800 screen (with room for the
        // title bar): the tall panels scroll in their docks (the window needed 953 pixels).
        QApplication::processEvents();
        QVERIFY2(fresh.minimumSizeHint().height() <= 760 && fresh.minimumSizeHint().width() <= 1280,
                 qPrintable(QStringLiteral("%1×%2").arg(fresh.minimumSizeHint().width()).arg(fresh.minimumSizeHint().height())));
    }

    // The sample ships reviewed and signed off by its author: a new user's first review has
    // nothing in it until they change something (it was all 112 items of the sample).
    void theSampleShipsSignedOff()
    {
        const CatalogState &state = m_window->catalog()->state();
        const Review *shipped = state.lastSignedOffReview();
        QVERIFY(shipped);
        QCOMPARE(shipped->closedBy, QStringLiteral("mesh-studio-sample"));
        QCOMPARE(shipped->from, 0);
        QCOMPARE(state.baseline(), shipped->to);
        auto *panel = m_window->reviewPanel();
        panel->openReview();
        QCOMPARE(state.reviews().size(), 1);
        QVERIFY(!state.reviewInProgress());
    }

    // Copy, Paste and the deletes are in the Edit menu, enabled by what the current diagram
    // has selected, and do what the keys on the canvas do.
    void editMenuCopiesAndRemoves()
    {
        const Catalog &catalog = *m_window->catalog();
        QUuid board;
        for (const Diagram &diagram : catalog.state().diagrams()) {
            if (diagram.kind == DiagramKind::Board)
                board = diagram.id;
        }
        auto *workspace = m_window->workspace();
        workspace->openDiagram(board);
        mesh::canvas::DiagramView *view = workspace->viewOf(board);
        auto *copy = m_window->findChild<QAction *>("copyAction");
        auto *paste = m_window->findChild<QAction *>("pasteAction");
        auto *remove = m_window->findChild<QAction *>("removeFromDiagramAction");
        QVERIFY(copy && paste && remove);
        QVERIFY(m_window->findChild<QMenu *>() && copy->associatedObjects().size() >= 2);   // in the menu and on the diagrams

        view->diagramScene()->clearSelection();
        QVERIFY(!copy->isEnabled());
        QVERIFY(!remove->isEnabled());
        const QUuid element = catalog.state().placements(board).first().element;
        view->diagramScene()->selectElements({element});
        QVERIFY(copy->isEnabled());
        QVERIFY(remove->isEnabled());

        QGuiApplication::clipboard()->clear();
        QVERIFY(!paste->isEnabled());
        copy->trigger();
        QVERIFY(paste->isEnabled());
        QVERIFY(QGuiApplication::clipboard()->text().contains(catalog.state().element(element)->name));

        const qsizetype placed = catalog.state().placements(board).size();
        remove->trigger();
        QCOMPARE(catalog.state().placements(board).size(), placed - 1);
        QVERIFY(!catalog.state().placement(board, element));
        m_window->undoStack()->undo();
        QVERIFY(catalog.state().placement(board, element));

        // The Delete key on the canvas takes the same way.
        view->diagramScene()->selectElements({element});
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Delete);
        QVERIFY(!catalog.state().placement(board, element));
        m_window->undoStack()->undo();
        QVERIFY(catalog.state().placement(board, element));
    }

    // A diagram opens where its names are drawn (fit, never below that: scroll instead), and a
    // second start shows the same diagram tabs with the same one in front.
    void opensReadableAndRemembersTheTabs()
    {
        const Catalog &catalog = *m_window->catalog();
        QUuid board, timeline;
        for (const Diagram &diagram : catalog.state().diagrams()) {
            if (diagram.kind == DiagramKind::Board)
                board = diagram.id;
            else if (diagram.kind == DiagramKind::Timeline)
                timeline = diagram.id;
        }
        QVERIFY(!board.isNull() && !timeline.isNull());
        auto *workspace = m_window->workspace();
        workspace->openDiagram(board);
        workspace->openDiagram(timeline);
        workspace->openDiagram(board);
        workspace->viewOf(timeline)->zoomToReadableFit();
        m_window->resize(800, 600);
        QTest::qWait(20);
        workspace->viewOf(board)->zoomToReadableFit();
        // This board does not fit at a readable size in 800×600: it is shown at the floor,
        // which is above the scale where a sticky loses its name.
        QCOMPARE(workspace->viewOf(board)->zoom(), mesh::canvas::DiagramView::kReadableZoom);
        QVERIFY(mesh::canvas::DiagramView::kReadableZoom > mesh::canvas::ElementItem::kNameDetail);
        QVERIFY(workspace->viewOf(board)->horizontalScrollBar()->maximum() > 0);

        const QString location = catalog.location();
        m_window->close();
        MainWindow second;
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        QVERIFY(second.openCatalog(location));
        QCOMPARE(second.workspace()->openDiagrams(), (QList<QUuid>{board, timeline}));
        QCOMPARE(second.workspace()->currentDiagram(), board);
        QVERIFY(second.workspace()->viewOf(board)->zoom() >= mesh::canvas::DiagramView::kReadableZoom);
    }
};

QTEST_MAIN(TestFirstStart)
#include "tst_firststart.moc"
