#pragma once

#include "catalog/changes/change.h"
#include "catalog/governance/semanticdiff.h"

#include <QPointer>
#include <QWidget>

#include <utility>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace mesh::catalog {
class Catalog;
}

namespace mesh::app {

// The review session of the open catalog: everything changed since the baseline as items
// of the semantic diff (fields old → new, schema versions with their verdict), a decision
// and comments per item (the selected item's thread shown below the list), filters by kind,
// context, owner and decision, one decision for all selected or all shown items at once,
// the sign-off (after a confirmation that counts the decisions), and "Revert Rejected".
// Every step is a change, handed to `changeRequested` (so it is undoable and logged).
class ReviewPanel final : public QWidget
{
    Q_OBJECT

public:
    enum Column { ChangeColumn, WhatColumn, DetailsColumn, DecisionColumn, CommentsColumn };

    explicit ReviewPanel(QWidget *parent = nullptr);
    void setCatalog(catalog::Catalog *catalog);
    QTreeWidget *treeWidget() const { return m_tree; }

    void openReview();
    void decide(const QString &item, const QString &decision);
    // One step for several items (those not in the review are skipped).
    void decideAll(const QStringList &items, const QString &decision);
    QStringList selectedItems() const;
    QStringList shownItems() const;   // the rows the filters leave
    // The filters, by the values their lists show (empty: all).
    void setFilter(const QString &kind, const QString &context, const QString &owner, const QString &decision);
    void comment(const QString &item, const QString &text);
    void closeReview();
    // The Close and Sign Off button: asks first, with the counts of each decision.
    void confirmAndCloseReview();
    void revertRejected();

Q_SIGNALS:
    void changeRequested(const mesh::catalog::Batch &batch, const QString &description);
    void problem(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // Replaying the log for a large catalog takes a while, so a hidden panel only notes
    // that it is out of date; it catches up when shown, or when a step needs the items.
    void rebuild();
    void rebuildNow();
    const catalog::Review *inProgress() const;
    const catalog::Review *shownReview() const; // the one in progress, else the last signed off
    void makeRows();
    void showDecisions(const catalog::Review &review);
    void fillFilters();
    void applyFilters();
    void showThread();
    QString ownerOf(const catalog::DiffItem &item) const;
    static QString contextOf(const catalog::DiffItem &item);

    QPointer<catalog::Catalog> m_catalog;
    QLabel *m_summary;
    QPushButton *m_open;
    QPushButton *m_close;
    QPushButton *m_revert;
    QTreeWidget *m_tree;
    QLineEdit *m_comment;
    QComboBox *m_kindFilter;
    QComboBox *m_contextFilter;
    QComboBox *m_ownerFilter;
    QComboBox *m_decisionFilter;
    QPushButton *m_approveSelected;
    QPushButton *m_rejectSelected;
    QPushButton *m_needsWorkSelected;
    QPushButton *m_approveShown;
    QPlainTextEdit *m_thread;
    QList<catalog::DiffItem> m_items;
    std::pair<qint64, qint64> m_itemsRange{-1, -1}; // the revisions m_items and m_before are for
    catalog::CatalogState m_before;
    bool m_stale = true;
};

} // namespace mesh::app
