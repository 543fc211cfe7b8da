#include "app/studio/reviewpanel.h"

#include "catalog/catalog.h"
#include "catalog/store/cataloghistory.h"
#include "catalog/governance/reviewsession.h"
#include "catalog/model/attributefield.h"
#include "catalog/model/elementkind.h"

#include <QComboBox>
#include <QDate>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
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

enum Role { KeyRole = Qt::UserRole, KindRole, ContextRole, OwnerRole };

QComboBox *filterBox(const QString &name, const QString &all)
{
    auto *box = new QComboBox;
    box->setObjectName(name);
    box->addItem(all, QString());
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

// A changed field as the properties panel labels it ("Uptime SLO", not "uptimeSloPercent").
QString fieldLabel(const DiffItem &item, const QString &field)
{
    static const QHash<QString, const char *> common = {
        {"name", QT_TRANSLATE_NOOP("mesh::app::ReviewPanel", "Name")},
        {"description", QT_TRANSLATE_NOOP("mesh::app::ReviewPanel", "Description")},
        {"owner", QT_TRANSLATE_NOOP("mesh::app::ReviewPanel", "Owner")},
        {"tags", QT_TRANSLATE_NOOP("mesh::app::ReviewPanel", "Tags")},
        {"lifecycle", QT_TRANSLATE_NOOP("mesh::app::ReviewPanel", "Lifecycle")},
        {"context", QT_TRANSLATE_NOOP("mesh::app::ReviewPanel", "Context")},
    };
    if (const auto found = common.constFind(field); found != common.constEnd())
        return ReviewPanel::tr(*found);
    if (item.subject == DiffItem::Subject::Element) {
        if (const auto kind = elementKindFromId(item.kind)) {
            if (const AttributeField *attribute = findAttributeField(*kind, field))
                return attribute->displayLabel();
        }
    }
    return field;
}

} // namespace

