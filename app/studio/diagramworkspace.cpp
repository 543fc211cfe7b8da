#include "app/studio/diagramworkspace.h"

#include "canvas/diagramscene.h"
#include "canvas/diagramview.h"
#include "catalog/catalog.h"

#include <QTabBar>
#include <QtConcurrent/QtConcurrentRun>

namespace mesh::app {

using namespace mesh::catalog;
using mesh::canvas::DiagramScene;
using mesh::canvas::DiagramView;

DiagramWorkspace::DiagramWorkspace(QWidget *overview, QWidget *parent) : QTabWidget(parent)
{
    setObjectName(QStringLiteral("diagramTabs"));
    setDocumentMode(true);
    setTabsClosable(true);
    setMovable(true);
    addTab(overview, tr("Overview"));
    tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);   // the overview stays
    tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    connect(this, &QTabWidget::currentChanged, this, [this] {
        Q_EMIT zoomChanged(currentView() ? currentView()->zoom() : 0.0);
        Q_EMIT toolChanged(currentView() ? currentView()->tool() : DiagramView::Tool::Select);
        Q_EMIT selectionChanged(currentView() && !currentView()->diagramScene()->selectedElements().isEmpty());
    });
    connect(this, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (auto *view = qobject_cast<DiagramView *>(widget(index)))
            closeDiagram(view->diagramScene()->diagram());
    });
    connect(&m_layoutWatcher, &QFutureWatcher<std::optional<layout::LayoutResult>>::finished, this, [this] {
        const std::optional<layout::LayoutResult> result = m_layoutWatcher.result();
        DiagramView *view = m_views.value(m_layingOut);
        m_layingOut = QUuid();
        if (!result || !view) {
            Q_EMIT status(tr("Layout cancelled"));
            Q_EMIT layoutFinished();
            return;
        }
        // A layout of an older state is thrown away: the diagram changed meanwhile.
        if (!m_catalog || m_catalog->revision() != m_layoutRevision) {
            Q_EMIT problem(tr("The diagram changed while it was being laid out; lay it out again"));
            Q_EMIT layoutFinished();
            return;
        }
        const Batch batch = view->diagramScene()->layoutBatch(m_layoutGraph, *result);
        if (!batch.isEmpty())
            Q_EMIT changeRequested(batch, tr("Lay out %1").arg(tabText(indexOf(view))));
        Q_EMIT status(tr("Laid out"));
        Q_EMIT layoutFinished();
        view->zoomToFit();
    });
}

void DiagramWorkspace::setCatalog(Catalog *catalog)
{
    cancelLayout();
    m_layoutWatcher.waitForFinished();
    for (const QUuid &diagram : m_views.keys())
        closeDiagram(diagram);
    m_layoutCaches.clear();
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = catalog;
    if (m_catalog)
        connect(m_catalog, &Catalog::changesApplied, this, &DiagramWorkspace::followCatalog);
    setCurrentIndex(0);
}

DiagramView *DiagramWorkspace::currentView() const
{
    return qobject_cast<DiagramView *>(currentWidget());
}

QList<QUuid> DiagramWorkspace::openDiagrams() const
{
    QList<QUuid> open;
    for (int tab = 0; tab < count(); ++tab) {
        if (auto *view = qobject_cast<DiagramView *>(widget(tab)))
            open.append(m_views.key(view));
    }
    return open;
}

QUuid DiagramWorkspace::currentDiagram() const
{
    return m_views.key(currentView());
}

void DiagramWorkspace::openDiagram(const QUuid &diagram)
{
    if (!m_catalog)
        return;
    if (DiagramView *view = m_views.value(diagram)) {
        setCurrentWidget(view);
        return;
    }
    const Diagram *shown = m_catalog->state().diagram(diagram);
    if (!shown)
        return;
    auto *scene = new DiagramScene(m_catalog, diagram);
    auto *view = new DiagramView(scene);
    scene->setParent(view);
    view->setObjectName(QStringLiteral("diagramView"));
    connect(scene, &DiagramScene::changeRequested, this, &DiagramWorkspace::changeRequested);
    connect(scene, &DiagramScene::problem, this, &DiagramWorkspace::problem);
    connect(view, &DiagramView::problem, this, &DiagramWorkspace::problem);
    connect(view, &DiagramView::deleteRequested, this, &DiagramWorkspace::deleteRequested);
    connect(view, &DiagramView::zoomChanged, this, [this, view](double zoom) {
        if (currentView() == view)
            Q_EMIT zoomChanged(zoom);
    });
    connect(scene, &DiagramScene::relationSelected, this, &DiagramWorkspace::relationSelected);
    connect(scene, &QGraphicsScene::selectionChanged, this, [this, view] {
        if (currentView() == view)
            Q_EMIT selectionChanged(!view->diagramScene()->selectedElements().isEmpty());
    });
    connect(view, &DiagramView::toolChanged, this, [this, view](DiagramView::Tool tool) {
        if (currentView() == view)
            Q_EMIT toolChanged(tool);
    });
    connect(scene, &DiagramScene::elementsSelected, this, [this](const QList<QUuid> &elements) {
        if (elements.size() == 1)
            Q_EMIT elementSelected(elements.first());
    });
    m_views.insert(diagram, view);
    addTab(view, shown->name);
    setCurrentWidget(view);
    view->zoomToReadableFit();
}

