#include "catalog/changes/changeapplier.h"
#include "catalog/model/idtext.h"

#include <optional>

#include "catalog/changes/changeerrors.h"
#include "catalog/changes/changejson.h"
#include "catalog/changes/elementfields.h"
#include "catalog/changes/slicechecks.h"
#include "catalog/changes/governancepolicy.h"
#include "catalog/changes/modelrules.h"
#include "catalog/model/attributefield.h"
#include "catalog/model/catalogstateeditor.h"
#include "catalog/schema/schemareferences.h"

#include <QLocale>

#include <algorithm>

namespace mesh::catalog {

namespace {

constexpr int kMaxNameLength = 200;

// Applies one change; returns its inverse. Leaves the state untouched when it fails.
class SingleChangeApplier
{
public:
    // `gated`: approvals are checked (a user's new change). Otherwise the changes put back
    // what was decided already — a rollback of a refused batch, an undo, a replay — and
    // approval gating would wrongly refuse re-approving an element that has errors now.
    SingleChangeApplier(CatalogState &state, CatalogStateEditor edit, StateDelta &delta, const GovernancePolicy &governance, bool gated)
        : m_state(state), m_edit(edit), m_delta(delta), m_governance(governance), m_gated(gated)
    {
    }

    Result<Batch> operator()(const CreateElement &change)
    {
        Element element = change.element;
        if (element.id.isNull())
            return invalid(ChangeApplier::tr("A new element needs an id"), QStringLiteral("id"));
        if (m_state.element(element.id))
            return conflict(ChangeApplier::tr("An element with id %1 already exists").arg(idText(element.id)),
                            QStringLiteral("id"));
        // Normalise attributes exactly as an update would.
        Element normalized = element;
        normalized.attributes = {};
        if (auto assigned = ElementFields::assign(normalized, element.attributes); !assigned)
            return assigned.error();
        if (auto checked = checkElement(m_state, normalized, nullptr); !checked)
            return checked.error();
        m_edit.putElement(normalized);
        if (auto approved = checkApproval(normalized, nullptr); !approved) {
            m_edit.removeElement(normalized.id);
            return approved.error();
        }
        m_delta.elements.insert(normalized.id);
        return Batch{DeleteElement{normalized.id}};
    }

    Result<Batch> operator()(const UpdateElement &change)
    {
        const Element *current = m_state.element(change.id);
        if (!current)
            return notFound(ChangeApplier::tr("No element with id %1").arg(idText(change.id)), QStringLiteral("ref"));
        if (change.set.isEmpty())
            return invalid(ChangeApplier::tr("An update must set at least one field"), QStringLiteral("set"));
        Element updated = *current;
        if (auto assigned = ElementFields::assign(updated, change.set); !assigned)
            return assigned.error();
        if (auto checked = checkElement(m_state, updated, current); !checked)
            return checked.error();
        const QJsonObject previous = ElementFields::values(*current, change.set.keys());
        const Element before = *current;
        m_edit.putElement(updated);
        if (auto approved = checkApproval(updated, &before); !approved) {
            m_edit.putElement(before);
            return approved.error();
        }
        m_delta.elements.insert(updated.id);
        return Batch{UpdateElement{updated.id, previous}};
    }

