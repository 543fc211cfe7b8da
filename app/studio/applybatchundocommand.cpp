#include "app/studio/applybatchundocommand.h"

#include "catalog/catalog.h"

namespace mesh::app {

ApplyBatchUndoCommand::ApplyBatchUndoCommand(catalog::Catalog *catalog, catalog::Batch batch, const QString &text, Report report)
    : m_catalog(catalog), m_forward(std::move(batch)), m_report(std::move(report))
{
    setText(text);
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
