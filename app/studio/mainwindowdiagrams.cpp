#include "app/studio/mainwindow.h"

#include "app/studio/slicepanel.h"

#include "app/studio/diagramworkspace.h"
#include "canvas/diagramrenderer.h"
#include "canvas/diagramscene.h"
#include "canvas/diagramview.h"
#include "canvas/elementitem.h"
#include "catalog/catalog.h"

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QFileDialog>
#include <QDockWidget>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>

// The main window's Diagram menu and what it starts: new diagrams, find, pictures.
namespace mesh::app {

using namespace mesh::catalog;

// Copy, Paste and the two deletes act on the current diagram; a text field that has the
// focus keeps its own Ctrl+C, Ctrl+V and Delete (Qt gives widgets the shortcut first).
void MainWindow::addCanvasEditActions(QMenu *edit)
{
    const auto onView = [this](void (canvas::DiagramView::*command)()) {
        return [this, command] {
            if (canvas::DiagramView *view = m_workspace->currentView())
                (view->*command)();
        };
    };
    QAction *copy = edit->addAction(tr("&Copy"), this, onView(&canvas::DiagramView::copySelection));
    copy->setShortcut(QKeySequence::Copy);
    copy->setObjectName(QStringLiteral("copyAction"));
    QAction *paste = edit->addAction(tr("&Paste"), this, onView(&canvas::DiagramView::paste));
    paste->setShortcut(QKeySequence::Paste);
    paste->setObjectName(QStringLiteral("pasteAction"));
    QAction *remove = edit->addAction(tr("&Remove from Diagram"), this, onView(&canvas::DiagramView::removeSelectionFromDiagram));
    remove->setShortcut(QKeySequence::Delete);
    remove->setObjectName(QStringLiteral("removeFromDiagramAction"));
    QAction *erase = edit->addAction(tr("&Delete from Catalog…"), this, onView(&canvas::DiagramView::deleteSelectionFromCatalog));
    erase->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    erase->setObjectName(QStringLiteral("deleteFromCatalogAction"));
    for (QAction *action : {copy, paste, remove, erase})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    // The shortcuts belong to the diagrams' area, so that the tree and the panels keep theirs.
    m_workspace->addActions({copy, paste, remove, erase});
    const auto update = [this, copy, paste, remove, erase](bool selected) {
        const bool onDiagram = m_workspace->currentView() != nullptr;
        for (QAction *action : {copy, remove, erase})
            action->setEnabled(onDiagram && selected);
        paste->setEnabled(onDiagram && canvas::DiagramScene::canPaste());
    };
    connect(m_workspace, &DiagramWorkspace::selectionChanged, this, update);
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this,
            [this, update] { update(m_workspace->currentView() && !m_workspace->currentView()->diagramScene()->selectedElements().isEmpty()); });
    update(false);
}