    Result<Batch> operator()(const DeleteElement &change)
    {
        const Element *current = m_state.element(change.id);
        if (!current)
            return notFound(ChangeApplier::tr("No element with id %1").arg(idText(change.id)), QStringLiteral("ref"));
        if (int children = m_state.childCount(change.id); children > 0) {
            return conflict(ChangeApplier::tr("The bounded context \"%1\" still contains %n element(s); "
                                              "move or delete them first", nullptr, children)
                                .arg(current->name));
        }
        // The inverse recreates the element, then everything that went with it.
        Batch inverse{CreateElement{*current}};
        for (const SchemaVersion &version : m_state.schemaVersions(change.id)) {
            inverse.append(AddSchemaVersion{version});
            m_delta.schemaVersions.insert({change.id, version.version});
        }
        for (const QUuid &relationId : m_state.relationsOf(change.id)) {
            inverse.append(CreateRelation{*m_state.relation(relationId)});
            m_delta.relations.insert(relationId);
        }
        for (const Placement &placement : m_state.placementsOf(change.id)) {
            inverse.append(PlaceElement{placement});
            m_delta.placements.insert({placement.diagram, placement.element});
        }
        for (int i = 1; i < inverse.size(); ++i) {
            if (auto *relation = std::get_if<CreateRelation>(&inverse[i]))
                m_edit.removeRelation(relation->relation.id);
            else if (auto *placement = std::get_if<PlaceElement>(&inverse[i]))
                m_edit.removePlacement(placement->placement.diagram, placement->placement.element);
            else if (std::holds_alternative<AddSchemaVersion>(inverse[i]))
                m_edit.removeLatestSchemaVersion(change.id);
        }
        dropAnnotations([&](const Annotation &a) { return a.element == change.id; }, inverse);
        m_edit.removeElement(change.id);
        m_delta.elements.insert(change.id);
        return inverse;
    }

    Result<Batch> operator()(const CreateRelation &change)
    {
        const Relation &relation = change.relation;
        if (relation.id.isNull())
            return invalid(ChangeApplier::tr("A new relation needs an id"), QStringLiteral("id"));
        if (m_state.relation(relation.id))
            return conflict(ChangeApplier::tr("A relation with id %1 already exists").arg(idText(relation.id)),
                            QStringLiteral("id"));
        const Element *from = m_state.element(relation.from);
        const Element *to = m_state.element(relation.to);
        if (!from)
            return notFound(ChangeApplier::tr("No element with id %1").arg(idText(relation.from)), QStringLiteral("from"));
        if (!to)
            return notFound(ChangeApplier::tr("No element with id %1").arg(idText(relation.to)), QStringLiteral("to"));
        if (relation.from == relation.to)
            return invalid(ChangeApplier::tr("An element cannot be related to itself"), QStringLiteral("to"));
        if (!isValidRelation(relation.kind, from->kind, to->kind)) {
            return invalid(ChangeApplier::tr("A relation \"%2\" cannot go from kind %1 to kind %3 (allowed: %4)")
                               .arg(elementKindDisplayName(from->kind),
                                    relationKindDisplayName(relation.kind),
                                    elementKindDisplayName(to->kind),
                                    allowedEndsDescription(relation.kind)),
                           QStringLiteral("kind"));
        }
        // Looked for among the relations of the end that has fewer (a service publishing
        // a thousand channels, each channel with a few).
        const QList<QUuid> fromEnd = m_state.relationsOf(relation.from), toEnd = m_state.relationsOf(relation.to);
        for (const QUuid &otherId : fromEnd.size() <= toEnd.size() ? fromEnd : toEnd) {
            const Relation *other = m_state.relation(otherId);
            if (other->kind == relation.kind && other->from == relation.from && other->to == relation.to) {
                return conflict(ChangeApplier::tr("%1 already %2 %3")
                                    .arg(m_state.pathOf(relation.from),
                                         relationKindDisplayName(relation.kind),
                                         m_state.pathOf(relation.to)),
                                QStringLiteral("to"));
            }
        }
        m_edit.putRelation(relation);
        m_delta.relations.insert(relation.id);
        return Batch{DeleteRelation{relation.id}};
    }

    Result<Batch> operator()(const DeleteRelation &change)
    {
        const Relation *current = m_state.relation(change.id);
        if (!current)
            return notFound(ChangeApplier::tr("No relation with id %1").arg(idText(change.id)), QStringLiteral("id"));
        Batch inverse{CreateRelation{*current}};
        m_edit.removeRelation(change.id);
        m_delta.relations.insert(change.id);
        return inverse;
    }

