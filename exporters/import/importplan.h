#pragma once

#include "catalog/changes/change.h"
#include "catalog/model/catalogstate.h"
#include "catalog/result.h"
#include "exporters/import/importedmesh.h"

#include <QCoreApplication>

namespace mesh::exporters {

// One line of an import's preview: what is added, changed or removed in the catalog.
struct ImportStep {
    enum class Action { Add, Change, Remove };
    Action action = Action::Add;
    QString what;     // "Event Identity/ProfilePublished", "Identity/Profiles publishes Channel profile-events"
    QString detail;   // "description, tags", "schema version 3 (BACKWARD): compatible"
};

// What importing a mesh into a catalog does: one batch (one undo step, one revision), the
// preview of it, and the schema versions their subject's mode refuses.
struct ImportPlan {
    catalog::Batch batch;
    QList<ImportStep> steps;
    QStringList incompatible;   // "Identity/ProfilePublished version 3: <why>"
    QStringList warnings;
    QStringList concerns;       // for each change of the batch, what it is about ("Event Identity/ProfilePublished")
};

// Matches what the files describe with what the catalog has (a channel by its address or
// topic, the rest by kind, bounded context and name) and plans the changes that make the
// catalog say what the files say: new elements, changed fields, a changed payload as the
// subject's next schema version, the relations the files name, and the removal of the
// relations the files own but no longer name. Planning the same files twice against the
// catalog the first import made plans nothing.
class ImportPlanner
{
    Q_DECLARE_TR_FUNCTIONS(mesh::exporters::ImportPlanner)

public:
    // Verify::Yes applies the batch to a copy of the catalog, so that an error here is the
    // one `apply` would give (a preview that changes nothing); Verify::No leaves that to the
    // `apply` that follows, whose error `explain` names the same way.
    enum class Verify { Yes, No };
    static catalog::Result<ImportPlan> plan(const catalog::CatalogState &state, const ImportedMesh &mesh, Verify verify = Verify::Yes);
    // `error` of applying `plan`'s batch, prefixed with what the failing change concerns.
    static catalog::Error explain(const ImportPlan &plan, catalog::Error error);
};

} // namespace mesh::exporters
