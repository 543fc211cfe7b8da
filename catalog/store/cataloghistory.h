#pragma once

#include "catalog/model/catalogstate.h"
#include "catalog/result.h"
#include "catalog/store/catalogstore.h"

#include <QCoreApplication>

namespace mesh::catalog {

// The catalog as it stood at a revision, rebuilt from the change log.
class CatalogHistory
{
    Q_DECLARE_TR_FUNCTIONS(mesh::catalog::CatalogHistory)

public:
    static Result<CatalogState> stateAt(CatalogReader &store, qint64 revision);
};

} // namespace mesh::catalog
