#pragma once

#include <QGraphicsItem>
#include <QHash>
#include <QList>

namespace mesh::canvas {

class RelationItem;

// Every relation of a diagram, drawn by one item in a few batched calls: lines sharing a pen
// go to the painter together, arrowheads as one path. The relations stay items of their own
// (clicked, selected, caught by a rubber band) but paint nothing themselves: drawn one by
// one, the 1,500 relations crossing a 100 % view of a 5,000-sticky board cost more in
// per-item bookkeeping and painter state than in pixels.
class RelationLayer final : public QGraphicsItem
{
public:
    RelationLayer();

    // The relations to draw, in the order they are drawn (stable, so that pictures of the
    // same diagram come out the same).
    void setRelations(QList<RelationItem *> relations);
    QList<RelationItem *> relations() const { return m_relations; }
    // A relation's path or selection changed: the areas it covered before and covers now
    // are painted again.
    void relationChanged(const RelationItem *relation, const QRectF &before, const QRectF &now);

    QRectF boundingRect() const override;
    // Empty: clicks and item lookups go through to the relations and frames themselves.
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    // What painting looks at for every relation, kept side by side: reading it from the items
    // themselves, scattered in memory, was a tenth of a frame on a big board.
    struct Entry {
        QRectF bounds;
        bool selected;
    };

    QList<RelationItem *> m_relations;
    QList<Entry> m_entries;                       // in the order of m_relations
    QHash<const RelationItem *, qsizetype> m_index;
    QRectF m_bounds;
};

} // namespace mesh::canvas
