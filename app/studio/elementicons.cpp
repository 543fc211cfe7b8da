#include "app/studio/elementicons.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace mesh::app {

namespace {

QPixmap sticky(catalog::ElementKind kind, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor color(catalog::elementKindColor(kind));
    painter.setPen(QPen(color.darker(140), size / 16.0));
    painter.setBrush(color);
    const qreal margin = size / 8.0;
    QRectF box(margin, margin, size - 2 * margin, size - 2 * margin);
    if (kind == catalog::ElementKind::BoundedContext) {
        // A frame, as contexts are drawn on the canvas.
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(QColor(0x60, 0x60, 0x60), size / 10.0, Qt::DashLine));
    } else if (kind == catalog::ElementKind::Actor || kind == catalog::ElementKind::Team) {
        box = box.adjusted(size / 8.0, size / 8.0, -size / 8.0, -size / 8.0);
    }
    painter.drawRoundedRect(box, size / 10.0, size / 10.0);
    return pixmap;
}

} // namespace

QIcon elementIcon(catalog::ElementKind kind)
{
    static QHash<catalog::ElementKind, QIcon> cache;
    auto it = cache.find(kind);
    if (it == cache.end()) {
        QIcon icon;
        for (int size : {16, 24, 32, 48})
            icon.addPixmap(sticky(kind, size));
        it = cache.insert(kind, icon);
    }
    return *it;
}

} // namespace mesh::app
