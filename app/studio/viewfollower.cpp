#include "app/studio/viewfollower.h"

#include "app/studio/diagramworkspace.h"
#include "app/studio/presencepanel.h"
#include "canvas/diagramscene.h"
#include "canvas/diagramview.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QScrollBar>
#include <QTabBar>

namespace mesh::app {

ViewFollower::ViewFollower(DiagramWorkspace *workspace, PresencePanel *presence, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_presence(presence)
{
    m_announce.setSingleShot(true);
    m_announce.setInterval(10);
    connect(&m_announce, &QTimer::timeout, this, &ViewFollower::announceView);
    connect(m_workspace, &QTabWidget::currentChanged, this, [this] {
        watchCurrentView();
        if (m_presenting)
            m_announce.start();
    });
    connect(m_workspace->tabBar(), &QTabBar::tabBarClicked, this, [this] {
        if (m_following && !m_applying)
            movedByUser();   // another tab, chosen by the user
    });
    connect(m_presence, &PresencePanel::othersChanged, this, &ViewFollower::follow);
    watchCurrentView();
}

QString ViewFollower::viewJson(const QUuid &diagram, double zoom, const QPointF &center)
{
    const QJsonObject view{{"presenting", true}, {"diagram", diagram.toString(QUuid::WithoutBraces)}, {"zoom", zoom},
                           {"x", qRound(center.x() * 10) / 10.0}, {"y", qRound(center.y() * 10) / 10.0}};
    return QString::fromUtf8(QJsonDocument(view).toJson(QJsonDocument::Compact));
}

const catalog::Presence *ViewFollower::presenterAmong(const QList<catalog::Presence> &others)
{
    const catalog::Presence *latest = nullptr;
    for (const catalog::Presence &presence : others) {
        const QJsonObject view = QJsonDocument::fromJson(presence.view.toUtf8()).object();
        if (view.value(QLatin1String("presenting")).toBool() && (!latest || presence.seen > latest->seen))
            latest = &presence;
    }
    return latest;
}

void ViewFollower::setPresenting(bool presenting)
{
    if (presenting == m_presenting)
        return;
    m_presenting = presenting;
    if (presenting && m_following)
        setFollowing(false);
    if (presenting)
        announceView();
    else
        m_presence->setView(QString());
    Q_EMIT presentingChanged(presenting);
}

void ViewFollower::setFollowing(bool following)
{
    if (following == m_following)
        return;
    m_following = following;
    if (following && m_presenting)
        setPresenting(false);
    Q_EMIT followingChanged(following);
    if (following)
        m_presence->listEveryone();   // catch up at once
}

void ViewFollower::watchCurrentView()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_watching))
        disconnect(connection);
    m_watching.clear();
    m_watched = m_workspace->currentView();
    if (!m_watched)
        return;
    auto changed = [this] {
        if (m_presenting && !m_applying)
            m_announce.start();
    };
    m_watching << connect(m_watched->horizontalScrollBar(), &QScrollBar::valueChanged, this, changed)
               << connect(m_watched->verticalScrollBar(), &QScrollBar::valueChanged, this, changed)
               << connect(m_watched, &canvas::DiagramView::zoomChanged, this, changed)
               << connect(m_watched, &canvas::DiagramView::movedByUser, this, [this] {
                      if (m_following && !m_applying)
                          movedByUser();
                  });
}

void ViewFollower::announceView()
{
    if (!m_presenting)
        return;
    canvas::DiagramView *view = m_workspace->currentView();
    m_presence->setView(view ? viewJson(view->diagramScene()->diagram(), view->zoom(), view->viewCenter()) : QString());
}

void ViewFollower::follow(const QList<catalog::Presence> &others)
{
    if (!m_following)
        return;
    const catalog::Presence *presenter = presenterAmong(others);
    if (!presenter)
        return;
    const QJsonObject view = QJsonDocument::fromJson(presenter->view.toUtf8()).object();
    const QUuid diagram = QUuid::fromString(view.value(QLatin1String("diagram")).toString());
    m_presenter = presenter->displayName.isEmpty() ? presenter->user : presenter->displayName;
    m_applying = true;
    if (m_workspace->currentDiagram() != diagram)
        m_workspace->openDiagram(diagram);
    if (canvas::DiagramView *shown = m_workspace->currentView(); shown && shown->diagramScene()->diagram() == diagram)
        shown->showAt(view.value(QLatin1String("zoom")).toDouble(1), QPointF(view.value(QLatin1String("x")).toDouble(), view.value(QLatin1String("y")).toDouble()));
    m_applying = false;
}

void ViewFollower::movedByUser()
{
    setFollowing(false);
    Q_EMIT status(tr("You moved the view: no longer following %1").arg(m_presenter.isEmpty() ? tr("the presenter") : m_presenter));
}

} // namespace mesh::app
