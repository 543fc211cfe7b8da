#include "app/studio/relationproperties.h"

#include "catalog/catalog.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
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
    : QWidget(parent), m_header(new QLabel), m_from(new QLabel), m_to(new QLabel), m_meaning(new QLabel),
      m_description(new QPlainTextEdit), m_delete(new QPushButton(tr("Delete Relation")))
{
    m_header->setTextFormat(Qt::RichText);
    m_from->setObjectName(QStringLiteral("relationFrom"));
    m_to->setObjectName(QStringLiteral("relationTo"));
    m_delete->setObjectName(QStringLiteral("deleteRelation"));
    m_description->setObjectName(QStringLiteral("relationDescription"));
    m_description->setMaximumHeight(90);
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What flows here, and why"));
    m_description->installEventFilter(this);
    for (QLabel *label : {m_from, m_to, m_meaning}) {
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
    // While the description is being typed into, a refresh (someone else's change) keeps it.
    const bool typing = m_description->hasFocus() && m_relation == relation;
    m_relation = relation;
    m_header->setText(tr("<b>Relation</b> — %1").arg(relationKindDisplayName(shown->kind).toHtmlEscaped()));
    m_from->setText(state.pathOf(shown->from));
    m_to->setText(state.pathOf(shown->to));
    m_meaning->setText(meaningOf(shown->kind));
    if (!typing)
        m_description->setPlainText(shown->description);
    m_shownDescription = shown->description;
    m_description->setReadOnly(catalog->isReadOnly());
    m_delete->setEnabled(!catalog->isReadOnly());
    return true;
}

bool RelationProperties::eventFilter(QObject *watched, QEvent *event)
{
    // The description is committed when the user leaves the field, as an element's is.
    if (watched == m_description && event->type() == QEvent::FocusOut)
        commitDescription();
    return QWidget::eventFilter(watched, event);
}

void RelationProperties::commitDescription()
{
    const QString text = m_description->toPlainText();
    if (m_relation.isNull() || m_description->isReadOnly() || text == m_shownDescription)
        return;
    Q_EMIT changeRequested({UpdateRelation{m_relation, {{QStringLiteral("description"), text}}}}, tr("Describe a relation"));
}

} // namespace mesh::app
