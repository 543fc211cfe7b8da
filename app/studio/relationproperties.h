#pragma once

#include "catalog/changes/change.h"

#include <QPointer>
#include <QUuid>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace mesh::catalog {
class Catalog;
}

namespace mesh::app {

// The properties panel's page for one relation (selected by clicking its line on a diagram):
// its kind, what it goes from and to, its description (edited here, committed when the field
// is left), and a button to delete it. Its kind and ends are what it is: another relation is
// drawn for others.
class RelationProperties final : public QWidget
{
    Q_OBJECT

public:
    explicit RelationProperties(QWidget *parent = nullptr);

    // Shows the relation as the catalog now holds it; false when the catalog has no such one.
    bool show(const catalog::Catalog *catalog, const QUuid &relation);

Q_SIGNALS:
    void changeRequested(const mesh::catalog::Batch &batch, const QString &description);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void commitDescription();

    QUuid m_relation;
    QLabel *m_header;
    QLabel *m_from;
    QLabel *m_to;
    QLabel *m_meaning;
    QPlainTextEdit *m_description;
    QString m_shownDescription;
    QPushButton *m_delete;
};

} // namespace mesh::app
