#pragma once

#include "catalog/store/catalogstore.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace mesh::canvas {
class DiagramView;
}

namespace mesh::app {

class DiagramWorkspace;
class PresencePanel;

// Follow the facilitator, on a shared catalog: a presenting studio announces its diagram,
// zoom and centre with its presence whenever its view moves; a following studio shows the
// same, until its user moves the view themselves. Presence is pushed by the server, so a
// follower keeps up within a few milliseconds.
class ViewFollower final : public QObject
{
    Q_OBJECT

public:
    ViewFollower(DiagramWorkspace *workspace, PresencePanel *presence, QObject *parent = nullptr);

    void setPresenting(bool presenting);
    bool isPresenting() const { return m_presenting; }
    void setFollowing(bool following);
    bool isFollowing() const { return m_following; }

    // The view a presence announces ("" when not presenting), and the presenter among others.
    static QString viewJson(const QUuid &diagram, double zoom, const QPointF &center);
    static const catalog::Presence *presenterAmong(const QList<catalog::Presence> &others);

Q_SIGNALS:
    void presentingChanged(bool presenting);
    void followingChanged(bool following);
    void status(const QString &message);

private:
    void watchCurrentView();
    void announceView();
    void follow(const QList<catalog::Presence> &others);
    void movedByUser();

    DiagramWorkspace *m_workspace;
    PresencePanel *m_presence;
    QPointer<canvas::DiagramView> m_watched;
    QList<QMetaObject::Connection> m_watching;
    QTimer m_announce;   // coalesces a burst of scroll steps into one announcement
    bool m_presenting = false;
    bool m_following = false;
    bool m_applying = false;   // the view moves because the presenter's did
    QString m_presenter;       // the client followed, for the message when following stops
};

} // namespace mesh::app
