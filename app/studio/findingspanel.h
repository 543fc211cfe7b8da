#pragma once

#include "catalog/governance/governancechecker.h"

#include <QPointer>
#include <QUuid>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace mesh::catalog {
class Catalog;
}

namespace mesh::app {

// The governance findings of the open catalog, grouped by severity, then by rule. It
// follows every applied batch (re-checking only what the batch touched); activating a
// finding selects its element.
class FindingsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsPanel(QWidget *parent = nullptr);
    void setCatalog(catalog::Catalog *catalog);
    QTreeWidget *treeWidget() const { return m_tree; }
    int count(catalog::Severity severity) const { return m_checker.count(severity); }

Q_SIGNALS:
    void elementActivated(const QUuid &id);
    void countsChanged();

private:
    void onChangesApplied(const catalog::Batch &batch);
    void rebuild();

    QPointer<catalog::Catalog> m_catalog;
    catalog::GovernanceChecker m_checker;
    QLabel *m_summary;
    QTreeWidget *m_tree;
};

} // namespace mesh::app
