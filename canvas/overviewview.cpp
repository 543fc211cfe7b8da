#include "canvas/overviewview.h"

#include "canvas/diagramscene.h"
#include "canvas/diagramview.h"

#include <QMouseEvent>
#include <QScrollBar>

namespace mesh::canvas {

OverviewView::OverviewView(QWidget *parent) : QGraphicsView(parent)
{
    setObjectName(QStringLiteral("diagramOverview"));
    setInteractive(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setBackgroundBrush(QColor(0xfa, 0xfa, 0xfa));
    setMinimumSize(160, 110);
}

void OverviewView::follow(DiagramView *view)
{
    for (const QMetaObject::Connection &connection : m_connections)
        disconnect(connection);
    m_connections.clear();
    m_view = view;
    setScene(view ? view->scene() : nullptr);
    if (!view)
        return;
    auto refresh = [this] { viewport()->update(); };
    m_connections << connect(view->horizontalScrollBar(), &QScrollBar::valueChanged, this, refresh)
                  << connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, refresh)
                  << connect(view->scene(), &QGraphicsScene::sceneRectChanged, this, [this] { fit(); });
    fit();
}

void OverviewView::fit()
{
    if (m_view)
        fitInView(m_view->diagramScene()->contentRect().adjusted(-40, -40, 40, 40), Qt::KeepAspectRatio);
}

void OverviewView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    fit();
}

void OverviewView::drawForeground(QPainter *painter, const QRectF &)
{
    if (!m_view)
        return;
    const QRectF shown = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    painter->setPen(QPen(QColor(0x15, 0x65, 0xc0), 0));
    painter->setBrush(QColor(0x15, 0x65, 0xc0, 40));
    painter->drawRect(shown);
}

void OverviewView::mousePressEvent(QMouseEvent *event)
{
    if (m_view)
        m_view->centerOn(mapToScene(event->position().toPoint()));
    viewport()->update();
}

void OverviewView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_view && (event->buttons() & Qt::LeftButton))
        m_view->centerOn(mapToScene(event->position().toPoint()));
    viewport()->update();
}

} // namespace mesh::canvas
