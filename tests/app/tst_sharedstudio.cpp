// The studio window on a shared catalog, on a PostgreSQL server the test starts: asks for
// the password, follows another studio's changes live (tree, properties, diagrams), keeps working
// offline and replays on reconnect, and lets the later writer keep theirs or mine.

#include "app/studio/catalogtree.h"
#include "app/studio/diagramworkspace.h"
#include "app/studio/mainwindow.h"
#include "app/studio/presencepanel.h"
#include "app/studio/propertiespanel.h"
#include "app/studio/viewfollower.h"
#include "app/studio/workshoppanel.h"
#include "canvas/diagramscene.h"
#include "canvas/diagramview.h"
#include "canvas/elementitem.h"
#include "canvas/relationitem.h"
#include "catalog/catalog.h"
#include "catalog/offlinequeue.h"
#include "catalog/store/postgrescatalogstore.h"
#include "postgresserver.h"
#include "testcatalogs.h"

#include <QApplication>
#include <QDir>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace mesh::catalog;
using mesh::app::MainWindow;

class TestSharedStudio : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<mesh::testing::PostgresServer> m_server;
    std::unique_ptr<MainWindow> m_window;
    QString m_database = QStringLiteral("studio");

    QTreeWidgetItem *treeItem(const QString &text)
    {
        const auto found = m_window->catalogTree()->treeWidget()->findItems(text, Qt::MatchExactly | Qt::MatchRecursive);
        return found.isEmpty() ? nullptr : found.first();
    }

    QString connectionText() { return m_window->statusBar()->findChild<QLabel *>("connection")->text(); }

    void renameInPanel(const QString &element, const QString &name)
    {
        m_window->catalogTree()->selectElement(QUuid::fromString(element));
        auto *edit = m_window->propertiesPanel()->findChild<QLineEdit *>("name");
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, name);
        QTest::keyClick(edit, Qt::Key_Return);
    }

    QString eventId(Catalog &catalog, const QString &name)
    {
        const Element *identity = catalog.state().findElement({}, ElementKind::BoundedContext, "Identity");
        const Element *event = catalog.state().findElement(identity->id, ElementKind::Event, name);
        return event ? event->id.toString(QUuid::WithoutBraces) : QString();
    }

    std::unique_ptr<Catalog> bob()
    {
        auto catalog = Catalog::open(m_server->url(m_database, "bob", "bob-pw"));
        return catalog ? std::move(catalog).value() : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(OfflineQueue::directory()).removeRecursively();
        QCoreApplication::setOrganizationName("MeshStudioTests");
        QCoreApplication::setApplicationName("tst_sharedstudio");
        QString error;
        m_server = mesh::testing::PostgresServer::start(&error);
        QVERIFY2(m_server, qPrintable("the tests need their PostgreSQL server: " + error));
        QVERIFY(m_server->createDatabase(m_database));
        QVERIFY(PostgresCatalogStore::initShared(m_server->url(m_database)).isOk());
        for (const char *user : {"alice", "bob"}) {
            QVERIFY(m_server->createUser(user, QString::fromLatin1(user) + "-pw"));
            QVERIFY(PostgresCatalogStore::grant(m_server->url(m_database), "modeler", user).isOk());
        }
        auto seed = bob();
        QVERIFY(seed);
        mesh::testing::applyLines(*seed, mesh::testing::kSmallModel);
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_server.reset();
    }

    void asksForThePassword()
    {
        // No password in the URL, none in ~/.pgpass: the studio asks.
        qputenv("PGPASSFILE", "/nonexistent");
        bool asked = false;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&asked] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            asked = true;
            dialog->setTextValue("alice-pw");
            dialog->accept();
        });
        answer.start(20);
        QVERIFY(m_window->openCatalog(m_server->url(m_database, "alice", QString())));
        QVERIFY(asked);
        QVERIFY(treeItem("ProfilePublished"));
        QCOMPARE(connectionText(), QStringLiteral("● live"));
        QVERIFY(!m_window->catalog()->location().contains("alice-pw"));
    }

    void followsAnotherStudioLive()
    {
        auto other = bob();
        QVERIFY(other);
        const QString id = eventId(*other, "ProfilePublished");
        m_window->catalogTree()->selectElement(QUuid::fromString(id));
        auto *name = m_window->propertiesPanel()->findChild<QLineEdit *>("name");
        QCOMPARE(name->text(), QStringLiteral("ProfilePublished"));

        QVERIFY(other->apply(Batch{UpdateElement{QUuid::fromString(id), {{"name", "ProfileShown"}}}}).isOk());
        QTRY_VERIFY_WITH_TIMEOUT(treeItem("ProfileShown"), 5000);
        QVERIFY(!treeItem("ProfilePublished"));
        QCOMPARE(name->text(), QStringLiteral("ProfileShown"));
        QCOMPARE(m_window->undoStack()->count(), 0); // others' changes are not mine to undo
    }

    // A diagram open in this studio follows another studio's changes to it: a sticky moved, a
    // relation's laid-out path, the path dropped once its end has moved away.
    void diagramsFollowAnotherStudioLive()
    {
        auto other = bob();
        QVERIFY(other);
        const Diagram board = *other->state().diagrams().begin();
        m_window->workspace()->openDiagram(board.id);
        mesh::canvas::DiagramScene *scene = m_window->workspace()->currentView()->diagramScene();
        QCOMPARE(scene->diagram(), board.id);
        const QList<mesh::canvas::RelationItem *> relations = scene->relationItems();
        QCOMPARE(relations.size(), 1);
        const mesh::canvas::RelationItem *relation = relations.first();
        const QRectF from = relation->from()->sceneRectangle(), to = relation->to()->sceneRectangle();
        const QPointF start(from.left(), from.center().y()), end(to.right(), to.center().y());
        const QHash<QUuid, RelationRoute> routes{{relation->relation(), {start, start + QPointF(-10, -30), end + QPointF(10, -30), end}}};
        QVERIFY(other->apply({UpdateDiagram{board.id, {{"routes", routesToJson(routes)}}}}));
        QTRY_VERIFY_WITH_TIMEOUT(scene->itemForRelation(relations.first()->relation())->isRouted(), 5000);

        Placement moved = *other->state().placement(board.id, relation->to()->element());
        moved.geometry.moveTo(moved.geometry.left(), moved.geometry.top() + 300);
        QVERIFY(other->apply({MovePlacement{moved}}));
        QTRY_COMPARE_WITH_TIMEOUT(scene->itemFor(moved.element)->pos(), moved.geometry.topLeft(), 5000);
        QVERIFY(!scene->itemForRelation(relation->relation())->isRouted());   // its end moved: straight again
        QCOMPARE(m_window->undoStack()->count(), 0);
    }

    // Dot voting and comments on a shared catalog: what one studio does every other sees, on
    // the board (dots, the comment badge) and in the Workshop panel.
    void votesAndCommentsReachEveryStudio()
    {
        auto other = bob();
        QVERIFY(other);
        const Diagram board = *other->state().diagrams().begin();
        m_window->workspace()->openDiagram(board.id);
        mesh::canvas::DiagramView *view = m_window->workspace()->currentView();
        mesh::canvas::DiagramScene *scene = view->diagramScene();
        view->zoomTo100();
        const QUuid event = QUuid::fromString(eventId(*other, "ProfileShown"));
        mesh::canvas::ElementItem *sticky = scene->itemFor(event);
        QVERIFY(sticky);
        view->centerOn(sticky);
        mesh::app::WorkshopPanel *workshop = m_window->workshopPanel();

        // Alice turns voting on and gives the sticky two dots, then takes one back and gives it again.
        auto *vote = workshop->findChild<QPushButton *>("voteTool");
        vote->click();
        QCOMPARE(view->tool(), mesh::canvas::DiagramView::Tool::Vote);
        const QPoint on = view->mapFromScene(sticky->sceneRectangle().center());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, on);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, on);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ShiftModifier, on);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, on);
        QCOMPARE(m_window->catalog()->state().votesOn(board.id, event), 2);
        QCOMPARE(sticky->dots(), 2);
        QVERIFY2(workshop->findChild<QLabel *>("dotsLeft")->text().contains(QRegularExpression("^alice has 1 dot(\\(s\\))? left of 3 on Profiles$")),
                 qPrintable(workshop->findChild<QLabel *>("dotsLeft")->text()));
        // The dots are drawn in the view itself.
        const QImage drawn = view->viewport()->grab().toImage();
        const QPoint dot = view->mapFromScene(sticky->sceneRectangle().topLeft() + QPointF(9, 8));
        QCOMPARE(drawn.pixelColor(dot * drawn.devicePixelRatio()), QColor(0x1a, 0x23, 0x7e));

        // Bob sees them, adds his own dot and a comment; alice's board and panel follow.
        QTRY_COMPARE_WITH_TIMEOUT((other->pull(), other->state().votesOn(board.id, event)), 2, 5000);
        const Annotation bobs{QUuid::createUuid(), AnnotationKind::Votes, board.id, event, "bob", QDateTime::currentDateTimeUtc(), 1, {}};
        QVERIFY(other->apply({PutAnnotation{bobs}}));
        const Annotation said{QUuid::createUuid(), AnnotationKind::Comment, {}, event, "bob", QDateTime::currentDateTimeUtc(), 0, "Shown to whom?"};
        QVERIFY(other->apply({PutAnnotation{said}}));
        QTRY_COMPARE_WITH_TIMEOUT(sticky->dots(), 3, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(sticky->comments(), 1, 5000);
        auto *ranking = workshop->findChild<QTreeWidget *>("voteRanking");
        QCOMPARE(ranking->topLevelItemCount(), 1);
        QCOMPARE(ranking->topLevelItem(0)->text(1), QStringLiteral("3"));
        m_window->catalogTree()->selectElement(event);
        auto *comments = workshop->findChild<QListWidget *>("comments");
        QCOMPARE(comments->count(), 1);
        QVERIFY(comments->item(0)->text().contains("bob") && comments->item(0)->text().contains("Shown to whom?"));

        // Alice answers in the panel; bob reads it.
        auto *text = workshop->findChild<QPlainTextEdit *>("commentText");
        text->setFocus();
        QTest::keyClicks(text, "To the other participants");
        workshop->findChild<QPushButton *>("addComment")->click();
        QCOMPARE(comments->count(), 2);
        QVERIFY(text->toPlainText().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT((other->pull(), other->state().commentsOn(event).size()), qsizetype(2), 5000);
        QCOMPARE(other->state().commentsOn(event).last().author, QStringLiteral("alice"));
        vote->click();
        QCOMPARE(view->tool(), mesh::canvas::DiagramView::Tool::Select);
    }

    void showsWhoIsThere()
    {
        auto other = bob();
        QVERIFY(other->announcePresence("Bob", QString(), {QUuid::fromString(eventId(*other, "ProfileShown"))}).isOk());
        m_window->presencePanel()->refresh();
        QTreeWidget *people = m_window->presencePanel()->treeWidget();
        QList<QTreeWidgetItem *> bobs = people->findItems("Bob (bob)", Qt::MatchExactly);
        QCOMPARE(bobs.size(), 1);
        QCOMPARE(bobs.first()->text(2), QStringLiteral("Identity/ProfileShown"));
        QVERIFY(!people->findItems("— you", Qt::MatchContains).isEmpty());
    }

    // What another studio has selected on the diagram shown here is outlined, with its name,
    // in the view itself.
    void outlinesWhatOthersHaveSelected()
    {
        auto other = bob();
        const Diagram board = *other->state().diagrams().begin();
        m_window->workspace()->openDiagram(board.id);
        mesh::canvas::DiagramView *view = m_window->workspace()->currentView();
        view->zoomTo100();
        const QUuid event = QUuid::fromString(eventId(*other, "ProfileShown"));
        mesh::canvas::ElementItem *sticky = view->diagramScene()->itemFor(event);
        view->centerOn(sticky);
        QVERIFY(other->announcePresence("Bob", board.id.toString(QUuid::WithoutBraces), {event}).isOk());
        m_window->presencePanel()->refresh();
        QCOMPARE(sticky->holders(), QStringList{"Bob"});
        QStringList where;   // the earlier test's Bob may still be listed, in the catalog tree
        for (QTreeWidgetItem *item : m_window->presencePanel()->treeWidget()->findItems("Bob (bob)", Qt::MatchExactly))
            where.append(item->text(1));
        QVERIFY2(where.contains(board.name), qPrintable(where.join(", ")));
        QApplication::processEvents();
        const QImage drawn = view->viewport()->grab().toImage();
        const QPoint label = view->mapFromScene(sticky->sceneRectangle().topLeft() + QPointF(-1, -17));
        QCOMPARE(drawn.pixelColor(label * drawn.devicePixelRatio()), mesh::canvas::ElementItem::colourOf("Bob"));
        // Bob moves on to the catalog tree: the outline goes.
        QVERIFY(other->announcePresence("Bob", QString(), {event}).isOk());
        m_window->presencePanel()->refresh();
        QVERIFY(sticky->holders().isEmpty());
    }

    // Follow the facilitator: bob presents, this studio follows his diagram, zoom and centre
    // until its user moves the view; then this studio presents and bob sees its view.
    void followsThePresenter()
    {
        using mesh::app::ViewFollower;
        auto other = bob();
        const Diagram board = *other->state().diagrams().begin();
        mesh::app::WorkshopPanel *workshop = m_window->workshopPanel();
        m_window->workspace()->setCurrentIndex(0);   // the overview: following opens the diagram
        auto *follow = workshop->findChild<QPushButton *>("followPresenter");
        QVERIFY(follow->isEnabled());
        follow->click();
        QVERIFY(m_window->viewFollower()->isFollowing());

        const auto near = [](const QPointF &a, const QPointF &b) { return QLineF(a, b).length() < 2; };
        QVERIFY(other->announcePresence("Bob", board.id.toString(QUuid::WithoutBraces), {}, ViewFollower::viewJson(board.id, 1.5, {150, 60})).isOk());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->workspace()->currentDiagram(), board.id, 3000);
        mesh::canvas::DiagramView *view = m_window->workspace()->currentView();
        QTRY_VERIFY_WITH_TIMEOUT(qFuzzyCompare(view->zoom(), 1.5), 3000);
        QVERIFY2(near(view->viewCenter(), QPointF(150, 60)), qPrintable(QStringLiteral("%1,%2").arg(view->viewCenter().x()).arg(view->viewCenter().y())));
        QVERIFY2(m_window->viewFollower()->isFollowing(), qPrintable(m_window->statusBar()->currentMessage()));
        QVERIFY(other->announcePresence("Bob", board.id.toString(QUuid::WithoutBraces), {}, ViewFollower::viewJson(board.id, 2.0, {230, 50})).isOk());
        QTRY_VERIFY_WITH_TIMEOUT(qFuzzyCompare(view->zoom(), 2.0), 3000);
        QVERIFY2(near(view->viewCenter(), QPointF(230, 50)), qPrintable(QStringLiteral("%1,%2").arg(view->viewCenter().x()).arg(view->viewCenter().y())));

        // The user scrolls: this studio stops following, and says so.
        view->horizontalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepAdd);
        QVERIFY(!m_window->viewFollower()->isFollowing());
        QVERIFY(!follow->isChecked());
        QVERIFY(m_window->statusBar()->currentMessage().contains("no longer following Bob"));
        const QPointF mine = view->viewCenter();
        QVERIFY(other->announcePresence("Bob", board.id.toString(QUuid::WithoutBraces), {}, ViewFollower::viewJson(board.id, 1.0, {10, 10})).isOk());
        QTest::qWait(300);
        QCOMPARE(view->viewCenter(), mine);
        QVERIFY(other->announcePresence("Bob", QString(), {}, QString()).isOk());

        // Now this studio presents: bob reads its view from presence.
        auto *present = workshop->findChild<QPushButton *>("presentView");
        present->click();
        QVERIFY(m_window->viewFollower()->isPresenting());
        view->showAt(1.25, QPointF(120, 50));
        const auto presented = [&]() -> QJsonObject {
            auto people = other->presence();
            for (const Presence &presence : people ? *people : QList<Presence>{}) {
                if (presence.clientId == m_window->catalog()->clientId())
                    return QJsonDocument::fromJson(presence.view.toUtf8()).object();
            }
            return {};
        };
        QTRY_VERIFY_WITH_TIMEOUT(presented().value("zoom").toDouble() == 1.25, 3000);
        QCOMPARE(presented().value("diagram").toString(), board.id.toString(QUuid::WithoutBraces));
        QVERIFY(presented().value("presenting").toBool());
        present->click();
        QTRY_VERIFY_WITH_TIMEOUT(presented().isEmpty(), 3000);
    }

    void keepsWorkingOffline()
    {
        const QString id = eventId(*m_window->catalog(), "ProfileShown");
        QVERIFY(m_server->stop());
        renameInPanel(id, "ProfileRevealed");
        QVERIFY(treeItem("ProfileRevealed")); // applied here at once
        QTRY_VERIFY_WITH_TIMEOUT(connectionText().contains("offline"), 5000);
        QVERIFY(connectionText().contains("1 change"));

        QVERIFY(m_server->restart());
        QTRY_COMPARE_WITH_TIMEOUT(connectionText(), QStringLiteral("● live"), 10000);
        auto other = bob();
        QVERIFY(!eventId(*other, "ProfileRevealed").isEmpty()); // it reached the server
    }

    void laterWriterKeepsMineOrTheirs()
    {
        Catalog *mine = m_window->catalog();
        mine->setLive(false); // so that Bob's change is not seen before Alice edits
        auto other = bob();
        const QString id = eventId(*other, "ProfileRevealed");
        QVERIFY(other->apply(Batch{UpdateElement{QUuid::fromString(id), {{"name", "ProfileByBob"}}}}).isOk());

        QString question;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&question] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            question = box->text();
            for (QAbstractButton *button : box->buttons()) {
                if (button->text() == QLatin1String("Keep Mine"))
                    button->click();
            }
        });
        answer.start(20);
        renameInPanel(id, "ProfileByAlice");
        QTRY_VERIFY_WITH_TIMEOUT(!question.isEmpty(), 5000);
        QVERIFY2(question.contains("bob") && question.contains("name"), qPrintable(question));
        QTRY_VERIFY_WITH_TIMEOUT(treeItem("ProfileByAlice"), 5000);
        auto check = bob();
        QVERIFY(!eventId(*check, "ProfileByAlice").isEmpty());
        mine->setLive(true);
    }
};

QTEST_MAIN(TestSharedStudio)
#include "tst_sharedstudio.moc"
