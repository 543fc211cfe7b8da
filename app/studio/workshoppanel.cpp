#include "app/studio/workshoppanel.h"

#include "app/studio/scrollingpanel.h"

#include "catalog/catalog.h"

#include <QApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mesh::app {

using namespace mesh::catalog;

WorkshopPanel::WorkshopPanel(QWidget *parent)
    : QWidget(parent),
      m_minutes(new QSpinBox),
      m_startTimer(new QPushButton(tr("Start"))),
      m_resetTimer(new QPushButton(tr("Reset"))),
      m_clock(new QLabel),
      m_ticker(new QTimer(this)),
      m_present(new QPushButton(tr("Present My View"))),
      m_follow(new QPushButton(tr("Follow the Presenter"))),
      m_followNote(new QLabel),
      m_vote(new QPushButton(tr("Vote on Stickies"))),
      m_dotsLeft(new QLabel),
      m_budget(new QSpinBox),
      m_setBudget(new QPushButton(tr("Set"))),
      m_resetVotes(new QPushButton(tr("Reset Votes…"))),
      m_ranking(new QTreeWidget),
      m_commentsOf(new QLabel),
      m_comments(new QListWidget),
      m_commentText(new QPlainTextEdit),
      m_addComment(new QPushButton(tr("Add Comment")))
{
    // The timer, large enough to read across a room.
    m_minutes->setObjectName(QStringLiteral("timerMinutes"));
    m_minutes->setRange(1, 240);
    m_minutes->setValue(10);
    m_minutes->setSuffix(tr(" min"));
    m_startTimer->setMinimumWidth(0);
    m_resetTimer->setMinimumWidth(0);
    m_startTimer->setObjectName(QStringLiteral("timerStart"));
    m_resetTimer->setObjectName(QStringLiteral("timerReset"));
    m_clock->setObjectName(QStringLiteral("timerClock"));
    m_clock->setAlignment(Qt::AlignCenter);
    QFont big = m_clock->font();
    big.setPointSizeF(big.pointSizeF() * 2.6);
    big.setBold(true);
    m_clock->setFont(big);
    m_ticker->setInterval(250);
    connect(m_ticker, &QTimer::timeout, this, &WorkshopPanel::tick);
    connect(m_startTimer, &QPushButton::clicked, this, &WorkshopPanel::startOrPauseTimer);
    connect(m_resetTimer, &QPushButton::clicked, this, &WorkshopPanel::resetTimer);
    connect(m_minutes, &QSpinBox::valueChanged, this, [this] {
        if (!m_running && m_spentBefore == 0)
            tick();
    });
    auto *timerBox = new QGroupBox(tr("Timer"));
    auto *timerLayout = new QVBoxLayout(timerBox);
    timerLayout->addWidget(m_clock);
    auto *timerButtons = new QHBoxLayout;
    timerButtons->addWidget(m_minutes);
    timerButtons->addWidget(m_startTimer);
    timerButtons->addWidget(m_resetTimer);
    timerLayout->addLayout(timerButtons);

    // Follow the facilitator: one studio presents, the others' views follow it.
    m_present->setObjectName(QStringLiteral("presentView"));
    m_present->setCheckable(true);
    m_present->setToolTip(tr("The other studios that follow see your diagram, zoom and position"));
    m_follow->setObjectName(QStringLiteral("followPresenter"));
    m_follow->setCheckable(true);
    m_follow->setToolTip(tr("Show what the presenting studio shows, until you move the view yourself"));
    m_followNote->setWordWrap(true);
    connect(m_present, &QPushButton::toggled, this, &WorkshopPanel::presentRequested);
    connect(m_follow, &QPushButton::toggled, this, &WorkshopPanel::followRequested);
    auto *followBox = new QGroupBox(tr("Follow the facilitator"));
    auto *followLayout = new QVBoxLayout(followBox);
    followLayout->addWidget(m_present);
    followLayout->addWidget(m_follow);
    followLayout->addWidget(m_followNote);

    // Dot voting on the current diagram.
    m_vote->setObjectName(QStringLiteral("voteTool"));
    m_vote->setCheckable(true);
    m_vote->setToolTip(tr("While on, a click on a sticky gives it one of your dots; Shift+click takes one back"));
    m_dotsLeft->setObjectName(QStringLiteral("dotsLeft"));
    m_dotsLeft->setWordWrap(true);
    m_budget->setObjectName(QStringLiteral("dotBudget"));
    m_budget->setRange(1, kMaxDotBudget);
    m_setBudget->setObjectName(QStringLiteral("setDotBudget"));
    m_resetVotes->setObjectName(QStringLiteral("resetVotes"));
    m_ranking->setObjectName(QStringLiteral("voteRanking"));
    m_ranking->setHeaderLabels({tr("Sticky"), tr("Dots")});
    m_ranking->setRootIsDecorated(false);
    m_ranking->header()->setStretchLastSection(false);
    m_ranking->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_vote, &QPushButton::toggled, this, &WorkshopPanel::voteToolRequested);
    connect(m_setBudget, &QPushButton::clicked, this, &WorkshopPanel::setBudget);
    connect(m_resetVotes, &QPushButton::clicked, this, &WorkshopPanel::resetVotes);
    auto *votesBox = new QGroupBox(tr("Dot voting"));
    auto *votesLayout = new QVBoxLayout(votesBox);
    votesLayout->addWidget(m_vote);
    votesLayout->addWidget(m_dotsLeft);
    auto *budgetRow = new QHBoxLayout;
    budgetRow->addWidget(new QLabel(tr("Dots each:")));
    budgetRow->addWidget(m_budget);
    budgetRow->addWidget(m_setBudget);
    budgetRow->addStretch();
    votesLayout->addLayout(budgetRow);
    votesLayout->addWidget(m_resetVotes);
    votesLayout->addWidget(m_ranking, 1);

    // The selected element's thread.
    m_commentsOf->setObjectName(QStringLiteral("commentsOf"));
    m_commentsOf->setWordWrap(true);
    m_comments->setObjectName(QStringLiteral("comments"));
    m_comments->setWordWrap(true);
    m_commentText->setObjectName(QStringLiteral("commentText"));
    m_commentText->setPlaceholderText(tr("A question, a doubt, a hot spot…"));
    m_commentText->setMaximumHeight(m_commentText->fontMetrics().height() * 4);
    m_addComment->setObjectName(QStringLiteral("addComment"));
    connect(m_addComment, &QPushButton::clicked, this, &WorkshopPanel::addComment);
    connect(m_commentText, &QPlainTextEdit::textChanged, this, [this] {
        m_addComment->setEnabled(m_catalog && !m_catalog->isReadOnly() && !m_element.isNull()
                                 && !m_commentText->toPlainText().trimmed().isEmpty());
    });
    auto *commentsBox = new QGroupBox(tr("Comments"));
    auto *commentsLayout = new QVBoxLayout(commentsBox);
    commentsLayout->addWidget(m_commentsOf);
    commentsLayout->addWidget(m_comments, 1);
    commentsLayout->addWidget(m_commentText);
    commentsLayout->addWidget(m_addComment, 0, Qt::AlignRight);

    // In a scroll area: the dock it shares with the properties must fit a 1280×800 screen.
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(timerBox);
    layout->addWidget(followBox);
    layout->addWidget(votesBox, 1);
    layout->addWidget(commentsBox, 1);
    QScrollArea *scroll = scrollingPanel(content);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    tick();
    refresh();
}

