#include "app/studio/relationproperties.h"

#include "catalog/catalog.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mesh::app {

using namespace mesh::catalog;

namespace {

// What the kind says about the flow, in the words of the model.
QString meaningOf(RelationKind kind)
{
    if (kind == RelationKind::Calls)
        return RelationProperties::tr("Synchronous: the caller waits for the answer.");
    if (isContextMapRelation(kind))
        return RelationProperties::tr("A context-map pattern between two bounded contexts.");
    return RelationProperties::tr("Asynchronous: a step of the event flow.");
}

} // namespace

RelationProperties::RelationProperties(QWidget *parent)
    : QWidget(parent), m_header(new QLabel), m_from(new QLabel), m_to(new QLabel), m_meaning(new QLabel), m_description(new QLabel),
      m_delete(new QPushButton(tr("Delete Relation")))
{
    m_header->setTextFormat(Qt::RichText);
    m_from->setObjectName(QStringLiteral("relationFrom"));
    m_to->setObjectName(QStringLiteral("relationTo"));
    m_delete->setObjectName(QStringLiteral("deleteRelation"));
    for (QLabel *label : {m_from, m_to, m_meaning, m_description}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("From"), m_from);
    form->addRow(tr("To"), m_to);
    form->addRow(tr("Meaning"), m_meaning);
    form->addRow(tr("Description"), m_description);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addLayout(form);
    layout->addWidget(m_delete, 0, Qt::AlignLeft);
    layout->addStretch();
    connect(m_delete, &QPushButton::clicked, this, [this] { Q_EMIT changeRequested({DeleteRelation{m_relation}}, tr("Delete a relation")); });
}

bool RelationProperties::show(const Catalog *catalog, const QUuid &relation)
{
    const Relation *shown = catalog ? catalog->state().relation(relation) : nullptr;
    if (!shown)
        return false;
    const CatalogState &state = catalog->state();
    m_relation = relation;
    m_header->setText(tr("<b>Relation</b> — %1").arg(relationKindDisplayName(shown->kind).toHtmlEscaped()));
    m_from->setText(state.pathOf(shown->from));
    m_to->setText(state.pathOf(shown->to));
    m_meaning->setText(meaningOf(shown->kind));
    m_description->setText(shown->description.isEmpty() ? tr("(none)") : shown->description);
    m_delete->setEnabled(!catalog->isReadOnly());
    return true;
}

} // namespace mesh::app