void MainWindow::createDiagramMenu()
{
    QMenu *diagram = menuBar()->addMenu(tr("&Diagram"));
    diagram->setObjectName(QStringLiteral("diagramMenu"));
    diagram->addAction(tr("New &Event Storming Board…"), this, [this] { newDiagram(DiagramKind::Board); });
    diagram->addAction(tr("New Event &Modeling Timeline…"), this, [this] { newDiagram(DiagramKind::Timeline); });
    diagram->addAction(tr("New &Context Map…"), this, [this] { newDiagram(DiagramKind::ContextMap); });
    QMenu *open = diagram->addMenu(tr("&Open"));
    open->setObjectName(QStringLiteral("openDiagramMenu"));
    connect(open, &QMenu::aboutToShow, this, [this, open] {
        open->clear();
        if (!catalog())
            return;
        QList<Diagram> diagrams = catalog()->state().diagrams().values();
        std::sort(diagrams.begin(), diagrams.end(), [](const Diagram &a, const Diagram &b) { return a.name < b.name; });
        for (const Diagram &shown : diagrams)
            open->addAction(shown.name, this, [this, id = shown.id] { m_workspace->openDiagram(id); });
        if (diagrams.isEmpty())
            open->addAction(tr("No diagram yet"))->setEnabled(false);
    });
    diagram->addAction(tr("&Rename…"), this, [this] {
        if (!m_workspace->currentView())
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename Diagram"), tr("Name:"), QLineEdit::Normal,
                                                   m_workspace->tabText(m_workspace->currentIndex()), &ok);
        if (ok && !name.trimmed().isEmpty())
            m_workspace->renameCurrent(name);
    });
    diagram->addAction(tr("&Delete…"), this, [this] {
        const Batch batch = m_workspace->deleteCurrentBatch();
        if (batch.isEmpty())
            return;
        const QString name = m_workspace->tabText(m_workspace->currentIndex());
        if (QMessageBox::question(this, tr("Delete Diagram"), tr("Delete the diagram %1? Its elements stay in the catalog.").arg(name))
            == QMessageBox::Yes)
            applyChange(batch, tr("Delete diagram %1").arg(name));
    });
    diagram->addSeparator();
    auto sceneAction = [this](auto work) {
        return [this, work] {
            if (auto *view = m_workspace->currentView())
                work(view->diagramScene());
        };
    };
    using Alignment = canvas::DiagramScene::Alignment;
    diagram->addAction(tr("&Pin or Unpin Selection"), this, sceneAction([](canvas::DiagramScene *scene) { scene->togglePinSelection(); }))
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    QMenu *align = diagram->addMenu(tr("A&lign"));
    for (const Alignment alignment : canvas::DiagramScene::kAlignments)
        align->addAction(canvas::DiagramScene::alignmentName(alignment), this,
                         sceneAction([alignment](canvas::DiagramScene *scene) { scene->alignSelection(alignment); }));
    diagram->addAction(tr("Name a Slice Over the Selection…"), this, [this] {
        canvas::DiagramView *view = m_workspace->currentView();
        if (!view || view->diagramScene()->diagramKind() != DiagramKind::Timeline) {
            statusBar()->showMessage(tr("Slices are steps of a timeline: open one first"), 6000);
            return;
        }
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Name a Slice"), tr("Name:"), QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
        const QList<QUuid> selected = view->diagramScene()->selectedElements();
        view->diagramScene()->addSliceOverSelection(name);
        // On to its scenarios.
        m_slices->showSliceOf(selected);
        if (auto *dock = findChild<QDockWidget *>(QStringLiteral("slicesDock")))
            dock->raise();
    });
    diagram->addAction(tr("Remove the Selection's Slices"), this, sceneAction([](canvas::DiagramScene *scene) { scene->removeSlicesUnderSelection(); }));
    QMenu *distribute = diagram->addMenu(tr("Dis&tribute"));
    distribute->addAction(tr("Horizontally"), this, sceneAction([](canvas::DiagramScene *scene) { scene->distributeSelection(Qt::Horizontal); }));
    distribute->addAction(tr("Vertically"), this, sceneAction([](canvas::DiagramScene *scene) { scene->distributeSelection(Qt::Vertical); }));
    diagram->addSeparator();
    QAction *layout = diagram->addAction(tr("&Auto-Layout"), this, [this] { m_workspace->layoutCurrent(false); });
    layout->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction *quality = diagram->addAction(tr("High-&Quality Layout (Whole Graph)"), this, [this] { m_workspace->layoutCurrent(true); });
    quality->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    QAction *cancel = diagram->addAction(tr("Cancel Layout"), m_workspace, &DiagramWorkspace::cancelLayout);
    cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    cancel->setShortcutContext(Qt::ApplicationShortcut);
    cancel->setEnabled(false);
    connect(m_workspace, &DiagramWorkspace::status, cancel, [this, cancel] { cancel->setEnabled(m_workspace->isLayingOut()); });
    connect(m_workspace, &DiagramWorkspace::layoutFinished, cancel, [cancel] { cancel->setEnabled(false); });
    diagram->addSeparator();
    auto viewAction = [this](auto method) {
        return [this, method] {
            if (auto *view = m_workspace->currentView())
                (view->*method)();
        };
    };
    diagram->addAction(tr("Zoom &In"), this, viewAction(&canvas::DiagramView::zoomIn))->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    diagram->addAction(tr("Zoom &Out"), this, viewAction(&canvas::DiagramView::zoomOut))->setShortcut(QKeySequence::ZoomOut);
    diagram->addAction(tr("&Fit"), this, viewAction(&canvas::DiagramView::zoomToFit))->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    diagram->addAction(tr("Actual &Size (100 %)"), this, viewAction(&canvas::DiagramView::zoomTo100))->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    diagram->addSeparator();
    diagram->addAction(tr("Export &Picture…"), this, &MainWindow::exportPicture);

    m_find->setObjectName(QStringLiteral("findOnDiagram"));
    m_find->setPlaceholderText(tr("Find on diagram (Ctrl+F)"));
    m_find->setClearButtonEnabled(true);
    m_find->setMaximumWidth(260);
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findOnDiagram(m_find->text()); });
    auto *find = new QAction(tr("Find on Diagram"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_find->setFocus();
        m_find->selectAll();
    });
    addAction(find);
    if (QToolBar *toolbar = findChild<QToolBar *>()) {
        toolbar->addSeparator();
        toolbar->addWidget(m_find);
    }
}

void MainWindow::newDiagram(DiagramKind kind)
{
    if (!catalog())
        return;
    static const char *const kDefaultNames[] = {QT_TR_NOOP("Event Storming"), QT_TR_NOOP("Timeline"), QT_TR_NOOP("Context Map")};
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Diagram"), tr("Name:"), QLineEdit::Normal, tr(kDefaultNames[int(kind)]), &ok);
    if (ok && !name.trimmed().isEmpty())
        m_workspace->createDiagram(kind, name);
}

void MainWindow::findOnDiagram(const QString &text)
{
    canvas::DiagramView *view = m_workspace->currentView();
    if (!view || text.trimmed().isEmpty())
        return;
    QList<QUuid> found;
    for (canvas::ElementItem *item : view->diagramScene()->elementItems()) {
        if (item->name().contains(text.trimmed(), Qt::CaseInsensitive))
            found.append(item->element());
    }
    if (found.isEmpty()) {
        statusBar()->showMessage(tr("Nothing on this diagram is called \"%1\"").arg(text.trimmed()), 6000);
        return;
    }
    view->diagramScene()->selectElements(found);
    view->centerOnElements(found.mid(0, 1));
    statusBar()->showMessage(tr("%n element(s) found", nullptr, int(found.size())), 6000);
}

void MainWindow::exportPicture()
{
    canvas::DiagramView *view = m_workspace->currentView();
    if (!view)
        return;
    QString path = QFileDialog::getSaveFileName(this, tr("Export Picture"), m_workspace->tabText(m_workspace->currentIndex()) + QStringLiteral(".svg"),
                                                tr("SVG picture (*.svg);;PNG image (*.png)"));
    if (path.isEmpty())
        return;
    if (auto written = canvas::DiagramRenderer::write(*view->diagramScene(), path, 2.0); !written)
        showError(tr("Export Picture"), written.error().message);
    else
        statusBar()->showMessage(tr("Wrote %1").arg(QDir::toNativeSeparators(path)), 6000);
}

} // namespace mesh::app
