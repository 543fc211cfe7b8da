#pragma once

#include "canvas/layout/layoutgraph.h"
#include "canvas/layout/timelinelanes.h"
#include "catalog/catalog.h"
#include "catalog/changes/change.h"
#include "catalog/model/diagram.h"
#include "catalog/model/relationkind.h"

#include <QColor>
#include <QGraphicsScene>
#include <QHash>
#include <QPointer>


namespace mesh::canvas {

class ElementItem;
class RelationItem;
class RelationLayer;

// One diagram of one catalog as a scene: an item per placement, an item per relation between
// placed elements. It listens to the catalog and nothing else — whatever applied a change
// (this window's undo stack, another window, another studio on a shared catalog), the items
// follow — and it never changes the catalog itself: every gesture becomes a batch handed to
// `changeRequested`, applied by whoever owns the undo stack.
class DiagramScene final : public QGraphicsScene
{
    Q_OBJECT

public:
    // The MIME type of elements dragged from the catalog tree (their ids, one per line).
    static QString elementMimeType();

    DiagramScene(catalog::Catalog *catalog, const QUuid &diagram, QObject *parent = nullptr);
    ~DiagramScene() override;

    catalog::Catalog *catalog() const { return m_catalog; }
    QUuid diagram() const { return m_diagram; }
    catalog::DiagramKind diagramKind() const { return m_kind; }

    ElementItem *itemFor(const QUuid &element) const { return m_elements.value(element); }
    RelationItem *itemForRelation(const QUuid &relation) const { return m_relations.value(relation); }
    QList<ElementItem *> elementItems() const { return m_elements.values(); }
    QList<RelationItem *> relationItems() const;   // ordered by relation id
    QList<QUuid> selectedElements() const;
    QList<QUuid> selectedRelations() const;
    void selectElements(const QList<QUuid> &elements);

    // What the tooltip over a scene point says, read from the catalog: a sticky's kind, path,
    // owner and description, or a relation's ends, kind and description; empty elsewhere.
    QString toolTipAt(const QPointF &scenePoint) const;

    // What a picture or "fit" shows: the items, and on timelines the lanes with their names.
    QRectF contentRect() const;

    // Brings the items in line with the catalog.
    void sync();
    void elementMoved(ElementItem *item);

    // The bounded context frame under a scene point (the innermost, `except` left out).
    ElementItem *frameAt(const QPointF &point, const ElementItem *except = nullptr) const;
    // Timelines, as Event Modeling lays them out: people and triggers on top, commands and
    // read models in the middle, one lane of events per bounded context below (by name).
    enum class LaneRole { Triggers, Commands, Events };
    struct TimelineLane {
        QString name;
        LaneRole role;
        QUuid context;   // the events lane's bounded context (none for drafts and the others)
    };
    QList<TimelineLane> timelineLanes() const;   // top to bottom
    QStringList lanes() const;                   // their names
    static LaneRole laneRole(catalog::ElementKind kind);
    QString laneFor(const catalog::Element &element) const;
    // The lanes' bands and the stickies' places as drawn now; the lane under a point.
    const layout::TimelineArrangement &timelineArrangement() const { return m_arrangement; }
    int laneIndexAt(const QPointF &point) const;
    QRectF timelineBounds() const;   // the lanes, from their names to some room after the story
    static QColor laneShade(int lane);   // the fill of the lane at that index

