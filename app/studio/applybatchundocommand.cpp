#include "app/studio/applybatchundocommand.h"

#include "catalog/catalog.h"

namespace mesh::app {

ApplyBatchUndoCommand::ApplyBatchUndoCommand(catalog::Catalog *catalog, catalog::Batch batch, const QString &text, Report report,
                                             const QString &mergeKey)
    : m_catalog(catalog), m_forward(std::move(batch)), m_report(std::move(report)), m_mergeKey(mergeKey)
{
    setText(text);
}

int ApplyBatchUndoCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : 1;
}

bool ApplyBatchUndoCommand::mergeWith(const QUndoCommand *command)
{
    const auto *next = static_cast<const ApplyBatchUndoCommand *>(command);
    // Only what follows at once: a change from anyone else in between keeps the steps apart.
    if (next->m_mergeKey != m_mergeKey || !m_done || !next->m_done || next->isObsolete() || next->m_revision != m_revision + 1)
        return false;
    m_forward = next->m_forward;   // where the last one left things; going back is still ours
    m_revision = next->m_revision;
    return true;
}

void ApplyBatchUndoCommand::redo()
{
    run(m_forward, m_backward, m_done ? catalog::ChangeOrigin::Redo : catalog::ChangeOrigin::Local);
    m_done = true;
}

void ApplyBatchUndoCommand::undo()
{
    run(m_backward, m_forward, catalog::ChangeOrigin::Undo);
}

void ApplyBatchUndoCommand::run(catalog::Batch &from, catalog::Batch &to, catalog::ChangeOrigin origin)
{
    if (!m_catalog) {
        setObsolete(true);
        return;
    }
    const std::optional<qint64> base = m_revision < 0 ? std::nullopt : std::optional<qint64>(std::min(m_revision, m_catalog->revision()));
    auto inverse = m_catalog->apply(from, origin, base);
    if (!inverse) {
        setObsolete(true);
        if (m_report)
            m_report(inverse.error(), from, origin);
        return;
    }
    to = *inverse;
    m_revision = m_catalog->revision();
}

} // namespace mesh::app
