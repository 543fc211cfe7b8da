#include "app/studio/propertiespanel.h"

#include "app/studio/fieldlineagebox.h"

#include "app/studio/scrollingpanel.h"

#include "app/studio/relationproperties.h"
#include "app/studio/schemafieldtable.h"

#include "app/studio/elementicons.h"
#include "catalog/catalog.h"
#include "catalog/changes/elementfields.h"
#include "catalog/model/attributefield.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace mesh::app {

using namespace mesh::catalog;

namespace {

QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(QLatin1Char(','))) {
        if (!item.trimmed().isEmpty())
            items.append(item.trimmed());
    }
    return items;
}

QString numberText(const QJsonValue &value)
{
    return value.isDouble() ? QLocale().toString(value.toDouble(), 'g', 15).remove(QLocale().groupSeparator()) : QString();
}

} // namespace

QString PropertiesPanel::fieldLabel(ElementKind kind, const QString &key)
{
    if (const AttributeField *field = findAttributeField(kind, key))
        return field->displayLabel();
    if (key == QLatin1String("description"))
        return tr("Description");
    if (key == QLatin1String("owner"))
        return tr("Owner");
    if (key == QLatin1String("tags"))
        return tr("Tags");
    if (key == QLatin1String("lifecycle"))
        return tr("Lifecycle");
    if (key == QLatin1String("context"))
        return tr("Context");
    return key;
}

PropertiesPanel::PropertiesPanel(QWidget *parent)
    : QWidget(parent),
      m_stack(new QStackedWidget(this)),
      m_header(new QLabel),
      m_name(new QLineEdit),
      m_context(new QComboBox),
      m_description(new QPlainTextEdit),
      m_owner(new QComboBox),
      m_tags(new QLineEdit),
      m_lifecycle(new QComboBox),
      m_metadataBox(new QGroupBox(tr("Metadata"))),
      m_metadata(new QFormLayout(m_metadataBox)),
      m_schemas(new QLabel),
      m_schemaFields(new SchemaFieldTable),
      m_lineage(new FieldLineageBox),
      m_relations(new QListWidget),
      m_relationPage(new RelationProperties)
{
    auto *empty = new QLabel(tr("Select an element in the catalog tree to see and edit its properties."));
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    empty->setMargin(12);

    m_name->setObjectName(QStringLiteral("name"));
    m_context->setObjectName(QStringLiteral("context"));
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setMaximumHeight(90);
    m_description->setTabChangesFocus(true);
    m_description->installEventFilter(this);
    m_owner->setObjectName(QStringLiteral("owner"));
    m_owner->setEditable(true);
    m_owner->setInsertPolicy(QComboBox::NoInsert);
    m_owner->lineEdit()->setPlaceholderText(tr("Owning team"));
    m_tags->setObjectName(QStringLiteral("tags"));
    m_tags->setPlaceholderText(tr("Comma-separated tags"));
    m_lifecycle->setObjectName(QStringLiteral("lifecycle"));
    for (Lifecycle lifecycle : kAllLifecycles)
        m_lifecycle->addItem(lifecycleDisplayName(lifecycle), lifecycleId(lifecycle));
    m_header->setTextFormat(Qt::RichText);
    m_schemas->setWordWrap(true);
    m_schemas->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_relations->setObjectName(QStringLiteral("relations"));
    m_relations->setMaximumHeight(140);

    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Context"), m_context);
    form->addRow(tr("Description"), m_description);
    form->addRow(tr("Owner"), m_owner);
    form->addRow(tr("Tags"), m_tags);
    form->addRow(tr("Lifecycle"), m_lifecycle);

    auto *details = new QWidget;
    auto *layout = new QVBoxLayout(details);
    layout->addWidget(m_header);
    layout->addLayout(form);
    layout->addWidget(m_metadataBox);
    m_schemaBox = new QGroupBox(tr("Schema"));
    auto *schemaLayout = new QVBoxLayout(m_schemaBox);
    schemaLayout->addWidget(m_schemas);
    schemaLayout->addWidget(m_schemaFields);
    connect(m_schemaFields, &SchemaFieldTable::changeRequested, this, &PropertiesPanel::changeRequested);
    connect(m_schemaFields, &SchemaFieldTable::problem, this, &PropertiesPanel::problem);
    layout->addWidget(m_schemaBox);
    layout->addWidget(m_lineage);
    auto *relationBox = new QGroupBox(tr("Relations"));
    (new QVBoxLayout(relationBox))->addWidget(m_relations);
    layout->addWidget(relationBox);
    layout->addStretch();

    QScrollArea *scroll = scrollingPanel(details);
    m_stack->addWidget(empty);
    m_stack->addWidget(scroll);
    m_stack->addWidget(m_relationPage);
    connect(m_relationPage, &RelationProperties::changeRequested, this, &PropertiesPanel::changeRequested);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(m_name, &QLineEdit::editingFinished, this, [this] { commit(QStringLiteral("name"), m_name->text().trimmed()); });
    connect(m_tags, &QLineEdit::editingFinished, this,
            [this] { commit(QStringLiteral("tags"), QJsonArray::fromStringList(splitList(m_tags->text()))); });
    connect(m_owner->lineEdit(), &QLineEdit::editingFinished, this,
            [this] { commit(QStringLiteral("owner"), m_owner->currentText().trimmed()); });
    connect(m_owner, &QComboBox::activated, this, [this] { commit(QStringLiteral("owner"), m_owner->currentText().trimmed()); });
    connect(m_lifecycle, &QComboBox::activated, this,
            [this] { commit(QStringLiteral("lifecycle"), m_lifecycle->currentData().toString()); });
    connect(m_context, &QComboBox::activated, this, [this] {
        const QString id = m_context->currentData().toString();
        commit(QStringLiteral("context"), id.isEmpty() ? QJsonValue() : QJsonValue(id));
    });
    m_stack->setCurrentIndex(0);
}

