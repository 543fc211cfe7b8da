#include "canvas/elementitem.h"

#include "canvas/diagramscene.h"

#include <QGraphicsScene>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace mesh::canvas {

using catalog::ElementKind;

namespace {

constexpr double kTextDetail = ElementItem::kNameDetail;

} // namespace

ElementItem::ElementItem(const QUuid &element, ElementKind kind)
    : m_element(element), m_kind(kind), m_size(defaultSize(kind)), m_colour(catalog::elementKindColor(kind))
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setZValue(isFrame() ? -10 : 0);
    m_asFrame = isFrame();
    setCacheMode(NoCache);
}

QSizeF ElementItem::defaultSize(ElementKind kind)
{
    switch (kind) {
    case ElementKind::BoundedContext:
        return {560, 360};
    case ElementKind::Aggregate:
        return {160, 120};
    case ElementKind::Actor:
        return {90, 60};
    default:
        return {140, 90};
    }
}

void ElementItem::setName(const QString &name)
{
    if (name == m_name)
        return;
    m_name = name;
    // A zero-width space at each camel-case hump ("Profile\u200bPublished") lets long
    // names wrap there.
    m_wrappable.clear();
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (i > 0 && name.at(i).isUpper() && name.at(i - 1).isLower())
            m_wrappable.append(QChar(0x200B));
        m_wrappable.append(name.at(i));
    }
    m_fittedPointSize = 0;
    update();
}

void ElementItem::setSize(const QSizeF &size)
{
    if (size == m_size)
        return;
    prepareGeometryChange();
    m_size = size;
    m_fittedPointSize = 0;
}

void ElementItem::setDrawnAsFrame(bool frame)
{
    m_asFrame = frame && isFrame();
    setZValue(m_asFrame ? -10 : 0);
    update();
}

void ElementItem::setPinned(bool pinned)
{
    if (pinned == m_pinned)
        return;
    m_pinned = pinned;
    update();
}

QRectF ElementItem::boundingRect() const
{
    // Room for another person's outline and name above the sticky.
    const double above = m_holders.isEmpty() ? 3 : 20;
    return QRectF(QPointF(-5, -above), m_size + QSizeF(10, above + 5));
}

void ElementItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double detail = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF rect(QPointF(0, 0), m_size);
    const bool selected = option->state & QStyle::State_Selected;
    if (isFrame() && m_asFrame) {
        // A bounded context: a frame with its name at the top.
        QColor fill = m_colour;
        fill.setAlpha(40);
        painter->setPen(QPen(selected ? QColor(0x15, 0x65, 0xc0) : QColor(0x61, 0x61, 0x61), selected ? 3 : 1.5, Qt::DashLine));
        painter->setBrush(fill);
        painter->drawRoundedRect(rect, 8, 8);
        if (detail >= kTextDetail / 3) {
            QFont font = painter->font();
            font.setPointSizeF(14);
            font.setBold(true);
            painter->setFont(font);
            painter->setPen(QColor(0x42, 0x42, 0x42));
            painter->drawText(rect.adjusted(12, 6, -12, 0), Qt::AlignTop | Qt::AlignLeft, m_name);
        }
        if (selected) {   // the resize grip
            const QPointF corner = rect.bottomRight();
            painter->setPen(QPen(QColor(0x15, 0x65, 0xc0), 2));
            for (int i = 1; i <= 3; ++i)
                painter->drawLine(corner - QPointF(4 * i, 2), corner - QPointF(2, 4 * i));
        }
        if (detail >= kTextDetail / 3)
            paintWorkshopMarks(painter, rect.adjusted(0, 0, -14, -14));
        paintHolders(painter, rect);
        return;
    }
    if (detail < kTextDetail) {
        // Far out: a block of colour, nothing else (and no antialiasing: thousands of them).
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->fillRect(rect, selected ? m_colour.darker(130) : m_colour);
        paintHolders(painter, rect);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(selected ? QPen(QColor(0x15, 0x65, 0xc0), 3) : QPen(m_colour.darker(140), 1));
    painter->setBrush(m_colour);
    painter->drawRect(rect);
    // The name, wrapped between words and camel-case humps, smaller when it must be (the
    // size is worked out once per name and size).
    const QRectF textRect = rect.adjusted(6, 4, -6, -4);
    QFont font = painter->font();
    font.setBold(false);   // the view does not save painter state between items: set it all
    painter->setPen(QColor(0x21, 0x21, 0x21));
    if (m_fittedPointSize <= 0) {
        for (m_fittedPointSize = 10; m_fittedPointSize > 6.5; m_fittedPointSize -= 0.5) {
            font.setPointSizeF(m_fittedPointSize);
            const QRectF needed = QFontMetricsF(font).boundingRect(textRect, Qt::AlignCenter | Qt::TextWordWrap, m_wrappable);
            if (needed.height() <= textRect.height() && needed.width() <= textRect.width())
                break;
        }
    }
    font.setPointSizeF(m_fittedPointSize);
    painter->setFont(font);
    painter->drawText(textRect, Qt::AlignCenter | Qt::TextWordWrap, m_wrappable);
    if (m_pinned) {
        painter->setBrush(QColor(0xc6, 0x28, 0x28));
        painter->setPen(Qt::NoPen);
        painter->drawEllipse(QPointF(rect.right() - 8, 8), 4, 4);
    }
    paintWorkshopMarks(painter, rect);
    paintHolders(painter, rect);
}