    Result<Batch> operator()(const UpdateRelation &change)
    {
        const Relation *current = m_state.relation(change.id);
        if (!current)
            return notFound(ChangeApplier::tr("No relation with id %1").arg(idText(change.id)), QStringLiteral("id"));
        Relation updated = *current;
        QJsonObject previous;
        for (auto it = change.set.constBegin(); it != change.set.constEnd(); ++it) {
            if (it.key() != QLatin1String("description") || !it->isString())
                return invalid(ChangeApplier::tr("Only the description of a relation can be changed; its kind and ends make it what it is"),
                               it.key());
            previous.insert(it.key(), updated.description);
            updated.description = it->toString();
        }
        m_edit.putRelation(updated);
        m_delta.relations.insert(updated.id);
        return Batch{UpdateRelation{updated.id, previous}};
    }

    Result<Batch> operator()(const AddSchemaVersion &change)
    {
        const SchemaVersion &version = change.version;
        const Element *subject = m_state.element(version.subject);
        if (!subject)
            return notFound(ChangeApplier::tr("No element with id %1").arg(idText(version.subject)), QStringLiteral("subject"));
        if (!hasSchemaSubject(subject->kind)) {
            return invalid(ChangeApplier::tr("Elements of kind %1 have no schema; only events, commands and read models do")
                               .arg(elementKindDisplayName(subject->kind)),
                           QStringLiteral("subject"));
        }
        const SchemaVersion *latest = m_state.latestSchema(version.subject);
        const int expected = latest ? latest->version + 1 : 1;
        if (version.version != expected) {
            return conflict(ChangeApplier::tr("Schema version %1 of %2 does not follow the latest (expected %3)")
                                .arg(version.version)
                                .arg(m_state.pathOf(version.subject))
                                .arg(expected),
                            QStringLiteral("version"));
        }
        if (version.text.trimmed().isEmpty())
            return invalid(ChangeApplier::tr("A schema version needs a text"), QStringLiteral("text"));
        if (const qsizetype bytes = version.text.toUtf8().size(); bytes > kMaxSchemaTextBytes) {
            return invalid(ChangeApplier::tr("A schema text is at most 1 MiB (this one is %1 bytes)").arg(QLocale().toString(bytes)), QStringLiteral("text"));
        }
        // A text every export and registry would refuse is refused here, where it is typed.
        if (!m_library)
            m_library.emplace(SchemaLibrary::latestOf(m_state));
        if (auto valid = m_library->validate(version); !valid) {
            Error error = valid.error();
            error.message = ChangeApplier::tr("Schema version %1 of %2 is not a valid %3 schema: %4")
                                .arg(version.version)
                                .arg(m_state.pathOf(version.subject), schemaFormatId(version.format), error.message);
            error.field = QStringLiteral("text");
            return error;
        }
        m_edit.putSchemaVersion(version);
        m_library->add(version);
        m_delta.schemaVersions.insert({version.subject, version.version});
        return Batch{RemoveSchemaVersion{version.subject, version.version}};
    }

    Result<Batch> operator()(const RemoveSchemaVersion &change)
    {
        const SchemaVersion *latest = m_state.latestSchema(change.subject);
        if (!latest || latest->version != change.version) {
            return conflict(ChangeApplier::tr("Only the latest schema version of a subject can be removed"),
                            QStringLiteral("version"));
        }
        Batch inverse{AddSchemaVersion{*latest}};
        m_edit.removeLatestSchemaVersion(change.subject);
        m_delta.schemaVersions.insert({change.subject, change.version});
        return inverse;
    }