    // Gestures, each one batch (one undo step).
    void placeNewElement(catalog::ElementKind kind, const QString &name, const QPointF &center);
    // Dot voting: one more of this studio's dots on a sticky (`delta` 1), or one taken back (-1).
    void vote(const QUuid &element, int delta);
    // Who else has what selected on this diagram (element → their names), drawn as outlines.
    void showOthersSelections(const QHash<QUuid, QStringList> &holders);
    void placeExisting(const QList<QUuid> &elements, const QPointF &at);
    void commitMoves();
    void removeSelectionFromDiagram();
    // Deleting from the catalog: the batch, and what goes with it, said for a confirmation.
    catalog::Batch deleteSelection(QStringList &consequences) const;
    // The relation kinds that may go from one element to another (empty: none, with why).
    QList<catalog::RelationKind> validRelations(const QUuid &from, const QUuid &to, QString *why = nullptr) const;
    void connectElements(const QUuid &from, const QUuid &to, catalog::RelationKind kind);
    // Pins the selected placements (auto-layout leaves them where they are), or unpins them
    // when all of them are pinned.
    void togglePinSelection();
    // Moves the selected stickies by `offset` (the arrow keys); nudges of the same selection
    // in a row are one undo step.
    void nudgeSelection(const QPointF &offset);
    enum class Alignment { Left, Right, Top, Bottom, HorizontalCenters, VerticalCenters };
    static constexpr Alignment kAlignments[] = {Alignment::Left, Alignment::Right, Alignment::Top, Alignment::Bottom,
                                                Alignment::HorizontalCenters, Alignment::VerticalCenters};
    static QString alignmentName(Alignment alignment);   // "Left Edges", for menus
    void alignSelection(Alignment alignment);
    // Equal gaps between the selected stickies, left to right or top to bottom.
    void distributeSelection(Qt::Orientation orientation);
    // Timelines: a named vertical slice over the selection's width, and taking away the
    // slices the selection lies in.
    void addSliceOverSelection(const QString &name);   // of the kind its stickies tell
    catalog::SliceKind sliceKindOf(const QList<QUuid> &elements) const;
    void removeSlicesUnderSelection();
    // A frame's new size (from its resize handle).
    void resizeFrame(const QUuid &element, const QSizeF &size);
    void copySelection() const;
    // Whether the clipboard holds placements copied from a diagram.
    static bool canPaste();
    void paste(const QPointF &at);

    // Auto-layout: the graph to lay out, and the batch that puts the result in place (frames
    // around their content, the edges' paths kept with the diagram).
    layout::LayoutGraph layoutGraph() const;
    layout::LayoutEngine layoutEngine(bool highQuality) const;
    catalog::Batch layoutBatch(const layout::LayoutGraph &graph, const layout::LayoutResult &result) const;
    // Shows what a layout batch would do without applying it (a picture laid out for itself):
    // the items move, the catalog does not change.
    void preview(const catalog::Batch &batch);

Q_SIGNALS:
    // Requests with the same non-empty `mergeKey`, one after the other, are one undo step.
    void changeRequested(const mesh::catalog::Batch &batch, const QString &description, const QString &mergeKey = {});
    void problem(const QString &message);
    void elementsSelected(const QList<QUuid> &elements);
    void relationSelected(const QUuid &relation);   // alone in the selection

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void helpEvent(QGraphicsSceneHelpEvent *event) override;

private:
    // The lanes and where every sticky goes in them, with some stickies moved in time to a
    // new left edge.
    layout::TimelineArrangement arrangeTimeline(const QHash<QUuid, double> &movedTo = {}) const;
    // A move on a timeline is a move in time: the stickies keep their lanes.
    void commitTimelineMoves();
    // Timelines: these relations routed round the stickies in their way (elsewhere: nothing).
    void followLanes(const QList<RelationItem *> &relations);
    // Every relation along its path in `routes` while that still meets both ends, straight
    // otherwise; on timelines, round the stickies in their way.
    void routeRelations(const QHash<QUuid, catalog::RelationRoute> &routes);

    bool showsRelation(catalog::RelationKind kind) const;
    QList<catalog::Placement> selectedPlacements() const;
    catalog::Placement placementFor(const catalog::Element &element, const QPointF &center) const;
    QUuid contextAt(const QPointF &point) const;
    // Assigns to `context` every draft without a context whose sticky sits inside `frame`
    // (those in `moving` decide for themselves).
    catalog::Batch draftsTakenIn(const QUuid &context, const QRectF &frame, const QSet<QUuid> &moving) const;

    QPointer<catalog::Catalog> m_catalog;
    QUuid m_diagram;
    catalog::DiagramKind m_kind;
    QHash<QUuid, ElementItem *> m_elements;       // not owning: the scene owns its items
    QHash<QUuid, RelationItem *> m_relations;
    layout::TimelineArrangement m_arrangement;    // timelines: as last synced, for drawing and placing
    RelationLayer *m_relationLayer;               // draws them all
    QHash<QUuid, QList<RelationItem *>> m_relationsOf;
    bool m_syncing = false;
};

} // namespace mesh::canvas
