#include "app/studio/historypanel.h"

#include "catalog/catalog.h"

#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mesh::app {

HistoryPanel::HistoryPanel(QWidget *parent) : QWidget(parent), m_tree(new QTreeWidget(this))
{
    m_tree->setHeaderLabels({tr("Rev."), tr("When"), tr("Who"), tr("Change")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
}

void HistoryPanel::setCatalog(catalog::Catalog *catalog)
{
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = catalog;
    m_tree->clear();
    m_shownRevision = 0;
    if (!m_catalog)
        return;
    connect(m_catalog, &catalog::Catalog::changesApplied, this, [this] { appendSince(m_shownRevision); });
    appendSince(std::max<qint64>(0, m_catalog->revision() - kRevisionsShown));
    for (int column = 0; column < 3; ++column)
        m_tree->resizeColumnToContents(column);
}

void HistoryPanel::appendSince(qint64 revision)
{
    auto changes = m_catalog->log(revision);
    if (!changes) {
        Q_EMIT problem(changes.error().message);
        return;
    }
    // Newest first: insert each at the top.
    for (const catalog::LoggedChange &change : *changes) {
        auto *item = new QTreeWidgetItem({QString::number(change.revision),
                                          QLocale().toString(change.time.toLocalTime(), QLocale::ShortFormat),
                                          change.author, change.summary});
        item->setToolTip(3, QString::fromUtf8(change.change));
        m_tree->insertTopLevelItem(0, item);
        m_shownRevision = std::max(m_shownRevision, change.revision);
    }
}

} // namespace mesh::app
