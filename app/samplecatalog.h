#pragma once

#include "catalog/catalog.h"

#include <QCoreApplication>

namespace mesh::app {

// The sample catalog built from the seed: three bounded contexts (Collaboration, Identity,
// Compliance), shipped as a JSON Lines change file under resources/sample and applied
// through the catalog, so it is always valid, then reviewed and signed off by its author
// (the baseline a new user's first review starts from).
class SampleCatalog
{
    Q_DECLARE_TR_FUNCTIONS(mesh::app::SampleCatalog)

public:
    static QByteArray changes();
    static catalog::Result<std::unique_ptr<catalog::Catalog>> create(const QString &path);

private:
    static catalog::Result<void> signOff(catalog::Catalog &catalog);
};

} // namespace mesh::app
