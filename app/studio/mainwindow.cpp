#include "app/studio/mainwindow.h"

#include "app/studio/catalogsession.h"
#include "app/studio/catalogtree.h"
#include "app/studio/diagramworkspace.h"
#include "app/studio/elementicons.h"
#include "app/studio/palettepanel.h"
#include "canvas/diagramscene.h"
#include "canvas/diagramview.h"
#include "canvas/overviewview.h"
#include "app/studio/findingspanel.h"
#include "app/studio/rulesettingsdialog.h"
#include "app/studio/historypanel.h"
#include "app/studio/meshanalysispanel.h"
#include "app/studio/opendiagrams.h"
#include "app/studio/presencepanel.h"
#include "app/studio/overviewpage.h"
#include "app/studio/scrollingpanel.h"
#include "app/studio/viewfollower.h"
#include "app/studio/slicepanel.h"
#include "app/studio/workshoppanel.h"
#include "app/studio/propertiespanel.h"
#include "app/studio/reviewpanel.h"
#include "app/studio/schemaeditorpanel.h"
#include "app/translations.h"
#include "catalog/catalog.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressBar>
#include <QScreen>
#include <QPushButton>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoStack>

#include <algorithm>

namespace mesh::app {

using namespace mesh::catalog;

namespace {

QDockWidget *makeDock(const QString &title, const QString &objectName, QWidget *content, QMainWindow *window)
{
    auto *dock = new QDockWidget(title, window);
    dock->setObjectName(objectName);
    dock->setWidget(content);
    return dock;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      m_session(std::make_unique<CatalogSession>()),
      m_tree(new CatalogTree),
      m_properties(new PropertiesPanel),
      m_history(new HistoryPanel),
      m_presence(new PresencePanel),
      m_workshop(new WorkshopPanel),
      m_slices(new SlicePanel),
      m_findings(new FindingsPanel),
      m_analysis(new MeshAnalysisPanel),
      m_review(new ReviewPanel),
      m_schemaEditor(new SchemaEditorPanel),
      m_workspace(nullptr),
      m_palette(new PalettePanel),
      m_find(new QLineEdit),
      m_diagramOverview(new canvas::OverviewView),
      m_overview(new QLabel),
      m_location(new QLabel),
      m_connection(new QLabel)
{
    setWindowIcon(QIcon(QStringLiteral(":/mesh/icons/meshstudio.svg")));
    m_overview->setObjectName(QStringLiteral("overview"));
    m_overview->setAlignment(Qt::AlignCenter);
    m_overview->setWordWrap(true);
    m_overview->setTextFormat(Qt::RichText);
    m_overview->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_overview, &QLabel::linkActivated, this, &MainWindow::followStartLink);
    m_overview->setMargin(24);
    m_workspace = new DiagramWorkspace(scrollingPanel(m_overview));
    setCentralWidget(m_workspace);

    QDockWidget *treeDock = makeDock(tr("Catalog"), QStringLiteral("catalogDock"), m_tree, this);
    QDockWidget *propertiesDock = makeDock(tr("Properties"), QStringLiteral("propertiesDock"), m_properties, this);
    QDockWidget *historyDock = makeDock(tr("History"), QStringLiteral("historyDock"), m_history, this);
    QDockWidget *presenceDock = makeDock(tr("Presence"), QStringLiteral("presenceDock"), m_presence, this);
    QDockWidget *findingsDock = makeDock(tr("Findings"), QStringLiteral("findingsDock"), m_findings, this);
    QDockWidget *analysisDock = makeDock(tr("Mesh Analysis"), QStringLiteral("meshAnalysisDock"), m_analysis, this);
    QDockWidget *reviewDock = makeDock(tr("Review"), QStringLiteral("reviewDock"), scrollingPanel(m_review), this);
    QDockWidget *schemaDock = makeDock(tr("Schema"), QStringLiteral("schemaDock"), scrollingPanel(m_schemaEditor), this);
    QDockWidget *workshopDock = makeDock(tr("Workshop"), QStringLiteral("workshopDock"), m_workshop, this);
    QDockWidget *slicesDock = makeDock(tr("Slices"), QStringLiteral("slicesDock"), scrollingPanel(m_slices), this);
    QDockWidget *paletteDock = makeDock(tr("Palette"), QStringLiteral("paletteDock"), m_palette, this);
    QDockWidget *overviewDock = makeDock(tr("Diagram Overview"), QStringLiteral("diagramOverviewDock"), m_diagramOverview, this);
    addDockWidget(Qt::LeftDockWidgetArea, treeDock);
    addDockWidget(Qt::LeftDockWidgetArea, paletteDock);
    splitDockWidget(treeDock, paletteDock, Qt::Vertical);
    addDockWidget(Qt::LeftDockWidgetArea, overviewDock);
    tabifyDockWidget(paletteDock, overviewDock);
    paletteDock->raise();
    connect(m_workspace, &QTabWidget::currentChanged, this, [this] {
        m_diagramOverview->follow(m_workspace->currentView());
        m_workshop->setDiagram(m_workspace->currentDiagram());
        m_slices->setDiagram(m_workspace->currentDiagram());
        m_presence->setDiagram(m_workspace->currentDiagram());
    });
    connect(m_slices, &SlicePanel::changeRequested, this, &MainWindow::applyChange);
    connect(m_workspace, &DiagramWorkspace::elementSelected, m_slices, [this](const QUuid &element) { m_slices->showSliceOf({element}); });
    connect(m_presence, &PresencePanel::othersChanged, m_workspace, &DiagramWorkspace::showPresence);
    m_follower = new ViewFollower(m_workspace, m_presence, this);
    connect(m_workshop, &WorkshopPanel::presentRequested, m_follower, &ViewFollower::setPresenting);
    connect(m_workshop, &WorkshopPanel::followRequested, m_follower, &ViewFollower::setFollowing);
    connect(m_follower, &ViewFollower::presentingChanged, m_workshop, &WorkshopPanel::setPresenting);
    connect(m_follower, &ViewFollower::followingChanged, m_workshop, &WorkshopPanel::setFollowing);
    connect(m_follower, &ViewFollower::status, this, [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    // Workshop aids: votes on the current diagram, the selected element's comments.
    connect(m_workshop, &WorkshopPanel::changeRequested, this, &MainWindow::applyChange);
    connect(m_workshop, &WorkshopPanel::status, this, [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_workshop, &WorkshopPanel::voteToolRequested, this, [this](bool on) {
        if (canvas::DiagramView *view = m_workspace->currentView())
            on ? view->setVoteTool() : view->setSelectTool();
        else
            m_workshop->setVoting(false);
    });
    connect(m_workspace, &DiagramWorkspace::toolChanged, m_workshop,
            [this](canvas::DiagramView::Tool tool) { m_workshop->setVoting(tool == canvas::DiagramView::Tool::Vote); });
    connect(m_tree, &CatalogTree::elementSelected, m_workshop, &WorkshopPanel::setElement);
    // The current diagram's zoom, in the status bar while a diagram is shown.
    auto *zoom = new QLabel;
    zoom->setObjectName(QStringLiteral("zoomLevel"));
    zoom->setToolTip(tr("Zoom: Ctrl+0 fits the diagram, Ctrl+1 is 100 %"));
    statusBar()->addPermanentWidget(zoom);
    zoom->hide();
    connect(m_workspace, &DiagramWorkspace::zoomChanged, zoom, [this, zoom](double level) {
        zoom->setText(tr("%1 %").arg(qRound(level * 100)));
        zoom->setVisible(m_workspace->currentView());
    });
    addDockWidget(Qt::RightDockWidgetArea, propertiesDock);
    addDockWidget(Qt::RightDockWidgetArea, schemaDock);
    tabifyDockWidget(propertiesDock, schemaDock);
    addDockWidget(Qt::RightDockWidgetArea, workshopDock);
    tabifyDockWidget(propertiesDock, workshopDock);
    addDockWidget(Qt::RightDockWidgetArea, slicesDock);
    tabifyDockWidget(propertiesDock, slicesDock);
    propertiesDock->raise();
    addDockWidget(Qt::BottomDockWidgetArea, historyDock);
    addDockWidget(Qt::BottomDockWidgetArea, presenceDock);
    addDockWidget(Qt::BottomDockWidgetArea, findingsDock);
    tabifyDockWidget(historyDock, findingsDock);
    tabifyDockWidget(historyDock, presenceDock);
    addDockWidget(Qt::BottomDockWidgetArea, analysisDock);
    tabifyDockWidget(historyDock, analysisDock);
    addDockWidget(Qt::BottomDockWidgetArea, reviewDock);
    tabifyDockWidget(historyDock, reviewDock);
    findingsDock->raise();

    m_connection->setObjectName(QStringLiteral("connection"));
    statusBar()->addPermanentWidget(m_connection);
    statusBar()->addPermanentWidget(m_location);
    createActions();
    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : {treeDock, paletteDock, overviewDock, propertiesDock, schemaDock, workshopDock, slicesDock, findingsDock, reviewDock, analysisDock,
                              historyDock, presenceDock})
        view->addAction(dock->toggleViewAction());
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(language);
    const QList<std::pair<QString, QString>> choices = {{QString(), tr("System default")},
                                                        {QStringLiteral("en"), QStringLiteral("English")},
                                                        {QStringLiteral("fr"), QStringLiteral("Français")}};
    for (const auto &[code, label] : choices) {
        QAction *action = language->addAction(label);
        action->setCheckable(true);
        action->setChecked(Translations::configuredLanguage() == code);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, language = code] { // clang 14: no capture of a binding
            Translations::setConfiguredLanguage(language);
            statusBar()->showMessage(tr("The language changes the next time Mesh Studio starts."), 8000);
        });
    }
    createDiagramMenu();
    QMenu *governance = menuBar()->addMenu(tr("&Governance"));
    governance->addAction(tr("&Rules…"), this, &MainWindow::editRules);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Mesh Studio"), this, &MainWindow::showAbout);

    connect(m_tree, &CatalogTree::elementSelected, m_properties, &PropertiesPanel::showElement);
    connect(m_tree, &CatalogTree::elementSelected, m_schemaEditor, &SchemaEditorPanel::showElement);
    connect(m_tree, &CatalogTree::elementSelected, m_workspace, &DiagramWorkspace::showElement);
    connect(m_workspace, &DiagramWorkspace::elementSelected, m_tree, &CatalogTree::selectElement);
    connect(m_workspace, &DiagramWorkspace::relationSelected, m_properties, &PropertiesPanel::showRelation);
    connect(m_workspace, &DiagramWorkspace::changeRequested, this, &MainWindow::applyMergingChange);
    connect(m_workspace, &DiagramWorkspace::problem, this, [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_workspace, &DiagramWorkspace::status, this, [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    // While a layout runs: a busy bar and a button that cancels it, in the status bar.
    auto *layoutProgress = new QProgressBar;
    layoutProgress->setObjectName(QStringLiteral("layoutProgress"));
    layoutProgress->setRange(0, 0);
    layoutProgress->setMaximumWidth(160);
    layoutProgress->setTextVisible(false);
    auto *cancelLayout = new QPushButton(tr("Cancel Layout"));
    cancelLayout->setObjectName(QStringLiteral("cancelLayout"));
    cancelLayout->setFlat(true);
    statusBar()->addPermanentWidget(layoutProgress);
    statusBar()->addPermanentWidget(cancelLayout);
    layoutProgress->hide();
    cancelLayout->hide();
    connect(cancelLayout, &QPushButton::clicked, m_workspace, &DiagramWorkspace::cancelLayout);
    connect(m_workspace, &DiagramWorkspace::status, layoutProgress, [this, layoutProgress, cancelLayout] {
        layoutProgress->setVisible(m_workspace->isLayingOut());
        cancelLayout->setVisible(m_workspace->isLayingOut());
    });
    connect(m_workspace, &DiagramWorkspace::layoutFinished, layoutProgress, [layoutProgress, cancelLayout] {
        layoutProgress->hide();
        cancelLayout->hide();
    });
    connect(m_workspace, &DiagramWorkspace::deleteRequested, this, [this](const Batch &batch, const QStringList &consequences) {
        const auto answer = QMessageBox::question(this, tr("Delete from the Catalog"),
                                                  tr("Delete these from the catalog, with everything that goes with them?\n\n%1\n\n"
                                                     "Removing from the diagram only is Delete without Shift.")
                                                      .arg(consequences.join(QLatin1Char('\n'))));
        if (answer == QMessageBox::Yes)
            applyChange(batch, tr("Delete %n item(s) from the catalog", nullptr, int(batch.size())));
    });
    connect(m_palette, &PalettePanel::kindChosen, this, [this](ElementKind kind) {
        if (auto *view = m_workspace->currentView()) {
            view->setPlaceTool(kind);
            view->setFocus();
        } else {
            statusBar()->showMessage(tr("Open or create a diagram first (Diagram menu)"), 6000);
        }
    });
    connect(m_palette, &PalettePanel::connectToggled, this, [this](bool on) {
        auto *view = m_workspace->currentView();
        if (!view)
            m_palette->setConnectOn(false);
        else if (on)
            view->setConnectTool();
        else
            view->setSelectTool();
    });
    connect(m_workspace, &DiagramWorkspace::toolChanged, m_palette,
            [this](canvas::DiagramView::Tool tool) { m_palette->setConnectOn(tool == canvas::DiagramView::Tool::Connect); });
    connect(m_schemaEditor, &SchemaEditorPanel::changeRequested, this, &MainWindow::applyChange);
    connect(m_findings, &FindingsPanel::elementActivated, m_tree, &CatalogTree::selectElement);
    connect(m_analysis, &MeshAnalysisPanel::elementActivated, m_tree, &CatalogTree::selectElement);
    connect(m_review, &ReviewPanel::changeRequested, this, &MainWindow::applyChange);
    connect(m_review, &ReviewPanel::problem, this, [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_tree, &CatalogTree::elementSelected, m_presence, [this](const QUuid &id) {
        m_presence->setSelection(id.isNull() ? QList<QUuid>{} : QList<QUuid>{id});
    });
    connect(m_properties, &PropertiesPanel::changeRequested, this, &MainWindow::applyChange);
    connect(m_properties, &PropertiesPanel::problem, this, [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_history, &HistoryPanel::problem, this, [this](const QString &message) { statusBar()->showMessage(message, 8000); });

    // Where the user left the window; on a first start most of the screen, the canvas getting
    // the larger share so a board is readable on a laptop as on a big screen.
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("windowGeometry")).toByteArray())) {
        const QRect screen = this->screen()->availableGeometry();
        resize(std::max(std::min(screen.width(), 1024), screen.width() * 9 / 10), std::max(std::min(screen.height(), 700), screen.height() * 9 / 10));
        move(screen.center() - rect().center());
    }
    if (!restoreState(settings.value(QStringLiteral("windowState")).toByteArray())) {
        // Once the window is shown: before, the docks take their contents' size hints.
        QTimer::singleShot(0, this, [this, treeDock, propertiesDock, findingsDock, paletteDock] {
            resizeDocks({treeDock, propertiesDock}, {width() / 5, width() / 4}, Qt::Horizontal);
            // The bottom tabs by the one in front (a tab behind it does not size the group).
            resizeDocks({findingsDock}, {height() / 5}, Qt::Vertical);
            resizeDocks({treeDock, paletteDock}, {height() * 2 / 5, height() / 4}, Qt::Vertical);
        });
    }
    m_session->setPasswordPrompt([this](const QString &location, const QString &reason) { return askForPassword(location, reason); });
    connect(m_session.get(), &CatalogSession::aboutToReplace, this, &MainWindow::detachFromCatalog);
    connect(m_session.get(), &CatalogSession::replaced, this, &MainWindow::showCatalog);
    connect(m_session.get(), &CatalogSession::statusChanged, this, &MainWindow::updateStatus);
    connect(m_session.get(), &CatalogSession::message, this, [this](const QString &text, int timeout) { statusBar()->showMessage(text, timeout); });
    connect(m_session.get(), &CatalogSession::editRefused, this, &MainWindow::explainRefusal);
    connect(m_session.get(), &CatalogSession::pendingChangeRefused, this, [this](const QString &message) {
        // Shown once the replay is over, not in the middle of it.
        QTimer::singleShot(0, this, [this, message] { QMessageBox::warning(this, tr("A change made offline was not applied"), message); });
    });
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Catalog…"), this, &MainWindow::newCatalog);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("&Open…"), this, &MainWindow::openCatalogDialog);
    openAction->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open &Shared…"), this, &MainWindow::openSharedCatalogDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    QAction *copyAction = file->addAction(tr("Save a &Copy As…"), this, &MainWindow::saveCopyAs);
    copyAction->setShortcut(QKeySequence::SaveAs);
    QAction *exportAction = file->addAction(tr("&Export…"), this, &MainWindow::exportCatalog);
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *importAction = file->addAction(tr("&Import…"), this, &MainWindow::importFiles);
    importAction->setObjectName(QStringLiteral("importAction"));
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    file->addSeparator();
    QAction *quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Z)});
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo"), style()->standardIcon(QStyle::SP_ArrowBack)));
    QAction *redo = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo"), style()->standardIcon(QStyle::SP_ArrowForward)));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    addCanvasEditActions(edit);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    newAction->setIcon(QIcon::fromTheme(QStringLiteral("document-new"), style()->standardIcon(QStyle::SP_FileIcon)));
    openAction->setIcon(QIcon::fromTheme(QStringLiteral("document-open"), style()->standardIcon(QStyle::SP_DialogOpenButton)));
    toolbar->addAction(newAction);
    toolbar->addAction(openAction);
    toolbar->addSeparator();
    toolbar->addAction(undo);
    toolbar->addAction(redo);

