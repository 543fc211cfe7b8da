#pragma once

#include "catalog/changes/change.h"

#include <QPointer>
#include <QSet>
#include <QUuid>
#include <QWidget>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace mesh::catalog {
class Catalog;
struct Element;
}

namespace mesh::app {

// The catalog tree: bounded contexts → elements grouped by kind, then what lives outside
// any context (teams, actors, external systems). Rebuilt from the catalog's state after
// every applied batch, keeping what was expanded and selected. A filter box narrows it.
class CatalogTree final : public QWidget
{
    Q_OBJECT

public:
    explicit CatalogTree(QWidget *parent = nullptr);

    void setCatalog(catalog::Catalog *catalog);
    QUuid selectedElement() const;
    void selectElement(const QUuid &id);
    QTreeWidget *treeWidget() const { return m_tree; }

Q_SIGNALS:
    void elementSelected(const QUuid &id);

private:
    void rebuild();
    void addElementGroups(QTreeWidgetItem *parent, const QList<const catalog::Element *> &elements);
    void onSelectionChanged();

    QPointer<catalog::Catalog> m_catalog;
    QLineEdit *m_filter;
    QTreeWidget *m_tree;
    QSet<QString> m_expanded;
    bool m_waitingShown = false;   // the "No context yet" node has been opened once
    bool m_rebuilding = false;
};

} // namespace mesh::app
