#pragma once

#include "catalog/changes/change.h"
#include "catalog/changes/governancepolicy.h"
#include "catalog/changes/statedelta.h"
#include "catalog/model/catalogstate.h"
#include "catalog/result.h"

#include <QCoreApplication>

namespace mesh::catalog {

// Validates and applies changes to an in-memory state. This is where the rules of the
// model live: names unique per kind within a context, relation kinds checked against their
// ends, typed metadata, schema versions without gaps.
class ChangeApplier
{
    Q_DECLARE_TR_FUNCTIONS(mesh::catalog::ChangeApplier)

public:
    // Applies the whole batch or nothing. On success returns the inverse batch (applying it
    // restores the state exactly) and adds what was touched to `delta`. On failure the
    // state is as before and the error's `index` names the failing change.
    // `summaries`, when given, receives one line per change, described against the state
    // just before that change (so a deleted element still has its name).
    // `approvals`: a user's new change may approve only an element without errors (Gated);
    // undo, redo, the log replayed and states restored put back what was decided already,
    // and are never refused for it (AsRecorded) — else an undo could not undo.
    // `governance` judges approvals and rule settings (the built-in rules unless told).
    // When the roll-back of a refused batch itself fails (a defect), the error's detail is
    // kRollbackFailed and the state is no longer what it was.
    enum class Approvals { Gated, AsRecorded };
    static constexpr const char *kRollbackFailed = "rollback-failed";
    static Result<Batch> apply(CatalogState &state, const Batch &batch, StateDelta *delta,
                               QStringList *summaries = nullptr, Approvals approvals = Approvals::Gated,
                               const GovernancePolicy &governance = GovernancePolicy::standard());

    // Checks that a name may be used for an element (not empty, no '/', no control chars).
    static Result<void> checkName(const QString &name, const QString &field = QStringLiteral("name"));
};

} // namespace mesh::catalog