void WorkshopPanel::setCatalog(Catalog *catalog)
{
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = catalog;
    m_diagram = QUuid();
    m_element = QUuid();
    if (m_catalog)
        connect(m_catalog, &Catalog::changesApplied, this, &WorkshopPanel::refresh);
    refresh();
}

void WorkshopPanel::setDiagram(const QUuid &diagram)
{
    m_diagram = diagram;
    refreshVotes();
}

void WorkshopPanel::setElement(const QUuid &element)
{
    if (element == m_element)
        return;
    m_element = element;
    refreshComments();
}

void WorkshopPanel::setVoting(bool on)
{
    const QSignalBlocker blocker(m_vote);
    m_vote->setChecked(on);
}

void WorkshopPanel::setPresenting(bool on)
{
    const QSignalBlocker blocker(m_present);
    m_present->setChecked(on);
}

void WorkshopPanel::setFollowing(bool on)
{
    const QSignalBlocker blocker(m_follow);
    m_follow->setChecked(on);
}

void WorkshopPanel::refresh()
{
    const bool shared = m_catalog && m_catalog->reader().isShared();
    m_present->setEnabled(shared);
    m_follow->setEnabled(shared);
    m_followNote->setText(shared ? QString() : tr("On a shared catalog, one studio presents and the others follow."));
    m_followNote->setVisible(!shared);
    refreshVotes();
    refreshComments();
}

