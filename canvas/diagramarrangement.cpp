#include "canvas/diagramscene.h"

#include "canvas/elementitem.h"

#include <algorithm>
#include <numeric>

// The scene's arranging gestures: pin, align, distribute, resize a frame, timeline slices.
namespace mesh::canvas {

using namespace mesh::catalog;

QList<Placement> DiagramScene::selectedPlacements() const
{
    QList<Placement> selected;
    for (const QUuid &id : selectedElements()) {
        if (const Placement *placement = m_catalog->state().placement(m_diagram, id))
            selected.append(*placement);
    }
    return selected;
}

void DiagramScene::nudgeSelection(const QPointF &offset)
{
    Batch batch;
    QStringList ids;
    for (Placement placement : selectedPlacements()) {
        placement.geometry.translate(offset);
        batch.append(MovePlacement{placement});
        ids.append(placement.element.toString(QUuid::WithoutBraces));
    }
    if (batch.isEmpty())
        return;
    ids.sort();
    Q_EMIT changeRequested(batch, tr("Nudge %n element(s)", nullptr, int(batch.size())), QStringLiteral("nudge ") + ids.join(QLatin1Char(' ')));
}

void DiagramScene::togglePinSelection()
{
    QList<Placement> selected = selectedPlacements();
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

QString DiagramScene::alignmentName(Alignment alignment)
{
    switch (alignment) {
    case Alignment::Left: return tr("Left Edges");
    case Alignment::Right: return tr("Right Edges");
    case Alignment::Top: return tr("Top Edges");
    case Alignment::Bottom: return tr("Bottom Edges");
    case Alignment::HorizontalCenters: return tr("Centres in a Row");
    case Alignment::VerticalCenters: return tr("Centres in a Column");
    }
    return {};
}

void DiagramScene::alignSelection(Alignment alignment)
{
    QList<Placement> selected = selectedPlacements();
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
    QList<Placement> selected = selectedPlacements();
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

SliceKind DiagramScene::sliceKindOf(const QList<QUuid> &elements) const
{
    // Event Modeling's patterns, told by what the step holds: something outside translated,
    // a processor automating, a read model shown without a command, else a state change.
    QSet<ElementKind> kinds;
    for (const QUuid &id : elements) {
        if (const Element *element = m_catalog->state().element(id))
            kinds.insert(element->kind);
    }
    if (kinds.contains(ElementKind::ExternalSystem))
        return SliceKind::Translation;
    if (kinds.contains(ElementKind::Policy))
        return SliceKind::Automation;
    if (kinds.contains(ElementKind::ReadModel) && !kinds.contains(ElementKind::Command))
        return SliceKind::StateView;
    return SliceKind::StateChange;
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
    slices.append({name.trimmed(), covered.left() - 20, covered.right() + 20, sliceKindOf(selectedElements())});
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
    if (resized.geometry == placement->geometry)
        return;
    // A frame drawn larger over drafts takes them into its context.
    Batch batch{MovePlacement{resized}};
    if (m_kind == DiagramKind::Board)
        batch += draftsTakenIn(element, resized.geometry, {});
    Q_EMIT changeRequested(batch, tr("Resize %1").arg(m_catalog->state().pathOf(element)));
}

} // namespace mesh::canvas