void DiagramWorkspace::closeDiagram(const QUuid &diagram)
{
    DiagramView *view = m_views.take(diagram);
    if (!view)
        return;
    if (m_layingOut == diagram)
        cancelLayout();
    removeTab(indexOf(view));
    view->deleteLater();
}

void DiagramWorkspace::createDiagram(DiagramKind kind, const QString &name)
{
    const Diagram diagram{QUuid::createUuid(), name.trimmed(), kind};
    m_pendingOpen = diagram.id;
    Q_EMIT changeRequested({CreateDiagram{diagram}}, tr("Create diagram %1").arg(diagram.name));
    if (m_catalog && m_catalog->state().diagram(diagram.id))
        openDiagram(diagram.id);
    m_pendingOpen = QUuid();
}

void DiagramWorkspace::renameCurrent(const QString &name)
{
    if (DiagramView *view = currentView()) {
        Q_EMIT changeRequested({UpdateDiagram{view->diagramScene()->diagram(), {{"name", name.trimmed()}}}},
                               tr("Rename diagram %1 to %2").arg(tabText(currentIndex()), name.trimmed()));
    }
}

Batch DiagramWorkspace::deleteCurrentBatch() const
{
    if (DiagramView *view = currentView())
        return {DeleteDiagram{view->diagramScene()->diagram()}};
    return {};
}

void DiagramWorkspace::followCatalog()
{
    // Diagrams deleted (here, by an undo, or by someone else) close; renamed ones follow.
    const CatalogState &state = m_catalog->state();
    for (const QUuid &diagram : m_views.keys()) {
        const Diagram *shown = state.diagram(diagram);
        if (!shown)
            closeDiagram(diagram);
        else
            setTabText(indexOf(m_views.value(diagram)), shown->name);
    }
}

void DiagramWorkspace::layoutCurrent(bool highQuality)
{
    DiagramView *view = currentView();
    if (!view || isLayingOut())
        return;
    DiagramScene *scene = view->diagramScene();
    m_layoutGraph = scene->layoutGraph();
    m_layoutRevision = m_catalog->revision();
    m_layingOut = scene->diagram();
    m_cancelLayout = std::make_shared<std::atomic<bool>>(false);
    std::shared_ptr<layout::LayoutCache> &cache = m_layoutCaches[scene->diagram()];
    if (!cache)
        cache = std::make_shared<layout::LayoutCache>();
    const layout::LayoutEngine engine = scene->layoutEngine(highQuality);
    m_layoutWatcher.setFuture(QtConcurrent::run([graph = m_layoutGraph, engine, cancel = m_cancelLayout, cache]() {
        return layout::GraphvizLayout::run(graph, engine, cancel.get(), cache.get());
    }));
    Q_EMIT status(tr("Laying out %n element(s)… (Esc cancels)", nullptr, int(m_layoutGraph.nodes.size())));
}

void DiagramWorkspace::cancelLayout()
{
    if (m_cancelLayout)
        m_cancelLayout->store(true);
}

void DiagramWorkspace::showElement(const QUuid &element)
{
    DiagramView *view = currentView();
    if (!view || !view->diagramScene()->itemFor(element))
        return;
    // Selected here already (the selection came from this diagram): nothing to centre on.
    if (view->diagramScene()->selectedElements().contains(element))
        return;
    view->diagramScene()->selectElements({element});
    view->centerOnElements({element});
}

void DiagramWorkspace::showPresence(const QList<catalog::Presence> &others)
{
    for (auto view = m_views.cbegin(); view != m_views.cend(); ++view) {
        QHash<QUuid, QStringList> holders;
        for (const catalog::Presence &presence : others) {
            if (QUuid::fromString(presence.diagram) != view.key())
                continue;
            for (const QString &id : presence.selection.split(QLatin1Char(','), Qt::SkipEmptyParts))
                holders[QUuid::fromString(id)].append(presence.displayName.isEmpty() ? presence.user : presence.displayName);
        }
        view.value()->diagramScene()->showOthersSelections(holders);
    }
}

} // namespace mesh::app
