// The scene's gestures, each one batch (one undo step) asked of the catalog: placing new
// and existing elements, voting, moving, removing and deleting, connecting, copy and paste,
// and what the mouse and drops start.
#include "canvas/diagramscene.h"

#include "canvas/elementitem.h"
#include "catalog/catalog.h"

#include <QApplication>
#include <QClipboard>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>

namespace mesh::canvas {

using namespace mesh::catalog;

namespace {

const char *const kPlacementsMime = "application/x-meshstudio-placements";

} // namespace

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
