#include "app/studio/catalogtree.h"

#include "canvas/diagramscene.h"

#include <QMimeData>

#include "app/studio/elementicons.h"
#include "catalog/catalog.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace mesh::app {

using namespace mesh::catalog;

namespace {

constexpr int kIdRole = Qt::UserRole;       // element id, on element items
constexpr int kKeyRole = Qt::UserRole + 1;  // stable key, to restore expansion

QList<const Element *> sortedByName(QList<const Element *> elements)
{
    std::sort(elements.begin(), elements.end(), [](const Element *a, const Element *b) {
        const int byName = QString::localeAwareCompare(a->name, b->name);
        return byName != 0 ? byName < 0 : a->id < b->id;
    });
    return elements;
}

} // namespace

namespace {

// Elements dragged from the tree onto a diagram carry their ids.
class ElementTreeWidget final : public QTreeWidget
{
public:
    using QTreeWidget::QTreeWidget;

protected:
    QStringList mimeTypes() const override { return {canvas::DiagramScene::elementMimeType()}; }
    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override
    {
        QByteArray ids;
        for (const QTreeWidgetItem *item : items) {
            const QString id = item->data(0, kIdRole).toString();
            if (!id.isEmpty())
                ids += id.toLatin1() + '\n';
        }
        auto *mime = new QMimeData;
        mime->setData(canvas::DiagramScene::elementMimeType(), ids);
        return mime;
    }
};

} // namespace

CatalogTree::CatalogTree(QWidget *parent) : QWidget(parent), m_filter(new QLineEdit(this)), m_tree(new ElementTreeWidget(this))
{
    m_tree->setDragEnabled(true);
    m_tree->setDragDropMode(QAbstractItemView::DragOnly);
    m_filter->setPlaceholderText(tr("Filter elements"));
    m_filter->setClearButtonEnabled(true);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree);

    connect(m_filter, &QLineEdit::textChanged, this, &CatalogTree::rebuild);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &CatalogTree::onSelectionChanged);
    connect(m_tree, &QTreeWidget::itemExpanded, this,
            [this](QTreeWidgetItem *item) { m_expanded.insert(item->data(0, kKeyRole).toString()); });
    connect(m_tree, &QTreeWidget::itemCollapsed, this,
            [this](QTreeWidgetItem *item) { m_expanded.remove(item->data(0, kKeyRole).toString()); });
}

void CatalogTree::setCatalog(Catalog *catalog)
{
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = catalog;
    m_expanded.clear();
    m_waitingShown = false;
    if (m_catalog)
        connect(m_catalog, &Catalog::changesApplied, this, &CatalogTree::rebuild);
    rebuild();
    // Contexts start expanded, their kind groups collapsed: an overview at a glance.
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        m_tree->topLevelItem(i)->setExpanded(true);
}

QUuid CatalogTree::selectedElement() const
{
    const QList<QTreeWidgetItem *> selected = m_tree->selectedItems();
    return selected.isEmpty() ? QUuid() : QUuid::fromString(selected.first()->data(0, kIdRole).toString());
}

void CatalogTree::selectElement(const QUuid &id)
{
    QTreeWidgetItemIterator it(m_tree);
    for (; *it; ++it) {
        if ((*it)->data(0, kIdRole).toString() == id.toString(QUuid::WithoutBraces)) {
            for (QTreeWidgetItem *parent = (*it)->parent(); parent; parent = parent->parent())
                parent->setExpanded(true);
            m_tree->setCurrentItem(*it);
            m_tree->scrollToItem(*it);
            return;
        }
    }
}

