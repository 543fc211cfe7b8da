#include "app/samplecatalog.h"
#include "app/studio/catalogtree.h"
#include "app/studio/diagramworkspace.h"
#include "app/studio/mainwindow.h"
#include "app/studio/palettepanel.h"
#include "canvas/diagramscene.h"
#include "canvas/diagramview.h"
#include "canvas/elementitem.h"
#include "canvas/relationitem.h"
#include "catalog/catalog.h"
#include "catalog/governance/governancechecker.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDockWidget>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolTip>
#include <QTreeWidget>
#include <QUndoStack>

using namespace mesh::catalog;
using mesh::app::MainWindow;
using mesh::canvas::DiagramScene;
using mesh::canvas::DiagramView;
using mesh::canvas::ElementItem;

class TestDiagramCanvas : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    Catalog &catalog() { return *m_window->catalog(); }
    DiagramView *view() { return m_window->workspace()->currentView(); }
    DiagramScene *scene() { return view()->diagramScene(); }

    QPoint at(const QPointF &scenePoint) { return view()->mapFromScene(scenePoint); }

    const Element *find(const QString &path)
    {
        const CatalogState &state = catalog().state();
        for (const Element &element : state.elements()) {
            if (state.pathOf(element.id) == path)
                return &element;
        }
        return nullptr;
    }

    // A mouse drag with the left button held all the way (QTest's moves carry no buttons).
    void drag(const QPoint &from, const QPoint &to)
    {
        QWidget *viewport = view()->viewport();
        QTest::mousePress(viewport, Qt::LeftButton, {}, from);
        for (int step = 1; step <= 6; ++step) {
            const QPoint point = from + (to - from) * step / 6;
            QMouseEvent move(QEvent::MouseMove, point, viewport->mapToGlobal(point), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(viewport, &move);
        }
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
    }

    void clickPalette(ElementKind kind)
    {
        QListWidget *list = m_window->palette()->list();
        const auto found = list->findItems(elementKindDisplayName(kind), Qt::MatchExactly);
        QVERIFY(!found.isEmpty());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(found.first()).center());
    }

    // Palette, click, type the name, Enter: one new element placed.
    void place(ElementKind kind, const QString &name, const QPointF &scenePoint)
    {
        clickPalette(kind);
        QCOMPARE(view()->tool(), DiagramView::Tool::Place);
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, at(scenePoint));
        QLineEdit *editor = view()->nameEditor();
        QVERIFY(editor);
        QTest::keyClicks(editor, name);
        QTest::keyClick(editor, Qt::Key_Return);
        QVERIFY(!view()->nameEditor());
    }

    void undo()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        view()->setFocus();
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_Z));
    }
    void redo()
    {
        view()->setFocus();
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("MeshStudioTests");
        QCoreApplication::setApplicationName("tst_diagramcanvas");
        auto sample = mesh::app::SampleCatalog::create(m_dir.filePath("canvas.meshcat"));
        QVERIFY(sample.isOk());
        sample->reset();
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openCatalog(m_dir.filePath("canvas.meshcat")));
        m_window->workspace()->createDiagram(DiagramKind::Board, "Workshop");
        QVERIFY(view());
        QCOMPARE(m_window->workspace()->tabText(m_window->workspace()->currentIndex()), QStringLiteral("Workshop"));
        view()->zoomTo100();
        view()->centerOn(0, 0);
    }

    void init()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanupTestCase() { m_window.reset(); }

    void placeFromThePaletteAndNameInPlace()
    {
        place(ElementKind::BoundedContext, "Sales", QPointF(150, 0));
        QVERIFY(find("Sales"));
        QVERIFY(scene()->itemFor(find("Sales")->id)->isDrawnAsFrame());
        QCOMPARE(scene()->itemFor(find("Sales")->id)->size(), ElementItem::defaultSize(ElementKind::BoundedContext));
        place(ElementKind::Event, "OrderPlaced", QPointF(300, 0));
        const Element *event = find("Sales/OrderPlaced");
        QVERIFY(event);
        QCOMPARE(event->kind, ElementKind::Event);
        ElementItem *item = scene()->itemFor(event->id);
        QVERIFY(item);
        QCOMPARE(item->name(), QStringLiteral("OrderPlaced"));
        QCOMPARE(item->sceneRectangle().center(), QPointF(300, 0));
        // A refused name is not lost: the editor opens again with it, the reason beside it.
        const int created = int(catalog().state().elements().size());
        clickPalette(ElementKind::Event);
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, at(QPointF(300, 60)));
        QTest::keyClicks(view()->nameEditor(), "OrderPlaced");
        QTest::keyClick(view()->nameEditor(), Qt::Key_Return);
        QTRY_VERIFY(view()->nameEditor());
        QCOMPARE(view()->nameEditor()->text(), QStringLiteral("OrderPlaced"));
        QVERIFY(view()->refusalLabel() && view()->refusalLabel()->isVisible());
        QVERIFY2(view()->refusalLabel()->text().contains("already exists"), qPrintable(view()->refusalLabel()->text()));
        QCOMPARE(int(catalog().state().elements().size()), created);
        // Changed, it is taken; the reason goes with the editor.
        view()->nameEditor()->setText("OrderPlacedAgain");
        QTest::keyClick(view()->nameEditor(), Qt::Key_Return);
        QVERIFY(!view()->nameEditor());
        QVERIFY(!view()->refusalLabel());
        QVERIFY(find("Sales/OrderPlacedAgain"));
        undo();
        QVERIFY(!find("Sales/OrderPlacedAgain"));
        // Escape cancels: nothing is created.
        const int before = int(catalog().state().elements().size());
        clickPalette(ElementKind::Command);
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, at(QPointF(0, 200)));
        QTest::keyClicks(view()->nameEditor(), "Forgotten");
        QTest::keyClick(view()->nameEditor(), Qt::Key_Escape);
        QCOMPARE(int(catalog().state().elements().size()), before);
        // One gesture, one undo step.
        undo();
        QVERIFY(!find("Sales/OrderPlaced"));
        QVERIFY(!scene()->itemFor(event->id));
        redo();
        QVERIFY(find("Sales/OrderPlaced"));
        QVERIFY(scene()->itemFor(find("Sales/OrderPlaced")->id));
    }

    // Command → aggregate → event, by dragging with the connect tool; event → command is refused.
    void connectOnlyWhatFits()
    {
        place(ElementKind::Command, "PlaceOrder", QPointF(0, 0));
        place(ElementKind::Aggregate, "Order", QPointF(150, 0));
        const QUuid command = find("Sales/PlaceOrder")->id, aggregate = find("Sales/Order")->id, event = find("Sales/OrderPlaced")->id;
        auto *connectButton = m_window->palette()->findChild<QPushButton *>("connectTool");
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QCOMPARE(view()->tool(), DiagramView::Tool::Connect);
        QVERIFY(connectButton->isChecked()); // the button shows the tool is on
        QTest::mouseClick(connectButton, Qt::LeftButton); // and a second click turns it off
        QCOMPARE(view()->tool(), DiagramView::Tool::Select);
        QVERIFY(!connectButton->isChecked());
        QTest::mouseClick(connectButton, Qt::LeftButton);
        drag(at(QPointF(0, 0)), at(QPointF(150, 0)));
        view()->setConnectTool();
        drag(at(QPointF(150, 0)), at(QPointF(300, 0)));
        int handledBy = 0, emits = 0;
        for (const Relation &relation : catalog().state().relations()) {
            handledBy += relation.kind == RelationKind::HandledBy && relation.from == command && relation.to == aggregate;
            emits += relation.kind == RelationKind::Emits && relation.from == aggregate && relation.to == event;
        }
        QCOMPARE(handledBy, 1);
        QCOMPARE(emits, 1);
        QCOMPARE(scene()->relationItems().size(), 2);

        const int relations = int(catalog().state().relations().size());
        view()->setConnectTool();
        drag(at(QPointF(300, 0)), at(QPointF(0, 0)));
        QCOMPARE(int(catalog().state().relations().size()), relations);
        QVERIFY2(m_window->statusBar()->currentMessage().contains("No kind of relation goes from events to commands"),
                 qPrintable(m_window->statusBar()->currentMessage()));
        undo();
        QCOMPARE(int(catalog().state().relations().size()), relations - 1);
        redo();
        view()->setSelectTool();
    }

    // A relation is picked by clicking its line, drawn in the selection's colour, and Delete
    // deletes it from the catalog as one step.
    void selectAndDeleteARelation()
    {
        const QUuid aggregate = find("Sales/Order")->id, event = find("Sales/OrderPlaced")->id;
        Placement moved = *catalog().state().placement(scene()->diagram(), event);
        moved.geometry.moveTo(380, 200);   // away from the aggregate: a line long enough to click
        const auto movedBack = catalog().apply({MovePlacement{moved}});
        QVERIFY(movedBack);
        mesh::canvas::RelationItem *emits = nullptr;
        for (mesh::canvas::RelationItem *relation : scene()->relationItems()) {
            if (relation->from()->element() == aggregate && relation->to()->element() == event)
                emits = relation;
        }
        QVERIFY(emits);
        const QUuid relation = emits->relation();
        const QPoint middle = at(emits->path().pointAtPercent(0.5));
        view()->setSelectTool();
        scene()->clearSelection();
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, middle);
        QCOMPARE(scene()->selectedRelations(), QList<QUuid>{relation});
        // Hovering says what it is, as it says what a sticky is.
        const QString lineTip = scene()->toolTipAt(emits->path().pointAtPercent(0.5));
        QVERIFY2(lineTip.contains("Sales/Order") && lineTip.contains("emits") && lineTip.contains("Sales/OrderPlaced"), qPrintable(lineTip));
        const QString stickyTip = scene()->toolTipAt(emits->from()->sceneRectangle().center());
        QVERIFY2(stickyTip.contains("Aggregate") && stickyTip.contains("Sales/Order"), qPrintable(stickyTip));
        QHelpEvent help(QEvent::ToolTip, middle, view()->viewport()->mapToGlobal(middle));
        QApplication::sendEvent(view()->viewport(), &help);
        QCOMPARE(QToolTip::text(), lineTip);
        QToolTip::hideText();
        QVERIFY(scene()->selectedElements().isEmpty());
        const QImage picture = view()->viewport()->grab().toImage();
        bool blue = false;
        for (int dx = -1; dx <= 1; ++dx) {
            for (int dy = -1; dy <= 1; ++dy) {
                const QColor pixel = picture.pixelColor(middle + QPoint(dx, dy));
                blue = blue || (pixel.blue() > 150 && pixel.red() < 80);
            }
        }
        QVERIFY2(blue, "the selected relation is not drawn in the selection's colour");
        // The properties panel shows it.
        auto *propertiesDock = m_window->findChild<QDockWidget *>("propertiesDock");
        propertiesDock->show();
        propertiesDock->raise();
        auto *relationFrom = m_window->findChild<QLabel *>("relationFrom");
        QVERIFY(relationFrom && relationFrom->isVisible());
        QCOMPARE(relationFrom->text(), QStringLiteral("Sales/Order"));
        QCOMPARE(m_window->findChild<QLabel *>("relationTo")->text(), QStringLiteral("Sales/OrderPlaced"));
        // Its description is written there, kept when the field is left, and undone.
        auto *description = m_window->findChild<QPlainTextEdit *>("relationDescription");
        QVERIFY(description && description->isVisible());
        description->setFocus();
        QTest::keyClicks(description, "Once the order is accepted.");
        view()->setFocus();
        QCOMPARE(catalog().state().relation(relation)->description, QStringLiteral("Once the order is accepted."));
        undo();
        QCOMPARE(catalog().state().relation(relation)->description, QString());
        QCOMPARE(description->toPlainText(), QString());
        QVERIFY(emits->isSelected());

        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_Delete);
        QVERIFY(!catalog().state().relation(relation));
        QVERIFY(!scene()->itemForRelation(relation));
        undo();
        QVERIFY(catalog().state().relation(relation));
        QVERIFY(scene()->itemForRelation(relation));
        // Or with the panel's button.
        QTest::mouseClick(m_window->findChild<QPushButton *>("deleteRelation"), Qt::LeftButton);
        QVERIFY(!catalog().state().relation(relation));
        QVERIFY(!relationFrom->isVisible());
        undo();
        QVERIFY(catalog().state().relation(relation));
        QVERIFY(catalog().apply(*movedBack));
    }

    // Arrow keys nudge the selection a pixel (ten with Shift); nudges in a row are one undo
    // step, and a nudge of another selection is a step of its own. F2 renames, Escape lets go.
    void arrowKeysNudgeTheSelection()
    {
        const QUuid aggregate = find("Sales/Order")->id;
        const QRectF start = catalog().state().placement(scene()->diagram(), aggregate)->geometry;
        scene()->selectElements({aggregate});
        view()->setFocus();
        const int steps = m_window->undoStack()->index();
        QTest::keyClick(view(), Qt::Key_Right);
        QTest::keyClick(view(), Qt::Key_Right);
        QTest::keyClick(view(), Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(catalog().state().placement(scene()->diagram(), aggregate)->geometry, start.translated(2, 10));
        QCOMPARE(scene()->itemFor(aggregate)->pos(), start.topLeft() + QPointF(2, 10));
        QCOMPARE(m_window->undoStack()->index(), steps + 1);
        scene()->selectElements({find("Sales/PlaceOrder")->id});
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_Left);
        QCOMPARE(m_window->undoStack()->index(), steps + 2);
        undo();
        undo();
        QCOMPARE(catalog().state().placement(scene()->diagram(), aggregate)->geometry, start);
        QCOMPARE(m_window->undoStack()->index(), steps);

        // F2 renames the one selected sticky in place; Escape closes the editor, then clears
        // the selection.
        scene()->selectElements({aggregate});
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_F2);
        QVERIFY(view()->nameEditor());
        QCOMPARE(view()->nameEditor()->text(), QStringLiteral("Order"));
        QTest::keyClick(view()->nameEditor(), Qt::Key_Escape);
        QVERIFY(!view()->nameEditor());
        QCOMPARE(catalog().state().element(aggregate)->name, QStringLiteral("Order"));
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_Escape);
        QVERIFY(scene()->selectedItems().isEmpty());
    }

    // Right-click: what is under the mouse becomes the selection and the menu offers what
    // fits it; on empty space, paste and the view.
    void contextMenuOffersWhatFits()
    {
        const QUuid aggregate = find("Sales/Order")->id;
        scene()->selectElements({find("Sales/PlaceOrder")->id});
        const auto menuAt = [this](const QPointF &scenePoint, const QString &choose) {
            QStringList offered;
            QTimer::singleShot(0, this, [&offered, choose] {
                auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
                if (!menu)
                    return;
                for (QAction *action : menu->actions()) {
                    offered.append(action->text());
                    if (action->text() == choose)
                        action->trigger();
                }
                menu->close();
            });
            const QPoint point = at(scenePoint);
            QContextMenuEvent event(QContextMenuEvent::Mouse, point, view()->viewport()->mapToGlobal(point));
            QApplication::sendEvent(view()->viewport(), &event);
            return offered;
        };
        const bool wasPinned = catalog().state().placement(scene()->diagram(), aggregate)->pinned;
        const QStringList onSticky = menuAt(scene()->itemFor(aggregate)->sceneRectangle().center(), "Pin or Unpin");
        for (const char *expected : {"Rename", "Copy", "Pin or Unpin", "Remove from Diagram", "Delete from Catalog…"})
            QVERIFY2(onSticky.contains(QString::fromUtf8(expected)), qPrintable(onSticky.join(", ")));
        QCOMPARE(scene()->selectedElements(), QList<QUuid>{aggregate});   // the one under the mouse
        QCOMPARE(catalog().state().placement(scene()->diagram(), aggregate)->pinned, !wasPinned);
        undo();
        QCOMPARE(catalog().state().placement(scene()->diagram(), aggregate)->pinned, wasPinned);

        const QStringList onEmpty = menuAt(scene()->itemFor(aggregate)->sceneRectangle().bottomRight() + QPointF(400, 400), QString());
        QCOMPARE(onEmpty, (QStringList{"Paste", "Select All", "Fit"}));
    }

    // Dropping a sticky into a context's frame moves it into that context, as a change.
    void dropIntoAContextFrame()
    {
        const Element *identity = find("Identity");
        scene()->placeExisting({identity->id}, QPointF(300, 400));
        ElementItem *frame = scene()->itemFor(identity->id);
        QVERIFY(frame && frame->isDrawnAsFrame());
        const QUuid event = find("Sales/OrderPlaced")->id;
        const QUuid sales = find("Sales")->id;
        view()->setSelectTool();
        scene()->clearSelection();
        drag(at(QPointF(300, 0)), at(frame->sceneRectangle().center()));
        QCOMPARE(catalog().state().element(event)->context, identity->id);
        QCOMPARE(catalog().state().placement(scene()->diagram(), event)->geometry.center(), frame->sceneRectangle().center());
        undo();
        QCOMPARE(catalog().state().element(event)->context, sales);
        QCOMPARE(scene()->itemFor(event)->sceneRectangle().center(), QPointF(300, 0));
        redo();
        QCOMPARE(catalog().state().element(event)->context, identity->id);
    }

    // Any change, from anywhere: the items follow the catalog.
    void itemsFollowTheCatalog()
    {
        const QUuid command = find("Sales/PlaceOrder")->id;
        Placement moved = *catalog().state().placement(scene()->diagram(), command);
        moved.geometry.moveTo(-400, -300);
        auto applied = catalog().apply({MovePlacement{moved}, UpdateElement{command, {{"name", "SubmitOrder"}}}});
        QVERIFY(applied);
        QCOMPARE(scene()->itemFor(command)->pos(), QPointF(-400, -300));
        QCOMPARE(scene()->itemFor(command)->name(), QStringLiteral("SubmitOrder"));
        QVERIFY(catalog().apply(*applied));
        QCOMPARE(scene()->itemFor(command)->name(), QStringLiteral("PlaceOrder"));
    }

    // Selection goes both ways between the diagram and the tree.
    void selectionIsShared()
    {
        const QUuid aggregate = find("Sales/Order")->id;
        scene()->clearSelection();
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, at(scene()->itemFor(aggregate)->sceneRectangle().center()));
        QCOMPARE(m_window->catalogTree()->selectedElement(), aggregate);
        m_window->catalogTree()->selectElement(find("Sales/PlaceOrder")->id);
        QCOMPARE(scene()->selectedElements(), QList<QUuid>{find("Sales/PlaceOrder")->id});
    }

    void copyAndPasteWithinAndAcrossDiagrams()
    {
        const QUuid aggregate = find("Sales/Order")->id;
        scene()->selectElements({aggregate});
        view()->setFocus();
        QTest::keySequence(view(), QKeySequence::Copy);
        QCursor::setPos(view()->viewport()->mapToGlobal(at(QPointF(600, 300))));
        QTest::keySequence(view(), QKeySequence::Paste);
        QVERIFY(find("Sales/Order (copy 1)"));   // already here: a copy of the element
        // Another diagram: the same element is placed there.
        const QUuid board = scene()->diagram();
        m_window->workspace()->createDiagram(DiagramKind::Board, "Second");
        QVERIFY(scene()->diagram() != board);
        view()->setFocus();
        QTest::keySequence(view(), QKeySequence::Paste);
        QVERIFY(scene()->itemFor(aggregate));
        QCOMPARE(catalog().state().placementsOf(aggregate).size(), 2);
        m_window->workspace()->openDiagram(board);
    }

    void removeFromDiagramAndDeleteFromCatalog()
    {
        const QUuid copy = find("Sales/Order (copy 1)")->id;
        scene()->selectElements({copy});
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_Delete);
        QVERIFY(!scene()->itemFor(copy));
        QVERIFY(catalog().state().element(copy));   // still in the catalog
        undo();
        QVERIFY(scene()->itemFor(copy));
        // Shift+Delete deletes from the catalog, after a confirmation naming what goes.
        scene()->selectElements({copy});
        QString asked;
        QTimer::singleShot(0, this, [&asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            asked = box->text();
            box->button(QMessageBox::Yes)->click();
        });
        QTest::keyClick(view(), Qt::Key_Delete, Qt::ShiftModifier);
        QVERIFY2(asked.contains("Order (copy 1)"), qPrintable(asked));
        QVERIFY(!catalog().state().element(copy));
        undo();
        QVERIFY(catalog().state().element(copy));
    }

    // Auto-layout: one undo step; no two stickies overlap; edges attached; pinned ones stay.
    void autoLayoutKeepsPinnedAndSeparatesEverything()
    {
        const QUuid pinned = find("Sales/PlaceOrder")->id;
        Placement pin = *catalog().state().placement(scene()->diagram(), pinned);
        pin.pinned = true;
        QVERIFY(catalog().apply({MovePlacement{pin}}));
        const QRectF pinnedAt = pin.geometry;
        for (const char *name : {"Participant", "Collaboration/Conversation", "Collaboration/StartConversation", "Collaboration/ConversationStarted"}) {
            const Element *element = find(QString::fromLatin1(name));
            QVERIFY2(element, qPrintable(name));
            scene()->placeExisting({element->id}, QPointF(0, 0));   // all on top of each other
        }
        const int steps = m_window->undoStack()->index();
        QSignalSpy done(m_window->workspace(), &mesh::app::DiagramWorkspace::layoutFinished);
        m_window->workspace()->layoutCurrent();
        QVERIFY(m_window->findChild<QWidget *>("layoutProgress")->isVisible());   // busy, with a way out
        QVERIFY(m_window->findChild<QWidget *>("cancelLayout")->isVisible());
        QVERIFY2(done.wait(20000), m_window->workspace()->isLayingOut() ? "still laying out" : "not laying out");
        QVERIFY(!m_window->findChild<QWidget *>("layoutProgress")->isVisible());
        QCOMPARE(m_window->undoStack()->index(), steps + 1);
        QCOMPARE(catalog().state().placement(scene()->diagram(), pinned)->geometry, pinnedAt);
        const QList<ElementItem *> items = scene()->elementItems();
        for (int i = 0; i < items.size(); ++i) {
            for (int j = i + 1; j < items.size(); ++j) {
                if (items[i]->isDrawnAsFrame() || items[j]->isDrawnAsFrame())
                    continue;
                QVERIFY2(!items[i]->sceneRectangle().intersects(items[j]->sceneRectangle()),
                         qPrintable(items[i]->name() + " overlaps " + items[j]->name()));
            }
        }
        for (mesh::canvas::RelationItem *relation : scene()->relationItems()) {
            const QPainterPath path = relation->path();
            QVERIFY(relation->from()->sceneRectangle().adjusted(-3, -3, 3, 3).contains(path.pointAtPercent(0)));
            QVERIFY(relation->to()->sceneRectangle().adjusted(-3, -3, 3, 3).contains(path.pointAtPercent(1)));
        }
        // Frames go around their content.
        const ElementItem *identity = scene()->itemFor(find("Identity")->id);
        QVERIFY(identity->sceneRectangle().contains(scene()->itemFor(find("Identity/OrderPlaced")->id)->sceneRectangle()));
        const ElementItem *sales = scene()->itemFor(find("Sales")->id);
        QVERIFY(sales->sceneRectangle().contains(scene()->itemFor(find("Sales/Order")->id)->sceneRectangle()));
        undo();
        QCOMPARE(m_window->undoStack()->index(), steps);
        QVERIFY(catalog().state().placement(scene()->diagram(), find("Participant")->id)->geometry.center() == QPointF(0, 0)
                || scene()->itemFor(find("Participant")->id)->sceneRectangle().center() == QPointF(0, 0));
    }

    // Shift-click adds to the selection; align, distribute and pin are one step each; a frame
    // is resized by dragging its corner.
    void arrangeTheSelectionAndResizeAFrame()
    {
        const QList<QUuid> ids{find("Sales/PlaceOrder")->id, find("Sales/Order")->id, find("Collaboration/Conversation")->id};
        // Spread them out first, in a diagonal.
        Batch spread;
        for (int i = 0; i < 3; ++i) {
            Placement placement = *catalog().state().placement(scene()->diagram(), ids[i]);
            placement.geometry.moveTopLeft(QPointF(-800 + i * 300, -600 + i * 70 + (i == 2 ? 40 : 0)));
            spread.append(MovePlacement{placement});
        }
        QVERIFY(catalog().apply(spread));
        view()->setSelectTool();
        scene()->clearSelection();
        view()->centerOn(scene()->itemFor(ids[1])->sceneRectangle().center());
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, at(scene()->itemFor(ids[0])->sceneRectangle().center()));
        for (int i = 1; i < 3; ++i)
            QTest::mouseClick(view()->viewport(), Qt::LeftButton, Qt::ShiftModifier, at(scene()->itemFor(ids[i])->sceneRectangle().center()));
        QCOMPARE(scene()->selectedElements().size(), 3);

        scene()->alignSelection(DiagramScene::Alignment::Top);
        const auto geometry = [&](int i) { return catalog().state().placement(scene()->diagram(), ids[i])->geometry; };
        QCOMPARE(geometry(1).top(), geometry(0).top());
        QCOMPARE(geometry(2).top(), geometry(0).top());
        scene()->distributeSelection(Qt::Horizontal);
        QVERIFY(qAbs((geometry(1).left() - geometry(0).right()) - (geometry(2).left() - geometry(1).right())) < 0.01);
        scene()->togglePinSelection();
        for (int i = 0; i < 3; ++i)
            QVERIFY(catalog().state().placement(scene()->diagram(), ids[i])->pinned);
        scene()->togglePinSelection();
        for (int i = 0; i < 3; ++i)
            QVERIFY(!catalog().state().placement(scene()->diagram(), ids[i])->pinned);

        ElementItem *frame = scene()->itemFor(find("Sales")->id);
        const QSizeF before = frame->size();
        scene()->selectElements({frame->element()});
        view()->centerOn(frame->sceneRectangle().bottomRight());
        const QPointF corner = frame->sceneRectangle().bottomRight() - QPointF(4, 4);
        drag(at(corner), at(corner + QPointF(100, 50)));
        const QSizeF after = catalog().state().placement(scene()->diagram(), frame->element())->geometry.size();
        // The corner follows the mouse: it ends where the drag ended (to the view's pixel).
        const QPointF expected = corner + QPointF(100, 50) - frame->pos();
        QVERIFY2(qAbs(after.width() - expected.x()) <= 3 && qAbs(after.height() - expected.y()) <= 3,
                 qPrintable(QStringLiteral("%1x%2 → %3x%4").arg(before.width()).arg(before.height()).arg(after.width()).arg(after.height())));
        undo();
        QCOMPARE(catalog().state().placement(scene()->diagram(), frame->element())->geometry.size(), before);
    }

    // Timelines: a named slice over the selection, undone, kept in the file, taken away.
    // On a timeline a relation never runs over another sticky: the sample's has some that
    // would, straight.
    void timelineRelationsGoRoundStickies()
    {
        const auto diagrams = catalog().state().diagrams();
        const auto timeline = std::find_if(diagrams.begin(), diagrams.end(), [](const Diagram &d) { return d.kind == DiagramKind::Timeline; });
        QVERIFY(timeline != diagrams.end());
        m_window->workspace()->openDiagram(timeline->id);
        QVERIFY(!scene()->relationItems().isEmpty());
        int routed = 0;
        for (const mesh::canvas::RelationItem *relation : scene()->relationItems()) {
            routed += relation->isRouted();
            for (const ElementItem *item : scene()->elementItems()) {
                if (item == relation->from() || item == relation->to() || item->isDrawnAsFrame())
                    continue;
                for (int step = 0; step <= 100; ++step) {
                    QVERIFY2(!item->sceneRectangle().contains(relation->path().pointAtPercent(step / 100.0)),
                             qPrintable(relation->from()->name() + " → " + relation->to()->name() + " runs over " + item->name()));
                }
            }
        }
        QVERIFY(routed > 0);
    }

    void timelineSlices()
    {
        const auto diagrams = catalog().state().diagrams();
        const auto timeline = std::find_if(diagrams.begin(), diagrams.end(), [](const Diagram &d) { return d.kind == DiagramKind::Timeline; });
        QVERIFY(timeline != diagrams.end());
        const QUuid id = timeline->id;
        m_window->workspace()->openDiagram(id);
        QCOMPARE(scene()->diagram(), id);
        const QList<QUuid> steps{find("Collaboration/StartConversation")->id, find("Collaboration/ConversationStarted")->id};
        const QList<DiagramSlice> shipped = catalog().state().diagram(id)->slices;   // the sample's own
        scene()->selectElements(steps);
        scene()->addSliceOverSelection("Start a conversation");
        QList<DiagramSlice> slices = catalog().state().diagram(id)->slices;
        QCOMPARE(slices.size(), shipped.size() + 1);
        const auto added = std::find_if(slices.begin(), slices.end(), [](const DiagramSlice &s) { return s.name == "Start a conversation"; });
        QVERIFY(added != slices.end());
        for (const QUuid &step : steps) {
            const double x = scene()->itemFor(step)->sceneRectangle().center().x();
            QVERIFY(added->left < x && x < added->right);
        }
        undo();
        QCOMPARE(catalog().state().diagram(id)->slices, shipped);
        redo();
        QCOMPARE(catalog().state().diagram(id)->slices, slices);
        // Kept in the file.
        auto reopened = Catalog::open(catalog().location());
        QVERIFY(reopened);
        QCOMPARE((*reopened)->state().diagram(id)->slices, slices);
        reopened->reset();
        scene()->selectElements({steps.first()});
        scene()->removeSlicesUnderSelection();
        QCOMPARE(catalog().state().diagram(id)->slices, shipped);
    }

    // The paths Graphviz gave the relations are kept with the diagram: the reopened file draws
    // them the same; undo takes them back with the places.
    void layoutPathsAreKeptWithTheDiagram()
    {
        const auto diagrams = catalog().state().diagrams();
        const QUuid board = std::find_if(diagrams.begin(), diagrams.end(), [](const Diagram &d) {
                                return d.name.startsWith("Event Storming");
                            })->id;
        m_window->workspace()->openDiagram(board);
        const auto routesBefore = catalog().state().diagram(board)->routes;
        QSignalSpy done(m_window->workspace(), &mesh::app::DiagramWorkspace::layoutFinished);
        m_window->workspace()->layoutCurrent();
        QVERIFY(done.wait(20000));
        QHash<QUuid, QPainterPath> routed;
        for (const mesh::canvas::RelationItem *relation : scene()->relationItems()) {
            if (relation->isRouted())
                routed.insert(relation->relation(), relation->path());
        }
        QVERIFY2(routed.size() >= 3, qPrintable(QString::number(routed.size())));
        QCOMPARE(catalog().state().diagram(board)->routes.size(), routed.size());

        auto reopened = Catalog::open(catalog().location());
        QVERIFY(reopened);
        {
            DiagramScene again(reopened->get(), board);
            for (auto it = routed.begin(); it != routed.end(); ++it) {
                const mesh::canvas::RelationItem *relation = again.itemForRelation(it.key());
                QVERIFY(relation && relation->isRouted());
                QCOMPARE(relation->path(), it.value());
            }
        }
        reopened->reset();
        undo();
        QCOMPARE(catalog().state().diagram(board)->routes, routesBefore);
    }

    // Events first: stickies go up before anyone knows the contexts, then a context frame
    // drawn around them (or a drop into one) assigns them, one undo step each.
    void eventsFirstThenTheirContexts()
    {
        m_window->workspace()->createDiagram(DiagramKind::Board, "Storming");
        view()->zoomTo100();
        view()->centerOn(0, 0);
        place(ElementKind::Event, "PaymentTaken", QPointF(-100, 0));
        place(ElementKind::Event, "RefundIssued", QPointF(100, 0));
        const Element *payment = find("PaymentTaken");
        const Element *refund = find("RefundIssued");
        QVERIFY(payment && refund);
        QVERIFY(payment->context.isNull());
        QCOMPARE(payment->lifecycle, Lifecycle::Draft);
        QCOMPARE(scene()->itemFor(payment->id)->sceneRectangle().center(), QPointF(-100, 0));
        const QUuid paymentId = payment->id, refundId = refund->id;

        // Listed under "No context yet", with a finding that asks for one.
        const QList<QTreeWidgetItem *> waiting = m_window->catalogTree()->treeWidget()->findItems("No context yet", Qt::MatchExactly);
        QCOMPARE(waiting.size(), 1);
        QStringList listed;   // the leaves under the node: kind groups hold the elements
        for (int group = 0; group < waiting.first()->childCount(); ++group) {
            for (int i = 0; i < waiting.first()->child(group)->childCount(); ++i)
                listed.append(waiting.first()->child(group)->child(i)->text(0));
        }
        QVERIFY2(listed.contains("PaymentTaken") && listed.contains("RefundIssued"), qPrintable(listed.join(", ")));
        int asking = 0;
        for (const Finding &finding : GovernanceChecker::checkAll(catalog().state()))
            asking += finding.ruleId == "model.context-required" && (finding.element == paymentId || finding.element == refundId);
        QCOMPARE(asking, 2);

        // Select both, put a context down: it is drawn around them and takes them in.
        const int steps = m_window->undoStack()->count();
        scene()->selectElements({paymentId, refundId});
        place(ElementKind::BoundedContext, "Payments", QPointF(0, 300));
        const Element *payments = find("Payments");
        QVERIFY(payments);
        QCOMPARE(catalog().state().element(paymentId)->context, payments->id);
        QCOMPARE(catalog().state().element(refundId)->context, payments->id);
        const QRectF frame = scene()->itemFor(payments->id)->sceneRectangle();
        QVERIFY(frame.contains(QPointF(-100, 0)) && frame.contains(QPointF(100, 0)));
        QCOMPARE(m_window->undoStack()->count(), steps + 1);
        QVERIFY(m_window->catalogTree()->treeWidget()->findItems("No context yet", Qt::MatchExactly).isEmpty());
        undo();
        QVERIFY(!find("Payments"));
        QVERIFY(catalog().state().element(paymentId)->context.isNull());
        QVERIFY(catalog().state().element(refundId)->context.isNull());
        redo();
        QCOMPARE(catalog().state().element(paymentId)->context, find("Payments")->id);
        QCOMPARE(catalog().state().element(refundId)->context, find("Payments")->id);

        // A draft dropped into the frame joins it; one grown over another takes it in.
        place(ElementKind::Event, "ChargebackOpened", QPointF(600, 0));
        const QUuid chargeback = find("ChargebackOpened")->id;
        view()->setSelectTool();
        scene()->clearSelection();
        drag(at(QPointF(600, 0)), at(QPointF(0, 40)));
        QCOMPARE(catalog().state().element(chargeback)->context, find("Payments")->id);
        place(ElementKind::Command, "TakePayment", QPointF(frame.right() + 120, frame.center().y()));
        const QUuid command = find("TakePayment")->id;
        QVERIFY(catalog().state().element(command)->context.isNull());
        scene()->resizeFrame(find("Payments")->id, frame.size() + QSizeF(300, 0));
        QCOMPARE(catalog().state().element(command)->context, find("Payments")->id);
        undo();
        QVERIFY(catalog().state().element(command)->context.isNull());
    }

    void zoomAndLevelOfDetail()
    {
        view()->zoomTo100();
        QCOMPARE(view()->zoom(), 1.0);
        auto *zoomLevel = m_window->findChild<QLabel *>("zoomLevel");
        QVERIFY(zoomLevel && zoomLevel->isVisible());
        QCOMPARE(zoomLevel->text(), QStringLiteral("100 %"));
        view()->zoomIn();
        QVERIFY(view()->zoom() > 1.0);
        QCOMPARE(zoomLevel->text(), QStringLiteral("125 %"));
        view()->zoomToFit();
        QVERIFY(view()->zoom() <= 1.0);
        QWheelEvent wheel(QPointF(100, 100), view()->viewport()->mapToGlobal(QPoint(100, 100)), QPoint(), QPoint(0, -240), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        const double before = view()->zoom();
        QApplication::sendEvent(view()->viewport(), &wheel);
        QVERIFY(view()->zoom() < before);
        if (const QString shots = qEnvironmentVariable("MESH_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QVERIFY(m_window->openCatalog(m_dir.filePath("canvas.meshcat")));
            const QUuid board = std::find_if(catalog().state().diagrams().begin(), catalog().state().diagrams().end(), [](const Diagram &d) {
                                    return d.name.startsWith("Event Storming");
                                })->id;
            m_window->workspace()->openDiagram(board);
            m_window->workspace()->layoutCurrent();
            QSignalSpy done(m_window->workspace(), &mesh::app::DiagramWorkspace::layoutFinished);
            QVERIFY(done.wait(20000));
            // The picture for the README: the canvas large enough to read.
            for (const char *dock : {"historyDock", "findingsDock", "presenceDock", "meshAnalysisDock", "reviewDock", "propertiesDock", "schemaDock"})
                m_window->findChild<QDockWidget *>(dock)->hide();
            m_window->resize(1600, 1000);
            QTest::qWait(50);
            view()->zoomTo100();
            view()->zoomOut();
            view()->zoomOut();
            view()->centerOn(scene()->contentRect().center());
            QTest::qWait(50);
            QVERIFY(m_window->grab().save(shots + "/canvas.png"));
        }
    }
};

QTEST_MAIN(TestDiagramCanvas)
#include "tst_diagramcanvas.moc"
