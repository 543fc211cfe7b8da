#include "catalog/logging.h"

namespace mesh::catalog {
Q_LOGGING_CATEGORY(lcCatalog, "mesh.catalog", QtInfoMsg)
}