    Result<Batch> operator()(const UpdateSchemaVersion &change)
    {
        const SchemaVersion *found = nullptr;
        const QList<SchemaVersion> versions = m_state.schemaVersions(change.subject);
        for (const SchemaVersion &v : versions) {
            if (v.version == change.version)
                found = &v;
        }
        if (!found)
            return notFound(ChangeApplier::tr("No schema version %1 for %2").arg(change.version).arg(m_state.pathOf(change.subject)),
                            QStringLiteral("version"));
        SchemaVersion updated = *found;
        QJsonObject previous;
        for (auto it = change.set.constBegin(); it != change.set.constEnd(); ++it) {
            if (it.key() == QLatin1String("lifecycle")) {
                auto lifecycle = lifecycleFromId(it->toString());
                if (!lifecycle)
                    return invalid(ChangeApplier::tr("Unknown lifecycle \"%1\"").arg(it->toString()), it.key());
                previous.insert(it.key(), lifecycleId(updated.lifecycle));
                updated.lifecycle = *lifecycle;
            } else if (it.key() == QLatin1String("compatibility")) {
                auto mode = compatibilityModeFromId(it->toString());
                if (!mode)
                    return invalid(ChangeApplier::tr("Unknown compatibility mode \"%1\"").arg(it->toString()), it.key());
                previous.insert(it.key(), compatibilityModeId(updated.compatibility));
                updated.compatibility = *mode;
            } else {
                return invalid(ChangeApplier::tr("Field \"%1\" of a schema version cannot be changed; "
                                                 "add a new version instead").arg(it.key()),
                               it.key());
            }
        }
        m_edit.putSchemaVersion(updated);
        m_delta.schemaVersions.insert({change.subject, change.version});
        return Batch{UpdateSchemaVersion{change.subject, change.version, previous}};
    }

    Result<Batch> operator()(const CreateDiagram &change)
    {
        const Diagram &diagram = change.diagram;
        if (diagram.id.isNull())
            return invalid(ChangeApplier::tr("A new diagram needs an id"), QStringLiteral("id"));
        if (m_state.diagram(diagram.id))
            return conflict(ChangeApplier::tr("A diagram with id %1 already exists").arg(idText(diagram.id)), QStringLiteral("id"));
        if (auto checked = checkDiagramName(m_state, diagram.name, diagram.id); !checked)
            return checked.error();
        m_edit.putDiagram(diagram);
        m_delta.diagrams.insert(diagram.id);
        return Batch{DeleteDiagram{diagram.id}};
    }

    Result<Batch> operator()(const UpdateDiagram &change)
    {
        const Diagram *current = m_state.diagram(change.id);
        if (!current)
            return notFound(ChangeApplier::tr("No diagram with id %1").arg(idText(change.id)), QStringLiteral("diagram"));
        Diagram updated = *current;
        QJsonObject previous;
        for (auto it = change.set.constBegin(); it != change.set.constEnd(); ++it) {
            if (it.key() == QLatin1String("slices")) {
                QString why;
                auto slices = slicesFromJson(*it, &why);
                if (!slices)
                    return invalid(ChangeApplier::tr("Slices are a list of {name, left, right, kind, scenarios}: %1").arg(why), it.key());
                if (auto checked = checkSlices(m_state, *slices); !checked)
                    return checked.error();
                previous.insert(it.key(), slicesToJson(updated.slices));
                updated.slices = *slices;
                continue;
            }
            if (it.key() == QLatin1String("routes")) {
                auto routes = routesFromJson(*it);
                if (!routes)
                    return invalid(ChangeApplier::tr("Routes map relation ids to lists of coordinates: x and y of a start, then "
                                                     "of three points per curve"),
                                   it.key());
                previous.insert(it.key(), routesToJson(updated.routes));
                updated.routes = *routes;
                continue;
            }
            if (it.key() != QLatin1String("name") || !it->isString())
                return invalid(ChangeApplier::tr("Only the name, the slices and the routes of a diagram can be changed"), it.key());
            previous.insert(it.key(), updated.name);
            updated.name = it->toString();
        }
        if (auto checked = checkDiagramName(m_state, updated.name, updated.id); !checked)
            return checked.error();
        m_edit.putDiagram(updated);
        m_delta.diagrams.insert(updated.id);
        return Batch{UpdateDiagram{updated.id, previous}};
    }

