#pragma once

#include "catalog/changes/change.h"
#include "catalog/model/elementkind.h"

#include <QJsonValue>
#include <QPointer>
#include <QUuid>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QStackedWidget;

namespace mesh::catalog {
class Catalog;
struct AttributeField;
}

namespace mesh::app {

class RelationProperties;
class FieldLineageBox;
class SchemaFieldTable;

// Edits the selected element: name, context, description, owner team, tags, lifecycle and
// the kind's typed metadata (with units). It never changes the catalog itself: each
// finished edit becomes an update change handed to `changeRequested`, and the panel shows
// whatever the catalog then holds (so a refused edit snaps back).
class PropertiesPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit PropertiesPanel(QWidget *parent = nullptr);

    void setCatalog(catalog::Catalog *catalog);
    void showElement(const QUuid &id);
    void showRelation(const QUuid &id);
    QUuid element() const { return m_element; }
    SchemaFieldTable *schemaFields() const { return m_schemaFields; }
    FieldLineageBox *lineage() const { return m_lineage; }

Q_SIGNALS:
    void changeRequested(const mesh::catalog::Batch &batch, const QString &description);
    void problem(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void rebuildMetadata();
    void commit(const QString &key, const QJsonValue &value);
    void commitAttribute(const catalog::AttributeField &field, const QString &text);
    static QString fieldLabel(catalog::ElementKind kind, const QString &key);

    QPointer<catalog::Catalog> m_catalog;
    QUuid m_element;
    QUuid m_relation;   // shown instead of an element when set
    bool m_loading = false;

    QStackedWidget *m_stack;
    QLabel *m_header;
    QLineEdit *m_name;
    QComboBox *m_context;
    QPlainTextEdit *m_description;
    QComboBox *m_owner;
    QLineEdit *m_tags;
    QComboBox *m_lifecycle;
    QGroupBox *m_metadataBox;
    QFormLayout *m_metadata;
    QList<QWidget *> m_metadataEditors;
    int m_metadataKind = -1;
    QGroupBox *m_schemaBox;
    QLabel *m_schemas;
    SchemaFieldTable *m_schemaFields;
    FieldLineageBox *m_lineage;
    QListWidget *m_relations;
    RelationProperties *m_relationPage;
};

} // namespace mesh::app
