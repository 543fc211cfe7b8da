#include "catalog/changes/slicechecks.h"

#include "catalog/changes/changeapplier.h"

namespace mesh::catalog {

namespace {

Error refused(const QString &message)
{
    return makeError(ErrorCode::InvalidInput, message, QStringLiteral("slices"));
}

Result<void> controlFree(const QString &name)
{
    for (QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return refused(ChangeApplier::tr("The name \"%1\" contains a control character").arg(name.simplified()));
    }
    return Ok{};
}

bool isOneOf(const CatalogState &state, const QUuid &id, std::initializer_list<ElementKind> kinds)
{
    const Element *element = state.element(id);
    return element && std::find(kinds.begin(), kinds.end(), element->kind) != kinds.end();
}

} // namespace

Result<void> checkSlices(const CatalogState &state, const QList<DiagramSlice> &slices)
{
    for (const DiagramSlice &slice : slices) {
        if (auto named = controlFree(slice.name); !named)
            return named.error();
        const bool view = slice.kind == SliceKind::StateView;
        for (const Scenario &scenario : slice.scenarios) {
            if (auto named = controlFree(scenario.name); !named)
                return named.error();
            const auto refuse = [&](const QUuid &id, const QString &what) -> Result<void> {
                const QString name = state.element(id) ? state.pathOf(id) : id.toString(QUuid::WithoutBraces);
                return refused(ChangeApplier::tr("Scenario \"%1\" of slice \"%2\": %3 is %4").arg(scenario.name, slice.name, name, what));
            };
            for (const ScenarioStep &step : scenario.given) {
                if (!isOneOf(state, step.element, {ElementKind::Event}))
                    return refuse(step.element, ChangeApplier::tr("no event (Given lists events)"));
            }
            if (scenario.when && !isOneOf(state, scenario.when->element, {ElementKind::Command}))
                return refuse(scenario.when->element, ChangeApplier::tr("no command (When is a command)"));
            for (const ScenarioStep &step : scenario.then) {
                if (view ? !isOneOf(state, step.element, {ElementKind::ReadModel, ElementKind::Event})
                         : !isOneOf(state, step.element, {ElementKind::Event}))
                    return refuse(step.element, view ? ChangeApplier::tr("no read model (Then shows read models)")
                                                     : ChangeApplier::tr("no event (Then lists events)"));
            }
        }
    }
    return Ok{};
}

} // namespace mesh::catalog
