#include "canvas/layout/layoutgraph.h"

#include <algorithm>
#include <cmath>

namespace mesh::layout {

QPointF borderPoint(const QRectF &rect, const QPointF &towards)
{
    const QPointF center = rect.center();
    const QPointF d = towards - center;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return center;
    const double sx = qFuzzyIsNull(d.x()) ? 1e18 : (rect.width() / 2) / std::abs(d.x());
    const double sy = qFuzzyIsNull(d.y()) ? 1e18 : (rect.height() / 2) / std::abs(d.y());
    return center + d * std::min({sx, sy, 1.0});
}

bool clipLine(QLineF &line, const QRectF &rect)
{
    double t0 = 0, t1 = 1;
    const double dx = line.dx(), dy = line.dy();
    const double p[] = {-dx, dx, -dy, dy};
    const double q[] = {line.x1() - rect.left(), rect.right() - line.x1(), line.y1() - rect.top(), rect.bottom() - line.y1()};
    for (int i = 0; i < 4; ++i) {
        if (qFuzzyIsNull(p[i])) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    const QPointF start = line.pointAt(t0), end = line.pointAt(t1);
    line = QLineF(start, end);
    return true;
}

} // namespace mesh::layout
