#include "app/studio/presencepanel.h"

#include "catalog/catalog.h"

#include <QHeaderView>
#include <QLabel>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mesh::app {

PresencePanel::PresencePanel(QWidget *parent)
    : QWidget(parent), m_note(new QLabel(this)), m_tree(new QTreeWidget(this)), m_timer(new QTimer(this))
{
    m_tree->setHeaderLabels({tr("Who"), tr("Where"), tr("Selected")});
    m_tree->setRootIsDecorated(false);
    m_tree->header()->setStretchLastSection(true);
    m_note->setWordWrap(true);
    m_note->setMargin(6);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_note);
    layout->addWidget(m_tree);
    connect(m_timer, &QTimer::timeout, this, &PresencePanel::refresh);
}

void PresencePanel::setCatalog(catalog::Catalog *catalog)
{
    if (m_catalog) {
        m_catalog->withdrawPresence();
        disconnect(m_catalog, nullptr, this, nullptr);
    }
    m_catalog = catalog;
    m_view.clear();
    if (m_catalog)
        connect(m_catalog, &catalog::Catalog::presenceChanged, this, &PresencePanel::listEveryone);
    m_selection.clear();
    const bool shared = m_catalog && m_catalog->reader().isShared();
    m_tree->setVisible(shared);
    m_note->setText(shared ? QString() : tr("Only you: people appear here when several studios open the same shared catalog."));
    m_note->setVisible(!shared);
    if (shared)
        m_timer->start(kRefreshMilliseconds);
    else
        m_timer->stop();
    refresh();
}

void PresencePanel::setSelection(const QList<QUuid> &selection)
{
    m_selection = selection;
    refresh();
}

void PresencePanel::setView(const QString &view)
{
    if (view == m_view)
        return;
    m_view = view;
    // Announced only: the server's notification of it brings the list back (listEveryone).
    announce();
}

void PresencePanel::setDiagram(const QUuid &diagram)
{
    if (diagram == m_diagram)
        return;
    m_diagram = diagram;
    refresh();
}

void PresencePanel::announce()
{
    if (m_catalog && m_catalog->reader().isShared() && m_catalog->isOnline())
        (void)m_catalog->announcePresence(m_catalog->author(), m_diagram.isNull() ? QString() : m_diagram.toString(QUuid::WithoutBraces),
                                          m_selection, m_view);
}

void PresencePanel::refresh()
{
    announce();
    listEveryone();
}

void PresencePanel::listEveryone()
{
    m_tree->clear();
    if (!m_catalog || !m_catalog->reader().isShared() || !m_catalog->isOnline()) {
        Q_EMIT othersChanged({});
        if (m_catalog && m_catalog->reader().isShared()) {
            m_note->setText(tr("Offline: presence comes back with the connection."));
            m_note->setVisible(true);
        }
        return;
    }
    m_note->setVisible(false);
    auto people = m_catalog->presence();
    if (!people)
        return;
    const catalog::CatalogState &state = m_catalog->state();
    QList<catalog::Presence> others;
    for (const catalog::Presence &presence : *people) {
        QStringList selected;
        for (const QString &id : presence.selection.split(QLatin1Char(','), Qt::SkipEmptyParts))
            selected.append(state.pathOf(QUuid::fromString(id)));
        const bool me = presence.clientId == m_catalog->clientId();
        const QString who = presence.displayName == presence.user || presence.user.isEmpty()
            ? presence.displayName
            : tr("%1 (%2)").arg(presence.displayName, presence.user);
        if (!me)
            others.append(presence);
        const catalog::Diagram *diagram = state.diagram(QUuid::fromString(presence.diagram));
        auto *item = new QTreeWidgetItem(m_tree, {me ? tr("%1 — you").arg(who) : who,
                                                  diagram ? diagram->name : tr("catalog tree"),
                                                  selected.join(QLatin1String(", "))});
        item->setData(0, Qt::UserRole, presence.clientId);
        if (me) {
            QFont font = item->font(0);
            font.setItalic(true);
            item->setFont(0, font);
        }
    }
    Q_EMIT othersChanged(others);
}

} // namespace mesh::app
