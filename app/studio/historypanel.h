#pragma once

#include <QPointer>
#include <QWidget>

class QTreeWidget;

namespace mesh::catalog {
class Catalog;
}

namespace mesh::app {

// The change log, newest first: revision, time, author and what changed. It reads the
// store's log (the audit trail), so undo shows as the compensating change it is.
class HistoryPanel final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kRevisionsShown = 1000;

    explicit HistoryPanel(QWidget *parent = nullptr);
    void setCatalog(catalog::Catalog *catalog);
    QTreeWidget *treeWidget() const { return m_tree; }

Q_SIGNALS:
    void problem(const QString &message);

private:
    void appendSince(qint64 revision);

    QPointer<catalog::Catalog> m_catalog;
    QTreeWidget *m_tree;
    qint64 m_shownRevision = 0;
};

} // namespace mesh::app
