#pragma once

#include "catalog/catalog.h"

#include <QTemporaryDir>

#include <memory>

namespace mesh::testing {

// Applies JSON Lines to a catalog, failing the current test (QVERIFY-style) on error.
catalog::Batch applyLines(catalog::Catalog &catalog, const QByteArray &lines);

// A fresh SQLite catalog in a temporary folder.
std::unique_ptr<catalog::Catalog> createCatalog(const QTemporaryDir &dir, const QString &name = QStringLiteral("test.meshcat"));

// A small model used across suites: contexts Identity and Collaboration with a service,
// events, a read model, relations, a schema version and a diagram with placements.
extern const QByteArray kSmallModel;

} // namespace mesh::testing