void PropertiesPanel::setCatalog(Catalog *catalog)
{
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = catalog;
    m_element = QUuid();
    if (m_catalog)
        connect(m_catalog, &Catalog::changesApplied, this, &PropertiesPanel::refresh);
    refresh();
}

void PropertiesPanel::showElement(const QUuid &id)
{
    m_element = id;
    m_relation = QUuid();
    refresh();
}

void PropertiesPanel::showRelation(const QUuid &id)
{
    m_relation = id;
    m_element = QUuid();
    refresh();
}

bool PropertiesPanel::eventFilter(QObject *watched, QEvent *event)
{
    // A description is committed when the user leaves the field, as line edits are.
    if (watched == m_description && event->type() == QEvent::FocusOut)
        commit(QStringLiteral("description"), m_description->toPlainText());
    return QWidget::eventFilter(watched, event);
}

void PropertiesPanel::refresh()
{
    if (!m_relation.isNull()) {
        m_stack->setCurrentIndex(m_relationPage->show(m_catalog, m_relation) ? 2 : 0);
        return;
    }
    const Element *element = m_catalog ? m_catalog->state().element(m_element) : nullptr;
    if (!element) {
        m_stack->setCurrentIndex(0);
        return;
    }
    const CatalogState &state = m_catalog->state();
    m_loading = true;
    m_stack->setCurrentIndex(1);
    m_header->setText(QStringLiteral("<b>%1</b> — %2").arg(elementKindDisplayName(element->kind).toHtmlEscaped(),
                                                           state.pathOf(element->id).toHtmlEscaped()));
    m_name->setText(element->name);
    m_name->setReadOnly(m_catalog->isReadOnly());

    m_context->clear();
    const ContextRule rule = contextRule(element->kind);
    if (rule != ContextRule::Required)
        m_context->addItem(tr("(none)"), QString());
    else if (element->context.isNull())
        m_context->addItem(tr("(none yet: choose one)"), QString());   // a draft put up before its context was known
    QMap<QString, QUuid> contexts;
    for (const Element &candidate : state.elements()) {
        if (candidate.kind == ElementKind::BoundedContext)
            contexts.insert(candidate.name, candidate.id);
    }
    for (auto it = contexts.cbegin(); it != contexts.cend(); ++it)
        m_context->addItem(elementIcon(ElementKind::BoundedContext), it.key(), it.value().toString(QUuid::WithoutBraces));
    m_context->setCurrentIndex(std::max(0, m_context->findData(element->context.isNull() ? QString() : element->context.toString(QUuid::WithoutBraces))));
    m_context->setEnabled(rule != ContextRule::Forbidden);

    if (!m_description->hasFocus())
        m_description->setPlainText(element->description);
    m_owner->clear();
    QStringList teams;
    for (const Element &candidate : state.elements()) {
        if (candidate.kind == ElementKind::Team)
            teams.append(candidate.name);
    }
    teams.sort(Qt::CaseInsensitive);
    m_owner->addItems(teams);
    m_owner->setEditText(element->owner);
    m_tags->setText(element->tags.join(QLatin1String(", ")));
    m_lifecycle->setCurrentIndex(m_lifecycle->findData(lifecycleId(element->lifecycle)));

    if (m_metadataKind != int(element->kind))
        rebuildMetadata();
    const QList<AttributeField> fields = attributeFields(element->kind);
    for (int i = 0; i < fields.size(); ++i) {
        const QJsonValue value = element->attributes.value(fields[i].key);
        if (auto *combo = qobject_cast<QComboBox *>(m_metadataEditors[i])) {
            combo->setCurrentIndex(std::max(0, combo->findData(value.toString())));
        } else if (auto *edit = qobject_cast<QLineEdit *>(m_metadataEditors[i])) {
            if (fields[i].type == FieldType::TextList) {
                QStringList items;
                for (const QJsonValue &item : value.toArray())
                    items.append(item.toString());
                edit->setText(items.join(QLatin1String(", ")));
            } else if (fields[i].type == FieldType::Text) {
                edit->setText(value.toString());
            } else {
                edit->setText(numberText(value));
            }
        }
    }

    m_schemaBox->setVisible(hasSchemaSubject(element->kind));
    if (hasSchemaSubject(element->kind)) {
        QStringList lines;
        for (const SchemaVersion &version : state.schemaVersions(element->id)) {
            lines.append(tr("v%1 · %2 · %3 · %4")
                             .arg(version.version)
                             .arg(schemaFormatId(version.format), compatibilityModeId(version.compatibility),
                                  lifecycleDisplayName(version.lifecycle)));
        }
        m_schemas->setText(lines.isEmpty() ? tr("No schema yet.") : lines.join(QLatin1Char('\n')));
        m_schemaFields->show(m_catalog, element->id);
    }
    m_lineage->show(m_catalog, element->id);

    m_relations->clear();
    for (const QUuid &relationId : state.relationsOf(element->id)) {
        const Relation *relation = state.relation(relationId);
        const bool outgoing = relation->from == element->id;
        const QUuid other = outgoing ? relation->to : relation->from;
        const QString text = outgoing ? tr("%1 → %2").arg(relationKindDisplayName(relation->kind), state.pathOf(other))
                                      : tr("%1 ← %2").arg(relationKindDisplayName(relation->kind), state.pathOf(other));
        auto *item = new QListWidgetItem(elementIcon(state.element(other)->kind), text, m_relations);
        item->setData(Qt::UserRole, other.toString(QUuid::WithoutBraces));
    }
    if (m_relations->count() == 0)
        new QListWidgetItem(tr("No relations."), m_relations);
    m_loading = false;
}

