#include "app/studio/reviewpanel.h"

#include "catalog/catalog.h"
#include "catalog/governance/reviewsession.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mesh::app {

using namespace mesh::catalog;

namespace {

QString changeText(DiffItem::Change change)
{
    switch (change) {
    case DiffItem::Change::Added: return ReviewPanel::tr("added");
    case DiffItem::Change::Removed: return ReviewPanel::tr("removed");
    case DiffItem::Change::Changed: return ReviewPanel::tr("changed");
    }
    return {};
}

QString valueText(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("—");
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    QStringList items;
    for (const QJsonValue &item : value.toArray())
        items.append(item.toString());
    return items.join(QLatin1String(", "));
}

} // namespace

ReviewPanel::ReviewPanel(QWidget *parent)
    : QWidget(parent),
      m_summary(new QLabel),
      m_open(new QPushButton(tr("Open Review"))),
      m_close(new QPushButton(tr("Close and Sign Off"))),
      m_revert(new QPushButton(tr("Revert Rejected"))),
      m_tree(new QTreeWidget),
      m_comment(new QLineEdit)
{
    m_tree->setHeaderLabels({tr("Change"), tr("What"), tr("Details"), tr("Decision"), tr("Comments")});
    m_tree->setRootIsDecorated(false);
    m_tree->header()->setStretchLastSection(true);
    m_comment->setObjectName(QStringLiteral("reviewComment"));
    m_comment->setPlaceholderText(tr("Comment on the selected item, then Enter"));
    m_open->setObjectName(QStringLiteral("openReview"));
    m_close->setObjectName(QStringLiteral("closeReview"));
    m_revert->setObjectName(QStringLiteral("revertRejected"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_close);
    buttons->addWidget(m_revert);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_tree);
    layout->addWidget(m_comment);
    connect(m_open, &QPushButton::clicked, this, &ReviewPanel::openReview);
    connect(m_close, &QPushButton::clicked, this, &ReviewPanel::closeReview);
    connect(m_revert, &QPushButton::clicked, this, &ReviewPanel::revertRejected);
    connect(m_comment, &QLineEdit::returnPressed, this, [this] {
        QTreeWidgetItem *current = m_tree->currentItem();
        if (current && !m_comment->text().trimmed().isEmpty()) {
            comment(current->data(0, Qt::UserRole).toString(), m_comment->text().trimmed());
            m_comment->clear();
        }
    });
}

void ReviewPanel::setCatalog(Catalog *catalog)
{
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = catalog;
    m_itemsRange = {-1, -1};
    if (m_catalog)
        connect(m_catalog, &Catalog::changesApplied, this, &ReviewPanel::rebuild);
    rebuild();
}

const Review *ReviewPanel::inProgress() const
{
    return m_catalog ? m_catalog->state().reviewInProgress() : nullptr;
}

const Review *ReviewPanel::shownReview() const
{
    const Review *review = inProgress();
    return review || !m_catalog ? review : m_catalog->state().lastSignedOffReview();
}

void ReviewPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        rebuildNow();
}

void ReviewPanel::rebuild()
{
    m_stale = true;
    if (isVisible())
        rebuildNow();
}

void ReviewPanel::rebuildNow()
{
    m_stale = false;
    const Review *review = inProgress();
    const Review *shown = shownReview();
    m_open->setEnabled(m_catalog && !review && m_catalog->revision() > m_catalog->state().baseline());
    m_close->setEnabled(review != nullptr);
    m_revert->setEnabled(shown != nullptr);
    m_comment->setEnabled(review != nullptr);
    if (!shown) {
        m_tree->clear();
        m_items.clear();
        m_itemsRange = {-1, -1};
        m_summary->setText(m_catalog ? tr("No review yet. The baseline is revision %1.").arg(m_catalog->state().baseline()) : QString());
        return;
    }
    // The items between two revisions never change, so the log is replayed and the rows
    // made only when the reviewed range does; a decision or comment updates its row.
    if (m_itemsRange != std::pair(shown->from, shown->to)) {
        auto before = CatalogHistory::stateAt(m_catalog->store(), shown->from);
        auto after = CatalogHistory::stateAt(m_catalog->store(), shown->to);
        if (!before || !after) {
            m_tree->clear();
            Q_EMIT problem((before ? after.error() : before.error()).message);
            return;
        }
        m_before = *before;
        m_items = SemanticDiff::between(*before, *after).items;
        m_itemsRange = {shown->from, shown->to};
        makeRows();
    }
    m_summary->setText(shown->closed ? tr("%1 — revisions %2 → %3, signed off by %4").arg(shown->title).arg(shown->from).arg(shown->to).arg(shown->closedBy)
                                     : tr("%1 — revisions %2 → %3, %n item(s)", nullptr, int(m_items.size())).arg(shown->title).arg(shown->from).arg(shown->to));
    showDecisions(*shown);
}

