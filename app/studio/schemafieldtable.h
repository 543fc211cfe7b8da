#pragma once

#include "catalog/changes/change.h"
#include "catalog/schema/schemafields.h"

#include <QPointer>
#include <QUuid>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace mesh::catalog {
class Catalog;
}

namespace mesh::app {

// The schema of an element as a table of fields (name, type, required, description,
// default), for people who never write Avro or .proto: "Make Schema Version" generates the
// schema in the chosen format and adds it as the next version. The table starts from the
// latest version when that has the shape the table writes; a schema written by hand is
// never rewritten: the table then starts empty and says so.
class SchemaFieldTable final : public QWidget
{
    Q_OBJECT

public:
    explicit SchemaFieldTable(QWidget *parent = nullptr);
    void show(catalog::Catalog *catalog, const QUuid &element);

    QTableWidget *table() const { return m_table; }
    QList<catalog::SchemaField> fields() const;
    void addField();
    void makeVersion();

Q_SIGNALS:
    void changeRequested(const mesh::catalog::Batch &batch, const QString &description);
    void problem(const QString &message);

private:
    void setFields(const QList<catalog::SchemaField> &fields);
    void insertRow(const catalog::SchemaField &field);

    QPointer<catalog::Catalog> m_catalog;
    QUuid m_element;
    QTableWidget *m_table;
    QComboBox *m_format;
    QLabel *m_note;
    QPushButton *m_make;
};

} // namespace mesh::app