    Result<Batch> operator()(const DeleteDiagram &change)
    {
        const Diagram *current = m_state.diagram(change.id);
        if (!current)
            return notFound(ChangeApplier::tr("No diagram with id %1").arg(idText(change.id)), QStringLiteral("diagram"));
        Batch inverse{CreateDiagram{*current}};
        for (const Placement &placement : m_state.placements(change.id)) {
            inverse.append(PlaceElement{placement});
            m_delta.placements.insert({placement.diagram, placement.element});
        }
        dropAnnotations([&](const Annotation &a) { return a.diagram == change.id; }, inverse);
        m_edit.removeDiagram(change.id);
        m_delta.diagrams.insert(change.id);
        return inverse;
    }

    Result<Batch> operator()(const PlaceElement &change)
    {
        const Placement &placement = change.placement;
        if (auto checked = checkPlacementEnds(m_state, placement); !checked)
            return checked.error();
        if (m_state.placement(placement.diagram, placement.element))
            return conflict(ChangeApplier::tr("%1 is already on this diagram").arg(m_state.pathOf(placement.element)),
                            QStringLiteral("element"));
        m_edit.putPlacement(placement);
        m_delta.placements.insert({placement.diagram, placement.element});
        return Batch{UnplaceElement{placement.diagram, placement.element}};
    }

    Result<Batch> operator()(const MovePlacement &change)
    {
        const Placement &placement = change.placement;
        if (auto checked = checkPlacementEnds(m_state, placement); !checked)
            return checked.error();
        const Placement *current = m_state.placement(placement.diagram, placement.element);
        if (!current)
            return notFound(ChangeApplier::tr("%1 is not on this diagram").arg(m_state.pathOf(placement.element)),
                            QStringLiteral("element"));
        Batch inverse{MovePlacement{*current}};
        m_edit.putPlacement(placement);
        m_delta.placements.insert({placement.diagram, placement.element});
        return inverse;
    }

    Result<Batch> operator()(const UnplaceElement &change)
    {
        const Placement *current = m_state.placement(change.diagram, change.element);
        if (!current)
            return notFound(ChangeApplier::tr("%1 is not on this diagram").arg(m_state.pathOf(change.element)),
                            QStringLiteral("element"));
        Batch inverse{PlaceElement{*current}};
        // The dots on a sticky go with it (and come back with it on undo).
        dropAnnotations([&](const Annotation &a) {
            return a.kind == AnnotationKind::Votes && a.diagram == change.diagram && a.element == change.element;
        }, inverse);
        m_edit.removePlacement(change.diagram, change.element);
        m_delta.placements.insert({change.diagram, change.element});
        return inverse;
    }

    Result<Batch> operator()(const SetRule &change)
    {
        if (auto valid = m_governance.checkRuleSetting(change.setting); !valid)
            return valid.error();
        auto it = m_state.ruleSettings().constFind(change.setting.ruleId);
        Batch inverse = it == m_state.ruleSettings().constEnd() ? Batch{ResetRule{change.setting.ruleId}} : Batch{SetRule{*it}};
        m_edit.putRuleSetting(change.setting);
        m_delta.rules.insert(change.setting.ruleId);
        return inverse;
    }

    Result<Batch> operator()(const ResetRule &change)
    {
        auto it = m_state.ruleSettings().constFind(change.ruleId);
        if (it == m_state.ruleSettings().constEnd())
            return notFound(ChangeApplier::tr("The rule \"%1\" already runs as the default rule set says").arg(change.ruleId), QStringLiteral("rule"));
        Batch inverse{SetRule{*it}};
        m_edit.removeRuleSetting(change.ruleId);
        m_delta.rules.insert(change.ruleId);
        return inverse;
    }