void CatalogTree::rebuild()
{
    const QUuid selected = selectedElement();
    m_rebuilding = true;
    m_tree->setUpdatesEnabled(false);
    m_tree->clear();
    if (m_catalog) {
        QList<const Element *> contexts, waiting;
        QHash<QUuid, QList<const Element *>> byContext;
        const QString filter = m_filter->text();
        for (const Element &element : m_catalog->state().elements()) {
            if (element.kind == ElementKind::BoundedContext)
                contexts.append(&element);
            else if (!filter.isEmpty() && !element.name.contains(filter, Qt::CaseInsensitive))
                continue;
            else if (element.context.isNull() && contextRule(element.kind) == ContextRule::Required)
                waiting.append(&element);
            else
                byContext[element.context].append(&element);
        }
        // Drafts put up before anyone knew their context, first: they are the open question.
        if (!waiting.isEmpty()) {
            auto *item = new QTreeWidgetItem(m_tree, {tr("No context yet")});
            item->setData(0, kKeyRole, QStringLiteral("waiting"));
            item->setIcon(0, elementIcon(ElementKind::BoundedContext));
            item->setToolTip(0, tr("Drafts that wait for their bounded context: draw a context frame around them on a board, or drop them into one"));
            QFont font = item->font(0);
            font.setItalic(true);
            item->setFont(0, font);
            addElementGroups(item, waiting);
            if (!m_waitingShown) {   // open the first time, then as the user leaves it
                m_waitingShown = true;
                m_expanded.insert(QStringLiteral("waiting"));
                for (int i = 0; i < item->childCount(); ++i)
                    m_expanded.insert(item->child(i)->data(0, kKeyRole).toString());
            }
        }
        for (const Element *context : sortedByName(contexts)) {
            auto *item = new QTreeWidgetItem(m_tree, {context->name});
            item->setIcon(0, elementIcon(ElementKind::BoundedContext));
            item->setData(0, kIdRole, context->id.toString(QUuid::WithoutBraces));
            item->setData(0, kKeyRole, context->id.toString(QUuid::WithoutBraces));
            item->setToolTip(0, context->description);
            addElementGroups(item, byContext.value(context->id));
            if (item->childCount() == 0 && !filter.isEmpty() && !context->name.contains(filter, Qt::CaseInsensitive))
                delete item;
        }
        auto *outside = new QTreeWidgetItem(m_tree, {tr("Outside any context")});
        outside->setData(0, kKeyRole, QStringLiteral("outside"));
        QFont font = outside->font(0);
        font.setItalic(true);
        outside->setFont(0, font);
        addElementGroups(outside, byContext.value(QUuid()));
        if (outside->childCount() == 0)
            delete outside;
    }
    QTreeWidgetItemIterator it(m_tree);
    for (; *it; ++it) {
        if (m_expanded.contains((*it)->data(0, kKeyRole).toString()) || !m_filter->text().isEmpty())
            (*it)->setExpanded(true);
    }
    m_tree->setUpdatesEnabled(true);
    m_rebuilding = false;
    if (!selected.isNull())
        selectElement(selected);
}

void CatalogTree::addElementGroups(QTreeWidgetItem *parent, const QList<const catalog::Element *> &elements)
{
    QMap<ElementKind, QList<const Element *>> byKind;
    for (const Element *element : elements)
        byKind[element->kind].append(element);
    const QString parentKey = parent->data(0, kKeyRole).toString();
    for (auto group = byKind.cbegin(); group != byKind.cend(); ++group) {
        auto *groupItem = new QTreeWidgetItem(parent, {QStringLiteral("%1 (%2)").arg(elementKindPluralName(group.key())).arg(group->size())});
        groupItem->setIcon(0, elementIcon(group.key()));
        groupItem->setData(0, kKeyRole, parentKey + QLatin1Char('/') + elementKindId(group.key()));
        groupItem->setFlags(Qt::ItemIsEnabled);
        for (const Element *element : sortedByName(*group)) {
            auto *item = new QTreeWidgetItem(groupItem, {element->name});
            item->setIcon(0, elementIcon(element->kind));
            item->setData(0, kIdRole, element->id.toString(QUuid::WithoutBraces));
            item->setData(0, kKeyRole, element->id.toString(QUuid::WithoutBraces));
            item->setToolTip(0, element->description);
        }
    }
}

void CatalogTree::onSelectionChanged()
{
    if (!m_rebuilding)
        Q_EMIT elementSelected(selectedElement());
}

} // namespace mesh::app