void ElementItem::setHolders(const QStringList &names)
{
    if (names == m_holders)
        return;
    prepareGeometryChange();
    m_holders = names;
    update();
}

QColor ElementItem::colourOf(const QString &person)
{
    // A stable colour per person, dark enough to stand out on every sticky colour.
    static const QColor kColours[] = {QColor(0xd8, 0x1b, 0x60), QColor(0x00, 0x89, 0x7b), QColor(0x5e, 0x35, 0xb1),
                                      QColor(0xf4, 0x51, 0x1e), QColor(0x1e, 0x88, 0xe5), QColor(0x6d, 0x4c, 0x41)};
    return kColours[qHash(person) % (sizeof(kColours) / sizeof(kColours[0]))];
}

void ElementItem::paintHolders(QPainter *painter, const QRectF &rect) const
{
    if (m_holders.isEmpty())
        return;
    const QColor colour = colourOf(m_holders.first());
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(colour, 3, Qt::DashLine));
    painter->drawRect(rect.adjusted(-3, -3, 3, 3));
    QFont font = painter->font();
    font.setPointSizeF(8);
    font.setBold(true);
    painter->setFont(font);
    const QString names = m_holders.join(QLatin1String(", "));
    const QRectF label(rect.left() - 3, rect.top() - 19, std::max(rect.width() + 6, QFontMetricsF(font).horizontalAdvance(names) + 10), 15);
    painter->fillRect(label, colour);
    painter->setPen(Qt::white);
    painter->drawText(label.adjusted(5, 0, -5, 0), Qt::AlignLeft | Qt::AlignVCenter, names);
}

void ElementItem::setWorkshopMarks(int dots, int comments)
{
    if (dots == m_dots && comments == m_comments)
        return;
    m_dots = dots;
    m_comments = comments;
    update();
}

// Dots in a row along the top edge (the count beside them when there are many), and a
// speech bubble with the number of comments at the bottom-right corner.
void ElementItem::paintWorkshopMarks(QPainter *painter, const QRectF &rect) const
{
    if (m_dots > 0) {
        constexpr int kDrawn = 6;
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setPen(QPen(Qt::white, 1.2));
        painter->setBrush(QColor(0x1a, 0x23, 0x7e));
        for (int i = 0; i < std::min(m_dots, kDrawn); ++i)
            painter->drawEllipse(QPointF(rect.left() + 9 + i * 11, rect.top() + 8), 5, 5);
        if (m_dots > kDrawn) {
            QFont font = painter->font();
            font.setPointSizeF(8);
            font.setBold(true);
            painter->setFont(font);
            painter->setPen(QColor(0x1a, 0x23, 0x7e));
            painter->drawText(QPointF(rect.left() + 4 + kDrawn * 11, rect.top() + 12), QStringLiteral("+%1").arg(m_dots - kDrawn));
        }
    }
    if (m_comments > 0) {
        const QRectF bubble(rect.right() - 25, rect.bottom() - 18, 22, 15);
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setPen(QPen(QColor(0x42, 0x42, 0x42), 1));
        painter->setBrush(Qt::white);
        painter->drawRoundedRect(bubble, 4, 4);
        QFont font = painter->font();
        font.setPointSizeF(7.5);
        font.setBold(true);
        painter->setFont(font);
        painter->setPen(QColor(0x21, 0x21, 0x21));
        painter->drawText(bubble, Qt::AlignCenter, QString::number(m_comments));
    }
}

QVariant ElementItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    // Edges follow a sticky being dragged (a preview: the catalog changes on release).
    if (change == ItemPositionHasChanged) {
        if (auto *diagram = dynamic_cast<DiagramScene *>(scene()))
            diagram->elementMoved(this);
    }
    return QGraphicsItem::itemChange(change, value);
}

} // namespace mesh::canvas