void PropertiesPanel::rebuildMetadata()
{
    const Element *element = m_catalog->state().element(m_element);
    while (m_metadata->rowCount() > 0)
        m_metadata->removeRow(0);
    m_metadataEditors.clear();
    m_metadataKind = int(element->kind);
    const QList<AttributeField> fields = attributeFields(element->kind);
    for (const AttributeField &field : fields) {
        QWidget *editor = nullptr;
        if (field.type == FieldType::Choice) {
            auto *combo = new QComboBox;
            combo->addItem(tr("(not set)"), QString());
            for (const QString &choice : field.choices)
                combo->addItem(choice, choice);
            connect(combo, &QComboBox::activated, this, [this, field, combo] {
                const QString value = combo->currentData().toString();
                commit(field.key, value.isEmpty() ? QJsonValue() : QJsonValue(value));
            });
            editor = combo;
        } else {
            auto *edit = new QLineEdit;
            edit->setPlaceholderText(field.type == FieldType::TextList ? tr("Comma-separated") : tr("not set"));
            connect(edit, &QLineEdit::editingFinished, this, [this, field, edit] { commitAttribute(field, edit->text()); });
            editor = edit;
        }
        editor->setObjectName(field.key);
        m_metadataEditors.append(editor);
        QWidget *row = editor;
        if (!field.displayUnit().isEmpty()) {
            row = new QWidget;
            auto *layout = new QHBoxLayout(row);
            layout->setContentsMargins(0, 0, 0, 0);
            layout->addWidget(editor, 1);
            auto *unit = new QLabel(field.displayUnit());
            unit->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("requests/s")));
            layout->addWidget(unit);
        }
        m_metadata->addRow(field.displayLabel(), row);
    }
    m_metadataBox->setVisible(!fields.isEmpty());
}

void PropertiesPanel::commitAttribute(const AttributeField &field, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        commit(field.key, QJsonValue());
        return;
    }
    switch (field.type) {
    case FieldType::Text:
        commit(field.key, trimmed);
        return;
    case FieldType::TextList:
        commit(field.key, QJsonArray::fromStringList(splitList(trimmed)));
        return;
    default: {
        bool ok = false;
        QString number = trimmed;
        number.remove(QLocale().groupSeparator());
        double value = QLocale().toDouble(number, &ok);
        if (!ok)
            value = QLocale::c().toDouble(number, &ok);
        if (!ok) {
            Q_EMIT problem(tr("%1: \"%2\" is not a number").arg(field.displayLabel(), trimmed));
            refresh();
            return;
        }
        commit(field.key, value);
    }
    }
}

void PropertiesPanel::commit(const QString &key, const QJsonValue &value)
{
    if (m_loading || !m_catalog)
        return;
    const Element *element = m_catalog->state().element(m_element);
    if (!element)
        return;
    QJsonValue normalized = value;
    if (value.isString() && value.toString().isEmpty() && key != QLatin1String("name"))
        normalized = QJsonValue();
    if (value.isArray() && value.toArray().isEmpty())
        normalized = QJsonValue();
    if (ElementFields::values(*element, {key}).value(key) == normalized)
        return;
    const QString label = key == QLatin1String("name") ? tr("Rename %1 to %2").arg(element->name, value.toString())
                                                       : tr("Change %1 of %2").arg(fieldLabel(element->kind, key), element->name);
    Q_EMIT changeRequested(Batch{UpdateElement{element->id, QJsonObject{{key, normalized}}}}, label);
    // Whatever the catalog now holds is what the panel shows (a refused edit snaps back).
    refresh();
}

} // namespace mesh::app
