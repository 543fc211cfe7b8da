#include "app/studio/fieldlineagebox.h"

#include "catalog/catalog.h"
#include "catalog/governance/fieldlineage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace mesh::app {

using namespace mesh::catalog;

FieldLineageBox::FieldLineageBox(QWidget *parent) : QGroupBox(tr("Field lineage"), parent), m_fields(new QComboBox), m_lineage(new QLabel)
{
    m_fields->setObjectName(QStringLiteral("lineageField"));
    m_fields->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_fields->setMinimumContentsLength(8);
    m_lineage->setObjectName(QStringLiteral("lineage"));
    m_lineage->setWordWrap(true);
    m_lineage->setTextFormat(Qt::RichText);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Field:"), m_fields);
    form->addRow(m_lineage);
    connect(m_fields, &QComboBox::currentIndexChanged, this, &FieldLineageBox::showLineage);
}

void FieldLineageBox::show(Catalog *catalog, const QUuid &element)
{
    m_catalog = catalog;
    const QString keep = m_element == element ? m_fields->currentText() : QString();
    m_element = element;
    const Element *shown = catalog ? catalog->state().element(element) : nullptr;
    const QStringList names = shown ? schemaFieldsOf(catalog->state(), element).value_or(QStringList{}) : QStringList{};
    const bool follows = shown && (shown->kind == ElementKind::Command || shown->kind == ElementKind::Event || shown->kind == ElementKind::ReadModel);
    setVisible(follows && !names.isEmpty());
    const QSignalBlocker blocker(m_fields);
    m_fields->clear();
    m_fields->addItems(names);
    m_fields->setCurrentIndex(std::max(0, int(names.indexOf(keep))));
    showLineage();
}

void FieldLineageBox::showLineage()
{
    if (!m_catalog || m_fields->currentText().isEmpty()) {
        m_lineage->clear();
        return;
    }
    const CatalogState &state = m_catalog->state();
    const FieldLineage lineage = fieldLineage(state, m_element, m_fields->currentText());
    const auto list = [&state](const QList<FieldRef> &refs) {
        QStringList items;
        for (const FieldRef &ref : refs)
            items.append(QStringLiteral("%1 · <b>%2</b>").arg(state.pathOf(ref.element).toHtmlEscaped(), ref.field.toHtmlEscaped()));
        return items.join(QStringLiteral("<br>"));
    };
    const Element *element = state.element(m_element);
    const bool takes = element && element->kind != ElementKind::Command;   // a command's fields are where information starts
    QString text;
    if (lineage.generated)
        text += tr("Made by %1 itself (a generated field).").arg(element->name.toHtmlEscaped()) + QStringLiteral("<br>");
    else if (takes)
        text += (lineage.from.isEmpty() ? tr("<b>Comes from:</b> no field found that leads to it.") : tr("<b>Comes from:</b>") + QStringLiteral("<br>") + list(lineage.from))
                + QStringLiteral("<br>");
    const bool gives = element && element->kind != ElementKind::ReadModel;
    if (gives)
        text += lineage.to.isEmpty() ? tr("<b>Goes to:</b> nothing yet.") : tr("<b>Goes to:</b>") + QStringLiteral("<br>") + list(lineage.to);
    if (!lineage.unknown.isEmpty()) {
        QStringList unknown;
        for (const QUuid &id : lineage.unknown)
            unknown.append(state.pathOf(id).toHtmlEscaped());
        text += QStringLiteral("<br><i>") + tr("Not known for %1: no readable schema.").arg(unknown.join(QStringLiteral(", "))) + QStringLiteral("</i>");
    }
    m_lineage->setText(text);
}

} // namespace mesh::app
