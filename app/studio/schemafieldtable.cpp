#include "app/studio/schemafieldtable.h"

#include "catalog/catalog.h"
#include "catalog/schema/nextschemaversion.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mesh::app {

using namespace mesh::catalog;

namespace {

enum Column { Name, Type, Required, Description, Default, ColumnCount };

} // namespace

SchemaFieldTable::SchemaFieldTable(QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(0, ColumnCount)), m_format(new QComboBox), m_note(new QLabel),
      m_make(new QPushButton(tr("Make Schema Version")))
{
    m_table->setObjectName(QStringLiteral("schemaFields"));
    m_make->setObjectName(QStringLiteral("makeSchemaVersion"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Type"), tr("Required"), tr("Description"), tr("Default")});
    m_table->horizontalHeader()->setSectionResizeMode(Description, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setMinimumHeight(120);
    m_format->addItem(tr("Avro"), int(SchemaFormat::Avro));
    m_format->addItem(tr("Protobuf"), int(SchemaFormat::Protobuf));
    m_format->addItem(tr("JSON Schema"), int(SchemaFormat::JsonSchema));
    m_note->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("schemaFieldsNote"));

    auto *add = new QPushButton(tr("Add Field"));
    auto *remove = new QPushButton(tr("Remove Field"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    buttons->addWidget(m_format);
    buttons->addWidget(m_make);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_note);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, &SchemaFieldTable::addField);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    connect(m_make, &QPushButton::clicked, this, &SchemaFieldTable::makeVersion);
}

void SchemaFieldTable::show(Catalog *catalog, const QUuid &element)
{
    const bool sameElement = catalog == m_catalog && element == m_element;
    m_catalog = catalog;
    m_element = element;
    const SchemaVersion *latest = catalog ? catalog->state().latestSchema(element) : nullptr;
    if (latest) {
        m_format->setCurrentIndex(m_format->findData(int(latest->format)));
        if (auto fields = SchemaFields::read(latest->format, latest->text)) {
            m_note->setText(tr("The fields of version %1. Change them and make the next version.").arg(latest->version));
            if (!sameElement || *fields != this->fields())
                setFields(*fields);
            return;
        }
        m_note->setText(tr("Version %1 was written by hand and stays as written; fields here make a new version from scratch.")
                            .arg(latest->version));
    } else {
        m_note->setText(tr("No schema yet: list the fields and make the first version."));
    }
    if (!sameElement)
        setFields({});
}

void SchemaFieldTable::setFields(const QList<SchemaField> &fields)
{
    m_table->setRowCount(0);
    for (const SchemaField &field : fields)
        insertRow(field);
}

void SchemaFieldTable::insertRow(const SchemaField &field)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, Name, new QTableWidgetItem(field.name));
    auto *type = new QComboBox;
    type->addItems(SchemaFields::types());
    type->setCurrentText(field.type);
    m_table->setCellWidget(row, Type, type);
    auto *required = new QCheckBox;
    required->setChecked(field.required);
    m_table->setCellWidget(row, Required, required);
    m_table->setItem(row, Description, new QTableWidgetItem(field.description));
    m_table->setItem(row, Default, new QTableWidgetItem(field.defaultValue));
}

void SchemaFieldTable::addField()
{
    insertRow(SchemaField{QStringLiteral("field%1").arg(m_table->rowCount() + 1), QStringLiteral("string"), false, {}, {}});
    m_table->setCurrentCell(m_table->rowCount() - 1, Name);
    m_table->editItem(m_table->item(m_table->rowCount() - 1, Name));
}

QList<SchemaField> SchemaFieldTable::fields() const
{
    QList<SchemaField> list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        SchemaField field;
        field.name = m_table->item(row, Name) ? m_table->item(row, Name)->text().trimmed() : QString();
        field.type = qobject_cast<QComboBox *>(m_table->cellWidget(row, Type))->currentText();
        field.required = qobject_cast<QCheckBox *>(m_table->cellWidget(row, Required))->isChecked();
        field.description = m_table->item(row, Description) ? m_table->item(row, Description)->text().trimmed() : QString();
        field.defaultValue = m_table->item(row, Default) ? m_table->item(row, Default)->text().trimmed() : QString();
        list.append(field);
    }
    return list;
}

void SchemaFieldTable::makeVersion()
{
    const Element *element = m_catalog ? m_catalog->state().element(m_element) : nullptr;
    if (!element)
        return;
    const CatalogState &state = m_catalog->state();
    const SchemaFormat format = SchemaFormat(m_format->currentData().toInt());
    auto text = SchemaFields::generate(format, element->name, schemaPackage(state, *element), element->description, fields());
    if (!text) {
        if (text.error().index >= 0)
            m_table->setCurrentCell(text.error().index, Name);
        Q_EMIT problem(text.error().message);
        return;
    }
    const SchemaVersion version = nextSchemaVersion(state, m_element, format, *text);
    Q_EMIT changeRequested({AddSchemaVersion{version}}, tr("Add schema version %1 of %2 from its fields").arg(version.version).arg(state.pathOf(m_element)));
}

} // namespace mesh::app
