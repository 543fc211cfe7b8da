#pragma once

#include "catalog/model/annotation.h"
#include "catalog/model/diagram.h"
#include "catalog/model/element.h"
#include "catalog/model/relation.h"
#include "catalog/model/review.h"
#include "catalog/model/rulesetting.h"
#include "catalog/model/schemaversion.h"

#include <QHash>
#include <QList>

namespace mesh::catalog {

// The current state of a catalog: every element, relation, schema version, diagram and
// placement, with the indexes lookups need. A plain copyable value (Qt's implicit sharing
// makes copies cheap until one side changes), so workers can take snapshots. Only the
// change applier mutates it; everyone else reads.
class CatalogState
{
public:
    const QHash<QUuid, Element> &elements() const { return m_elements; }
    const QHash<QUuid, Relation> &relations() const { return m_relations; }
    const QHash<QUuid, Diagram> &diagrams() const { return m_diagrams; }
    const QHash<QUuid, QList<SchemaVersion>> &schemaSubjects() const { return m_schemas; }
    // The catalog's own settings of governance rules (rules without one run as defaults).
    const QHash<QString, RuleSetting> &ruleSettings() const { return m_rules; }
    const QHash<QUuid, Review> &reviews() const { return m_reviews; }
    // Votes, comments and dot budgets (annotation.h).
    const QHash<QUuid, Annotation> &annotations() const { return m_annotations; }
    // The comments on `element`, oldest first.
    QList<Annotation> commentsOn(const QUuid &element) const;
    // The dots on `element` in `diagram`, everyone's; and how many `author` has given there.
    int votesOn(const QUuid &diagram, const QUuid &element) const;
    int votesGiven(const QUuid &diagram, const QString &author) const;
    int dotBudget(const QUuid &diagram) const;   // kDefaultDotBudget when none is set
    const Review *reviewInProgress() const;   // the review not closed yet, if any
    const Review *lastSignedOffReview() const; // the closed review reaching furthest
    // Its `to` revision (0 when none): where the next review starts.
    qint64 baseline() const;

    const Element *element(const QUuid &id) const;
    const Relation *relation(const QUuid &id) const;
    const Diagram *diagram(const QUuid &id) const;
    // Whether a scenario of some timeline's slice speaks of the element (an index: rules ask
    // it for every element).
    bool inScenarios(const QUuid &element) const { return m_scenarioSteps.value(element) > 0; }

    // The element of `kind` named `name` inside `context` (null context: top level).
    const Element *findElement(const QUuid &context, ElementKind kind, const QString &name) const;
    // Every element named `name` inside `context`, whatever its kind.
    QList<QUuid> findByName(const QUuid &context, const QString &name) const;
    // "Context/Name" for elements in a context, "Name" otherwise.
    QString pathOf(const QUuid &id) const;

    QList<QUuid> relationsOf(const QUuid &element) const;  // both directions, stable order
    int childCount(const QUuid &context) const;

    QList<SchemaVersion> schemaVersions(const QUuid &subject) const;  // oldest first
    const SchemaVersion *latestSchema(const QUuid &subject) const;
    int schemaVersionCount() const { return m_schemaVersionCount; }

    QList<Placement> placements(const QUuid &diagram) const;
    const Placement *placement(const QUuid &diagram, const QUuid &element) const;
    QList<Placement> placementsOf(const QUuid &element) const;
    int placementCount() const;

    // A state read from a damaged store may hold rows that refer to what it does not have
    // (a relation to a deleted element). Empty when every reference resolves, else the
    // first one that does not, in words ("relation <id>: no element <id>").
    QString firstDanglingReference() const;

    // Same elements, relations, schema versions, diagrams and placements (the indexes
    // follow from those). `difference`, when given, names the first thing that differs.
    bool hasSameContent(const CatalogState &other, QString *difference = nullptr) const;

private:
    // Mutations, reached only through a CatalogStateEditor (catalogstateeditor.h). They keep
    // the indexes consistent and assume the caller validated the change.
    friend class CatalogStateEditor;
    void putElement(Element element);
    void removeElement(const QUuid &id);
    void putRelation(const Relation &relation);
    void removeRelation(const QUuid &id);
    void putSchemaVersion(const SchemaVersion &version);
    void removeLatestSchemaVersion(const QUuid &subject);
    void putDiagram(const Diagram &diagram);
    void removeDiagram(const QUuid &id);
    void putPlacement(const Placement &placement);
    void removePlacement(const QUuid &diagram, const QUuid &element);
    void putRuleSetting(const RuleSetting &setting) { m_rules.insert(setting.ruleId, setting); }
    void removeRuleSetting(const QString &ruleId) { m_rules.remove(ruleId); }
    void putReview(const Review &review) { m_reviews.insert(review.id, review); }
    void removeReview(const QUuid &id) { m_reviews.remove(id); }
    void putAnnotation(const Annotation &annotation) { m_annotations.insert(annotation.id, annotation); }
    void removeAnnotation(const QUuid &id) { m_annotations.remove(id); }

    void reserve(qsizetype elements, qsizetype relations, qsizetype schemaSubjects);

    // Takes the relations (and the schema versions, if this state has none) of `other`,
    // which holds nothing else (loaders read the two halves in parallel).
    void absorb(CatalogState &&other);

    // Names are unique per kind within a context, so this key is unique.
    struct NameKey {
        QUuid context;
        ElementKind kind;
        QString name;
        bool operator==(const NameKey &) const = default;
    };
    friend size_t qHash(const NameKey &key, size_t seed) { return qHashMulti(seed, key.context, int(key.kind), key.name); }

    QHash<QUuid, Element> m_elements;
    QHash<QUuid, Relation> m_relations;
    QHash<QUuid, Diagram> m_diagrams;
    QHash<QUuid, QList<SchemaVersion>> m_schemas;
    QHash<QUuid, QHash<QUuid, Placement>> m_placements;   // diagram → element → placement
    QHash<QString, RuleSetting> m_rules;
    QHash<QUuid, Review> m_reviews;
    QHash<QUuid, Annotation> m_annotations;
    QHash<NameKey, QUuid> m_byName;
    QHash<QUuid, QList<QUuid>> m_relationsByElement;
    QHash<QUuid, int> m_childCount;
    QHash<QUuid, int> m_scenarioSteps;   // element → how many scenario steps name it
    int m_schemaVersionCount = 0;
};

} // namespace mesh::catalog
