#include "app/drawing/diagrampictures.h"

#include "canvas/diagramrenderer.h"
#include "canvas/diagramscene.h"
#include "catalog/catalog.h"
#include "exporters/filenames.h"

namespace mesh::app {

QList<exporters::ExportFile> renderDiagramPictures(catalog::Catalog &catalog)
{
    QList<catalog::Diagram> diagrams = catalog.state().diagrams().values();
    std::sort(diagrams.begin(), diagrams.end(), [](const catalog::Diagram &a, const catalog::Diagram &b) {
        return a.name != b.name ? a.name < b.name : a.id < b.id;
    });
    exporters::UniquePaths paths;
    QList<exporters::ExportFile> files;
    for (const catalog::Diagram &diagram : diagrams) {
        canvas::DiagramScene scene(&catalog, diagram.id);
        files.append({paths.claim(QStringLiteral("diagrams"), diagram.name, QStringLiteral(".svg")), canvas::DiagramRenderer::svg(scene, diagram.name),
                      QStringLiteral("diagrams")});
    }
    return files;
}

} // namespace mesh::app
