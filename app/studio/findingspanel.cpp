#include "app/studio/findingspanel.h"

#include "app/studio/elementicons.h"
#include "catalog/catalog.h"
#include "catalog/governance/ruleregistry.h"

#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mesh::app {

using namespace mesh::catalog;

namespace {

QIcon severityIcon(const QWidget *widget, Severity severity)
{
    const QStyle::StandardPixmap pixmaps[] = {QStyle::SP_MessageBoxCritical, QStyle::SP_MessageBoxWarning,
                                              QStyle::SP_MessageBoxInformation};
    return widget->style()->standardIcon(pixmaps[int(severity)]);
}

} // namespace

FindingsPanel::FindingsPanel(QWidget *parent) : QWidget(parent), m_summary(new QLabel(this)), m_tree(new QTreeWidget(this))
{
    m_tree->setHeaderLabels({tr("Finding"), tr("Element"), tr("How to fix")});
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_summary->setMargin(4);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QUuid id = QUuid::fromString(item->data(0, Qt::UserRole).toString());
        if (!id.isNull())
            Q_EMIT elementActivated(id);
    });
    connect(m_tree, &QTreeWidget::itemClicked, m_tree, &QTreeWidget::itemActivated);
}

void FindingsPanel::setCatalog(Catalog *catalog)
{
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = catalog;
    if (m_catalog) {
        m_checker.reset(m_catalog->state());
        connect(m_catalog, &Catalog::changesApplied, this, &FindingsPanel::onChangesApplied);
    }
    rebuild();
}

void FindingsPanel::onChangesApplied(const Batch &batch)
{
    m_checker.update(m_catalog->state(), batch);
    rebuild();
}

void FindingsPanel::rebuild()
{
    m_tree->clear();
    if (!m_catalog) {
        m_summary->clear();
        Q_EMIT countsChanged();
        return;
    }
    const CatalogState &state = m_catalog->state();
    const QList<Finding> findings = m_checker.findings(state);
    QTreeWidgetItem *severityItem = nullptr;
    QTreeWidgetItem *ruleItem = nullptr;
    for (const Finding &finding : findings) {
        if (!severityItem || severityItem->data(0, Qt::UserRole + 1).toInt() != int(finding.severity)) {
            severityItem = new QTreeWidgetItem(m_tree, {tr("%1 (%2)").arg(severityDisplayName(finding.severity)).arg(m_checker.count(finding.severity))});
            severityItem->setIcon(0, severityIcon(this, finding.severity));
            severityItem->setData(0, Qt::UserRole + 1, int(finding.severity));
            severityItem->setExpanded(true);
            ruleItem = nullptr;
        }
        if (!ruleItem || ruleItem->data(0, Qt::UserRole + 2).toString() != finding.ruleId) {
            const Rule *rule = RuleRegistry::instance().rule(finding.ruleId);
            ruleItem = new QTreeWidgetItem(severityItem, {finding.ruleId});
            ruleItem->setToolTip(0, rule ? rule->description() : QString());
            ruleItem->setData(0, Qt::UserRole + 2, finding.ruleId);
            ruleItem->setExpanded(true);
        }
        auto *item = new QTreeWidgetItem(ruleItem, {finding.message, state.pathOf(finding.element), finding.fix});
        item->setData(0, Qt::UserRole, finding.element.toString(QUuid::WithoutBraces));
        item->setToolTip(0, finding.message);
        item->setToolTip(2, finding.fix);
        if (const Element *element = state.element(finding.element))
            item->setIcon(1, elementIcon(element->kind));
    }
    m_summary->setText(tr("%n error(s)", nullptr, m_checker.count(Severity::Error)) + QStringLiteral(" · ")
                       + tr("%n warning(s)", nullptr, m_checker.count(Severity::Warning)) + QStringLiteral(" · ")
                       + tr("%n info(s)", nullptr, m_checker.count(Severity::Info)));
    m_tree->resizeColumnToContents(0);
    m_tree->setColumnWidth(0, std::min(m_tree->columnWidth(0), 520));
    m_tree->resizeColumnToContents(1);
    Q_EMIT countsChanged();
}

} // namespace mesh::app
