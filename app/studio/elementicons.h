#pragma once

#include "catalog/model/elementkind.h"

#include <QIcon>

namespace mesh::app {

// A sticky-note icon in the kind's Event Storming colour (cached per kind).
QIcon elementIcon(catalog::ElementKind kind);

} // namespace mesh::app
