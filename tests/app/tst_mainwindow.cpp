// The studio window driven offscreen as a user would: pick an element in the tree, edit
// its name and metadata in the properties panel, undo and redo with the keyboard; the
// tree, the history and the status bar follow, and every edit is a change in the catalog.

#include "app/samplecatalog.h"
#include "app/studio/catalogtree.h"
#include "app/studio/findingspanel.h"
#include "app/studio/meshanalysispanel.h"
#include "app/studio/rulesettingsdialog.h"
#include "app/studio/historypanel.h"
#include "app/studio/mainwindow.h"
#include "tests/app/samplestudio.h"
#include "app/studio/propertiespanel.h"
#include "app/studio/reviewpanel.h"
#include "app/studio/codeeditor.h"
#include "app/studio/exportdialog.h"
#include "app/studio/schemaeditorpanel.h"
#include "app/studio/schemafieldtable.h"
#include "app/studio/workshoppanel.h"
#include "catalog/catalog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QTableWidget>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace mesh::catalog;
using mesh::app::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    QTreeWidgetItem *treeItem(const QString &text)
    {
        QTreeWidget *tree = m_window->catalogTree()->treeWidget();
        const auto found = tree->findItems(text, Qt::MatchExactly | Qt::MatchRecursive);
        return found.isEmpty() ? nullptr : found.first();
    }

    void clickTreeItem(const QString &text)
    {
        QTreeWidget *tree = m_window->catalogTree()->treeWidget();
        QTreeWidgetItem *item = treeItem(text);
        QVERIFY2(item, qPrintable(text));
        for (QTreeWidgetItem *parent = item->parent(); parent; parent = parent->parent())
            parent->setExpanded(true);
        tree->scrollToItem(item);
        const QRect rect = tree->visualItemRect(item);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(tree->currentItem(), item);
    }

    // Answers the sign-off confirmation that the next click opens: Sign Off, or Cancel.
    void answerSignOff(bool signOff, const QString &counts)
    {
        QTimer::singleShot(0, this, [signOff, counts] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY2(box && box->objectName() == QLatin1String("signOffConfirmation"), "no sign-off confirmation");
            QVERIFY2(box->text().contains(counts), qPrintable(box->text()));
            for (QAbstractButton *choice : box->buttons()) {
                if (box->buttonRole(choice) == (signOff ? QMessageBox::AcceptRole : QMessageBox::RejectRole))
                    choice->click();
            }
        });
    }

    void typeInto(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }

    const Element *findEvent(const QString &context, const QString &name)
    {
        const CatalogState &state = m_window->catalog()->state();
        const Element *owner = state.findElement({}, ElementKind::BoundedContext, context);
        return owner ? state.findElement(owner->id, ElementKind::Event, name) : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_window = mesh::testing::openSampleStudio(m_dir.filePath("studio.meshcat"), "tst_mainwindow");
        QVERIFY(m_window);
    }

    void cleanupTestCase()
    {
        m_window.reset();
    }

    // The workshop timer counts down from the minutes set, pauses, resumes and resets.
    void workshopTimerCountsDown()
    {
        mesh::app::WorkshopPanel *workshop = m_window->workshopPanel();
        auto *clock = workshop->findChild<QLabel *>("timerClock");
        auto *start = workshop->findChild<QPushButton *>("timerStart");
        workshop->findChild<QSpinBox *>("timerMinutes")->setValue(2);
        QCOMPARE(clock->text(), QStringLiteral("02:00"));
        start->click();
        QVERIFY(workshop->isTimerRunning());
        QTRY_COMPARE_WITH_TIMEOUT(clock->text(), QStringLiteral("01:59"), 3000);
        start->click();   // pause
        QVERIFY(!workshop->isTimerRunning());
        const QString paused = clock->text();
        QTest::qWait(1200);
        QCOMPARE(clock->text(), paused);
        QCOMPARE(start->text(), QStringLiteral("Resume"));
        workshop->findChild<QPushButton *>("timerReset")->click();
        QCOMPARE(clock->text(), QStringLiteral("02:00"));
        QCOMPARE(start->text(), QStringLiteral("Start"));
    }

    void treeShowsContextsAndKinds()
    {
        QVERIFY(treeItem("Identity"));
        QVERIFY(treeItem("Collaboration"));
        QVERIFY(treeItem("Compliance"));
        QVERIFY(treeItem("ProfilePublished"));
        QVERIFY(treeItem("Events (2)"));
        QVERIFY(m_window->windowTitle().contains("studio"));
    }

    void editNameUndoRedo()
    {
        clickTreeItem("ProfilePublished");
        QCOMPARE(m_window->propertiesPanel()->element(), findEvent("Identity", "ProfilePublished")->id);
        auto *name = m_window->propertiesPanel()->findChild<QLineEdit *>("name");
        QVERIFY(name);
        QCOMPARE(name->text(), QStringLiteral("ProfilePublished"));
        const qint64 revision = m_window->catalog()->revision();
        QSignalSpy applied(m_window->catalog(), &Catalog::changesApplied);

        typeInto(name, "PublicProfilePublished");
        QCOMPARE(applied.size(), 1);
        QVERIFY(findEvent("Identity", "PublicProfilePublished"));
        QVERIFY(!findEvent("Identity", "ProfilePublished"));
        QCOMPARE(m_window->catalog()->revision(), revision + 1);
        QVERIFY(treeItem("PublicProfilePublished"));
        QVERIFY(!treeItem("ProfilePublished"));
        QCOMPARE(m_window->undoStack()->count(), 1);
        QVERIFY(m_window->statusBar()->findChildren<QLabel *>().size() > 0);
        QTreeWidget *history = m_window->historyPanel()->treeWidget();
        QVERIFY(history->topLevelItem(0)->text(3).contains("update Identity/ProfilePublished (name)"));

        // Ctrl+Z, from the keyboard, undoes it; the tree follows.
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_Z));
        QVERIFY(findEvent("Identity", "ProfilePublished"));
        QVERIFY(treeItem("ProfilePublished"));
        QVERIFY(!treeItem("PublicProfilePublished"));
        QCOMPARE(name->text(), QStringLiteral("ProfilePublished"));
        QCOMPARE(m_window->catalog()->revision(), revision + 2); // undo is a compensating change
        QVERIFY(history->topLevelItem(0)->text(3).contains("update Identity/PublicProfilePublished (name)"));

        // Ctrl+Shift+Z redoes it.
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
        QVERIFY(findEvent("Identity", "PublicProfilePublished"));
        QVERIFY(treeItem("PublicProfilePublished"));
        QCOMPARE(m_window->catalog()->revision(), revision + 3);
        // The selection stayed on the element through all of it.
        QCOMPARE(m_window->catalogTree()->selectedElement(), findEvent("Identity", "PublicProfilePublished")->id);
    }

    void refusedEditSnapsBack()
    {
        clickTreeItem("ProfileUpdated");
        auto *name = m_window->propertiesPanel()->findChild<QLineEdit *>("name");
        const int steps = m_window->undoStack()->count();
        const qint64 revision = m_window->catalog()->revision();
        typeInto(name, "PublicProfilePublished"); // taken by the other event
        QCOMPARE(m_window->catalog()->revision(), revision);
        QCOMPARE(m_window->undoStack()->count(), steps);
        QCOMPARE(name->text(), QStringLiteral("ProfileUpdated"));
        QVERIFY2(m_window->statusBar()->currentMessage().contains("already exists"), qPrintable(m_window->statusBar()->currentMessage()));
    }

    void editTypedMetadata()
    {
        clickTreeItem("ProfileService");
        auto *uptime = m_window->propertiesPanel()->findChild<QLineEdit *>("uptimeSloPercent");
        QVERIFY(uptime);
        QCOMPARE(uptime->text(), QStringLiteral("99.95"));
        typeInto(uptime, "99.5");
        const Element *service = m_window->catalog()->state().element(m_window->propertiesPanel()->element());
        QCOMPARE(service->attributes.value("uptimeSloPercent").toDouble(), 99.5);

        typeInto(uptime, "101");
        QCOMPARE(service->attributes.value("uptimeSloPercent").toDouble(), 99.5);
        QCOMPARE(uptime->text(), QStringLiteral("99.5"));
        QVERIFY(m_window->statusBar()->currentMessage().contains("uptimeSloPercent"));

        typeInto(uptime, "lots");
        QVERIFY(m_window->statusBar()->currentMessage().contains("not a number"));
        QCOMPARE(uptime->text(), QStringLiteral("99.5"));

        auto *lifecycle = m_window->propertiesPanel()->findChild<QComboBox *>("lifecycle");
        QVERIFY(lifecycle);
        lifecycle->setFocus();
        QTest::keyClick(lifecycle, Qt::Key_Down); // approved → deprecated
        QCOMPARE(m_window->catalog()->state().element(service->id)->lifecycle, Lifecycle::Deprecated);
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_Z));
        QCOMPARE(m_window->catalog()->state().element(service->id)->lifecycle, Lifecycle::Approved);
        QCOMPARE(lifecycle->currentData().toString(), QStringLiteral("approved"));
    }

    // Approving an element with errors is the rules' refusal: a message naming the findings,
    // never the "Changed by someone else" dialog that would offer to force it through.
    void approvalWithErrorsIsARefusalNotAConflict()
    {
        clickTreeItem("ProfileService");
        const QUuid service = m_window->propertiesPanel()->element();
        auto *lifecycle = m_window->propertiesPanel()->findChild<QComboBox *>("lifecycle");
        auto *owner = m_window->propertiesPanel()->findChild<QComboBox *>("owner");
        const int stepsBefore = m_window->undoStack()->index();
        const QString team = m_window->catalog()->state().element(service)->owner;
        lifecycle->setFocus();
        QTest::keyClick(lifecycle, Qt::Key_Down); // approved → deprecated
        owner->lineEdit()->setFocus();
        owner->lineEdit()->selectAll();
        QTest::keyClick(owner->lineEdit(), Qt::Key_Backspace);
        lifecycle->setFocus(); // leaving the field commits it: no owning team, an error finding
        QCOMPARE(m_window->catalog()->state().element(service)->lifecycle, Lifecycle::Deprecated);
        QVERIFY(m_window->catalog()->state().element(service)->owner.isEmpty());
        const int steps = m_window->undoStack()->count();
        const qint64 revision = m_window->catalog()->revision();

        QString title, text;
        QStringList buttons;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            title = box->windowTitle();
            text = box->text() + "\n" + box->informativeText();
            for (QAbstractButton *button : box->buttons())
                buttons.append(button->text());
            box->accept();
        });
        answer.start(20);
        lifecycle->setFocus();
        QTest::keyClick(lifecycle, Qt::Key_Up); // deprecated → approved: refused
        QTRY_VERIFY_WITH_TIMEOUT(!title.isEmpty(), 5000);
        answer.stop();
        QCOMPARE(title, QStringLiteral("Not approved"));
        QVERIFY2(text.contains("ProfileService has no owning team"), qPrintable(text));
        QVERIFY2(!buttons.contains("Keep Mine"), qPrintable(buttons.join(',')));
        QCOMPARE(m_window->catalog()->revision(), revision);
        QCOMPARE(m_window->undoStack()->count(), steps);
        QCOMPARE(m_window->catalog()->state().element(service)->lifecycle, Lifecycle::Deprecated);
        QTRY_COMPARE(lifecycle->currentData().toString(), QStringLiteral("deprecated"));

        while (m_window->undoStack()->index() > stepsBefore)
            m_window->undoStack()->undo();
        QCOMPARE(m_window->catalog()->state().element(service)->lifecycle, Lifecycle::Approved);
        QCOMPARE(m_window->catalog()->state().element(service)->owner, team);
    }

    void ownerAndTags()
    {
        clickTreeItem("ControlRuleChanged");
        auto *tags = m_window->propertiesPanel()->findChild<QLineEdit *>("tags");
        typeInto(tags, "control-rules, regulated ,  ");
        const Element *event = findEvent("Compliance", "ControlRuleChanged");
        QCOMPARE(event->tags, (QStringList{"control-rules", "regulated"}));
        auto *owner = m_window->propertiesPanel()->findChild<QComboBox *>("owner");
        QVERIFY(owner->findText("identity-team") >= 0); // teams are offered
        typeInto(owner->lineEdit(), "identity-team");
        QCOMPARE(findEvent("Compliance", "ControlRuleChanged")->owner, QStringLiteral("identity-team"));
    }

    void refusesWhatIsNotACatalogWithADialog()
    {
        QFile notes(m_dir.filePath("notes.meshcat"));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("not a catalog\n");
        notes.close();
        const QString current = m_window->catalog()->location();
        QString dialogText;
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&dialogText] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                dialogText = box->text();
                box->accept();
            }
        });
        closer.start(20);
        QVERIFY(!m_window->openCatalog(m_dir.filePath("notes.meshcat")));
        QVERIFY2(dialogText.contains("notes.meshcat") && dialogText.contains("not a Mesh Studio catalog"), qPrintable(dialogText));
        QCOMPARE(m_window->catalog()->location(), current); // the open catalog stays
        QFile reread(m_dir.filePath("notes.meshcat"));
        QVERIFY(reread.open(QIODevice::ReadOnly));
        QCOMPARE(reread.readAll(), QByteArray("not a catalog\n"));
    }

    void init()
    {
        // A dialog of an earlier test may have left another window active; shortcuts go to
        // the active window.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void findingsFollowEditsAndSelect()
    {
        QTreeWidget *findings = m_window->findingsPanel()->treeWidget();
        auto findingsOf = [findings](const QString &rule) {
            QList<QTreeWidgetItem *> items;
            for (QTreeWidgetItem *item : findings->findItems(rule, Qt::MatchExactly | Qt::MatchRecursive)) {
                for (int i = 0; i < item->childCount(); ++i)
                    items.append(item->child(i));
            }
            return items;
        };
        QCOMPARE(findingsOf("calls.cross-context").size(), 2); // the sample's synchronous calls
        QCOMPARE(m_window->findingsPanel()->count(Severity::Error), 0);

        clickTreeItem("ProfileDiscoveryService");
        auto *owner = m_window->propertiesPanel()->findChild<QComboBox *>("owner");
        owner->lineEdit()->clear();
        typeInto(owner->lineEdit(), "");
        QCOMPARE(m_window->findingsPanel()->count(Severity::Error), 1);
        const QList<QTreeWidgetItem *> missing = findingsOf("ownership.owner-required");
        QCOMPARE(missing.size(), 1);
        QCOMPARE(missing.first()->text(1), QStringLiteral("Identity/ProfileDiscoveryService"));

        // Clicking the finding selects its element.
        clickTreeItem("ControlRuleChanged");
        findings->scrollToItem(missing.first());
        QTest::mouseClick(findings->viewport(), Qt::LeftButton, {}, findings->visualItemRect(missing.first()).center());
        QCOMPARE(m_window->catalogTree()->selectedElement(), m_window->propertiesPanel()->element());
        QCOMPARE(m_window->catalog()->state().element(m_window->propertiesPanel()->element())->name, QStringLiteral("ProfileDiscoveryService"));

        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_Z));
        QCOMPARE(m_window->findingsPanel()->count(Severity::Error), 0);
        QVERIFY(findingsOf("ownership.owner-required").isEmpty());
    }

    void rulesAreEditedAsChanges()
    {
        QTimer answer;
        bool edited = false;
        connect(&answer, &QTimer::timeout, this, [&edited] {
            auto *dialog = qobject_cast<mesh::app::RuleSettingsDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            QTableWidget *table = dialog->table();
            for (int row = 0; row < table->rowCount(); ++row) {
                if (table->item(row, 0)->text() == QLatin1String("calls.cross-context"))
                    qobject_cast<QCheckBox *>(table->cellWidget(row, mesh::app::RuleSettingsDialog::EnabledColumn))->setChecked(false);
            }
            edited = true;
            dialog->accept();
        });
        answer.start(20);
        const qint64 revision = m_window->catalog()->revision();
        m_window->editRules();
        QVERIFY(edited);
        QCOMPARE(m_window->catalog()->revision(), revision + 1);
        QVERIFY(m_window->findingsPanel()->treeWidget()->findItems("calls.cross-context", Qt::MatchExactly | Qt::MatchRecursive).isEmpty());
        QVERIFY(m_window->catalog()->state().ruleSettings().contains("calls.cross-context"));
        init(); // the dialog was the active window
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_Z));
        QVERIFY(!m_window->catalog()->state().ruleSettings().contains("calls.cross-context"));
        QVERIFY(!m_window->findingsPanel()->treeWidget()->findItems("calls.cross-context", Qt::MatchExactly | Qt::MatchRecursive).isEmpty());
    }

    void meshAnalysisFollowsTheModel()
    {
        QTreeWidget *flows = m_window->meshAnalysisPanel()->treeWidget();
        QCOMPARE(flows->findItems("Flow from", Qt::MatchStartsWith).size(), 2);
        QTreeWidgetItem *discovery = flows->findItems("Flow from Identity/ProfileDiscoveryService", Qt::MatchExactly).value(0);
        QVERIFY(discovery);
        // Declaring a lower uptime on the called API lowers the flow's uptime at once.
        clickTreeItem("ControlRulesApi");
        auto *uptime = m_window->propertiesPanel()->findChild<QLineEdit *>("uptimeSloPercent");
        typeInto(uptime, "99");
        discovery = flows->findItems("Flow from Identity/ProfileDiscoveryService", Qt::MatchExactly).value(0);
        QVERIFY(discovery);
        QCOMPARE(discovery->text(1), QStringLiteral("%1 %").arg(99.9 * 0.99, 0, 'f', 3));
        // Activating a flow selects its entry service.
        flows->setCurrentItem(discovery);
        Q_EMIT flows->itemActivated(discovery, 0);
        QCOMPARE(m_window->catalog()->state().element(m_window->catalogTree()->selectedElement())->name, QStringLiteral("ProfileDiscoveryService"));
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_Z));
    }

    void reviewSessionSignOffAndRevert()
    {
        using mesh::app::ReviewPanel;
        ReviewPanel *panel = m_window->reviewPanel();
        QTreeWidget *items = panel->treeWidget();
        auto button = [panel](const char *name) { return panel->findChild<QPushButton *>(name); };
        auto pressDown = [items](int row) {
            auto *decision = qobject_cast<QComboBox *>(items->itemWidget(items->topLevelItem(row), ReviewPanel::DecisionColumn));
            QVERIFY(decision);
            decision->setFocus();
            QTest::keyClick(decision, Qt::Key_Down);
        };

        m_window->findChild<QDockWidget *>("reviewDock")->raise();
        QVERIFY(panel->isVisible());

        // The sample ships signed off by its author, so the first review holds only what the
        // tests before this one changed; "Approve All Shown" decides them in one step.
        QVERIFY(m_window->catalog()->state().baseline() > 0);
        QCOMPARE(m_window->catalog()->state().reviews().size(), 1);
        const CatalogState &state = m_window->catalog()->state();
        const Element *identity = state.findElement({}, ElementKind::BoundedContext, "Identity");
        QVERIFY(m_window->catalog()->apply(Batch{UpdateElement{identity->id, {{"description", "Edited before the review"}}}}));
        QTest::mouseClick(button("openReview"), Qt::LeftButton);
        QCOMPARE(m_window->catalog()->state().reviews().size(), 2);
        const int earlierEdits = items->topLevelItemCount();
        QVERIFY(earlierEdits >= 1 && earlierEdits < 20);
        QTest::mouseClick(button("closeReview"), Qt::LeftButton);   // undecided items: refused, no question
        QVERIFY(m_window->statusBar()->currentMessage().contains("still need a decision"));
        const int stepsBefore = m_window->undoStack()->count();
        QTest::mouseClick(button("approveShown"), Qt::LeftButton);
        QCOMPARE(m_window->undoStack()->count(), stepsBefore + 1);
        answerSignOff(true, QStringLiteral("%1 approved, 0 rejected, 0 needing work").arg(earlierEdits));
        QTest::mouseClick(button("closeReview"), Qt::LeftButton);
        QVERIFY(!m_window->catalog()->state().reviewInProgress());
        const qint64 baseline = m_window->catalog()->state().baseline();

        // An edit after the baseline is the first review's one item: commented (the thread is
        // shown under the list), rejected with the bulk button, filtered, and taken back.
        clickTreeItem("ProfileService");
        auto *uptime = m_window->propertiesPanel()->findChild<QLineEdit *>("uptimeSloPercent");
        const QString before = uptime->text();
        typeInto(uptime, "90");
        QTest::mouseClick(button("openReview"), Qt::LeftButton);
        QCOMPARE(m_window->catalog()->state().reviews().size(), 3);
        QCOMPARE(items->topLevelItemCount(), 1);
        QCOMPARE(items->topLevelItem(0)->text(ReviewPanel::WhatColumn), QStringLiteral("Identity/ProfileService"));
        QVERIFY2(items->topLevelItem(0)->text(ReviewPanel::DetailsColumn).contains(QStringLiteral("Uptime SLO: %1 → 90").arg(before)), qPrintable(items->topLevelItem(0)->text(ReviewPanel::DetailsColumn)));   // the label the properties show
        QVERIFY(!button("rejectSelected")->isEnabled());
        items->setCurrentItem(items->topLevelItem(0));
        QVERIFY(button("rejectSelected")->isEnabled());
        typeInto(panel->findChild<QLineEdit *>("reviewComment"), "90% breaks the profile SLA");
        QCOMPARE(items->topLevelItem(0)->text(ReviewPanel::CommentsColumn), QStringLiteral("1"));
        QVERIFY(panel->findChild<QPlainTextEdit *>("reviewThread")->toPlainText().contains("90% breaks the profile SLA"));
        items->setCurrentItem(items->topLevelItem(0));
        const int undoSteps = m_window->undoStack()->count();
        QTest::mouseClick(button("rejectSelected"), Qt::LeftButton);
        QCOMPARE(m_window->undoStack()->count(), undoSteps + 1);
        QCOMPARE(m_window->catalog()->state().reviewInProgress()->items.value(items->topLevelItem(0)->data(0, Qt::UserRole).toString())
                     .toObject().value("decision").toString(), QStringLiteral("reject"));
        // One History line says what the step did.
        QCOMPARE(m_window->catalog()->log()->last().summary, QStringLiteral("decide Identity/ProfileService: reject"));
        panel->setFilter({}, {}, {}, QStringLiteral("undecided"));
        QVERIFY(items->topLevelItem(0)->isHidden());
        panel->setFilter({}, QStringLiteral("Identity"), {}, QStringLiteral("reject"));
        QVERIFY(!items->topLevelItem(0)->isHidden());
        panel->setFilter({}, {}, {}, {});
        if (const QString shots = qEnvironmentVariable("MESH_SCREENSHOT_DIR"); !shots.isEmpty()) {
            m_window->statusBar()->clearMessage();
            m_window->resize(1280, 800);
            QTest::qWait(50);
            QVERIFY(m_window->grab().save(shots + "/review.png"));
        }
        QTest::mouseClick(button("revertRejected"), Qt::LeftButton);
        const Element *service = m_window->catalog()->state().element(m_window->propertiesPanel()->element());
        QCOMPARE(QString::number(service->attributes.value("uptimeSloPercent").toDouble()), before);
        QCOMPARE(uptime->text(), before);

        // The sign-off asks first; Cancel leaves the review open.
        answerSignOff(false, QStringLiteral("0 approved, 1 rejected, 0 needing work"));
        QTest::mouseClick(button("closeReview"), Qt::LeftButton);
        QVERIFY(m_window->catalog()->state().reviewInProgress());
        answerSignOff(true, QStringLiteral("0 approved, 1 rejected, 0 needing work"));
        QTest::mouseClick(button("closeReview"), Qt::LeftButton);
        QVERIFY(!m_window->catalog()->state().reviewInProgress());
        QVERIFY(m_window->catalog()->state().baseline() > baseline);
        QVERIFY(panel->findChild<QLabel *>()->text().contains("signed off"));
        QCOMPARE(m_window->catalog()->log()->last().summary.left(8), QStringLiteral("signOff "));

        // A sign-off is final: undo goes past the review's steps (saying so) to the user's
        // own last edit, here Revert Rejected, and the baseline stays.
        const qint64 signedOff = m_window->catalog()->state().baseline();
        m_window->activateWindow();   // the confirmation had the focus
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        items->setFocus();
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_Z));
        QTRY_COMPARE(uptime->text(), QStringLiteral("90"));
        QVERIFY2(m_window->statusBar()->currentMessage().contains("is closed"), qPrintable(m_window->statusBar()->currentMessage()));
        QCOMPARE(m_window->catalog()->state().baseline(), signedOff);
        QVERIFY(!m_window->catalog()->state().reviewInProgress());
        QVERIFY(!button("closeReview")->isEnabled());
    }

    // The schema editor: the latest version's text, a parse error at its line as you type,
    // the compatibility verdict against the earlier versions, Save makes the next version
    // (one undo step), and the versions before stay as they were.
    void schemaEditorChecksAsYouTypeAndSavesANewVersion()
    {
        const Element *event = findEvent("Identity", "ProfileUpdated");
        QVERIFY(event);
        const QUuid subject = event->id;
        const QList<SchemaVersion> before = m_window->catalog()->state().schemaVersions(subject);
        QCOMPARE(before.size(), 2);
        clickTreeItem("ProfileUpdated");
        m_window->findChild<QDockWidget *>("schemaDock")->raise();
        mesh::app::SchemaEditorPanel *panel = m_window->schemaEditor();
        mesh::app::CodeEditor *editor = panel->editor();
        QCOMPARE(editor->toPlainText(), before.last().text);
        QVERIFY(!editor->isReadOnly());
        QTRY_VERIFY(panel->parseStatus().contains("Parses as Avro"));

        // A stray brace: the parser's line and column, and the line marked.
        editor->setFocus();
        editor->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor, "}");
        QTRY_VERIFY2(panel->parseStatus().contains("Does not parse"), qPrintable(panel->parseStatus()));
        QVERIFY(panel->parseStatus().contains("line " + QString::number(editor->blockCount())));
        QCOMPARE(editor->errorLine(), editor->blockCount());
        auto *save = m_window->findChild<QPushButton *>("saveSchema");
        QVERIFY(!save->isEnabled());
        QTest::keyClick(editor, Qt::Key_Backspace);
        QTRY_VERIFY(panel->parseStatus().contains("Parses as Avro"));
        QCOMPARE(editor->errorLine(), 0);

        // A new required field without a default: BACKWARD says old data cannot be read.
        editor->selectAll();
        QTest::keyClicks(editor, "{\"type\": \"record\", \"name\": \"ProfileUpdated\", \"namespace\": \"com.symphony.identity\", "
                                 "\"fields\": [{\"name\": \"profileId\", \"type\": \"string\"}, {\"name\": \"region\", \"type\": \"string\"}]}");
        QTRY_VERIFY2(panel->verdict().join('\n').contains("region"), qPrintable(panel->verdict().join('\n')));
        QVERIFY(panel->verdict().first().startsWith("Against version"));
        // With a default, it is compatible, and can be saved.
        editor->moveCursor(QTextCursor::End);
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(editor, Qt::Key_Left);
        QTest::keyClicks(editor, ", \"default\": \"emea\"");
        QTRY_VERIFY2(panel->verdict().join('\n').contains("Compatible"), qPrintable(panel->verdict().join('\n') + editor->toPlainText()));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        const QList<SchemaVersion> after = m_window->catalog()->state().schemaVersions(subject);
        QCOMPARE(after.size(), 3);
        QVERIFY(after.last().text.contains("emea"));
        QCOMPARE(after.mid(0, 2), before);
        QTRY_VERIFY(!panel->hasUnsavedEdits());

        // Earlier versions are shown read-only.
        auto *versions = m_window->findChild<QComboBox *>("schemaVersion");
        versions->setCurrentIndex(0);
        QCOMPARE(editor->toPlainText(), before.first().text);
        QVERIFY(editor->isReadOnly());

        m_window->catalogTree()->treeWidget()->setFocus();
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_Z));
        QCOMPARE(m_window->catalog()->state().schemaVersions(subject), before);

        if (const QString shots = qEnvironmentVariable("MESH_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QString text = before.last().text;
            text.insert(text.lastIndexOf(']'), ",\n    {\n      \"name\": \"region\",\n      \"type\": \"string\"\n    }\n  ");
            versions->setCurrentIndex(versions->count() - 1);
            editor->setPlainText(text.replace("\n  ]", "]").replace("}\n  ,", "},"));
            QTRY_VERIFY(panel->verdict().join('\n').contains("region"));
            m_window->resize(1440, 900);
            m_window->findChild<QDockWidget *>("historyDock")->raise();
            m_window->resizeDocks({m_window->findChild<QDockWidget *>("schemaDock")}, {560}, Qt::Horizontal);
            QTest::qWait(50);
            QVERIFY(m_window->grab().save(shots + "/schema.png"));
            QTest::mouseClick(m_window->findChild<QPushButton *>("revertSchema"), Qt::LeftButton);
        }
    }

    // The field table: list fields, pick a format, make a version; bad names are refused
    // with the reason in the status bar.
    void fieldTableMakesASchemaVersion()
    {
        const CatalogState &state = m_window->catalog()->state();
        const Element *identity = state.findElement({}, ElementKind::BoundedContext, "Identity");
        const Element *command = state.findElement(identity->id, ElementKind::Command, "UpdateProfile");
        QVERIFY(command);
        QVERIFY(state.schemaVersions(command->id).isEmpty());
        clickTreeItem("UpdateProfile");
        m_window->findChild<QDockWidget *>("propertiesDock")->raise();
        mesh::app::SchemaFieldTable *fields = m_window->propertiesPanel()->schemaFields();
        QTableWidget *table = fields->table();
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(m_window->findChild<QLabel *>("schemaFieldsNote")->text().contains("No schema yet"));

        auto *add = fields->findChild<QPushButton *>(QString(), Qt::FindDirectChildrenOnly);
        Q_UNUSED(add);
        fields->addField();
        fields->addField();
        table->item(0, 0)->setText("profileId");
        table->item(1, 0)->setText("display name");   // not a field name
        QTest::mouseClick(m_window->findChild<QPushButton *>("makeSchemaVersion"), Qt::LeftButton);
        QVERIFY2(m_window->statusBar()->currentMessage().contains("\"display name\""), qPrintable(m_window->statusBar()->currentMessage()));
        QVERIFY(state.schemaVersions(command->id).isEmpty());

        table->item(1, 0)->setText("displayName");
        qobject_cast<QCheckBox *>(table->cellWidget(0, 2))->setChecked(true);
        auto *format = fields->findChildren<QComboBox *>().last();
        format->setCurrentIndex(format->findText("JSON Schema"));
        QTest::mouseClick(m_window->findChild<QPushButton *>("makeSchemaVersion"), Qt::LeftButton);
        const QList<SchemaVersion> made = state.schemaVersions(command->id);
        QCOMPARE(made.size(), 1);
        QCOMPARE(made.first().format, SchemaFormat::JsonSchema);
        QCOMPARE(QJsonDocument::fromJson(made.first().text.toUtf8()).object().value("required").toArray(), QJsonArray{"profileId"});
        // The table reads back what it wrote, and the schema editor shows it.
        QTRY_COMPARE(table->rowCount(), 2);
        m_window->findChild<QDockWidget *>("schemaDock")->raise();
        QCOMPARE(m_window->schemaEditor()->editor()->toPlainText(), made.first().text);
        if (const QString shots = qEnvironmentVariable("MESH_SCREENSHOT_DIR"); !shots.isEmpty()) {
            m_window->findChild<QDockWidget *>("propertiesDock")->raise();
            m_window->resize(1440, 900);
            QTest::qWait(50);
            m_window->propertiesPanel()->findChild<QScrollArea *>()->ensureWidgetVisible(table);
            QTest::qWait(50);
            QVERIFY(m_window->grab().save(shots + "/fields.png"));
        }
        m_window->catalogTree()->treeWidget()->setFocus();
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_Z));
        QVERIFY(state.schemaVersions(command->id).isEmpty());
    }

    // File → Export…: a preview of what will be written, the export off the window's thread,
    // a summary; a second preview finds nothing to do; a foreign file is named, not touched.
    void exportDialogPreviewsAndExports()
    {
        QTemporaryDir target;
        mesh::app::ExportDialog dialog(m_window->catalog(), m_window.get());
        dialog.show();
        QSignalSpy planned(&dialog, &mesh::app::ExportDialog::planReady);
        dialog.setDirectory(target.path());
        QVERIFY(planned.wait(20000));
        QTreeWidget *plan = dialog.planView();
        QVERIFY(plan->topLevelItemCount() >= 1);
        QVERIFY2(plan->topLevelItem(0)->text(0).startsWith("Added ("), qPrintable(plan->topLevelItem(0)->text(0)));
        QVERIFY(plan->topLevelItem(0)->childCount() > 50);
        QVERIFY(!QFileInfo::exists(target.filePath("avro")));   // a preview writes nothing
        if (const QString shots = qEnvironmentVariable("MESH_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QTest::qWait(50);
            QVERIFY(dialog.grab().save(shots + "/export.png"));
        }

        QSignalSpy finished(&dialog, &mesh::app::ExportDialog::finished);
        QVERIFY(dialog.findChild<QPushButton *>("exportButton")->isEnabled());
        QTest::mouseClick(dialog.findChild<QPushButton *>("exportButton"), Qt::LeftButton);
        QVERIFY2(finished.wait(20000), qPrintable(dialog.findChild<QLabel *>("exportStatus")->text()));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY2(dialog.summary().contains("added"), qPrintable(dialog.summary()));
        QVERIFY(QFileInfo::exists(target.filePath("asyncapi/Identity/ProfileService.yaml")));

        planned.clear();
        dialog.preview(true);
        QVERIFY(planned.wait(20000));
        QVERIFY2(dialog.findChild<QLabel *>("exportStatus")->text().contains("up to date"),
                 qPrintable(dialog.findChild<QLabel *>("exportStatus")->text()));
        QVERIFY(!dialog.findChild<QPushButton *>("exportButton")->isEnabled());

        // Only Avro now, into a folder holding someone's own file where an export would go.
        QTemporaryDir other;
        QDir().mkpath(other.filePath("avro/Identity"));
        QFile foreign(other.filePath("avro/Identity/ProfileUpdated.avsc"));
        QVERIFY(foreign.open(QIODevice::WriteOnly));
        foreign.write("mine");
        foreign.close();
        planned.clear();
        dialog.setDirectory(other.path());
        QVERIFY(planned.wait(20000));
        const QString status = dialog.findChild<QLabel *>("exportStatus")->text();
        QVERIFY2(status.contains("ProfileUpdated.avsc") && status.contains("not written by a Mesh Studio export"), qPrintable(status));
        QVERIFY(!dialog.findChild<QPushButton *>("exportButton")->isEnabled());
    }

    void survivesReopen()
    {
        const QString path = m_window->catalog()->location();
        QVERIFY(m_window->openCatalog(path));
        QCOMPARE(m_window->undoStack()->count(), 0);
        QVERIFY(findEvent("Identity", "PublicProfilePublished"));
        QCOMPARE(findEvent("Compliance", "ControlRuleChanged")->tags, (QStringList{"control-rules", "regulated"}));
        if (const QString shots = qEnvironmentVariable("MESH_SCREENSHOT_DIR"); !shots.isEmpty()) {
            clickTreeItem("ProfileService");
            m_window->statusBar()->clearMessage();
            m_window->resize(1280, 800);
            QTest::qWait(50);
            QVERIFY(m_window->grab().save(shots + "/studio.png"));
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