void WorkshopPanel::refreshVotes()
{
    const bool writable = m_catalog && !m_catalog->isReadOnly();
    const Diagram *diagram = m_catalog ? m_catalog->state().diagram(m_diagram) : nullptr;
    for (QWidget *control : std::initializer_list<QWidget *>{m_vote, m_budget, m_setBudget, m_resetVotes})
        control->setEnabled(writable && diagram);
    m_ranking->clear();
    if (!diagram) {
        m_dotsLeft->setText(tr("Open a diagram to vote on its stickies."));
        if (m_vote->isChecked())
            setVoting(false);
        return;
    }
    const CatalogState &state = m_catalog->state();
    const int budget = state.dotBudget(m_diagram);
    const int given = state.votesGiven(m_diagram, m_catalog->author());
    m_dotsLeft->setText(tr("%1 has %n dot(s) left of %2 on %3", nullptr, std::max(0, budget - given))
                            .arg(m_catalog->author(), QLocale().toString(budget), diagram->name));
    if (!m_budget->hasFocus())
        m_budget->setValue(budget);
    QHash<QUuid, int> totals;
    for (const Annotation &annotation : state.annotations()) {
        if (annotation.kind == AnnotationKind::Votes && annotation.diagram == m_diagram)
            totals[annotation.element] += annotation.count;
    }
    QList<std::pair<QUuid, int>> ranked(totals.keyValueBegin(), totals.keyValueEnd());
    std::sort(ranked.begin(), ranked.end(), [&state](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : state.pathOf(a.first) < state.pathOf(b.first);
    });
    for (const auto &[element, dots] : ranked) {
        auto *item = new QTreeWidgetItem(m_ranking, {state.pathOf(element), QLocale().toString(dots)});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_resetVotes->setEnabled(writable && !ranked.isEmpty());
}

void WorkshopPanel::refreshComments()
{
    m_comments->clear();
    const Element *element = m_catalog ? m_catalog->state().element(m_element) : nullptr;
    m_commentsOf->setText(element ? tr("Comments on %1").arg(m_catalog->state().pathOf(element->id))
                                  : tr("Select an element to read and write its comments."));
    m_commentText->setEnabled(element && !m_catalog->isReadOnly());
    m_addComment->setEnabled(element && !m_catalog->isReadOnly() && !m_commentText->toPlainText().trimmed().isEmpty());
    if (!element)
        return;
    for (const Annotation &comment : m_catalog->state().commentsOn(element->id)) {
        const QString when = QLocale().toString(comment.time.toLocalTime(), QLocale::ShortFormat);
        auto *item = new QListWidgetItem(tr("%1 · %2\n%3").arg(comment.author, when, comment.text), m_comments);
        item->setToolTip(QLocale().toString(comment.time.toLocalTime(), QLocale::LongFormat));
    }
    m_comments->scrollToBottom();
}

void WorkshopPanel::addComment()
{
    const QString text = m_commentText->toPlainText().trimmed();
    if (!m_catalog || text.isEmpty() || !m_catalog->state().element(m_element))
        return;
    Annotation comment{QUuid::createUuid(), AnnotationKind::Comment, {}, m_element, m_catalog->author(), QDateTime::currentDateTimeUtc(), 0, text};
    Q_EMIT changeRequested({PutAnnotation{comment}}, tr("Comment on %1").arg(m_catalog->state().pathOf(m_element)));
    // Kept when the catalog refused it (too long, read-only): the text is the user's.
    for (const Annotation &annotation : m_catalog->state().commentsOn(m_element)) {
        if (annotation.id == comment.id)
            m_commentText->clear();
    }
}

void WorkshopPanel::setBudget()
{
    if (!m_catalog || !m_catalog->state().diagram(m_diagram))
        return;
    Annotation budget{QUuid::createUuid(), AnnotationKind::DotBudget, m_diagram, {}, m_catalog->author(), QDateTime::currentDateTimeUtc(), m_budget->value(), {}};
    for (const Annotation &annotation : m_catalog->state().annotations()) {
        if (annotation.kind == AnnotationKind::DotBudget && annotation.diagram == m_diagram)
            budget.id = annotation.id;
    }
    Q_EMIT changeRequested({PutAnnotation{budget}}, tr("Give everyone %n dot(s) on %1", nullptr, budget.count)
                                                        .arg(m_catalog->state().diagram(m_diagram)->name));
}

void WorkshopPanel::resetVotes()
{
    if (!m_catalog)
        return;
    Batch batch;
    for (const Annotation &annotation : m_catalog->state().annotations()) {
        if (annotation.kind == AnnotationKind::Votes && annotation.diagram == m_diagram)
            batch.append(RemoveAnnotation{annotation.id});
    }
    if (batch.isEmpty())
        return;
    QMessageBox confirm(QMessageBox::Question, tr("Reset Votes"),
                        tr("Take back everyone's dots on this diagram (%n vote(s))? Undo puts them back.", nullptr, int(batch.size())),
                        QMessageBox::Cancel, this);
    confirm.setObjectName(QStringLiteral("confirmResetVotes"));
    QPushButton *reset = confirm.addButton(tr("Reset Votes"), QMessageBox::DestructiveRole);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != reset)
        return;
    Q_EMIT changeRequested(batch, tr("Reset the votes on %1").arg(m_catalog->state().diagram(m_diagram)->name));
}