ReviewPanel::ReviewPanel(QWidget *parent)
    : QWidget(parent),
      m_summary(new QLabel),
      m_open(new QPushButton(tr("Open Review"))),
      m_close(new QPushButton(tr("Close and Sign Off"))),
      m_revert(new QPushButton(tr("Revert Rejected"))),
      m_tree(new QTreeWidget),
      m_comment(new QLineEdit),
      m_kindFilter(filterBox(QStringLiteral("reviewKindFilter"), tr("All kinds"))),
      m_contextFilter(filterBox(QStringLiteral("reviewContextFilter"), tr("All contexts"))),
      m_ownerFilter(filterBox(QStringLiteral("reviewOwnerFilter"), tr("All owners"))),
      m_decisionFilter(filterBox(QStringLiteral("reviewDecisionFilter"), tr("All decisions"))),
      m_approveSelected(new QPushButton(tr("Approve Selected"))),
      m_rejectSelected(new QPushButton(tr("Reject Selected"))),
      m_needsWorkSelected(new QPushButton(tr("Needs Work"))),
      m_approveShown(new QPushButton(tr("Approve All Shown"))),
      m_thread(new QPlainTextEdit)
{
    m_decisionFilter->addItem(tr("Undecided"), QStringLiteral("undecided"));
    m_decisionFilter->addItem(tr("Approved"), QStringLiteral("approve"));
    m_decisionFilter->addItem(tr("Rejected"), QStringLiteral("reject"));
    m_decisionFilter->addItem(tr("Needs work"), QStringLiteral("needs-work"));
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_thread->setObjectName(QStringLiteral("reviewThread"));
    m_thread->setReadOnly(true);
    m_thread->setPlaceholderText(tr("The selected item's comments"));
    m_thread->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    m_approveSelected->setObjectName(QStringLiteral("approveSelected"));
    m_rejectSelected->setObjectName(QStringLiteral("rejectSelected"));
    m_needsWorkSelected->setObjectName(QStringLiteral("needsWorkSelected"));
    m_approveShown->setObjectName(QStringLiteral("approveShown"));
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:")));
    for (QComboBox *box : {m_kindFilter, m_contextFilter, m_ownerFilter, m_decisionFilter}) {
        filters->addWidget(box);
        connect(box, &QComboBox::currentIndexChanged, this, &ReviewPanel::applyFilters);
    }
    filters->addStretch(1);
    auto *bulk = new QHBoxLayout;
    for (QPushButton *button : {m_approveSelected, m_rejectSelected, m_needsWorkSelected, m_approveShown})
        bulk->addWidget(button);
    bulk->addStretch(1);
    connect(m_approveSelected, &QPushButton::clicked, this, [this] { decideAll(selectedItems(), QStringLiteral("approve")); });
    connect(m_rejectSelected, &QPushButton::clicked, this, [this] { decideAll(selectedItems(), QStringLiteral("reject")); });
    connect(m_needsWorkSelected, &QPushButton::clicked, this, [this] { decideAll(selectedItems(), QStringLiteral("needs-work")); });
    connect(m_approveShown, &QPushButton::clicked, this, [this] { decideAll(shownItems(), QStringLiteral("approve")); });
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, [this] {
        const bool open = inProgress() != nullptr;
        for (QPushButton *button : {m_approveSelected, m_rejectSelected, m_needsWorkSelected})
            button->setEnabled(open && !m_tree->selectedItems().isEmpty());
        showThread();
    });
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
    layout->addLayout(filters);
    layout->addWidget(m_tree, 1);
    layout->addLayout(bulk);
    layout->addWidget(m_thread);
    layout->addWidget(m_comment);
    connect(m_open, &QPushButton::clicked, this, &ReviewPanel::openReview);
    connect(m_close, &QPushButton::clicked, this, &ReviewPanel::confirmAndCloseReview);
    connect(m_revert, &QPushButton::clicked, this, &ReviewPanel::revertRejected);
    connect(m_comment, &QLineEdit::returnPressed, this, [this] {
        QTreeWidgetItem *current = m_tree->currentItem();
        if (current && !m_comment->text().trimmed().isEmpty()) {
            comment(current->data(0, KeyRole).toString(), m_comment->text().trimmed());
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
    for (QPushButton *button : {m_approveSelected, m_rejectSelected, m_needsWorkSelected})
        button->setEnabled(review && !m_tree->selectedItems().isEmpty());
    m_approveShown->setEnabled(review != nullptr);
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
        auto before = CatalogHistory::stateAt(m_catalog->reader(), shown->from);
        auto after = CatalogHistory::stateAt(m_catalog->reader(), shown->to);
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
            details << QStringLiteral("%1: %2 → %3").arg(fieldLabel(item, field.field), valueText(field.before), valueText(field.after));
        if (item.subject == DiffItem::Subject::SchemaVersion)
            details << (item.checked ? (item.issues.isEmpty() ? tr("compatible") : tr("incompatible: %1").arg(item.issues.first().message)) : item.checkError);
        const QString key = ReviewSession::itemKey(item);
        auto *row = new QTreeWidgetItem(m_tree, {changeText(item.change), item.path, details.join(QLatin1String("; "))});
        row->setData(0, KeyRole, key);
        row->setData(0, KindRole, item.kind);
        row->setData(0, ContextRole, contextOf(item));
        row->setData(0, OwnerRole, ownerOf(item));
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
    fillFilters();
}

QString ReviewPanel::contextOf(const DiffItem &item)
{
    if (item.subject != DiffItem::Subject::Element && item.subject != DiffItem::Subject::SchemaVersion)
        return {};
    return item.path.section(QLatin1Char('/'), 0, 0);
}

QString ReviewPanel::ownerOf(const DiffItem &item) const
{
    if (item.subject != DiffItem::Subject::Element && item.subject != DiffItem::Subject::SchemaVersion)
        return {};
    const QUuid id = QUuid::fromString(item.id.section(QLatin1Char(':'), 0, 0));
    const Element *element = m_catalog->state().element(id);
    if (!element)
        element = m_before.element(id);
    return element ? element->owner : QString();
}

// Each list offers the values the items have, keeping what was chosen when it still occurs.
void ReviewPanel::fillFilters()
{
    const std::pair<QComboBox *, int> filters[] = {{m_kindFilter, KindRole}, {m_contextFilter, ContextRole}, {m_ownerFilter, OwnerRole}};
    for (const auto &[box, role] : filters) {
        const QString chosen = box->currentData().toString();
        QStringList values;
        for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
            const QString value = m_tree->topLevelItem(i)->data(0, role).toString();
            if (!value.isEmpty() && !values.contains(value))
                values.append(value);
        }
        values.sort(Qt::CaseInsensitive);
        const QSignalBlocker quiet(box);
        while (box->count() > 1)
            box->removeItem(1);
        for (const QString &value : values)
            box->addItem(value, value);
        box->setCurrentIndex(std::max(0, box->findData(chosen)));
    }
    applyFilters();
}

void ReviewPanel::setFilter(const QString &kind, const QString &context, const QString &owner, const QString &decision)
{
    const std::pair<QComboBox *, QString> filters[] = {{m_kindFilter, kind}, {m_contextFilter, context}, {m_ownerFilter, owner},
                                                       {m_decisionFilter, decision}};
    for (const auto &[box, value] : filters) {
        const QSignalBlocker quiet(box);
        box->setCurrentIndex(std::max(0, box->findData(value)));
    }
    applyFilters();
}

void ReviewPanel::applyFilters()
{
    const QString kind = m_kindFilter->currentData().toString();
    const QString context = m_contextFilter->currentData().toString();
    const QString owner = m_ownerFilter->currentData().toString();
    const QString decision = m_decisionFilter->currentData().toString();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = m_tree->topLevelItem(i);
        const auto *chosen = qobject_cast<QComboBox *>(m_tree->itemWidget(row, DecisionColumn));
        const QString decided = chosen ? chosen->currentData().toString() : QString();
        const bool shown = (kind.isEmpty() || row->data(0, KindRole).toString() == kind)
            && (context.isEmpty() || row->data(0, ContextRole).toString() == context)
            && (owner.isEmpty() || row->data(0, OwnerRole).toString() == owner)
            && (decision.isEmpty() || (decision == QLatin1String("undecided") ? decided.isEmpty() : decided == decision));
        row->setHidden(!shown);
        if (!shown)
            row->setSelected(false);
    }
}

