#pragma once

#include <QGraphicsView>
#include <QPointer>

namespace mesh::canvas {

class DiagramView;

// The whole diagram in small, with the part the main view shows framed; click or drag in it
// to move the main view there.
class OverviewView final : public QGraphicsView
{
    Q_OBJECT

public:
    explicit OverviewView(QWidget *parent = nullptr);
    void follow(DiagramView *view);   // null: shows nothing

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    void fit();

    QPointer<DiagramView> m_view;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace mesh::canvas
