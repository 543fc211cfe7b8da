// File → Import… in a real studio window (offscreen): the preview of what the files add,
// change and remove, the import as one change (one undo step, in History), bad files named
// with nothing imported.

#include "app/studio/historypanel.h"
#include "app/studio/importdialog.h"
#include "app/studio/mainwindow.h"
#include "catalog/catalog.h"
#include "tests/app/samplestudio.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace mesh::catalog;
using mesh::app::ImportDialog;
using mesh::app::MainWindow;

namespace {

const QString kFixtures = QStringLiteral(MESH_IMPORT_FIXTURES);

QStringList groupTitles(QTreeWidget *tree)
{
    QStringList titles;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        titles.append(tree->topLevelItem(i)->text(0));
    return titles;
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_window = mesh::testing::openSampleStudio(m_dir.filePath(QStringLiteral("sample.meshcat")), "tst_importdialog");
        QVERIFY(m_window);
    }

    void importsAsOneUndoStep()
    {
        Catalog *catalog = m_window->catalog();
        const qint64 revision = catalog->revision();
        const int undoSteps = m_window->undoStack()->count();
        QVERIFY(!catalog->state().findElement({}, ElementKind::BoundedContext, QStringLiteral("Billing")));
        bool answered = false;
        QStringList groups;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<ImportDialog *>(QApplication::activeModalWidget());
            if (!dialog || answered)
                return;
            answered = true;
            QSignalSpy planned(dialog, &ImportDialog::planReady);
            dialog->setSources({kFixtures + QStringLiteral("/asyncapi")});
            if (!planned.wait(20000))
                return dialog->done(QDialog::Rejected);
            groups = groupTitles(dialog->planView());
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("importButton")), Qt::LeftButton);
        });
        answer.start(20);
        m_window->importFiles();
        QVERIFY(answered);
        QCOMPARE(groups, QStringList{QStringLiteral("Added (36)")});
        QCOMPARE(catalog->revision(), revision + 1);
        QCOMPARE(m_window->undoStack()->count(), undoSteps + 1);
        QVERIFY(catalog->state().findElement({}, ElementKind::BoundedContext, QStringLiteral("Billing")));
        QVERIFY2(m_window->undoStack()->undoText().startsWith(QLatin1String("Import asyncapi")), qPrintable(m_window->undoStack()->undoText()));
        // One revision in History, holding the whole batch.
        QTreeWidget *history = m_window->historyPanel()->treeWidget();
        int rowsOfRevision = 0;
        for (int row = 0; row < history->topLevelItemCount(); ++row)
            rowsOfRevision += history->topLevelItem(row)->text(0).toLongLong() == catalog->revision();
        QCOMPARE(rowsOfRevision, 42);

        m_window->undoStack()->undo();
        QVERIFY(!catalog->state().findElement({}, ElementKind::BoundedContext, QStringLiteral("Billing")));
        QCOMPARE(catalog->revision(), revision + 2);   // the undo is itself a change in the log
        m_window->undoStack()->redo();
        QVERIFY(catalog->state().findElement({}, ElementKind::BoundedContext, QStringLiteral("Billing")));
    }

    void theSameFilesAgainImportNothing()
    {
        ImportDialog dialog(m_window->catalog(), m_window.get());
        QSignalSpy planned(&dialog, &ImportDialog::planReady);
        dialog.setSources({kFixtures + QStringLiteral("/asyncapi")});
        QVERIFY(planned.wait(20000));
        QVERIFY(dialog.readyPlan());
        QVERIFY(dialog.readyPlan()->batch.isEmpty());
        QVERIFY2(dialog.statusText().contains(QLatin1String("Nothing to import")), qPrintable(dialog.statusText()));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
    }

    void aBrokenFileIsNamedAndNothingCanBeImported()
    {
        const qint64 revision = m_window->catalog()->revision();
        ImportDialog dialog(m_window->catalog(), m_window.get());
        QSignalSpy planned(&dialog, &ImportDialog::planReady);
        dialog.setSources({kFixtures + QStringLiteral("/asyncapi"), kFixtures + QStringLiteral("/broken/unresolvable-ref.yaml")});
        QVERIFY(planned.wait(20000));
        QVERIFY(!dialog.readyPlan());
        QVERIFY2(dialog.statusText().contains(QLatin1String("#/components/messages/Missing")), qPrintable(dialog.statusText()));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
        QCOMPARE(dialog.planView()->topLevelItemCount(), 0);
        QCOMPARE(m_window->catalog()->revision(), revision);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
