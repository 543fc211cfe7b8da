#pragma once

#include "catalog/changes/change.h"
#include "catalog/model/diagram.h"
#include "catalog/result.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QLineEdit;
class QMenu;
class QUndoStack;

namespace mesh::catalog {
class Catalog;
}
namespace mesh::canvas {
class OverviewView;
}

namespace mesh::app {

class CatalogSession;
class CatalogTree;
class FindingsPanel;
class HistoryPanel;
class MeshAnalysisPanel;
class PresencePanel;
class SlicePanel;
class WorkshopPanel;
class ViewFollower;
class PropertiesPanel;
class ReviewPanel;
class SchemaEditorPanel;
class DiagramWorkspace;
class PalettePanel;

// The studio window: the catalog tree, properties and history docks around the centre,
// the menus, and a status bar with the catalog's location and revision. It shows the
// catalog its CatalogSession has open, and asks the session for every edit.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a catalog, replacing the current one; on failure shows a dialog that names the
    // problem and keeps the current catalog. Returns whether it opened.
    bool openCatalog(const QString &location);
    // What the studio opens on start: `requested` if given, else the last catalog used,
    // else (first run) a copy of the sample catalog in the user's data folder.
    bool openStartupCatalog(const QString &requested);
    // The sample catalog: this user's own copy, made on first use.
    bool openSample();
    static QString sampleCopyPath();

    catalog::Catalog *catalog() const;
    QUndoStack *undoStack() const;
    CatalogTree *catalogTree() const { return m_tree; }
    PropertiesPanel *propertiesPanel() const { return m_properties; }
    HistoryPanel *historyPanel() const { return m_history; }
    PresencePanel *presencePanel() const { return m_presence; }
    WorkshopPanel *workshopPanel() const { return m_workshop; }
    SlicePanel *slicePanel() const { return m_slices; }
    ViewFollower *viewFollower() const { return m_follower; }
    FindingsPanel *findingsPanel() const { return m_findings; }
    MeshAnalysisPanel *meshAnalysisPanel() const { return m_analysis; }
    ReviewPanel *reviewPanel() const { return m_review; }
    SchemaEditorPanel *schemaEditor() const { return m_schemaEditor; }
    DiagramWorkspace *workspace() const { return m_workspace; }
    PalettePanel *palette() const { return m_palette; }
    void newDiagram(catalog::DiagramKind kind);
    void exportPicture();
    void exportCatalog();
    void importFiles();
    void editRules();

    // Applies a batch as one undoable step (what every edit in the window does).
    void applyChange(const catalog::Batch &batch, const QString &description);
    // The same; steps with the same non-empty `mergeKey` in a row become one (nudges).
    void applyMergingChange(const catalog::Batch &batch, const QString &description, const QString &mergeKey);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createDiagramMenu();
    void addCanvasEditActions(QMenu *edit);
    void findOnDiagram(const QString &text);
    void detachFromCatalog();
    void showCatalog(catalog::Catalog *catalog);
    void updateStatus();
    void updateRecentMenu();
    void newCatalog();
    void openCatalogDialog();
    void openSharedCatalogDialog();
    void followStartLink(const QString &link);   // a link of the Overview tab's start page
    // Asks for the password of a shared catalog the server refused without one; returns the
    // location with it (kept in memory only), or an empty string when cancelled.
    QString askForPassword(const QString &location, const QString &reason);
    // A local edit the catalog refused: its editor reopens, or a dialog says why and what
    // the user may do (keep theirs, apply mine again).
    void explainRefusal(const catalog::Error &error, const catalog::Batch &batch, const QString &description);
    void saveCopyAs();
    void rememberOpenDiagrams();
    void showAbout();
    void showError(const QString &title, const QString &message);

    std::unique_ptr<CatalogSession> m_session;
    CatalogTree *m_tree;
    PropertiesPanel *m_properties;
    HistoryPanel *m_history;
    PresencePanel *m_presence;
    WorkshopPanel *m_workshop;
    SlicePanel *m_slices;
    QStringList m_recent;   // the recent catalogs, as the menu lists them
    ViewFollower *m_follower = nullptr;
    FindingsPanel *m_findings;
    MeshAnalysisPanel *m_analysis;
    ReviewPanel *m_review;
    SchemaEditorPanel *m_schemaEditor;
    DiagramWorkspace *m_workspace;
    PalettePanel *m_palette;
    QLineEdit *m_find;
    canvas::OverviewView *m_diagramOverview;
    QLabel *m_overview;
    QLabel *m_location;
    QLabel *m_connection;
    QMenu *m_recentMenu = nullptr;
};

} // namespace mesh::app