    updateRecentMenu();
}

QString MainWindow::sampleCopyPath()
{
    return CatalogSession::sampleCopyPath();
}

catalog::Catalog *MainWindow::catalog() const
{
    return m_session->catalog();
}

QUndoStack *MainWindow::undoStack() const
{
    return m_session->undoStack();
}

void MainWindow::detachFromCatalog()
{
    rememberOpenDiagrams();
    m_tree->setCatalog(nullptr);
    m_properties->setCatalog(nullptr);
    m_history->setCatalog(nullptr);
    m_presence->setCatalog(nullptr);
    m_workshop->setCatalog(nullptr);
    m_slices->setCatalog(nullptr);
    m_findings->setCatalog(nullptr);
    m_analysis->setCatalog(nullptr);
    m_review->setCatalog(nullptr);
    m_schemaEditor->setCatalog(nullptr);
    m_workspace->setCatalog(nullptr);
}

void MainWindow::showCatalog(Catalog *catalog)
{
    m_tree->setCatalog(catalog);
    m_properties->setCatalog(catalog);
    m_history->setCatalog(catalog);
    m_presence->setCatalog(catalog);
    m_follower->setPresenting(false);
    m_follower->setFollowing(false);
    m_workshop->setCatalog(catalog);
    m_workshop->setDiagram(m_workspace->currentDiagram());
    m_slices->setCatalog(catalog);
    m_slices->setDiagram(m_workspace->currentDiagram());
    m_findings->setCatalog(catalog);
    m_analysis->setCatalog(catalog);
    m_review->setCatalog(catalog);
    m_schemaEditor->setCatalog(catalog);
    m_workspace->setCatalog(catalog);
    // The diagrams that were open last time, in their order; else the catalog's first one
    // (boards first, then by name). The overview stays a tab away.
    const OpenDiagrams last = OpenDiagrams::load(catalog->location());
    for (const QUuid &diagram : last.tabs) {
        if (catalog->state().diagrams().contains(diagram))
            m_workspace->openDiagram(diagram);
    }
    if (m_workspace->openDiagrams().isEmpty()) {
        QList<Diagram> diagrams = catalog->state().diagrams().values();
        std::sort(diagrams.begin(), diagrams.end(), [](const Diagram &a, const Diagram &b) {
            return a.kind != b.kind ? a.kind < b.kind : a.name < b.name;
        });
        if (!diagrams.isEmpty())
            m_workspace->openDiagram(diagrams.first().id);
    } else if (m_workspace->openDiagrams().contains(last.current)) {
        m_workspace->openDiagram(last.current);
    }
    updateRecentMenu();
}

void MainWindow::applyChange(const Batch &batch, const QString &description)
{
    m_session->apply(batch, description);
}

void MainWindow::applyMergingChange(const Batch &batch, const QString &description, const QString &mergeKey)
{
    m_session->apply(batch, description, mergeKey);
}

void MainWindow::explainRefusal(const Error &error, const Batch &batch, const QString &description)
{
    // An element just named on the canvas: its editor opens again with the name and why.
    for (const Change &change : batch) {
        const auto *created = std::get_if<CreateElement>(&change);
        if (!created)
            continue;
        const auto *placed = batch.size() > 1 ? std::get_if<PlaceElement>(&batch.at(1)) : nullptr;
        if (canvas::DiagramView *view = placed ? m_workspace->viewOf(placed->placement.diagram) : nullptr) {
            const QString name = created->element.name, reason = error.message;
            QTimer::singleShot(0, view, [view, name, reason] { view->reopenRefusedCreation(name, reason); });
            return;
        }
        break;
    }
    if (error.code == ErrorCode::Ungoverned) {
        // Nobody else is involved: the rules refuse it until the findings are fixed.
        QTimer::singleShot(0, this, [this, error] {
            QMessageBox box(QMessageBox::Warning, tr("Not approved"), tr("The catalog's rules refuse this approval while errors remain."),
                            QMessageBox::Ok, this);
            box.setObjectName(QStringLiteral("governanceRefusal"));
            box.setInformativeText(tr("Fix these findings first (they are listed in the Findings panel):\n\n• %1")
                                       .arg(error.detail.split(QLatin1Char('\n'), Qt::SkipEmptyParts).join(QLatin1String("\n• "))));
            box.exec();
        });
        return;
    }
    if (error.code != ErrorCode::ChangedElsewhere)
        return;
    // Someone changed the same thing first: the catalog now shows theirs. Keep it, or
    // apply mine again on top, knowingly.
    QTimer::singleShot(0, this, [this, error, batch, description] {
        QMessageBox box(QMessageBox::Question, tr("Changed by someone else"),
                        tr("%1\n\nThe catalog now shows their version.").arg(error.message), QMessageBox::NoButton, this);
        QPushButton *theirs = box.addButton(tr("Keep Theirs"), QMessageBox::RejectRole);
        QPushButton *mine = box.addButton(tr("Keep Mine"), QMessageBox::AcceptRole);
        box.setDefaultButton(theirs);
        box.exec();
        if (box.clickedButton() == mine)
            applyChange(batch, description);
    });
}

void MainWindow::updateStatus()
{
    if (!catalog()) {
        setWindowTitle(tr("Mesh Studio"));
        m_location->setText(tr("No catalog"));
        m_overview->setText(OverviewPage::html(nullptr, m_recent));
        return;
    }
    const QString location = QDir::toNativeSeparators(catalog()->location());
    if (!catalog()->reader().isShared())
        m_connection->clear();
    else if (catalog()->isOnline())
        m_connection->setText(tr("● live"));
    else
        m_connection->setText(tr("⚠ offline — %n change(s) waiting", nullptr, catalog()->pendingChangeCount()));
    setWindowTitle(tr("%1 — Mesh Studio").arg(QFileInfo(catalog()->location()).completeBaseName()));
    m_location->setText(tr("%1 · revision %2%3")
                            .arg(location)
                            .arg(catalog()->revision())
                            .arg(catalog()->isReadOnly() ? tr(" · read-only") : QString()));

    m_overview->setText(OverviewPage::html(catalog(), m_recent));
}

void MainWindow::editRules()
{
    if (!catalog())
        return;
    RuleSettingsDialog dialog(catalog()->state(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    const Batch batch = dialog.changes(&error);
    if (!batch.isEmpty())
        applyChange(batch, tr("Change governance rules"));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Mesh Studio"),
                       tr("<h3>Mesh Studio %1</h3><p>Model an event-driven architecture together and keep it "
                          "as a governed catalog.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::rememberOpenDiagrams()
{
    if (catalog())
        OpenDiagrams::save(catalog()->location(), {m_workspace->openDiagrams(), m_workspace->currentDiagram()});
}

void MainWindow::showError(const QString &title, const QString &message)
{
    QMessageBox::critical(this, title, message);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_session->leave();
    rememberOpenDiagrams();
    QSettings().setValue(QStringLiteral("windowGeometry"), saveGeometry());
    QSettings().setValue(QStringLiteral("windowState"), saveState());
    event->accept();
}

} // namespace mesh::app
