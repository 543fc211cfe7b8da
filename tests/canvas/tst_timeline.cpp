// Event Modeling timelines in the studio's own window: the lanes and slices as the view
// draws them (grabbed from the view widget, not rendered from the scene), stickies kept in
// their lanes, and elements created on a timeline going into the lane and context under
// the cursor.

#include "app/samplecatalog.h"
#include "app/studio/diagramworkspace.h"
#include "app/studio/fieldlineagebox.h"
#include "app/studio/mainwindow.h"
#include "app/studio/propertiespanel.h"
#include "app/studio/slicepanel.h"
#include "canvas/diagramscene.h"
#include "canvas/diagramview.h"
#include "canvas/elementitem.h"
#include "canvas/layout/graphvizlayout.h"
#include "catalog/catalog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QImage>
#include <QLineEdit>
#include <QMouseEvent>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace mesh::catalog;
using mesh::app::MainWindow;
using mesh::canvas::DiagramScene;
using mesh::canvas::DiagramView;
using mesh::canvas::ElementItem;

class TestTimeline : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    Catalog &catalog() { return *m_window->catalog(); }
    DiagramView *view() { return m_window->workspace()->currentView(); }
    DiagramScene *scene() { return view()->diagramScene(); }

    const Element *find(const QString &path)
    {
        const CatalogState &state = catalog().state();
        for (const Element &element : state.elements()) {
            if (state.pathOf(element.id) == path)
                return &element;
        }
        return nullptr;
    }

    // The colour the view shows at a scene point, read from the widget's own pixels.
    QColor shownAt(const QPointF &scenePoint)
    {
        const QImage pixels = view()->viewport()->grab().toImage();
        const QPoint at = view()->mapFromScene(scenePoint);

        if (!pixels.rect().contains(at))
            return {};
        return pixels.pixelColor(at);
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

    // The place tool, a click, the name typed, Enter: the new element's id.
    QUuid create(ElementKind kind, const QString &name, const QPointF &scenePoint)
    {
        view()->setPlaceTool(kind);
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, view()->mapFromScene(scenePoint));
        QLineEdit *editor = view()->nameEditor();
        if (!editor)
            return {};
        QTest::keyClicks(editor, name);
        QTest::keyClick(editor, Qt::Key_Return);
        for (const Element &element : catalog().state().elements()) {
            if (element.name == name)
                return element.id;
        }
        return {};
    }

    // Every sticky inside the band of the lane its kind and context give it, none over another.
    void checkStickiesInTheirLanes()
    {
        const auto &lanes = scene()->timelineArrangement().lanes;
        const QList<ElementItem *> items = scene()->elementItems();
        for (const ElementItem *item : items) {
            const Element *element = catalog().state().element(item->element());
            QVERIFY(element);
            const QString laneName = scene()->laneFor(*element);
            const auto lane = std::find_if(lanes.begin(), lanes.end(), [&](const auto &l) { return l.name == laneName; });
            QVERIFY2(lane != lanes.end(), qPrintable(laneName));
            const QRectF box = item->sceneRectangle();
            QVERIFY2(box.top() >= lane->top && box.bottom() <= lane->bottom(),
                     qPrintable(QStringLiteral("%1 (%2–%3) outside %4 (%5–%6)")
                                    .arg(element->name).arg(box.top()).arg(box.bottom()).arg(laneName).arg(lane->top).arg(lane->bottom())));
            for (const ElementItem *other : items) {
                if (other != item)
                    QVERIFY2(!box.intersects(other->sceneRectangle()), qPrintable(element->name + " covers " + other->name()));
            }
        }
        for (qsizetype i = 1; i < lanes.size(); ++i)
            QCOMPARE(lanes[i].top, lanes[i - 1].bottom());   // bands touch, never overlap
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("MeshStudioTests");
        QCoreApplication::setApplicationName("tst_timeline");
        auto sample = mesh::app::SampleCatalog::create(m_dir.filePath("timeline.meshcat"));
        QVERIFY(sample.isOk());
        sample->reset();
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openCatalog(m_dir.filePath("timeline.meshcat")));
    }

    // Each test on the sample's timeline as it ships, at 100 %, its start in view.
    void init()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        const auto diagrams = catalog().state().diagrams();
        const auto timeline = std::find_if(diagrams.begin(), diagrams.end(), [](const Diagram &d) { return d.kind == DiagramKind::Timeline; });
        QVERIFY(timeline != diagrams.end());
        m_window->workspace()->openDiagram(timeline->id);
        QCOMPARE(scene()->diagramKind(), DiagramKind::Timeline);
        view()->zoomTo100();
        // The lanes' names at the view's left, some canvas above them.
        const QSize shown = view()->viewport()->size();
        view()->centerOn(scene()->timelineBounds().topLeft() + QPointF(shown.width() / 2.0 - 10, shown.height() / 2.0 - 80));
        QApplication::processEvents();
    }

    void cleanupTestCase() { m_window.reset(); }

    // A value typed into a steps table's row: the element chosen, the field and value typed.
    void fillRow(QTableWidget *table, int row, const QString &element, const QString &field, const QString &value)
    {
        auto *elements = qobject_cast<QComboBox *>(table->cellWidget(row, 0));
        auto *fields = qobject_cast<QComboBox *>(table->cellWidget(row, 1));
        QVERIFY(elements && fields);
        const int index = elements->findData(find(element)->id);
        QVERIFY2(index >= 0, qPrintable(element));
        elements->setCurrentIndex(index);
        Q_EMIT elements->activated(index);
        fields->setFocus();
        fields->lineEdit()->selectAll();
        QTest::keyClicks(fields->lineEdit(), field);
        QTest::keyClick(fields->lineEdit(), Qt::Key_Return);
        table->item(row, 2)->setText(value);
    }

    // The lanes as Event Modeling orders them, each band in the view's pixels in its shade
    // (left of the first sticky, where nothing else is drawn).
    void lanesAreDrawnInTheView()
    {
        const QStringList expected{"Triggers and actors", "Commands and read models", "Events · Collaboration", "Events · Compliance"};
        QCOMPARE(scene()->lanes(), expected);
        const auto &lanes = scene()->timelineArrangement().lanes;
        QCOMPARE(lanes.size(), expected.size());
        double firstSticky = 1e9;
        for (const ElementItem *item : scene()->elementItems())
            firstSticky = std::min(firstSticky, item->sceneRectangle().left());
        for (int i = 0; i < lanes.size(); ++i) {
            const QPointF inBand(firstSticky - 12, lanes[i].top + 6);
            QCOMPARE(shownAt(inBand), DiagramScene::laneShade(i));
        }
        // Above the lanes, the canvas's own colour.
        QCOMPARE(shownAt(QPointF(firstSticky - 12, lanes.first().top - 60)), QColor(0xfa, 0xfa, 0xfa));
    }

    void stickiesStayInsideTheirLanes()
    {
        checkStickiesInTheirLanes();
        // A sticky dragged down into another lane stays in its own (and nothing is recorded
        // when its moment did not change).
        ElementItem *command = scene()->itemFor(find("Compliance/DefineControlRule")->id);
        const QPointF before = command->pos();
        const int revision = int(catalog().revision());
        const QPoint grip = view()->mapFromScene(command->sceneRectangle().center());
        drag(grip, grip + QPoint(0, 180));
        QCOMPARE(command->pos(), before);
        QCOMPARE(int(catalog().revision()), revision);
        // Dragged along in time, it moves in time and stays in its lane; the file keeps where it is drawn.
        drag(grip, grip + QPoint(-70, 150));
        QCOMPARE(command->pos(), before - QPointF(70, 0));
        QCOMPARE(catalog().state().placement(scene()->diagram(), command->element())->geometry.topLeft(), command->pos());
        checkStickiesInTheirLanes();
        m_window->undoStack()->undo();
        QCOMPARE(command->pos(), before);
    }

    // Created on the timeline, an element goes to its kind's lane; an event put down in a
    // context's lane belongs to that context.
    void createdWhereTheCursorIs()
    {
        const auto &lanes = scene()->timelineArrangement().lanes;
        const double later = scene()->timelineBounds().right();
        const QUuid audited = create(ElementKind::Event, "RuleAudited", QPointF(later - 100, (lanes[3].top + lanes[3].bottom()) / 2));
        QVERIFY(!audited.isNull());
        QCOMPARE(catalog().state().element(audited)->context, find("Compliance")->id);
        const QUuid joined = create(ElementKind::Event, "MemberJoined", QPointF(later - 100, (lanes[2].top + lanes[2].bottom()) / 2));
        QCOMPARE(catalog().state().element(joined)->context, find("Collaboration")->id);
        // An actor put down among the events goes up to the people's lane.
        const QUuid auditor = create(ElementKind::Actor, "Auditor", QPointF(later - 100, (lanes[3].top + lanes[3].bottom()) / 2));
        QVERIFY(!auditor.isNull());
        QCOMPARE(scene()->laneFor(*catalog().state().element(auditor)), QStringLiteral("Triggers and actors"));
        // A command put down in Compliance's events lane goes to the commands lane, into Compliance.
        const QUuid auditRule = create(ElementKind::Command, "AuditRule", QPointF(later - 300, (lanes[3].top + lanes[3].bottom()) / 2));
        QVERIFY(!auditRule.isNull());
        QCOMPARE(scene()->laneFor(*catalog().state().element(auditRule)), QStringLiteral("Commands and read models"));
        QCOMPARE(catalog().state().element(auditRule)->context, find("Compliance")->id);
        const QRectF placed = scene()->itemFor(auditRule)->sceneRectangle();
        QVERIFY(placed.top() >= scene()->timelineArrangement().lanes[1].top && placed.bottom() <= scene()->timelineArrangement().lanes[1].bottom());
        checkStickiesInTheirLanes();
        // Two stickies at the same moment of one lane take two rows, the lane grows to hold them.
        const double before = scene()->timelineArrangement().lanes[3].height;
        const QRectF audit = scene()->itemFor(audited)->sceneRectangle();
        QVERIFY(!create(ElementKind::Event, "RuleAuditFailed", audit.center() + QPointF(10, 0)).isNull());
        checkStickiesInTheirLanes();
        QVERIFY(scene()->timelineArrangement().lanes[3].height > before);
        for (int i = 0; i < 5; ++i)
            m_window->undoStack()->undo();
        QVERIFY(!catalog().state().element(joined));
        m_window->undoStack()->undo();
        QVERIFY(!catalog().state().element(audited));
    }

    // Auto-layout orders the story in time and leaves every sticky in its lane: in the
    // picture's preview (the catalog unchanged) and once applied.
    void layoutKeepsTheLanes()
    {
        // Two events at one moment: their lane has two rows until the layout spreads them.
        Placement added = *catalog().state().placement(scene()->diagram(), find("Collaboration/ParticipantAdded")->id);
        added.geometry.moveLeft(catalog().state().placement(scene()->diagram(), find("Collaboration/ParticipantRemoved")->id)->geometry.left());
        const auto together = catalog().apply({MovePlacement{added}});
        QVERIFY(together);
        const double twoRows = scene()->timelineArrangement().lanes[2].height;
        const auto result = mesh::layout::GraphvizLayout::run(scene()->layoutGraph(), scene()->layoutEngine(false), nullptr, nullptr);
        QVERIFY(result);
        const Batch batch = scene()->layoutBatch(scene()->layoutGraph(), *result);
        QVERIFY(!batch.isEmpty());
        const int revision = int(catalog().revision());
        scene()->preview(batch);
        checkStickiesInTheirLanes();
        QCOMPARE(int(catalog().revision()), revision);
        QVERIFY(catalog().apply(batch));
        checkStickiesInTheirLanes();
        for (const ElementItem *item : scene()->elementItems())
            QCOMPARE(catalog().state().placement(scene()->diagram(), item->element())->geometry.topLeft(), item->pos());
        QVERIFY(scene()->timelineArrangement().lanes[2].height < twoRows);
    }

    // The Slices panel: a slice made over a command and its event is a state change; its
    // scenario is written in the panel, with the fields offered from the schemas, each edit
    // one change (undone, kept in the file).
    void scenariosWrittenInTheSlicePanel()
    {
        const QUuid command = find("Compliance/DefineControlRule")->id, event = find("Compliance/ControlRuleChanged")->id;
        const QUuid diagram = scene()->diagram();
        const qsizetype shipped = catalog().state().diagram(diagram)->slices.size();   // the sample's own
        scene()->selectElements({command, event});
        scene()->addSliceOverSelection("Define a rule");
        QCOMPARE(catalog().state().diagram(diagram)->slices.size(), shipped + 1);
        QCOMPARE(catalog().state().diagram(diagram)->slices.value(0).name, QStringLiteral("Define a rule"));   // the leftmost
        QCOMPARE(catalog().state().diagram(diagram)->slices.value(0).kind, SliceKind::StateChange);
        mesh::app::SlicePanel *panel = m_window->slicePanel();
        panel->showSliceOf({command});
        QCOMPARE(panel->sliceName()->text(), QStringLiteral("Define a rule"));
        QCOMPARE(panel->sliceKind()->currentData().toString(), QStringLiteral("state-change"));
        QTest::mouseClick(panel->addScenarioButton(), Qt::LeftButton);
        QCOMPARE(catalog().state().diagram(diagram)->slices[0].scenarios.size(), 1);
        QCOMPARE(panel->currentScenario(), 0);
        panel->scenarioName()->setFocus();
        panel->scenarioName()->selectAll();
        QTest::keyClicks(panel->scenarioName(), "A rule denies a firm");
        QTest::keyClick(panel->scenarioName(), Qt::Key_Return);
        QCOMPARE(catalog().state().diagram(diagram)->slices[0].scenarios[0].name, QStringLiteral("A rule denies a firm"));

        QTest::mouseClick(panel->findChild<QPushButton *>("whenStepsAdd"), Qt::LeftButton);
        QCOMPARE(panel->whenTable()->rowCount(), 1);
        fillRow(panel->whenTable(), 0, "Compliance/DefineControlRule", "rule_id", "r-1");
        // The fields offered are the command's, from its .proto.
        auto *fields = qobject_cast<QComboBox *>(panel->whenTable()->cellWidget(0, 1));
        QStringList offered;
        for (int i = 0; i < fields->count(); ++i)
            offered.append(fields->itemText(i));
        QCOMPARE(offered, QStringList({"rule_id", "firm_id", "effect", "applies_to"}));
        QTest::mouseClick(panel->findChild<QPushButton *>("thenStepsAdd"), Qt::LeftButton);
        fillRow(panel->thenTable(), 0, "Compliance/ControlRuleChanged", "rule_id", "r-1");
        QTest::mouseClick(panel->findChild<QPushButton *>("thenStepsAdd"), Qt::LeftButton);
        fillRow(panel->thenTable(), 1, "Compliance/ControlRuleChanged", "removed", "false");

        const Scenario written = catalog().state().diagram(diagram)->slices[0].scenarios[0];
        QVERIFY(written.when);
        QCOMPARE(written.when->element, command);
        QCOMPARE(written.when->values, QJsonObject({{"rule_id", "r-1"}}));
        QCOMPARE(written.then.size(), 1);   // two rows of one event: one step with two values
        QCOMPARE(written.then[0].element, event);
        QCOMPARE(written.then[0].values, QJsonObject({{"rule_id", "r-1"}, {"removed", false}}));
        auto reopened = Catalog::open(catalog().location());
        QVERIFY(reopened);
        QCOMPARE((*reopened)->state().diagram(diagram)->slices, catalog().state().diagram(diagram)->slices);
        reopened->reset();
        // Each edit was one step back.
        m_window->undoStack()->undo();
        QCOMPARE(catalog().state().diagram(diagram)->slices[0].scenarios[0].then[0].values, QJsonObject({{"rule_id", "r-1"}}));
        QCOMPARE(panel->thenTable()->rowCount(), 1);
        while (catalog().state().diagram(diagram)->slices.size() > shipped && m_window->undoStack()->canUndo())
            m_window->undoStack()->undo();
        QCOMPARE(catalog().state().diagram(diagram)->slices.size(), shipped);
    }

    // The properties of an event follow one of its fields: from the command, into the read model.
    void lineageInTheProperties()
    {
        mesh::app::PropertiesPanel *properties = m_window->propertiesPanel();
        properties->showElement(find("Collaboration/ParticipantAdded")->id);
        mesh::app::FieldLineageBox *lineage = properties->lineage();
        QVERIFY(lineage->isVisibleTo(properties));
        QVERIFY(lineage->fields()->findText("participantId") >= 0);
        lineage->fields()->setCurrentIndex(lineage->fields()->findText("participantId"));
        const QString text = lineage->lineage()->text();
        QVERIFY2(text.contains("Collaboration/AddParticipant · <b>participantId</b>"), qPrintable(text));
        // A command's field only goes somewhere.
        properties->showElement(find("Collaboration/AddParticipant")->id);
        lineage->fields()->setCurrentIndex(lineage->fields()->findText("participantId"));
        QVERIFY2(lineage->lineage()->text().contains("Collaboration/ParticipantAdded · <b>participantId</b>"), qPrintable(lineage->lineage()->text()));
        QVERIFY(!lineage->lineage()->text().contains("Comes from"));
    }

    // A slice named over a selection is a column the view draws across the lanes.
    void slicesAreColumnsInTheView()
    {
        const auto &lanes = scene()->timelineArrangement().lanes;
        const QList<QUuid> steps{find("Compliance/DefineControlRule")->id, find("Compliance/ControlRuleChanged")->id};
        const QRectF step = scene()->itemFor(steps.first())->sceneRectangle();
        const QPointF belowTheCommand(step.center().x(), step.bottom() + 8);
        const QColor plain = shownAt(belowTheCommand);
        QCOMPARE(plain, DiagramScene::laneShade(1));
        const qsizetype shipped = catalog().state().diagram(scene()->diagram())->slices.size();
        scene()->selectElements(steps);
        scene()->addSliceOverSelection("Define a control rule");
        QCOMPARE(catalog().state().diagram(scene()->diagram())->slices.size(), shipped + 1);
        QApplication::processEvents();
        const QColor sliced = shownAt(belowTheCommand);
        QVERIFY2(sliced != plain && sliced.blue() > sliced.red(), qPrintable(sliced.name()));
        // Its name above the lanes, in the view too: dark pixels in the title's row.
        const QImage pixels = view()->viewport()->grab().toImage();
        const QPoint titleLeft = view()->mapFromScene(QPointF(step.left() - 10, lanes.first().top - 18));
        int dark = 0;
        for (int x = titleLeft.x(); x < titleLeft.x() + int(step.width()) + 20; ++x) {
            for (int y = titleLeft.y() - 8; y <= titleLeft.y() + 8; ++y)
                dark += pixels.rect().contains(x, y) && pixels.pixelColor(x, y).lightness() < 128;
        }
        QVERIFY2(dark > 20, qPrintable(QString::number(dark)));
        m_window->undoStack()->undo();
        QCOMPARE(catalog().state().diagram(scene()->diagram())->slices.size(), shipped);
    }
};

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"
