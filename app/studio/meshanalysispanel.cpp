#include "app/studio/meshanalysispanel.h"

#include "catalog/catalog.h"
#include "catalog/governance/meshanalysis.h"

#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mesh::app {

using namespace mesh::catalog;

MeshAnalysisPanel::MeshAnalysisPanel(QWidget *parent) : QWidget(parent), m_tree(new QTreeWidget(this))
{
    m_tree->setHeaderLabels({tr("Flow"), tr("Uptime"), tr("Latency p50 / p99"), tr("Throughput")});
    m_tree->header()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QUuid id = QUuid::fromString(item->data(0, Qt::UserRole).toString());
        if (!id.isNull())
            Q_EMIT elementActivated(id);
    });
}

void MeshAnalysisPanel::setCatalog(Catalog *catalog)
{
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = catalog;
    if (m_catalog)
        connect(m_catalog, &Catalog::changesApplied, this, &MeshAnalysisPanel::rebuild);
    rebuild();
}

void MeshAnalysisPanel::rebuild()
{
    m_tree->clear();
    if (!m_catalog)
        return;
    const CatalogState &state = m_catalog->state();
    const MeshAnalysis analysis = MeshAnalysis::analyze(state);
    auto row = [&state](QTreeWidgetItem *item, const FlowFigures &f) {
        item->setText(1, QStringLiteral("%1 %").arg(f.uptimePercent, 0, 'f', 3));
        item->setText(2, tr("%1 / %2 ms").arg(f.latencyP50Ms).arg(f.latencyP99Ms));
        item->setText(3, f.throughputRps ? tr("%1 requests/s (%2)").arg(*f.throughputRps).arg(state.pathOf(f.slowestHop)) : QString());
    };
    auto link = [](QTreeWidgetItem *item, const QUuid &id) { item->setData(0, Qt::UserRole, id.toString(QUuid::WithoutBraces)); };
    for (const Flow &flow : analysis.flows) {
        auto *item = new QTreeWidgetItem(m_tree, {tr("Flow from %1").arg(state.pathOf(flow.entry))});
        link(item, flow.entry);
        row(item, flow.figures);
        for (const SynchronousHop &hop : flow.hops) {
            auto *child = new QTreeWidgetItem(item, {tr("synchronous: %1 → %2").arg(state.pathOf(hop.caller), state.pathOf(hop.api))});
            link(child, hop.api);
        }
        for (const QUuid &event : flow.asynchronousEvents) {
            auto *child = new QTreeWidgetItem(item, {tr("isolated by the event %1").arg(state.pathOf(event))});
            link(child, event);
        }
        if (flow.bestCandidate) {
            auto *child = new QTreeWidgetItem(item, {tr("as an event instead: %1 → %2").arg(state.pathOf(flow.bestCandidate->caller),
                                                                                             state.pathOf(flow.bestCandidate->api))});
            link(child, flow.bestCandidate->api);
            row(child, flow.ifCandidateWereAnEvent);
            QFont font = child->font(0);
            font.setBold(true);
            child->setFont(0, font);
        }
        item->setExpanded(true);
    }
    for (const BlastRadius &radius : analysis.blastRadii) {
        QStringList entries;
        for (const QUuid &entry : radius.failingEntries)
            entries << state.pathOf(entry);
        auto *item = new QTreeWidgetItem(m_tree, {tr("If %1 is down, these flows fail: %2").arg(state.pathOf(radius.service), entries.join(QLatin1String(", ")))});
        link(item, radius.service);
    }
    m_tree->resizeColumnToContents(0);
    m_tree->setColumnWidth(0, std::min(m_tree->columnWidth(0), 560));
}

} // namespace mesh::app
