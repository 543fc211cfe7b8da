#pragma once

#include "catalog/result.h"

#include <QCoreApplication>
#include <QString>

namespace mesh::canvas {

class DiagramScene;

// Writes a diagram as a picture: SVG (vector, for documents and review pages) or PNG (at
// `scale` times the diagram's size), chosen by the file's extension; a margin around, white
// behind, everything at full detail whatever the zoom on screen.
class DiagramRenderer
{
    Q_DECLARE_TR_FUNCTIONS(mesh::canvas::DiagramRenderer)

public:
    static catalog::Result<void> write(DiagramScene &scene, const QString &path, double scale = 1.0);
    // The SVG picture's bytes (the same for the same diagram: no date, no random ids).
    static QByteArray svg(DiagramScene &scene, const QString &title);
};

} // namespace mesh::canvas
