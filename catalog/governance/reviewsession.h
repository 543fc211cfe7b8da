#pragma once

#include "catalog/changes/change.h"
#include "catalog/governance/semanticdiff.h"
#include "catalog/model/review.h"

#include <QCoreApplication>

namespace mesh::catalog {

// The steps of a review session, as values: each returns the review as it is after the
// step, which the caller applies as a setReview change (so every decision is logged).
class ReviewSession
{
    Q_DECLARE_TR_FUNCTIONS(mesh::catalog::ReviewSession)

public:
    static const QStringList &decisions(); // "approve", "reject", "needs-work"
    static QString itemKey(const DiffItem &item);

    // A review of everything since the catalog's baseline, up to `to`.
    static Review open(const CatalogState &state, qint64 to, const QString &title, const QString &by);
    static Result<Review> decide(Review review, const QString &item, const QString &decision);
    static Review comment(Review review, const QString &item, const QString &author, const QString &text);
    // The sign-off; refused while an item has no decision.
    // Records the sign-off; refused while an item has no decision. `state` is the catalog
    // as signed off: the partitions of its approved channels are recorded.
    static Result<Review> close(Review review, const QList<DiffItem> &items, const QString &by, const CatalogState &state);
    // The changes that take back the rejected items (current state: `now`; as reviewed from: `before`).
    static Batch revertRejected(const Review &review, const CatalogState &before, const CatalogState &now,
                                const QList<DiffItem> &items);
};

} // namespace mesh::catalog
