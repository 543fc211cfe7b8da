#pragma once

#include "catalog/changes/change.h"

#include <QPointer>
#include <QUndoCommand>

#include <functional>

namespace mesh::catalog {
class Catalog;
}

namespace mesh::app {

// One undo step: a batch applied through the catalog. All work happens in redo(); undo
// applies the inverse the catalog returned, and the inverse of that becomes the next redo.
// When the catalog refuses (someone changed the same thing since), the step becomes
// obsolete and `report` receives the reason.
class ApplyBatchUndoCommand final : public QUndoCommand
{
public:
    ApplyBatchUndoCommand(catalog::Catalog *catalog, catalog::Batch batch, const QString &text,
                          std::function<void(const QString &)> report);

    void redo() override;
    void undo() override;

private:
    void run(catalog::Batch &from, catalog::Batch &to, catalog::ChangeOrigin origin);

    QPointer<catalog::Catalog> m_catalog;
    catalog::Batch m_forward;
    catalog::Batch m_backward;
    bool m_done = false;
    std::function<void(const QString &)> m_report;
};

} // namespace mesh::app
