#pragma once

#include "exporters/exportfile.h"

#include <QList>

namespace mesh::catalog {
class Catalog;
}

namespace mesh::app {

// The export's diagrams format: every diagram of the catalog as diagrams/<name>.svg, drawn
// by the canvas as it stands (on the thread that owns the catalog).
QList<exporters::ExportFile> renderDiagramPictures(catalog::Catalog &catalog);

} // namespace mesh::app
