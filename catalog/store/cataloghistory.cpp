#include "catalog/store/cataloghistory.h"

#include "catalog/changes/changeapplier.h"
#include "catalog/changes/changejson.h"

#include <QJsonDocument>

namespace mesh::catalog {

Result<CatalogState> CatalogHistory::stateAt(CatalogReader &store, qint64 revision)
{
    auto changes = store.log(0);
    if (!changes)
        return changes.error();
    CatalogState state;
    for (const LoggedChange &logged : *changes) {
        if (logged.revision > revision)
            break;
        auto change = ChangeJson::fromJson(QJsonDocument::fromJson(logged.change).object(), state);
        if (!change)
            return change.error();
        if (auto applied = ChangeApplier::apply(state, Batch{*change}, nullptr, nullptr, ChangeApplier::Approvals::AsRecorded); !applied)
            return applied.error();
    }
    return state;
}

} // namespace mesh::catalog
