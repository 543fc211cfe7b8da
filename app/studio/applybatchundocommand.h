#pragma once

#include "catalog/changes/change.h"
#include "catalog/result.h"

#include <QPointer>
#include <QUndoCommand>

#include <functional>

namespace mesh::catalog {
class Catalog;
}

namespace mesh::app {

// One undo step: a batch applied through the catalog. All work happens in redo(); undo
// applies the inverse the catalog returned, and the inverse of that becomes the next redo.
// Each step is applied against the revision its previous application left, so on a shared
// catalog an undo refuses what someone else has changed since. When the catalog refuses,
// the step becomes obsolete and `report` receives the error and the batch it refused.
class ApplyBatchUndoCommand final : public QUndoCommand
{
public:
    using Report = std::function<void(const catalog::Error &error, const catalog::Batch &refused, catalog::ChangeOrigin origin)>;

    // Steps with the same non-empty `mergeKey` applied one right after the other become one
    // (keyboard nudges of one selection: one undo goes back to where they started).
    ApplyBatchUndoCommand(catalog::Catalog *catalog, catalog::Batch batch, const QString &text, Report report,
                          const QString &mergeKey = {});

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *command) override;

private:
    void run(catalog::Batch &from, catalog::Batch &to, catalog::ChangeOrigin origin);

    QPointer<catalog::Catalog> m_catalog;
    catalog::Batch m_forward;
    catalog::Batch m_backward;
    bool m_done = false;
    qint64 m_revision = -1; // after the last application; -1 before the first
    Report m_report;
    QString m_mergeKey;
};

} // namespace mesh::app
