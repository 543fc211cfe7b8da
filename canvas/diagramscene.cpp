#include "canvas/diagramscene.h"

#include "canvas/elementitem.h"
#include "canvas/relationitem.h"
#include "catalog/catalog.h"

#include <QApplication>
#include <QClipboard>
#include <QGraphicsSceneMouseEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QPainter>

#include <numeric>

namespace mesh::canvas {

using namespace mesh::catalog;

namespace {

constexpr double kFrameMargin = 36.0;
constexpr double kLaneLabelWidth = 200.0;
constexpr double kSliceTitleHeight = 36.0;
const char *const kPlacementsMime = "application/x-meshstudio-placements";

QRectF centered(const QPointF &center, const QSizeF &size)
{
    return {center.x() - size.width() / 2, center.y() - size.height() / 2, size.width(), size.height()};
}

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
    // and 7,500 relations takes 21 ms without an index, 42 ms with one).
    setItemIndexMethod(QGraphicsScene::NoIndex);
    connect(catalog, &Catalog::changesApplied, this, &DiagramScene::sync);
    connect(this, &QGraphicsScene::selectionChanged, this, [this] {
        if (!m_syncing)
            Q_EMIT elementsSelected(selectedElements());
    });
    sync();
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
            item->setDrawnAsFrame(m_kind != DiagramKind::ContextMap);
            addItem(item);
            m_elements.insert(element->id, item);
        }
        item->setName(element->name);
        item->setSize(placement.geometry.size());
        item->setPinned(placement.pinned);
        if (item->pos() != placement.geometry.topLeft())
            item->setPos(placement.geometry.topLeft());
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
                item = new RelationItem(relationId, relation->kind, m_elements.value(relation->from), m_elements.value(relation->to));
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
    for (RelationItem *item : std::as_const(m_relations)) {
        m_relationsOf[item->from()->element()].append(item);
        m_relationsOf[item->to()->element()].append(item);
    }
    applyPendingRoutes();
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
    for (RelationItem *relation : m_relationsOf.value(item->element()))
        relation->endsMoved();
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

QStringList DiagramScene::lanes() const
{
    QStringList lanes{tr("Triggers and actors"), tr("Commands and read models")};
    QStringList eventLanes;
    const CatalogState &state = m_catalog->state();
    for (const Placement &placement : state.placements(m_diagram)) {
        if (const Element *element = state.element(placement.element)) {
            const QString lane = placement.lane.isEmpty() ? laneFor(*element) : placement.lane;
            if (!lanes.contains(lane) && !eventLanes.contains(lane))
                eventLanes.append(lane);
        }
    }
    eventLanes.sort();
    return lanes + eventLanes;
}

QString DiagramScene::laneFor(const Element &element) const
{
    switch (element.kind) {
    case ElementKind::Actor:
    case ElementKind::ExternalSystem:
    case ElementKind::Policy:
        return tr("Triggers and actors");
    case ElementKind::Command:
    case ElementKind::ReadModel:
        return tr("Commands and read models");
    default: {
        const Element *context = m_catalog->state().element(element.context);
        return tr("Events · %1").arg(context ? context->name : tr("no context"));
    }
    }
}

Placement DiagramScene::placementFor(const Element &element, const QPointF &center) const
{
    Placement placement;
    placement.diagram = m_diagram;
    placement.element = element.id;
    QSizeF size = ElementItem::defaultSize(element.kind);
    if (element.kind == ElementKind::BoundedContext && m_kind == DiagramKind::ContextMap)
        size = QSizeF(200, 100);
    placement.geometry = centered(center, size);
    if (m_kind == DiagramKind::Timeline)
        placement.lane = laneFor(element);
    return placement;
}

void DiagramScene::placeNewElement(ElementKind kind, const QString &name, const QPointF &center)
{
    Element element{QUuid::createUuid(), kind, name.trimmed()};
    if (contextRule(kind) != ContextRule::Forbidden)
        element.context = contextAt(center);
    if (element.context.isNull() && contextRule(kind) == ContextRule::Required) {
        // Outside every frame: the nearest context on the diagram takes it.
        const ElementItem *nearest = nullptr;
        double best = 0;
        for (const ElementItem *item : std::as_const(m_elements)) {
            if (!item->isDrawnAsFrame())
                continue;
            const QPointF d = item->sceneRectangle().center() - center;
            const double distance = d.x() * d.x() + d.y() * d.y();
            if (!nearest || distance < best) {
                nearest = item;
                best = distance;
            }
        }
        if (!nearest) {
            Q_EMIT problem(tr("%1 belong to a bounded context: put a context on the diagram first (from the palette or the "
                              "catalog tree), then place them inside")
                               .arg(elementKindPluralName(kind)));
            return;
        }
        element.context = nearest->element();
    }
    Batch batch{CreateElement{element}, PlaceElement{placementFor(element, center)}};
    Q_EMIT changeRequested(batch, tr("Place %1 %2").arg(elementKindDisplayName(kind), element.name));
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
    for (ElementItem *item : std::as_const(m_elements)) {
        const Placement *placement = state.placement(m_diagram, item->element());
        if (!placement || placement->geometry.topLeft() == item->pos())
            continue;
        Placement moved = *placement;
        moved.geometry.moveTopLeft(item->pos());
        batch.append(MovePlacement{moved});
    }
    if (batch.isEmpty())
        return;
    // One sticky dropped into another context's frame moves into that context.
    if (batch.size() == 1 && m_kind == DiagramKind::Board) {
        const QUuid id = std::get<MovePlacement>(batch.first()).placement.element;
        const ElementItem *item = m_elements.value(id);
        const Element *element = state.element(id);
        if (element && !item->isDrawnAsFrame() && contextRule(element->kind) != ContextRule::Forbidden) {
            const ElementItem *frame = frameAt(item->sceneRectangle().center(), item);
            if (frame && frame->element() != element->context) {
                batch.append(UpdateElement{id, {{"context", frame->element().toString(QUuid::WithoutBraces)}}});
                Q_EMIT changeRequested(batch, tr("Move %1 into %2").arg(element->name, frame->name()));
                return;
            }
        }
    }
    Q_EMIT changeRequested(batch, tr("Move %n element(s)", nullptr, int(batch.size())));
}

void DiagramScene::removeSelectionFromDiagram()
{
    Batch batch;
    for (const QUuid &id : selectedElements())
        batch.append(UnplaceElement{m_diagram, id});
    if (!batch.isEmpty())
        Q_EMIT changeRequested(batch, tr("Remove %n element(s) from the diagram", nullptr, int(batch.size())));
}

Batch DiagramScene::deleteSelection(QStringList &consequences) const
{
    const CatalogState &state = m_catalog->state();
    Batch batch;
    int relations = 0, schemas = 0, elsewhere = 0, children = 0;
    for (const QUuid &id : selectedElements()) {
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

void DiagramScene::togglePinSelection()
{
    const CatalogState &state = m_catalog->state();
    QList<Placement> selected;
    for (const QUuid &id : selectedElements()) {
        if (const Placement *placement = state.placement(m_diagram, id))
            selected.append(*placement);
    }
    if (selected.isEmpty())
        return;
    const bool pin = !std::all_of(selected.begin(), selected.end(), [](const Placement &p) { return p.pinned; });
    Batch batch;
    for (Placement placement : selected) {
        placement.pinned = pin;
        batch.append(MovePlacement{placement});
    }
    Q_EMIT changeRequested(batch, pin ? tr("Pin %n element(s)", nullptr, int(batch.size())) : tr("Unpin %n element(s)", nullptr, int(batch.size())));
}

void DiagramScene::alignSelection(Alignment alignment)
{
    const CatalogState &state = m_catalog->state();
    QList<Placement> selected;
    for (const QUuid &id : selectedElements()) {
        if (const Placement *placement = state.placement(m_diagram, id))
            selected.append(*placement);
    }
    if (selected.size() < 2)
        return;
    // Left and top edges go to the leftmost and topmost, right and bottom to the furthest,
    // centres to their mean.
    double target = 0;
    auto value = [alignment](const QRectF &r) {
        switch (alignment) {
        case Alignment::Left: return r.left();
        case Alignment::Right: return r.right();
        case Alignment::Top: return r.top();
        case Alignment::Bottom: return r.bottom();
        case Alignment::HorizontalCenters: return r.center().y();
        case Alignment::VerticalCenters: return r.center().x();
        }
        return 0.0;
    };
    QList<double> values;
    for (const Placement &placement : selected)
        values.append(value(placement.geometry));
    if (alignment == Alignment::Left || alignment == Alignment::Top)
        target = *std::min_element(values.begin(), values.end());
    else if (alignment == Alignment::Right || alignment == Alignment::Bottom)
        target = *std::max_element(values.begin(), values.end());
    else
        target = std::accumulate(values.begin(), values.end(), 0.0) / values.size();
    Batch batch;
    for (Placement placement : selected) {
        const double delta = target - value(placement.geometry);
        const bool horizontal = alignment == Alignment::Left || alignment == Alignment::Right || alignment == Alignment::VerticalCenters;
        placement.geometry.translate(horizontal ? delta : 0, horizontal ? 0 : delta);
        batch.append(MovePlacement{placement});
    }
    Q_EMIT changeRequested(batch, tr("Align %n element(s)", nullptr, int(batch.size())));
}

void DiagramScene::distributeSelection(Qt::Orientation orientation)
{
    const CatalogState &state = m_catalog->state();
    QList<Placement> selected;
    for (const QUuid &id : selectedElements()) {
        if (const Placement *placement = state.placement(m_diagram, id))
            selected.append(*placement);
    }
    if (selected.size() < 3)
        return;
    const bool horizontal = orientation == Qt::Horizontal;
    std::sort(selected.begin(), selected.end(), [horizontal](const Placement &a, const Placement &b) {
        return horizontal ? a.geometry.left() < b.geometry.left() : a.geometry.top() < b.geometry.top();
    });
    double occupied = 0;
    for (const Placement &placement : selected)
        occupied += horizontal ? placement.geometry.width() : placement.geometry.height();
    const double start = horizontal ? selected.first().geometry.left() : selected.first().geometry.top();
    const double end = horizontal ? selected.last().geometry.right() : selected.last().geometry.bottom();
    const double gap = (end - start - occupied) / (selected.size() - 1);
    Batch batch;
    double position = start;
    for (Placement placement : selected) {
        if (horizontal)
            placement.geometry.moveLeft(position);
        else
            placement.geometry.moveTop(position);
        position += (horizontal ? placement.geometry.width() : placement.geometry.height()) + gap;
        batch.append(MovePlacement{placement});
    }
    Q_EMIT changeRequested(batch, tr("Distribute %n element(s)", nullptr, int(batch.size())));
}

void DiagramScene::addSliceOverSelection(const QString &name)
{
    const Diagram *diagram = m_catalog->state().diagram(m_diagram);
    QRectF covered;
    for (const QUuid &id : selectedElements())
        covered = covered.united(m_elements.value(id)->sceneRectangle());
    if (!diagram || covered.isNull() || name.trimmed().isEmpty()) {
        Q_EMIT problem(tr("Select the stickies of the slice first"));
        return;
    }
    QList<DiagramSlice> slices = diagram->slices;
    slices.append({name.trimmed(), covered.left() - 20, covered.right() + 20});
    std::sort(slices.begin(), slices.end(), [](const DiagramSlice &a, const DiagramSlice &b) { return a.left < b.left; });
    Q_EMIT changeRequested({UpdateDiagram{m_diagram, {{"slices", slicesToJson(slices)}}}}, tr("Add slice %1").arg(name.trimmed()));
}

void DiagramScene::removeSlicesUnderSelection()
{
    const Diagram *diagram = m_catalog->state().diagram(m_diagram);
    if (!diagram)
        return;
    QList<DiagramSlice> kept;
    for (const DiagramSlice &slice : diagram->slices) {
        const bool selected = std::any_of(m_elements.cbegin(), m_elements.cend(), [&slice](const ElementItem *item) {
            const double x = item->sceneRectangle().center().x();
            return item->isSelected() && x >= slice.left && x <= slice.right;
        });
        if (!selected)
            kept.append(slice);
    }
    if (kept.size() != diagram->slices.size())
        Q_EMIT changeRequested({UpdateDiagram{m_diagram, {{"slices", slicesToJson(kept)}}}},
                               tr("Remove %n slice(s)", nullptr, int(diagram->slices.size() - kept.size())));
}

void DiagramScene::resizeFrame(const QUuid &element, const QSizeF &size)
{
    const Placement *placement = m_catalog->state().placement(m_diagram, element);
    if (!placement)
        return;
    Placement resized = *placement;
    resized.geometry.setSize(size.expandedTo(QSizeF(160, 100)));
    if (resized.geometry != placement->geometry)
        Q_EMIT changeRequested({MovePlacement{resized}}, tr("Resize %1").arg(m_catalog->state().pathOf(element)));
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

layout::LayoutGraph DiagramScene::layoutGraph() const
{
    const CatalogState &state = m_catalog->state();
    layout::LayoutGraph graph;
    if (m_kind == DiagramKind::Timeline)
        graph.lanes = lanes();
    QList<ElementItem *> items = m_elements.values();
    std::sort(items.begin(), items.end(), [](const ElementItem *a, const ElementItem *b) { return a->element() < b->element(); });
    for (const ElementItem *item : items) {
        if (item->isDrawnAsFrame())
            continue;   // frames are drawn around their content afterwards
        const Element *element = state.element(item->element());
        const Placement *placement = state.placement(m_diagram, item->element());
        const Element *context = element ? state.element(element->context) : nullptr;
        graph.nodes.append({item->element(), item->size(), context ? context->name : QString(),
                            placement && !placement->lane.isEmpty() ? placement->lane : (element ? laneFor(*element) : QString()),
                            placement && placement->pinned, item->sceneRectangle().center()});
    }
    QList<RelationItem *> relations = m_relations.values();
    std::sort(relations.begin(), relations.end(), [](const RelationItem *a, const RelationItem *b) { return a->relation() < b->relation(); });
    for (const RelationItem *relation : relations) {
        if (!relation->from()->isDrawnAsFrame() && !relation->to()->isDrawnAsFrame())
            graph.edges.append({relation->from()->element(), relation->to()->element()});
    }
    if (m_kind == DiagramKind::Timeline) {
        // Time flows from a command to the events its aggregate emits, even when the
        // aggregate is not on the timeline: those steps order the layout (and are not drawn).
        for (const ElementItem *item : items) {
            if (item->kind() != ElementKind::Command)
                continue;
            for (const QUuid &handledBy : state.relationsOf(item->element())) {
                const Relation *handled = state.relation(handledBy);
                if (!handled || handled->kind != RelationKind::HandledBy || handled->from != item->element())
                    continue;
                for (const QUuid &emitsId : state.relationsOf(handled->to)) {
                    const Relation *emits = state.relation(emitsId);
                    if (emits && emits->kind == RelationKind::Emits && emits->from == handled->to && m_elements.contains(emits->to)
                        && !m_elements.contains(handled->to))
                        graph.edges.append({item->element(), emits->to});
                }
            }
        }
    }
    return graph;
}

layout::LayoutEngine DiagramScene::layoutEngine(bool highQuality) const
{
    switch (m_kind) {
    case DiagramKind::ContextMap:
        return layout::LayoutEngine::Force;
    case DiagramKind::Timeline:
        return layout::LayoutEngine::Timeline;
    case DiagramKind::Board:
        break;
    }
    return highQuality ? layout::LayoutEngine::WholeDot : layout::LayoutEngine::Composed;
}

Batch DiagramScene::layoutBatch(const layout::LayoutGraph &graph, const layout::LayoutResult &result)
{
    const CatalogState &state = m_catalog->state();
    Batch batch;
    QHash<QUuid, QRectF> contextBounds;
    for (const layout::LayoutNode &node : graph.nodes) {
        const Placement *placement = state.placement(m_diagram, node.id);
        if (!placement || !result.centers.contains(node.id))
            continue;
        const QRectF geometry = centered(result.centers[node.id], node.size);
        if (const Element *element = state.element(node.id); element && !element->context.isNull())
            contextBounds[element->context] = contextBounds.value(element->context).united(geometry);
        if (placement->geometry == geometry)
            continue;
        Placement moved = *placement;
        moved.geometry = geometry;
        batch.append(MovePlacement{moved});
    }
    // Frames go around their content, with room for their name.
    for (ElementItem *item : std::as_const(m_elements)) {
        if (!item->isDrawnAsFrame() || !contextBounds.contains(item->element()))
            continue;
        const Placement *placement = state.placement(m_diagram, item->element());
        if (!placement || placement->pinned)
            continue;
        Placement moved = *placement;
        moved.geometry = contextBounds[item->element()].adjusted(-kFrameMargin / 2, -kFrameMargin, kFrameMargin / 2, kFrameMargin / 2);
        if (moved.geometry != placement->geometry)
            batch.append(MovePlacement{moved});
    }
    m_pendingRoutes.clear();
    for (qsizetype i = 0; i < graph.edges.size(); ++i) {
        const QList<QPointF> &path = result.edgePaths[i];
        // A straight route is drawn as a line (clipped to the view), not as a curve.
        auto offLine = [&path](const QPointF &p) {
            const QPointF d = path[3] - path[0], v = p - path[0];
            return std::abs(d.x() * v.y() - d.y() * v.x()) / std::max(1.0, std::hypot(d.x(), d.y()));
        };
        const bool straight = path.size() == 4 && offLine(path[1]) < 0.5 && offLine(path[2]) < 0.5;
        if (path.isEmpty() || straight)
            continue;
        for (RelationItem *relation : m_relationsOf.value(graph.edges[i].from)) {
            if (relation->to()->element() == graph.edges[i].to)
                m_pendingRoutes.insert(relation->relation(), path);
        }
    }
    return batch;
}

void DiagramScene::applyPendingRoutes()
{
    for (RelationItem *item : std::as_const(m_relations)) {
        const auto route = m_pendingRoutes.constFind(item->relation());
        if (route != m_pendingRoutes.cend())
            item->setRoute(*route);
        else
            item->endsMoved();
    }
    m_pendingRoutes.clear();
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

void DiagramScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    QGraphicsScene::drawBackground(painter, rect);
    if (m_kind != DiagramKind::Timeline)
        return;
    // Swimlanes: a band per lane around its stickies, its name at the left.
    painter->save();
    const CatalogState &state = m_catalog->state();
    QHash<QString, QRectF> bands;
    double left = 0, right = 0;
    for (ElementItem *item : std::as_const(m_elements)) {
        const Placement *placement = state.placement(m_diagram, item->element());
        const Element *element = state.element(item->element());
        if (!placement || !element)
            continue;
        const QString lane = placement->lane.isEmpty() ? laneFor(*element) : placement->lane;
        bands[lane] = bands.value(lane).united(item->sceneRectangle());
        left = std::min(left, item->sceneRectangle().left());
        right = std::max(right, item->sceneRectangle().right());
    }
    int index = 0;
    double top = 1e18, bottom = -1e18;
    QFont font = painter->font();
    font.setPointSizeF(11);
    font.setBold(true);
    painter->setFont(font);
    for (const QString &lane : lanes()) {
        if (!bands.contains(lane))
            continue;
        const QRectF band(left - kLaneLabelWidth, bands[lane].top() - 20, right - left + kLaneLabelWidth + 40, bands[lane].height() + 40);
        if (!band.intersects(rect))
            continue;
        painter->fillRect(band, index++ % 2 ? QColor(0xf5, 0xf5, 0xf5) : QColor(0xec, 0xef, 0xf1));
        painter->setPen(QColor(0x54, 0x6e, 0x7a));
        painter->drawText(QRectF(band.left() + 10, band.top(), kLaneLabelWidth - 20, band.height()), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, lane);
        top = std::min(top, band.top());
        bottom = std::max(bottom, band.bottom());
    }
    // Slices: vertical bands across the lanes, named at the top.
    if (const Diagram *diagram = state.diagram(m_diagram)) {
        for (const DiagramSlice &slice : diagram->slices) {
            const QRectF column(slice.left, top - kSliceTitleHeight, slice.right - slice.left, bottom - top + kSliceTitleHeight);
            painter->setPen(QPen(QColor(0x54, 0x6e, 0x7a), 1, Qt::DashLine));
            painter->setBrush(QColor(0x15, 0x65, 0xc0, 18));
            painter->drawRect(column);
            painter->setPen(QColor(0x37, 0x47, 0x4f));
            painter->drawText(QRectF(column.left(), column.top(), column.width(), kSliceTitleHeight), Qt::AlignCenter | Qt::TextWordWrap,
                              slice.name);
        }
    }
    painter->restore();
}

QRectF DiagramScene::contentRect() const
{
    QRectF bounds;
    for (ElementItem *item : std::as_const(m_elements))
        bounds = bounds.united(item->sceneRectangle());
    for (RelationItem *item : std::as_const(m_relations))
        bounds = bounds.united(item->path().boundingRect());
    if (m_kind == DiagramKind::Timeline && !bounds.isNull())
        bounds.adjust(-kLaneLabelWidth, -20 - kSliceTitleHeight, 40, 20);   // the lanes, slices and their names
    return bounds;
}

} // namespace mesh::canvas
