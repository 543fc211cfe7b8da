#pragma once

#include "catalog/store/catalogstore.h"

#include "canvas/diagramview.h"
#include "canvas/layout/graphvizlayout.h"
#include "catalog/changes/change.h"
#include "catalog/model/diagram.h"

#include <QFutureWatcher>
#include <QHash>
#include <QPointer>
#include <QTabWidget>
#include <QUuid>

#include <atomic>
#include <memory>

namespace mesh::catalog {
class Catalog;
}
namespace mesh::canvas {
class DiagramView;
}

namespace mesh::app {

// The centre of the window: the catalog's overview as the first tab, then a tab per open
// diagram. Creates, renames and deletes diagrams (as changes), runs the auto-layout off the
// window's thread (one undo step, cancellable), exports pictures, and keeps the diagrams'
// selection in step with the catalog tree.
class DiagramWorkspace final : public QTabWidget
{
    Q_OBJECT

public:
    DiagramWorkspace(QWidget *overview, QWidget *parent = nullptr);

    void setCatalog(catalog::Catalog *catalog);
    canvas::DiagramView *currentView() const;
    canvas::DiagramView *viewOf(const QUuid &diagram) const { return m_views.value(diagram); }
    // The open diagrams in tab order, and the one in front (null while the overview is).
    QList<QUuid> openDiagrams() const;
    QUuid currentDiagram() const;

    void openDiagram(const QUuid &diagram);
    void createDiagram(catalog::DiagramKind kind, const QString &name);
    void renameCurrent(const QString &name);
    catalog::Batch deleteCurrentBatch() const;
    // Lays the current diagram out; `highQuality` runs dot over the whole board.
    void layoutCurrent(bool highQuality = false);
    void cancelLayout();
    // Outlines on every open diagram around what other studios have selected there.
    void showPresence(const QList<mesh::catalog::Presence> &others);
    // From the start of a layout until its result is handled (a worker that is done already
    // still counts until then).
    bool isLayingOut() const { return !m_layingOut.isNull(); }
    // Selects (and centres on) the element in the current diagram, if it is there.
    void showElement(const QUuid &element);

Q_SIGNALS:
    void changeRequested(const mesh::catalog::Batch &batch, const QString &description, const QString &mergeKey = {});
    void problem(const QString &message);
    void status(const QString &message);
    void elementSelected(const QUuid &element);
    void relationSelected(const QUuid &relation);
    void deleteRequested(const mesh::catalog::Batch &batch, const QStringList &consequences);
    void layoutFinished();
    void zoomChanged(double zoom);   // of the current diagram (0 while the overview is shown)
    void toolChanged(mesh::canvas::DiagramView::Tool tool);   // of the current diagram (Select while the overview is shown)
    void selectionChanged(bool hasElements);   // whether the current diagram has elements selected

private:
    void closeDiagram(const QUuid &diagram);
    void followCatalog();

    QPointer<catalog::Catalog> m_catalog;
    QHash<QUuid, canvas::DiagramView *> m_views;
    QHash<QUuid, std::shared_ptr<layout::LayoutCache>> m_layoutCaches;
    QFutureWatcher<std::optional<layout::LayoutResult>> m_layoutWatcher;
    std::shared_ptr<std::atomic<bool>> m_cancelLayout;
    QUuid m_layingOut;
    layout::LayoutGraph m_layoutGraph;
    qint64 m_layoutRevision = -1;
    QUuid m_pendingOpen;   // a diagram this window just created, opened once it exists
};

} // namespace mesh::app
