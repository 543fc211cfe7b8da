#include "catalog/changes/modelrules.h"

#include "catalog/changes/changeapplier.h"
#include "catalog/changes/changeerrors.h"
#include "catalog/model/idtext.h"

namespace mesh::catalog {

// The rules an element's name and context must satisfy, for a new or an updated one.
Result<void> checkElement(const CatalogState &state, const Element &element, const Element *previous)
{
    if (auto named = ChangeApplier::checkName(element.name); !named)
        return named.error();
    const ContextRule rule = contextRule(element.kind);
    if (rule == ContextRule::Forbidden && !element.context.isNull()) {
        return invalid(ChangeApplier::tr("Elements of kind %1 cannot belong to a bounded context")
                           .arg(elementKindDisplayName(element.kind)),
                       QStringLiteral("context"));
    }
    // A workshop names events before anyone knows the contexts: a draft may wait for one.
    if (rule == ContextRule::Required && element.context.isNull() && element.lifecycle != Lifecycle::Draft) {
        return invalid(ChangeApplier::tr("%1 must belong to a bounded context before it is %2")
                           .arg(element.name, lifecycleDisplayName(element.lifecycle).toLower()),
                       QStringLiteral("context"));
    }
    if (!element.context.isNull()) {
        const Element *context = state.element(element.context);
        if (!context || context->kind != ElementKind::BoundedContext) {
            return notFound(ChangeApplier::tr("No bounded context with id %1").arg(idText(element.context)),
                            QStringLiteral("context"));
        }
    }
    const bool renamedOrMoved = !previous || previous->name != element.name
        || previous->context != element.context;
    if (renamedOrMoved) {
        if (const Element *other = state.findElement(element.context, element.kind, element.name);
            other && other->id != element.id) {
            return conflict(ChangeApplier::tr("%1 \"%2\" already exists in %3")
                                .arg(elementKindDisplayName(element.kind), element.name,
                                     element.context.isNull() ? ChangeApplier::tr("the catalog")
                                                              : state.pathOf(element.context)),
                            QStringLiteral("name"));
        }
    }
    return Ok{};
}

Result<void> checkDiagramName(const CatalogState &state, const QString &name, const QUuid &id)
{
    if (auto named = ChangeApplier::checkName(name); !named)
        return named.error();
    for (const Diagram &other : state.diagrams()) {
        if (other.name == name && other.id != id)
            return conflict(ChangeApplier::tr("A diagram named \"%1\" already exists").arg(name), QStringLiteral("name"));
    }
    return Ok{};
}

Result<void> checkPlacementEnds(const CatalogState &state, const Placement &placement)
{
    if (!state.diagram(placement.diagram))
        return notFound(ChangeApplier::tr("No diagram with id %1").arg(idText(placement.diagram)), QStringLiteral("diagram"));
    if (!state.element(placement.element))
        return notFound(ChangeApplier::tr("No element with id %1").arg(idText(placement.element)), QStringLiteral("element"));
    const QRectF &g = placement.geometry;
    if (!(g.width() > 0 && g.height() > 0) || !qIsFinite(g.x()) || !qIsFinite(g.y()))
        return invalid(ChangeApplier::tr("A placement needs a finite position and a positive size"), QStringLiteral("geometry"));
    return Ok{};
}

// Votes go on a sticky of a diagram, within the participant's dot budget there; a
// comment on an element says something; a budget is one per diagram.
Result<void> checkAnnotation(const CatalogState &state, const Annotation &annotation, const Annotation *previous)
{
    if (annotation.kind != AnnotationKind::DotBudget && !state.element(annotation.element))
        return notFound(ChangeApplier::tr("No element with id %1").arg(idText(annotation.element)), QStringLiteral("element"));
    if (annotation.kind != AnnotationKind::Comment && !state.diagram(annotation.diagram))
        return notFound(ChangeApplier::tr("No diagram with id %1").arg(idText(annotation.diagram)), QStringLiteral("diagram"));
    if (annotation.author.trimmed().isEmpty())
        return invalid(ChangeApplier::tr("A vote or comment names its author"), QStringLiteral("author"));
    switch (annotation.kind) {
    case AnnotationKind::Comment:
        if (annotation.text.trimmed().isEmpty())
            return invalid(ChangeApplier::tr("A comment needs a text"), QStringLiteral("text"));
        if (annotation.text.size() > kMaxCommentLength)
            return invalid(ChangeApplier::tr("A comment is at most %1 characters").arg(kMaxCommentLength), QStringLiteral("text"));
        return Ok{};
    case AnnotationKind::DotBudget:
        if (annotation.count < 1 || annotation.count > kMaxDotBudget)
            return invalid(ChangeApplier::tr("A dot budget is 1 to %1 dots").arg(kMaxDotBudget), QStringLiteral("count"));
        for (const Annotation &other : state.annotations()) {
            if (other.kind == AnnotationKind::DotBudget && other.diagram == annotation.diagram && other.id != annotation.id)
                return conflict(ChangeApplier::tr("This diagram has a dot budget already"), QStringLiteral("diagram"));
        }
        return Ok{};
    case AnnotationKind::Votes:
        break;
    }
    if (!state.placement(annotation.diagram, annotation.element))
        return invalid(ChangeApplier::tr("%1 is not on this diagram").arg(state.pathOf(annotation.element)), QStringLiteral("element"));
    if (annotation.count < 1)
        return invalid(ChangeApplier::tr("Votes are at least one dot (taking them all back removes them)"), QStringLiteral("count"));
    for (const Annotation &other : state.annotations()) {
        if (other.kind == AnnotationKind::Votes && other.id != annotation.id && other.diagram == annotation.diagram
            && other.element == annotation.element && other.author == annotation.author)
            return conflict(ChangeApplier::tr("%1 has voted on %2 already").arg(annotation.author, state.pathOf(annotation.element)),
                            QStringLiteral("element"));
    }
    const int budget = state.dotBudget(annotation.diagram);
    const int given = state.votesGiven(annotation.diagram, annotation.author) - (previous ? previous->count : 0) + annotation.count;
    if (given > budget)
        return invalid(ChangeApplier::tr("%1 has %n dot(s) on this diagram and no more", nullptr, budget).arg(annotation.author),
                       QStringLiteral("count"));
    return Ok{};
}

} // namespace mesh::catalog
