#include "catalog/model/catalogstate.h"

#include <algorithm>

namespace mesh::catalog {

const Element *CatalogState::element(const QUuid &id) const
{
    auto it = m_elements.constFind(id);
    return it == m_elements.constEnd() ? nullptr : &it.value();
}

const Relation *CatalogState::relation(const QUuid &id) const
{
    auto it = m_relations.constFind(id);
    return it == m_relations.constEnd() ? nullptr : &it.value();
}

const Diagram *CatalogState::diagram(const QUuid &id) const
{
    auto it = m_diagrams.constFind(id);
    return it == m_diagrams.constEnd() ? nullptr : &it.value();
}

const Element *CatalogState::findElement(const QUuid &context, ElementKind kind,
                                         const QString &name) const
{
    auto it = m_byName.constFind(NameKey{context, kind, name});
    return it == m_byName.constEnd() ? nullptr : element(it.value());
}

QList<QUuid> CatalogState::findByName(const QUuid &context, const QString &name) const
{
    QList<QUuid> ids;
    for (ElementKind kind : allElementKinds()) {
        if (const Element *found = findElement(context, kind, name))
            ids.append(found->id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

QString CatalogState::pathOf(const QUuid &id) const
{
    const Element *e = element(id);
    if (!e)
        return id.toString(QUuid::WithoutBraces);
    if (const Element *context = element(e->context))
        return context->name + QLatin1Char('/') + e->name;
    return e->name;
}

QList<QUuid> CatalogState::relationsOf(const QUuid &element) const
{
    return m_relationsByElement.value(element);
}

int CatalogState::childCount(const QUuid &context) const
{
    return m_childCount.value(context);
}

QList<SchemaVersion> CatalogState::schemaVersions(const QUuid &subject) const
{
    return m_schemas.value(subject);
}

const SchemaVersion *CatalogState::latestSchema(const QUuid &subject) const
{
    auto it = m_schemas.constFind(subject);
    if (it == m_schemas.constEnd() || it->isEmpty())
        return nullptr;
    return &it->constLast();
}

QList<Placement> CatalogState::placements(const QUuid &diagram) const
{
    return m_placements.value(diagram).values();
}

const Placement *CatalogState::placement(const QUuid &diagram, const QUuid &element) const
{
    auto d = m_placements.constFind(diagram);
    if (d == m_placements.constEnd())
        return nullptr;
    auto p = d->constFind(element);
    return p == d->constEnd() ? nullptr : &p.value();
}

QList<Placement> CatalogState::placementsOf(const QUuid &element) const
{
    QList<Placement> result;
    for (const auto &byElement : m_placements) {
        auto p = byElement.constFind(element);
        if (p != byElement.constEnd())
            result.append(p.value());
    }
    return result;
}

int CatalogState::placementCount() const
{
    int count = 0;
    for (const auto &byElement : m_placements)
        count += byElement.size();
    return count;
}

void CatalogState::putElement(Element element)
{
    if (const Element *old = this->element(element.id)) {
        m_byName.remove(NameKey{old->context, old->kind, old->name});
        if (!old->context.isNull())
            --m_childCount[old->context];
    }
    m_byName.insert(NameKey{element.context, element.kind, element.name}, element.id);
    if (!element.context.isNull())
        ++m_childCount[element.context];
    const QUuid id = element.id;
    m_elements.insert(id, std::move(element));
}

void CatalogState::removeElement(const QUuid &id)
{
    const Element *old = element(id);
    if (!old)
        return;
    m_byName.remove(NameKey{old->context, old->kind, old->name});
    if (!old->context.isNull())
        --m_childCount[old->context];
    m_childCount.remove(id);
    m_relationsByElement.remove(id);
    m_elements.remove(id);
}

void CatalogState::putRelation(const Relation &relation)
{
    if (m_relations.contains(relation.id))
        removeRelation(relation.id);
    m_relations.insert(relation.id, relation);
    m_relationsByElement[relation.from].append(relation.id);
    if (relation.to != relation.from)
        m_relationsByElement[relation.to].append(relation.id);
}

void CatalogState::removeRelation(const QUuid &id)
{
    auto it = m_relations.find(id);
    if (it == m_relations.end())
        return;
    for (const QUuid &end : {it->from, it->to}) {
        auto list = m_relationsByElement.find(end);
        if (list != m_relationsByElement.end()) {
            list->removeAll(id);
            if (list->isEmpty())
                m_relationsByElement.erase(list);
        }
    }
    m_relations.erase(it);
}

void CatalogState::putSchemaVersion(const SchemaVersion &version)
{
    QList<SchemaVersion> &versions = m_schemas[version.subject];
    for (SchemaVersion &existing : versions) {
        if (existing.version == version.version) {
            existing = version;
            return;
        }
    }
    versions.append(version);
    std::sort(versions.begin(), versions.end(),
              [](const SchemaVersion &a, const SchemaVersion &b) { return a.version < b.version; });
    ++m_schemaVersionCount;
}

void CatalogState::removeLatestSchemaVersion(const QUuid &subject)
{
    auto it = m_schemas.find(subject);
    if (it == m_schemas.end() || it->isEmpty())
        return;
    it->removeLast();
    --m_schemaVersionCount;
    if (it->isEmpty())
        m_schemas.erase(it);
}

namespace {

// Adds `delta` for every scenario step of the diagram's slices.
void countScenarioSteps(QHash<QUuid, int> &counts, const Diagram &diagram, int delta)
{
    for (const DiagramSlice &slice : diagram.slices) {
        for (const Scenario &scenario : slice.scenarios) {
            for (const ScenarioStep &step : scenario.given)
                counts[step.element] += delta;
            if (scenario.when)
                counts[scenario.when->element] += delta;
            for (const ScenarioStep &step : scenario.then)
                counts[step.element] += delta;
        }
    }
}

} // namespace

void CatalogState::putDiagram(const Diagram &diagram)
{
    if (const auto old = m_diagrams.constFind(diagram.id); old != m_diagrams.cend())
        countScenarioSteps(m_scenarioSteps, *old, -1);
    countScenarioSteps(m_scenarioSteps, diagram, 1);
    m_diagrams.insert(diagram.id, diagram);
}

void CatalogState::removeDiagram(const QUuid &id)
{
    if (const auto old = m_diagrams.constFind(id); old != m_diagrams.cend())
        countScenarioSteps(m_scenarioSteps, *old, -1);
    m_diagrams.remove(id);
    m_placements.remove(id);
}

void CatalogState::putPlacement(const Placement &placement)
{
    m_placements[placement.diagram].insert(placement.element, placement);
}

void CatalogState::removePlacement(const QUuid &diagram, const QUuid &element)
{
    auto d = m_placements.find(diagram);
    if (d == m_placements.end())
        return;
    d->remove(element);
}

void CatalogState::reserve(qsizetype elements, qsizetype relations, qsizetype schemaSubjects)
{
    m_schemas.reserve(schemaSubjects);
    m_elements.reserve(elements);
    m_byName.reserve(elements);
    m_childCount.reserve(elements / 50 + 1);
    m_relations.reserve(relations);
    // Most elements take part in a relation; a state holding relations only still indexes
    // them by element.
    m_relationsByElement.reserve(relations ? std::min(elements ? elements : relations, relations * 2) : 0);
}

const Review *CatalogState::reviewInProgress() const
{
    for (const Review &review : m_reviews) {
        if (!review.closed)
            return &review;
    }
    return nullptr;
}

const Review *CatalogState::lastSignedOffReview() const
{
    const Review *last = nullptr;
    for (const Review &review : m_reviews) {
        if (review.closed && (!last || review.to > last->to))
            last = &review;
    }
    return last;
}

qint64 CatalogState::baseline() const
{
    const Review *last = lastSignedOffReview();
    return last ? last->to : 0;
}

QList<Annotation> CatalogState::commentsOn(const QUuid &element) const
{
    QList<Annotation> thread;
    for (const Annotation &annotation : m_annotations) {
        if (annotation.kind == AnnotationKind::Comment && annotation.element == element)
            thread.append(annotation);
    }
    std::sort(thread.begin(), thread.end(), [](const Annotation &a, const Annotation &b) {
        return a.time != b.time ? a.time < b.time : a.id < b.id;
    });
    return thread;
}

namespace {
template<typename Match>
int dotsWhere(const QHash<QUuid, Annotation> &annotations, Match match)
{
    int dots = 0;
    for (const Annotation &annotation : annotations) {
        if (annotation.kind == AnnotationKind::Votes && match(annotation))
            dots += annotation.count;
    }
    return dots;
}
} // namespace

int CatalogState::votesOn(const QUuid &diagram, const QUuid &element) const
{
    return dotsWhere(m_annotations, [&](const Annotation &a) { return a.diagram == diagram && a.element == element; });
}

int CatalogState::votesGiven(const QUuid &diagram, const QString &author) const
{
    return dotsWhere(m_annotations, [&](const Annotation &a) { return a.diagram == diagram && a.author == author; });
}

int CatalogState::dotBudget(const QUuid &diagram) const
{
    for (const Annotation &annotation : m_annotations) {
        if (annotation.kind == AnnotationKind::DotBudget && annotation.diagram == diagram)
            return annotation.count;
    }
    return kDefaultDotBudget;
}

void CatalogState::absorb(CatalogState &&other)
{
    Q_ASSERT(m_relations.isEmpty() && other.m_elements.isEmpty() && other.m_rules.isEmpty() && other.m_reviews.isEmpty());
    m_relations = std::move(other.m_relations);
    m_relationsByElement = std::move(other.m_relationsByElement);
    if (m_schemas.isEmpty()) {
        m_schemas = std::move(other.m_schemas);
        m_schemaVersionCount = other.m_schemaVersionCount;
        other.m_schemaVersionCount = 0;
    }
}

bool CatalogState::hasSameContent(const CatalogState &other, QString *difference) const
{
    auto differ = [difference](const QString &what) {
        if (difference)
            *difference = what;
        return false;
    };
    if (m_elements.size() != other.m_elements.size())
        return differ(QStringLiteral("element count %1 vs %2").arg(m_elements.size()).arg(other.m_elements.size()));
    for (const Element &element : m_elements) {
        const Element *theirs = other.element(element.id);
        if (!theirs || !(*theirs == element))
            return differ(QStringLiteral("element %1").arg(pathOf(element.id)));
    }
    if (m_relations != other.m_relations)
        return differ(QStringLiteral("relations"));
    QHash<QUuid, QList<SchemaVersion>> mine = m_schemas, theirs = other.m_schemas;
    mine.removeIf([](const auto &entry) { return entry.value().isEmpty(); });
    theirs.removeIf([](const auto &entry) { return entry.value().isEmpty(); });
    if (mine != theirs)
        return differ(QStringLiteral("schema versions"));
    if (m_diagrams != other.m_diagrams)
        return differ(QStringLiteral("diagrams"));
    if (m_rules != other.m_rules)
        return differ(QStringLiteral("rule settings"));
    if (m_reviews != other.m_reviews)
        return differ(QStringLiteral("reviews"));
    if (m_annotations != other.m_annotations)
        return differ(QStringLiteral("votes and comments"));
    for (const Diagram &diagram : m_diagrams) {
        if (m_placements.value(diagram.id) != other.m_placements.value(diagram.id))
            return differ(QStringLiteral("placements of diagram %1").arg(diagram.name));
    }
    return true;
}

QString CatalogState::firstDanglingReference() const
{
    auto idText = [](const QUuid &id) { return id.toString(QUuid::WithoutBraces); };
    for (const Element &element : m_elements) {
        if (!element.context.isNull() && !m_elements.contains(element.context))
            return QStringLiteral("element %1: no context element %2").arg(idText(element.id), idText(element.context));
    }
    for (const Relation &relation : m_relations) {
        for (const QUuid &end : {relation.from, relation.to}) {
            if (!m_elements.contains(end))
                return QStringLiteral("relation %1: no element %2").arg(idText(relation.id), idText(end));
        }
    }
    for (auto it = m_schemas.cbegin(); it != m_schemas.cend(); ++it) {
        if (!m_elements.contains(it.key()))
            return QStringLiteral("schema versions of %1: no such element").arg(idText(it.key()));
    }
    for (auto diagram = m_placements.cbegin(); diagram != m_placements.cend(); ++diagram) {
        if (!m_diagrams.contains(diagram.key()))
            return QStringLiteral("placements on %1: no such diagram").arg(idText(diagram.key()));
        for (auto placement = diagram->cbegin(); placement != diagram->cend(); ++placement) {
            if (!m_elements.contains(placement.key()))
                return QStringLiteral("placement on diagram %1: no element %2").arg(idText(diagram.key()), idText(placement.key()));
        }
    }
    return {};
}

} // namespace mesh::catalog