QStringList ReviewPanel::selectedItems() const
{
    QStringList keys;
    for (const QTreeWidgetItem *row : m_tree->selectedItems()) {
        if (!row->isHidden())
            keys.append(row->data(0, KeyRole).toString());
    }
    return keys;
}

QStringList ReviewPanel::shownItems() const
{
    QStringList keys;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (!m_tree->topLevelItem(i)->isHidden())
            keys.append(m_tree->topLevelItem(i)->data(0, KeyRole).toString());
    }
    return keys;
}

// The thread of the item in front, oldest first, with who wrote each comment and when.
void ReviewPanel::showThread()
{
    const Review *review = shownReview();
    const QTreeWidgetItem *current = m_tree->currentItem();
    if (!review || !current) {
        m_thread->clear();
        return;
    }
    const QJsonArray thread = review->items.value(current->data(0, KeyRole).toString()).toObject().value("comments").toArray();
    QStringList lines;
    for (const QJsonValue &value : thread) {
        const QJsonObject comment = value.toObject();
        const QDateTime time = QDateTime::fromString(comment.value("time").toString(), Qt::ISODateWithMs);
        lines.append(tr("%1, %2: %3").arg(comment.value("author").toString(),
                                          time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : comment.value("time").toString(),
                                          comment.value("text").toString()));
    }
    m_thread->setPlainText(lines.join(QLatin1Char('\n')));
}

void ReviewPanel::showDecisions(const Review &review)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = m_tree->topLevelItem(i);
        const QJsonObject entry = review.items.value(row->data(0, KeyRole).toString()).toObject();
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
    applyFilters();
    showThread();
}

void ReviewPanel::openReview()
{
    if (!m_catalog || inProgress())
        return;
    // Nothing to review when only sign-offs came after the baseline.
    auto baseline = CatalogHistory::stateAt(m_catalog->reader(), m_catalog->state().baseline());
    if (baseline && SemanticDiff::between(*baseline, m_catalog->state()).items.isEmpty()) {
        Q_EMIT problem(tr("Nothing changed since the last sign-off (revision %1).").arg(m_catalog->state().baseline()));
        return;
    }
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

void ReviewPanel::decideAll(const QStringList &items, const QString &decision)
{
    const Review *review = inProgress();
    if (!review || decision.isEmpty() || items.isEmpty())
        return;
    Review decided = *review;
    for (const QString &item : items) {
        auto step = ReviewSession::decide(decided, item, decision);
        if (!step) {
            Q_EMIT problem(step.error().message);
            return;
        }
        decided = *step;
    }
    Q_EMIT changeRequested(Batch{SetReview{decided}}, tr("Decide on %n review item(s)", nullptr, int(items.size())));
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

void ReviewPanel::confirmAndCloseReview()
{
    if (m_stale)
        rebuildNow();
    const Review *review = inProgress();
    if (!review)
        return;
    QHash<QString, int> counts;
    for (const DiffItem &item : m_items)
        ++counts[review->items.value(ReviewSession::itemKey(item)).toObject().value("decision").toString()];
    if (counts.value(QString()) == 0) {
        const QString question = tr("Sign off \"%1\"?\n\n%2 approved, %3 rejected, %4 needing work.\n\n"
                                    "A sign-off is final: it becomes the baseline and cannot be undone.")
                                     .arg(review->title, QLocale().toString(counts.value(QStringLiteral("approve"))),
                                          QLocale().toString(counts.value(QStringLiteral("reject"))),
                                          QLocale().toString(counts.value(QStringLiteral("needs-work"))));
        QMessageBox box(QMessageBox::Question, tr("Sign Off the Review"), question, QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("signOffConfirmation"));
        QPushButton *signOff = box.addButton(tr("Sign Off"), QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != signOff)
            return;
    }
    closeReview();   // with undecided items left, it says which need a decision
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
