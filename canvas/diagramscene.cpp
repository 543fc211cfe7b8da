#include "canvas/diagramscene.h"

#include "canvas/elementitem.h"
#include "canvas/relationitem.h"
#include "canvas/relationlayer.h"
#include "catalog/catalog.h"

#include <QApplication>
#include <QClipboard>
#include <QGraphicsSceneHelpEvent>
#include <QGraphicsSceneMouseEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QToolTip>

namespace mesh::canvas {

using namespace mesh::catalog;

namespace {

const char *const kPlacementsMime = "application/x-meshstudio-placements";

} // namespace

QString DiagramScene::elementMimeType()
{
    return QStringLiteral("application/x-meshstudio-elements");
}

DiagramScene::DiagramScene(Catalog *catalog, const QUuid &diagram, QObject *parent)
    : QGraphicsScene(parent), m_catalog(catalog), m_diagram(diagram)
{
    const Diagram *shown = catalog->state().diagram(diagram);
    m_kind = shown ? shown->kind : DiagramKind::Board;
    // No index: relations crossing the board have huge bounding rectangles, which make a BSP
    // index slower to query than a plain walk (measured: a fit-all frame of 5,000 stickies
    // and 7,500 relations takes 21 ms without an index, 40 ms with one; at 100 % the index
    // saves 1 ms).
    setItemIndexMethod(QGraphicsScene::NoIndex);
    // The scene's brush, not the view's: a view with a brush of its own never asks the scene
    // to draw its background, and the timeline's lanes are drawn there.
    setBackgroundBrush(QColor(0xfa, 0xfa, 0xfa));
    m_relationLayer = new RelationLayer;
    addItem(m_relationLayer);
    connect(catalog, &Catalog::changesApplied, this, &DiagramScene::sync);
    connect(this, &QGraphicsScene::selectionChanged, this, [this] {
        if (m_syncing)
            return;
        const QList<QUuid> elements = selectedElements(), relations = selectedRelations();
        if (elements.isEmpty() && relations.size() == 1)
            Q_EMIT relationSelected(relations.first());
        else
            Q_EMIT elementsSelected(elements);
    });
    sync();
}

DiagramScene::~DiagramScene()
{
    // Items going one by one change the selection: nobody is told while the scene is
    // taken down (its view and that view's owners may be half gone already).
    blockSignals(true);
    // The relations first: they tell the layer when they go.
    qDeleteAll(m_relations);
}

QList<RelationItem *> DiagramScene::relationItems() const
{
    return m_relationLayer->relations();
}

bool DiagramScene::showsRelation(RelationKind kind) const
{
    return m_kind == DiagramKind::ContextMap ? isContextMapRelation(kind) : !isContextMapRelation(kind);
}

void DiagramScene::sync()
{
    if (!m_catalog)
        return;
    const CatalogState &state = m_catalog->state();
    m_syncing = true;
    QSet<QUuid> placed;
    QHash<QUuid, int> dots, comments;   // the workshop marks, counted once
    for (const Annotation &annotation : state.annotations()) {
        if (annotation.kind == AnnotationKind::Votes && annotation.diagram == m_diagram)
            dots[annotation.element] += annotation.count;
        else if (annotation.kind == AnnotationKind::Comment)
            ++comments[annotation.element];
    }
    // In a stable order: items of the same depth are drawn in the order they were added, and
    // a picture of the same diagram must come out the same.
    QList<Placement> placements = state.placements(m_diagram);
    std::sort(placements.begin(), placements.end(), [](const Placement &a, const Placement &b) { return a.element < b.element; });
    for (const Placement &placement : std::as_const(placements)) {
        const Element *element = state.element(placement.element);
        if (!element)
            continue;
        placed.insert(element->id);
        ElementItem *item = m_elements.value(element->id);
        if (!item || item->kind() != element->kind) {
            delete item;
            item = new ElementItem(element->id, element->kind);
            item->setDrawnAsFrame(m_kind == DiagramKind::Board);   // on a timeline a context is its lane
            addItem(item);
            m_elements.insert(element->id, item);
        }
        item->setName(element->name);
        item->setSize(placement.geometry.size());
        item->setPinned(placement.pinned);
        item->setWorkshopMarks(dots.value(element->id), comments.value(element->id));
        if (item->pos() != placement.geometry.topLeft())
            item->setPos(placement.geometry.topLeft());
    }
    if (m_kind == DiagramKind::Timeline) {
        // Its lane decides a sticky's height: whatever the file says, it is drawn inside.
        m_arrangement = arrangeTimeline();
        for (auto it = m_arrangement.topLefts.cbegin(); it != m_arrangement.topLefts.cend(); ++it) {
            if (ElementItem *item = m_elements.value(it.key()); item && item->pos() != it.value())
                item->setPos(it.value());
        }
    }
    for (auto it = m_elements.begin(); it != m_elements.end();) {
        if (placed.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value();
        it = m_elements.erase(it);
    }

    // Relations between placed elements, of the kinds this kind of diagram shows.
    QSet<QUuid> shown;
    QList<QUuid> placedInOrder = placed.values();
    std::sort(placedInOrder.begin(), placedInOrder.end());
    for (const QUuid &element : std::as_const(placedInOrder)) {
        for (const QUuid &relationId : state.relationsOf(element)) {
            const Relation *relation = state.relation(relationId);
            if (!relation || shown.contains(relationId) || !showsRelation(relation->kind) || !placed.contains(relation->from)
                || !placed.contains(relation->to))
                continue;
            shown.insert(relationId);
            RelationItem *item = m_relations.value(relationId);
            if (item && (item->from() != m_elements.value(relation->from) || item->to() != m_elements.value(relation->to))) {
                delete item;
                item = nullptr;
            }
            if (!item) {
                item = new RelationItem(relationId, relation->kind, m_elements.value(relation->from), m_elements.value(relation->to),
                                        m_relationLayer);
                addItem(item);
                m_relations.insert(relationId, item);
            }
        }
    }
    for (auto it = m_relations.begin(); it != m_relations.end();) {
        if (shown.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value();
        it = m_relations.erase(it);
    }
    m_relationsOf.clear();
    QList<RelationItem *> relations = m_relations.values();
    std::sort(relations.begin(), relations.end(), [](const RelationItem *a, const RelationItem *b) { return a->relation() < b->relation(); });
    for (RelationItem *item : std::as_const(relations)) {
        m_relationsOf[item->from()->element()].append(item);
        m_relationsOf[item->to()->element()].append(item);
    }
    m_relationLayer->setRelations(relations);
    const Diagram *diagram = state.diagram(m_diagram);
    routeRelations(diagram ? diagram->routes : QHash<QUuid, RelationRoute>{});
    // A scene rectangle with room around the content, set here only: if it grew while a
    // sticky is dragged, the view would scroll under the mouse.
    setSceneRect(contentRect().adjusted(-2000, -2000, 2000, 2000));
    m_syncing = false;
    update();
}

void DiagramScene::elementMoved(ElementItem *item)
{
    if (m_syncing)
        return;
    const QList<RelationItem *> relations = m_relationsOf.value(item->element());
    if (m_kind == DiagramKind::Timeline) {
        followLanes(relations);   // the others are routed again when the move lands
        return;
    }
    for (RelationItem *relation : relations)
        relation->endsMoved();
}

QString DiagramScene::toolTipAt(const QPointF &scenePoint) const
{
    const CatalogState &state = m_catalog->state();
    for (QGraphicsItem *item : items(scenePoint)) {
        QString text;
        if (const auto *sticky = qgraphicsitem_cast<ElementItem *>(item)) {
            const Element *element = state.element(sticky->element());
            if (!element)
                continue;
            text = tr("<b>%1</b> — %2").arg(elementKindDisplayName(element->kind).toHtmlEscaped(), state.pathOf(element->id).toHtmlEscaped());
            if (!element->owner.isEmpty())
                text += QStringLiteral("<br>") + tr("Owner: %1").arg(element->owner.toHtmlEscaped());
            if (!element->description.isEmpty())
                text += QStringLiteral("<br>") + element->description.toHtmlEscaped();
        } else if (const auto *line = qgraphicsitem_cast<RelationItem *>(item)) {
            const Relation *relation = state.relation(line->relation());
            if (!relation)
                continue;
            text = tr("%1 <b>%2</b> %3").arg(state.pathOf(relation->from).toHtmlEscaped(), relationKindDisplayName(relation->kind).toHtmlEscaped(),
                                             state.pathOf(relation->to).toHtmlEscaped());
            if (!relation->description.isEmpty())
                text += QStringLiteral("<br>") + relation->description.toHtmlEscaped();
        }
        if (!text.isEmpty())
            return text;
    }
    return {};
}

void DiagramScene::helpEvent(QGraphicsSceneHelpEvent *event)
{
    // Worked out when asked, from the catalog: items keep no copy of descriptions.
    const QString text = toolTipAt(event->scenePos());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->screenPos(), text, event->widget());
    event->setAccepted(!text.isEmpty());
}

QList<QUuid> DiagramScene::selectedElements() const
{
    QList<QUuid> ids;
    for (QGraphicsItem *item : selectedItems()) {
        if (auto *element = qgraphicsitem_cast<ElementItem *>(item))
            ids.append(element->element());
    }
    return ids;
}

QList<QUuid> DiagramScene::selectedRelations() const
{
    QList<QUuid> ids;
    for (QGraphicsItem *item : selectedItems()) {
        if (auto *relation = qgraphicsitem_cast<RelationItem *>(item))
            ids.append(relation->relation());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void DiagramScene::selectElements(const QList<QUuid> &elements)
{
    m_syncing = true;
    clearSelection();
    for (const QUuid &id : elements) {
        if (ElementItem *item = m_elements.value(id))
            item->setSelected(true);
    }
    m_syncing = false;
}

ElementItem *DiagramScene::frameAt(const QPointF &point, const ElementItem *except) const
{
    ElementItem *found = nullptr;
    for (ElementItem *item : m_elements) {
        if (item == except || !item->isDrawnAsFrame() || !item->sceneRectangle().contains(point))
            continue;
        // The innermost: the smallest frame containing the point.
        if (!found || item->sceneRectangle().width() * item->sceneRectangle().height()
                          < found->sceneRectangle().width() * found->sceneRectangle().height())
            found = item;
    }
    return found;
}

QUuid DiagramScene::contextAt(const QPointF &point) const
{
    const ElementItem *frame = frameAt(point);
    return frame ? frame->element() : QUuid();
}

Placement DiagramScene::placementFor(const Element &element, const QPointF &center) const
{
    Placement placement;
    placement.diagram = m_diagram;
    placement.element = element.id;
    QSizeF size = ElementItem::defaultSize(element.kind);
    if (element.kind == ElementKind::BoundedContext && m_kind != DiagramKind::Board)
        size = QSizeF(200, 100);
    placement.geometry = layout::centeredRect(center, size);
    return placement;
}

void DiagramScene::placeNewElement(ElementKind kind, const QString &name, const QPointF &center)
{
    Element element{QUuid::createUuid(), kind, name.trimmed()};
    // Outside every frame an element waits, as a draft, for its context (events first).
    if (contextRule(kind) != ContextRule::Forbidden)
        element.context = contextAt(center);
    if (m_kind == DiagramKind::Timeline && contextRule(kind) != ContextRule::Forbidden) {
        // Put down in an events lane, it belongs to that lane's context.
        const QList<TimelineLane> lanes = timelineLanes();
        const int lane = laneIndexAt(center);
        if (lane >= 0 && lane < lanes.size() && lanes[lane].role == LaneRole::Events)
            element.context = lanes[lane].context;
    }
    Placement placement = placementFor(element, center);
    Batch batch{CreateElement{element}};
    if (kind == ElementKind::BoundedContext && m_kind == DiagramKind::Board) {
        // A context put down over selected stickies is drawn around them and takes them in.
        QRectF around;
        for (const QUuid &id : selectedElements()) {
            if (const ElementItem *item = m_elements.value(id); item && !item->isDrawnAsFrame())
                around |= item->sceneRectangle();
        }
        if (!around.isNull())
            placement.geometry = around.adjusted(-32, -48, 32, 32);
    }
    batch.append(PlaceElement{placement});
    if (kind == ElementKind::BoundedContext && m_kind == DiagramKind::Board) {
        batch += draftsTakenIn(element.id, placement.geometry, {});
        for (const QUuid &id : selectedElements()) {
            const Element *selected = m_catalog->state().element(id);
            const ElementItem *item = m_elements.value(id);
            if (selected && item && !item->isDrawnAsFrame() && !selected->context.isNull() && contextRule(selected->kind) != ContextRule::Forbidden
                && placement.geometry.contains(item->sceneRectangle().center()))
                batch.append(UpdateElement{id, {{"context", element.id.toString(QUuid::WithoutBraces)}}});
        }
    }
    Q_EMIT changeRequested(batch, tr("Place %1 %2").arg(elementKindDisplayName(kind), element.name));
}

void DiagramScene::vote(const QUuid &element, int delta)
{
    const CatalogState &state = m_catalog->state();
    const QString me = m_catalog->author();
    const Annotation *mine = nullptr;
    for (const Annotation &annotation : state.annotations()) {
        if (annotation.kind == AnnotationKind::Votes && annotation.diagram == m_diagram && annotation.element == element && annotation.author == me)
            mine = &annotation;
    }
    const int count = (mine ? mine->count : 0) + delta;
    const QString name = state.pathOf(element);
    if (count < 0 || (count == 0 && !mine))
        return;
    if (count == 0) {
        Q_EMIT changeRequested({RemoveAnnotation{mine->id}}, tr("Take back a dot from %1").arg(name));
        return;
    }
    Annotation votes = mine ? *mine : Annotation{QUuid::createUuid(), AnnotationKind::Votes, m_diagram, element, me, {}, 0, {}};
    votes.count = count;
    votes.time = QDateTime::currentDateTimeUtc();
    Q_EMIT changeRequested({PutAnnotation{votes}}, delta > 0 ? tr("Vote for %1").arg(name) : tr("Take back a dot from %1").arg(name));
}

void DiagramScene::showOthersSelections(const QHash<QUuid, QStringList> &holders)
{
    for (ElementItem *item : std::as_const(m_elements))
        item->setHolders(holders.value(item->element()));
}

Batch DiagramScene::draftsTakenIn(const QUuid &context, const QRectF &frame, const QSet<QUuid> &moving) const
{
    Batch batch;
    for (const ElementItem *item : std::as_const(m_elements)) {
        const Element *element = m_catalog->state().element(item->element());
        if (!element || item->isDrawnAsFrame() || moving.contains(element->id) || !element->context.isNull()
            || contextRule(element->kind) != ContextRule::Required || !frame.contains(item->sceneRectangle().center()))
            continue;
        batch.append(UpdateElement{element->id, {{"context", context.toString(QUuid::WithoutBraces)}}});
    }
    return batch;
}

void DiagramScene::placeExisting(const QList<QUuid> &elements, const QPointF &at)
{
    Batch batch;
    QPointF center = at;
    for (const QUuid &id : elements) {
        const Element *element = m_catalog->state().element(id);
        if (m_elements.contains(id) || !element)
            continue;
        batch.append(PlaceElement{placementFor(*element, center)});
        center += QPointF(24, 24);
    }
    if (batch.isEmpty()) {
        Q_EMIT problem(tr("Already on this diagram"));
        return;
    }
    Q_EMIT changeRequested(batch, tr("Add %n element(s) to the diagram", nullptr, int(batch.size())));
}

void DiagramScene::commitMoves()
{
    const CatalogState &state = m_catalog->state();
    Batch batch;
    QSet<QUuid> moving;
    if (m_kind == DiagramKind::Timeline) {
        commitTimelineMoves();
        return;
    }
    for (ElementItem *item : std::as_const(m_elements)) {
        const Placement *placement = state.placement(m_diagram, item->element());
        if (!placement || placement->geometry.topLeft() == item->pos())
            continue;
        Placement moved = *placement;
        moved.geometry.moveTopLeft(item->pos());
        batch.append(MovePlacement{moved});
        moving.insert(item->element());
    }
    if (batch.isEmpty())
        return;
    if (m_kind != DiagramKind::Board) {
        Q_EMIT changeRequested(batch, tr("Move %n element(s)", nullptr, int(batch.size())));
        return;
    }
    // Stickies dropped into a frame join its context; a frame moved over drafts takes them in.
    Batch contexts;
    QString into;
    for (const QUuid &id : std::as_const(moving)) {
        const ElementItem *item = m_elements.value(id);
        const Element *element = state.element(id);
        if (!element || contextRule(element->kind) == ContextRule::Forbidden)
            continue;
        if (item->isDrawnAsFrame()) {
            contexts += draftsTakenIn(id, item->sceneRectangle(), moving);
            continue;
        }
        const ElementItem *frame = frameAt(item->sceneRectangle().center(), item);
        if (frame && frame->element() != element->context && !moving.contains(frame->element())) {
            contexts.append(UpdateElement{id, {{"context", frame->element().toString(QUuid::WithoutBraces)}}});
            into = frame->name();
        }
    }
    if (contexts.isEmpty()) {
        Q_EMIT changeRequested(batch, tr("Move %n element(s)", nullptr, int(batch.size())));
        return;
    }
    const QString description = moving.size() == 1 && !into.isEmpty()
        ? tr("Move %1 into %2").arg(state.element(*moving.cbegin())->name, into)
        : tr("Move %n element(s) into their contexts", nullptr, int(contexts.size()));
    Q_EMIT changeRequested(batch + contexts, description);
}

void DiagramScene::removeSelectionFromDiagram()
{
    // A relation is on every diagram showing both its ends: taking it off one is deleting it.
    Batch batch;
    const QList<QUuid> elements = selectedElements(), relations = selectedRelations();
    for (const QUuid &id : elements)
        batch.append(UnplaceElement{m_diagram, id});
    for (const QUuid &id : relations)
        batch.append(DeleteRelation{id});
    if (batch.isEmpty())
        return;
    Q_EMIT changeRequested(batch, relations.isEmpty()  ? tr("Remove %n element(s) from the diagram", nullptr, int(elements.size()))
                                  : elements.isEmpty() ? tr("Delete %n relation(s)", nullptr, int(relations.size()))
                                                       : tr("Remove the selection from the diagram"));
}

Batch DiagramScene::deleteSelection(QStringList &consequences) const
{
    const CatalogState &state = m_catalog->state();
    Batch batch;
    int relations = 0, schemas = 0, elsewhere = 0, children = 0;
    const QList<QUuid> elements = selectedElements();
    const QSet<QUuid> deleted(elements.begin(), elements.end());
    for (const QUuid &id : elements) {
        const Element *element = state.element(id);
        if (!element)
            continue;
        batch.append(DeleteElement{id});
        consequences.append(state.pathOf(id));
        relations += int(state.relationsOf(id).size());
        schemas += int(state.schemaVersions(id).size());
        elsewhere += int(state.placementsOf(id).size()) - 1;
        children += state.childCount(id);
    }
    for (const QUuid &id : selectedRelations()) {
        const Relation *relation = state.relation(id);
        if (!relation || deleted.contains(relation->from) || deleted.contains(relation->to))
            continue;   // goes with its end
        batch.append(DeleteRelation{id});
        consequences.append(tr("%1 → %2 (%3)").arg(state.pathOf(relation->from), state.pathOf(relation->to),
                                                    relationKindDisplayName(relation->kind)));
    }
    if (relations)
        consequences.append(tr("%n relation(s)", nullptr, relations));
    if (schemas)
        consequences.append(tr("%n schema version(s)", nullptr, schemas));
    if (elsewhere)
        consequences.append(tr("%n placement(s) on other diagrams", nullptr, elsewhere));
    if (children)
        consequences.append(tr("%n element(s) inside the deleted contexts", nullptr, children));
    return batch;
}

QList<RelationKind> DiagramScene::validRelations(const QUuid &from, const QUuid &to, QString *why) const
{
    const CatalogState &state = m_catalog->state();
    const Element *a = state.element(from);
    const Element *b = state.element(to);
    QList<RelationKind> kinds;
    if (!a || !b || from == to) {
        if (why)
            *why = tr("An element cannot be related to itself");
        return kinds;
    }
    for (RelationKind kind : allRelationKinds()) {
        if (isValidRelation(kind, a->kind, b->kind) && showsRelation(kind))
            kinds.append(kind);
    }
    if (kinds.isEmpty() && why)
        *why = tr("No kind of relation goes from %1 to %2").arg(elementKindPluralName(a->kind).toLower(), elementKindPluralName(b->kind).toLower());
    return kinds;
}

void DiagramScene::connectElements(const QUuid &from, const QUuid &to, RelationKind kind)
{
    const CatalogState &state = m_catalog->state();
    Q_EMIT changeRequested({CreateRelation{Relation{QUuid::createUuid(), kind, from, to, {}}}},
                           tr("Relate %1 %2 %3").arg(state.pathOf(from), relationKindDisplayName(kind), state.pathOf(to)));
}

void DiagramScene::copySelection() const
{
    QJsonArray entries;
    const CatalogState &state = m_catalog->state();
    QRectF bounds;
    for (const QUuid &id : selectedElements())
        bounds = bounds.united(m_elements.value(id)->sceneRectangle());
    for (const QUuid &id : selectedElements()) {
        const QRectF rect = m_elements.value(id)->sceneRectangle().translated(-bounds.topLeft());
        entries.append(QJsonObject{{"element", id.toString(QUuid::WithoutBraces)}, {"x", rect.x()}, {"y", rect.y()},
                                   {"width", rect.width()}, {"height", rect.height()}, {"name", state.element(id)->name}});
    }
    auto *mime = new QMimeData;
    mime->setData(QLatin1String(kPlacementsMime), QJsonDocument(entries).toJson(QJsonDocument::Compact));
    QStringList names;
    for (const QJsonValue &entry : entries)
        names.append(entry.toObject().value("name").toString());
    mime->setText(names.join(QLatin1Char('\n')));
    QApplication::clipboard()->setMimeData(mime);
}

bool DiagramScene::canPaste()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    return mime && mime->hasFormat(QLatin1String(kPlacementsMime));
}

void DiagramScene::paste(const QPointF &at)
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (!mime || !mime->hasFormat(QLatin1String(kPlacementsMime)))
        return;
    const CatalogState &state = m_catalog->state();
    Batch batch;
    const QJsonArray entries = QJsonDocument::fromJson(mime->data(QLatin1String(kPlacementsMime))).array();
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        const QUuid id = QUuid::fromString(entry.value("element").toString());
        const Element *element = state.element(id);
        if (!element)
            continue;
        const QRectF geometry(at + QPointF(entry.value("x").toDouble(), entry.value("y").toDouble()),
                              QSizeF(entry.value("width").toDouble(), entry.value("height").toDouble()));
        Placement placement = placementFor(*element, geometry.center());
        placement.geometry = geometry;
        if (m_elements.contains(id)) {
            // Already on this diagram: paste a copy of the element.
            Element copy = *element;
            copy.id = QUuid::createUuid();
            copy.lifecycle = Lifecycle::Draft;
            int n = 1;
            do
                copy.name = tr("%1 (copy %2)").arg(element->name).arg(n++);
            while (state.findElement(copy.context, copy.kind, copy.name));
            batch.append(CreateElement{copy});
            placement.element = copy.id;
        }
        batch.append(PlaceElement{placement});
    }
    if (!batch.isEmpty())
        Q_EMIT changeRequested(batch, tr("Paste %n element(s)", nullptr, int(entries.size())));
}

void DiagramScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mousePressEvent(event);
    // Moving a frame moves its content: what lies inside comes along.
    if (event->button() != Qt::LeftButton)
        return;
    auto *frame = qgraphicsitem_cast<ElementItem *>(itemAt(event->scenePos(), QTransform()));
    if (!frame || !frame->isDrawnAsFrame() || !frame->isSelected())
        return;
    m_syncing = true;
    for (ElementItem *item : std::as_const(m_elements)) {
        if (item != frame && frame->sceneRectangle().contains(item->sceneRectangle()))
            item->setSelected(true);
    }
    m_syncing = false;
}

void DiagramScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton)
        commitMoves();
}

void DiagramScene::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    event->setAccepted(event->mimeData()->hasFormat(elementMimeType()));
}

void DiagramScene::dragMoveEvent(QGraphicsSceneDragDropEvent *event)
{
    event->setAccepted(event->mimeData()->hasFormat(elementMimeType()));
}

void DiagramScene::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    QList<QUuid> ids;
    for (const QByteArray &line : event->mimeData()->data(elementMimeType()).split('\n')) {
        const QUuid id = QUuid::fromString(QLatin1String(line.trimmed()));
        if (!id.isNull())
            ids.append(id);
    }
    event->acceptProposedAction();
    placeExisting(ids, event->scenePos());
}

} // namespace mesh::canvas
