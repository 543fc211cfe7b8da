#pragma once

#include "catalog/model/elementkind.h"

#include <QGraphicsItem>
#include <QStringList>
#include <QUuid>

namespace mesh::canvas {

// One element on a diagram: a sticky note in its Event Storming colour with its name, or a
// bounded context's frame. One painted item with its own level of detail (no child text
// items): zoomed far out it is a coloured block, its name comes back as you zoom in. It
// keeps a copy of what it draws; the scene updates it from the catalog.
class ElementItem final : public QGraphicsItem
{
public:
    // Below this scale a name would be unreadable: the sticky is drawn as a coloured block.
    static constexpr double kNameDetail = 0.35;
    enum { Type = UserType + 1 };

    ElementItem(const QUuid &element, catalog::ElementKind kind);

    QUuid element() const { return m_element; }
    catalog::ElementKind kind() const { return m_kind; }
    bool isFrame() const { return m_kind == catalog::ElementKind::BoundedContext; }
    // On a context map a bounded context is a node like the others, not a frame.
    void setDrawnAsFrame(bool frame);
    bool isDrawnAsFrame() const { return m_asFrame; }

    void setName(const QString &name);
    QString name() const { return m_name; }
    void setSize(const QSizeF &size);
    QSizeF size() const { return m_size; }
    void setPinned(bool pinned);
    bool isPinned() const { return m_pinned; }
    // Workshop marks: everyone's dots on this sticky in this diagram, and how many comments
    // the element has (a badge at its corner).
    void setWorkshopMarks(int dots, int comments);
    int dots() const { return m_dots; }
    int comments() const { return m_comments; }
    // Who else (on a shared catalog) has this element selected: an outline in the first
    // one's colour, with their names.
    void setHolders(const QStringList &names);
    QStringList holders() const { return m_holders; }
    static QColor colourOf(const QString &person);
    // The rectangle in scene coordinates.
    QRectF sceneRectangle() const { return QRectF(pos(), m_size); }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // The default size of a new sticky of `kind` (aggregates large, actors small, frames big).
    static QSizeF defaultSize(catalog::ElementKind kind);

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    void paintWorkshopMarks(QPainter *painter, const QRectF &rect) const;
    void paintHolders(QPainter *painter, const QRectF &rect) const;

    QUuid m_element;
    catalog::ElementKind m_kind;
    QString m_name;
    QString m_wrappable;   // the name with break opportunities, as painted
    double m_fittedPointSize = 0;   // the name's font size in this size, 0 until painted
    QSizeF m_size;
    QColor m_colour;
    bool m_pinned = false;
    bool m_asFrame = false;
    int m_dots = 0;
    int m_comments = 0;
    QStringList m_holders;
};

} // namespace mesh::canvas
