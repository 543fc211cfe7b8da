#pragma once

#include "catalog/changes/change.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QUuid>
#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimer;
class QTreeWidget;

namespace mesh::catalog {
class Catalog;
}

namespace mesh::app {

// What a facilitator needs beside the board: a workshop timer everyone in the room can
// read, dot voting on the current diagram (this studio's dots left, the ranking, the
// budget, a reset) and the comment thread of the selected element. Votes, budgets and
// comments are catalog data, asked for as changes; the timer is this studio's own.
class WorkshopPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit WorkshopPanel(QWidget *parent = nullptr);
    // Modest, whatever it holds (it scrolls): the dock it shares with the properties must
    // not take height from the canvas on a first start.
    QSize sizeHint() const override { return {300, 240}; }
    void setCatalog(catalog::Catalog *catalog);
    void setDiagram(const QUuid &diagram);
    void setElement(const QUuid &element);
    // Whether the current diagram's vote tool is on (the button shows it).
    void setVoting(bool on);
    // Follow the facilitator (shared catalogs): what the two buttons show.
    void setPresenting(bool on);
    void setFollowing(bool on);

    // The timer: what is left, and whether it runs.
    int remainingSeconds() const;
    bool isTimerRunning() const { return m_running; }

Q_SIGNALS:
    void changeRequested(const mesh::catalog::Batch &batch, const QString &description);
    void voteToolRequested(bool on);
    void presentRequested(bool on);
    void followRequested(bool on);
    void status(const QString &message);

private:
    void refresh();
    void refreshVotes();
    void refreshComments();
    void startOrPauseTimer();
    void resetTimer();
    void tick();
    void addComment();
    void setBudget();
    void resetVotes();

    QPointer<catalog::Catalog> m_catalog;
    QUuid m_diagram;
    QUuid m_element;

    QSpinBox *m_minutes;
    QPushButton *m_startTimer;
    QPushButton *m_resetTimer;
    QLabel *m_clock;
    QTimer *m_ticker;
    QElapsedTimer m_elapsed;
    qint64 m_spentBefore = 0;   // milliseconds run before the last pause
    bool m_running = false;

    QPushButton *m_present;
    QPushButton *m_follow;
    QLabel *m_followNote;
    QPushButton *m_vote;
    QLabel *m_dotsLeft;
    QSpinBox *m_budget;
    QPushButton *m_setBudget;
    QPushButton *m_resetVotes;
    QTreeWidget *m_ranking;

    QLabel *m_commentsOf;
    QListWidget *m_comments;
    QPlainTextEdit *m_commentText;
    QPushButton *m_addComment;
};

} // namespace mesh::app
