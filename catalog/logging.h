#pragma once

#include <QLoggingCategory>

namespace mesh::catalog {
Q_DECLARE_LOGGING_CATEGORY(lcCatalog)
}