int WorkshopPanel::remainingSeconds() const
{
    const qint64 spent = m_spentBefore + (m_running ? m_elapsed.elapsed() : 0);
    return int(std::max<qint64>(0, m_minutes->value() * 60'000 - spent + 999) / 1000);
}

void WorkshopPanel::startOrPauseTimer()
{
    if (m_running) {
        m_spentBefore += m_elapsed.elapsed();
        m_running = false;
        m_ticker->stop();
    } else {
        if (remainingSeconds() == 0)
            m_spentBefore = 0;
        m_elapsed.start();
        m_running = true;
        m_ticker->start();
    }
    tick();
}

void WorkshopPanel::resetTimer()
{
    m_running = false;
    m_ticker->stop();
    m_spentBefore = 0;
    tick();
}

void WorkshopPanel::tick()
{
    int left = remainingSeconds();
    if (m_running && left == 0) {
        m_spentBefore = m_minutes->value() * 60'000;
        m_running = false;
        m_ticker->stop();
        QApplication::beep();
        Q_EMIT status(tr("Time is up"));
    }
    const bool finished = !m_running && left == 0;
    m_startTimer->setText(m_running ? tr("Pause") : m_spentBefore > 0 && !finished ? tr("Resume") : tr("Start"));
    m_minutes->setEnabled(!m_running);
    m_clock->setText(finished ? tr("Time is up")
                              : QStringLiteral("%1:%2").arg(left / 60, 2, 10, QLatin1Char('0')).arg(left % 60, 2, 10, QLatin1Char('0')));
    QPalette palette = m_clock->palette();
    palette.setColor(QPalette::WindowText, finished ? QColor(0xc6, 0x28, 0x28) : palette.color(QPalette::Text));
    m_clock->setPalette(palette);
}

} // namespace mesh::app