void ReviewPanel::makeRows()
{
    m_tree->clear();
    for (const DiffItem &item : m_items) {
        QStringList details;
        for (const FieldChange &field : item.fields)
            details << QStringLiteral("%1: %2 → %3").arg(field.field, valueText(field.before), valueText(field.after));
        if (item.subject == DiffItem::Subject::SchemaVersion)
            details << (item.checked ? (item.issues.isEmpty() ? tr("compatible") : tr("incompatible: %1").arg(item.issues.first().message)) : item.checkError);
        const QString key = ReviewSession::itemKey(item);
        auto *row = new QTreeWidgetItem(m_tree, {changeText(item.change), item.path, details.join(QLatin1String("; "))});
        row->setData(0, Qt::UserRole, key);
        auto *decision = new QComboBox;
        decision->addItem(tr("(undecided)"), QString());
        decision->addItem(tr("Approve"), QStringLiteral("approve"));
        decision->addItem(tr("Reject"), QStringLiteral("reject"));
        decision->addItem(tr("Needs work"), QStringLiteral("needs-work"));
        connect(decision, &QComboBox::activated, this, [this, key, decision] { this->decide(key, decision->currentData().toString()); });
        m_tree->setItemWidget(row, DecisionColumn, decision);
    }
    for (int column = ChangeColumn; column <= DetailsColumn; ++column)
        m_tree->resizeColumnToContents(column);
}

void ReviewPanel::showDecisions(const Review &review)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = m_tree->topLevelItem(i);
        const QJsonObject entry = review.items.value(row->data(0, Qt::UserRole).toString()).toObject();
        auto *decision = static_cast<QComboBox *>(m_tree->itemWidget(row, DecisionColumn));
        decision->setCurrentIndex(std::max(0, decision->findData(entry.value("decision").toString())));
        decision->setEnabled(!review.closed);
        const QJsonArray thread = entry.value("comments").toArray();
        QStringList comments;
        for (const QJsonValue &comment : thread)
            comments << QStringLiteral("%1: %2").arg(comment.toObject().value("author").toString(), comment.toObject().value("text").toString());
        row->setText(CommentsColumn, QString::number(thread.size()));
        row->setToolTip(CommentsColumn, comments.join(QLatin1Char('\n')));
    }
}

void ReviewPanel::openReview()
{
    if (!m_catalog || inProgress())
        return;
    const Review review = ReviewSession::open(m_catalog->state(), m_catalog->revision(),
                                              tr("Review opened %1").arg(QDate::currentDate().toString(Qt::ISODate)),
                                              m_catalog->author());
    Q_EMIT changeRequested(Batch{SetReview{review}}, tr("Open a review"));
}

void ReviewPanel::decide(const QString &item, const QString &decision)
{
    const Review *review = inProgress();
    if (!review || decision.isEmpty())
        return;
    auto decided = ReviewSession::decide(*review, item, decision);
    if (!decided) {
        Q_EMIT problem(decided.error().message);
        return;
    }
    Q_EMIT changeRequested(Batch{SetReview{*decided}}, tr("Decide on a review item"));
}

void ReviewPanel::comment(const QString &item, const QString &text)
{
    const Review *review = inProgress();
    if (!review)
        return;
    Q_EMIT changeRequested(Batch{SetReview{ReviewSession::comment(*review, item, m_catalog->author(), text)}}, tr("Comment on a review item"));
}

void ReviewPanel::closeReview()
{
    if (m_stale)
        rebuildNow();
    const Review *review = inProgress();
    if (!review)
        return;
    auto closed = ReviewSession::close(*review, m_items, m_catalog->author(), m_catalog->state());
    if (!closed) {
        Q_EMIT problem(closed.error().message);
        return;
    }
    Q_EMIT changeRequested(Batch{SetReview{*closed}}, tr("Close the review"));
}

void ReviewPanel::revertRejected()
{
    if (m_stale)
        rebuildNow();
    const Review *shown = shownReview();
    if (!shown)
        return;
    const Batch batch = ReviewSession::revertRejected(*shown, m_before, m_catalog->state(), m_items);
    if (batch.isEmpty()) {
        Q_EMIT problem(tr("Nothing was rejected, or it was already taken back."));
        return;
    }
    Q_EMIT changeRequested(batch, tr("Revert rejected items"));
}

} // namespace mesh::app
