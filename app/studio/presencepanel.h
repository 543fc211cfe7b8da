#pragma once

#include "catalog/store/catalogstore.h"

#include <QPointer>
#include <QUuid>
#include <QWidget>

class QLabel;
class QTimer;
class QTreeWidget;

namespace mesh::catalog {
class Catalog;
}

namespace mesh::app {

// Who else is on a shared catalog, which diagram each is on and what they have selected.
// It announces this studio's own presence (refreshed every few seconds, and at once when
// the selection changes) and lists the others'. A catalog file has no one else: the panel
// says so.
class PresencePanel final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kRefreshMilliseconds = 3000;

    explicit PresencePanel(QWidget *parent = nullptr);
    void setCatalog(catalog::Catalog *catalog);
    void setSelection(const QList<QUuid> &selection);
    // The diagram this studio shows (announced, so others see where it is).
    void setDiagram(const QUuid &diagram);
    // What this studio presents to followers (Presence::view), announced at once.
    void setView(const QString &view);
    // Announces this studio, then lists everyone.
    void refresh();
    // Lists everyone without announcing (on another studio's announcement).
    void listEveryone();
    QTreeWidget *treeWidget() const { return m_tree; }

Q_SIGNALS:
    // The other studios on the catalog, after each refresh (empty on a file, or offline).
    void othersChanged(const QList<mesh::catalog::Presence> &others);

private:
    QPointer<catalog::Catalog> m_catalog;
    void announce();

    QList<QUuid> m_selection;
    QUuid m_diagram;
    QString m_view;
    QLabel *m_note;
    QTreeWidget *m_tree;
    QTimer *m_timer;
};

} // namespace mesh::app
