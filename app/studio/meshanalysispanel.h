#pragma once

#include <QPointer>
#include <QUuid>
#include <QWidget>

class QTreeWidget;

namespace mesh::catalog {
class Catalog;
}

namespace mesh::app {

// The mesh analysis of the open catalog: each flow's end-to-end figures over its
// synchronous hops, the events that isolate it, the hop that would gain most as an event,
// and each service's blast radius. Recomputed as the catalog changes.
class MeshAnalysisPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit MeshAnalysisPanel(QWidget *parent = nullptr);
    void setCatalog(catalog::Catalog *catalog);
    QTreeWidget *treeWidget() const { return m_tree; }

Q_SIGNALS:
    void elementActivated(const QUuid &id);

private:
    void rebuild();

    QPointer<catalog::Catalog> m_catalog;
    QTreeWidget *m_tree;
};

} // namespace mesh::app