    Result<Batch> operator()(const SetReview &change)
    {
        const Review &review = change.review;
        if (review.id.isNull())
            return invalid(ChangeApplier::tr("A review needs an id"), QStringLiteral("id"));
        if (review.from < 0 || review.to < review.from)
            return invalid(ChangeApplier::tr("A review goes from an earlier revision to a later one"), QStringLiteral("to"));
        auto it = m_state.reviews().constFind(review.id);
        if (it != m_state.reviews().constEnd() && it->closed)
            return conflict(ChangeApplier::tr("The review \"%1\" is closed").arg(it->title), QStringLiteral("review"));
        Batch inverse = it == m_state.reviews().constEnd() ? Batch{DeleteReview{review.id}} : Batch{SetReview{*it}};
        m_edit.putReview(review);
        m_delta.reviews.insert(review.id);
        return inverse;
    }

    Result<Batch> operator()(const DeleteReview &change)
    {
        auto it = m_state.reviews().constFind(change.id);
        if (it == m_state.reviews().constEnd())
            return notFound(ChangeApplier::tr("No review with id %1").arg(idText(change.id)), QStringLiteral("review"));
        if (it->closed)
            return conflict(ChangeApplier::tr("The review \"%1\" is closed").arg(it->title), QStringLiteral("review"));
        Batch inverse{SetReview{*it}};
        m_edit.removeReview(change.id);
        m_delta.reviews.insert(change.id);
        return inverse;
    }

    Result<Batch> operator()(const PutAnnotation &change)
    {
        const Annotation &annotation = change.annotation;
        if (annotation.id.isNull())
            return invalid(ChangeApplier::tr("A vote or comment needs an id"), QStringLiteral("id"));
        const auto existing = m_state.annotations().constFind(annotation.id);
        const bool replaces = existing != m_state.annotations().constEnd();
        if (replaces && existing->kind != annotation.kind)
            return conflict(ChangeApplier::tr("Annotation %1 is of another kind").arg(idText(annotation.id)), QStringLiteral("kind"));
        if (auto checked = checkAnnotation(m_state, annotation, replaces ? &*existing : nullptr); !checked)
            return checked.error();
        Batch inverse = replaces ? Batch{PutAnnotation{*existing}} : Batch{RemoveAnnotation{annotation.id}};
        m_edit.putAnnotation(annotation);
        m_delta.annotations.insert(annotation.id);
        return inverse;
    }

    Result<Batch> operator()(const RemoveAnnotation &change)
    {
        const auto existing = m_state.annotations().constFind(change.id);
        if (existing == m_state.annotations().constEnd())
            return notFound(ChangeApplier::tr("No vote or comment with id %1").arg(idText(change.id)), QStringLiteral("annotation"));
        Batch inverse{PutAnnotation{*existing}};
        m_edit.removeAnnotation(change.id);
        m_delta.annotations.insert(change.id);
        return inverse;
    }

private:
    // Removes the annotations `match` selects, appending what puts them back to `inverse`.
    template<typename Match>
    void dropAnnotations(Match match, Batch &inverse)
    {
        QList<Annotation> dropped;
        for (const Annotation &annotation : m_state.annotations()) {
            if (match(annotation))
                dropped.append(annotation);
        }
        std::sort(dropped.begin(), dropped.end(), [](const Annotation &a, const Annotation &b) { return a.id < b.id; });
        for (const Annotation &annotation : dropped) {
            inverse.append(PutAnnotation{annotation});
            m_edit.removeAnnotation(annotation.id);
            m_delta.annotations.insert(annotation.id);
        }
    }


