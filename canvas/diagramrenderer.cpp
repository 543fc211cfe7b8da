#include "canvas/diagramrenderer.h"

#include "canvas/diagramscene.h"
#include "catalog/writeall.h"

#include <QBuffer>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace mesh::canvas {

using namespace mesh::catalog;

namespace {

// What a picture shows: the content with a margin, nothing selected.
QRectF pictureSource(DiagramScene &scene)
{
    QRectF source = scene.contentRect().adjusted(-24, -24, 24, 24);
    return source.isEmpty() ? QRectF(0, 0, 200, 100) : source;
}

void drawSvg(DiagramScene &scene, QIODevice *device, const QSize &size, const QRectF &source, const QString &title)
{
    QSvgGenerator svg;
    svg.setOutputDevice(device);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(title);
    svg.setDescription(DiagramRenderer::tr("A diagram from Mesh Studio"));
    QPainter painter(&svg);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), size), Qt::white);
    scene.render(&painter, QRectF(QPointF(0, 0), size), source);
}

} // namespace

QByteArray DiagramRenderer::svg(DiagramScene &scene, const QString &title)
{
    const QList<QGraphicsItem *> selected = scene.selectedItems();
    scene.clearSelection();
    const QRectF source = pictureSource(scene);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    drawSvg(scene, &buffer, source.size().toSize(), source, title);
    for (QGraphicsItem *item : selected)
        item->setSelected(true);
    return buffer.data();
}

Result<void> DiagramRenderer::write(DiagramScene &scene, const QString &path, double scale)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("svg") && suffix != QLatin1String("png"))
        return makeError(ErrorCode::InvalidInput, tr("%1: the picture is written as .svg or .png").arg(path));
    if (scale <= 0 || scale > 16)
        return makeError(ErrorCode::InvalidInput, tr("the scale is between 0 and 16, not %1").arg(scale));
    const QList<QGraphicsItem *> selected = scene.selectedItems();
    scene.clearSelection();   // a picture shows the diagram, not what is selected
    const QRectF source = pictureSource(scene);
    const QSize size = (source.size() * scale).toSize();

    // Drawn in memory, then written in one go: a full disk or a file size limit then fails
    // the write itself, with the system's reason, and QSaveFile leaves no truncated file.
    QBuffer picture;
    picture.open(QIODevice::WriteOnly);
    if (suffix == QLatin1String("svg")) {
        const catalog::Diagram *diagram = scene.catalog()->state().diagram(scene.diagram());
        drawSvg(scene, &picture, size, source, diagram ? diagram->name : QFileInfo(path).completeBaseName());
    } else {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        scene.render(&painter, QRectF(QPointF(0, 0), size), source);
        painter.end();
        if (!image.save(&picture, "PNG"))
            return makeError(ErrorCode::StorageFailure, tr("cannot write %1: the PNG encoder failed").arg(path));
    }
    for (QGraphicsItem *item : selected)
        item->setSelected(true);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return makeError(ErrorCode::ReadOnly, tr("cannot write %1: %2").arg(path, file.errorString()));
    if (!writeAll(file, picture.data())) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return makeError(ErrorCode::StorageFailure, tr("cannot write %1: %2").arg(path, reason));
    }
    if (!file.commit())
        return makeError(ErrorCode::StorageFailure, tr("cannot write %1: %2").arg(path, file.errorString()));
    return Ok{};
}

} // namespace mesh::canvas
