#pragma once

#include "catalog/model/catalogstate.h"

namespace mesh::catalog {

class ChangeApplier;
class StateLoader;

// Write access to a CatalogState, for the only two that may change one: the change applier
// (changes it has validated) and the stores' loader (rows read back). Only they can make an
// editor, so everyone else holds a state they can read and never change behind the log.
class CatalogStateEditor
{
public:
    void putElement(Element element) { m_state.putElement(std::move(element)); }
    void removeElement(const QUuid &id) { m_state.removeElement(id); }
    void putRelation(const Relation &relation) { m_state.putRelation(relation); }
    void removeRelation(const QUuid &id) { m_state.removeRelation(id); }
    void putSchemaVersion(const SchemaVersion &version) { m_state.putSchemaVersion(version); }
    void removeLatestSchemaVersion(const QUuid &subject) { m_state.removeLatestSchemaVersion(subject); }
    void putDiagram(const Diagram &diagram) { m_state.putDiagram(diagram); }
    void removeDiagram(const QUuid &id) { m_state.removeDiagram(id); }
    void putPlacement(const Placement &placement) { m_state.putPlacement(placement); }
    void removePlacement(const QUuid &diagram, const QUuid &element) { m_state.removePlacement(diagram, element); }
    void putRuleSetting(const RuleSetting &setting) { m_state.putRuleSetting(setting); }
    void removeRuleSetting(const QString &ruleId) { m_state.removeRuleSetting(ruleId); }
    void putReview(const Review &review) { m_state.putReview(review); }
    void removeReview(const QUuid &id) { m_state.removeReview(id); }
    void putAnnotation(const Annotation &annotation) { m_state.putAnnotation(annotation); }
    void removeAnnotation(const QUuid &id) { m_state.removeAnnotation(id); }
    void reserve(qsizetype elements, qsizetype relations, qsizetype schemaSubjects) { m_state.reserve(elements, relations, schemaSubjects); }
    void absorb(CatalogState &&other) { m_state.absorb(std::move(other)); }

private:
    explicit CatalogStateEditor(CatalogState &state) : m_state(state) {}
    friend class ChangeApplier;
    friend class StateLoader;

    CatalogState &m_state;
};

} // namespace mesh::catalog