    // Approval is refused while the element has error findings (in the state as it is
    // with the change applied).
    Result<void> checkApproval(const Element &element, const Element *previous)
    {
        if (!m_gated || element.lifecycle != Lifecycle::Approved || (previous && previous->lifecycle == Lifecycle::Approved))
            return Ok{};
        const QStringList errors = m_governance.approvalBlockers(m_state, element.id);
        if (errors.isEmpty())
            return Ok{};
        return makeError(ErrorCode::Ungoverned,
                         ChangeApplier::tr("%1 cannot be approved while it has errors: %2").arg(m_state.pathOf(element.id), errors.join(QLatin1String("; "))),
                         QStringLiteral("lifecycle"), errors.join(QLatin1Char('\n')));
    }




public:
    // A batch adding many schema versions (an import) reads what the others declare once,
    // and the library learns each version added.
    void forgetSchemaLibrary() { m_library.reset(); }

private:
    CatalogState &m_state;       // read here, changed through m_edit only
    CatalogStateEditor m_edit;
    std::optional<SchemaLibrary> m_library;
    StateDelta &m_delta;
    const GovernancePolicy &m_governance;
    bool m_gated;
};

} // namespace

Result<void> ChangeApplier::checkName(const QString &name, const QString &field)
{
    if (name.trimmed().isEmpty())
        return invalid(tr("The name is empty"), field);
    if (name != name.trimmed())
        return invalid(tr("The name \"%1\" starts or ends with spaces").arg(name), field);
    if (name.contains(QLatin1Char('/')))
        return invalid(tr("The name \"%1\" contains '/', which separates a context from a name").arg(name), field);
    if (name.size() > kMaxNameLength)
        return invalid(tr("The name is longer than %1 characters").arg(kMaxNameLength), field);
    for (QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return invalid(tr("The name \"%1\" contains a control character").arg(name.simplified()), field);
    }
    return Ok{};
}

Result<Batch> ChangeApplier::apply(CatalogState &state, const Batch &batch, StateDelta *delta,
                                   QStringList *summaries, Approvals approvals, const GovernancePolicy &governance)
{
    StateDelta localDelta;
    StateDelta &touched = delta ? *delta : localDelta;
    SingleChangeApplier applier(state, CatalogStateEditor(state), touched, governance, approvals == Approvals::Gated);
    // Each change's inverse appended back to front: the whole read backwards is the batch's
    // inverse (the last change's first, each one's own changes in order), kept in one list
    // rather than one list per change (an import's 6,000 changes made 6,000 allocations).
    Batch inverses;
    inverses.reserve(batch.size());
    for (int i = 0; i < batch.size(); ++i) {
        if (summaries)
            summaries->append(ChangeJson::describe(batch[i], state));
        // What the library read of the subjects may be out of date after these.
        if (std::holds_alternative<UpdateElement>(batch[i]) || std::holds_alternative<DeleteElement>(batch[i])
            || std::holds_alternative<RemoveSchemaVersion>(batch[i]) || std::holds_alternative<UpdateSchemaVersion>(batch[i]))
            applier.forgetSchemaLibrary();
        Result<Batch> inverse = std::visit(applier, batch[i]);
        if (!inverse) {
            // Roll back what this batch did, newest first; inverses always apply.
            StateDelta ignored;
            SingleChangeApplier undoer(state, CatalogStateEditor(state), ignored, governance, false);
            for (auto it = inverses.crbegin(); it != inverses.crend(); ++it) {
                // Inverses are made to apply; one that does not is a defect to report,
                // in release builds too, never a state left half-changed in silence.
                if (auto undone = std::visit(undoer, *it); !undone) {
                    return makeError(ErrorCode::StorageFailure,
                                     tr("Taking back a refused batch failed (%1 after %2); the catalog in memory is no longer "
                                        "what it was: close and reopen it")
                                         .arg(undone.error().message, inverse.error().message),
                                     {}, QString::fromLatin1(kRollbackFailed));
                }
            }
            return inverse.error().withIndex(i);
        }
        Batch own = std::move(inverse).value();
        for (auto it = own.rbegin(); it != own.rend(); ++it)
            inverses.append(std::move(*it));
    }
    std::reverse(inverses.begin(), inverses.end());
    return inverses;
}

} // namespace mesh::catalog
