// The one-line summaries History, the log and reviews show for changes.
#include "catalog/changes/changejson.h"
#include "catalog/model/idtext.h"

#include <QJsonArray>
#include <QSet>

namespace mesh::catalog {

QString ChangeJson::describe(const Change &change, const CatalogState &state)
{
    if (const auto *create = std::get_if<CreateElement>(&change)) {
        const QString contextPath = create->element.context.isNull() ? QString() : state.pathOf(create->element.context) + QLatin1Char('/');
        return QStringLiteral("create %1 %2%3").arg(elementKindId(create->element.kind), contextPath, create->element.name);
    }
    if (const auto *update = std::get_if<UpdateElement>(&change))
        return QStringLiteral("update %1 (%2)").arg(state.pathOf(update->id), update->set.keys().join(QLatin1String(", ")));
    if (const auto *relation = std::get_if<CreateRelation>(&change))
        return QStringLiteral("relate %1 %2 %3").arg(state.pathOf(relation->relation.from), relationKindId(relation->relation.kind),
                                                     state.pathOf(relation->relation.to));
    if (const auto *update = std::get_if<UpdateRelation>(&change)) {
        const Relation *relation = state.relation(update->id);
        const QString which = relation ? QStringLiteral("%1 %2 %3").arg(state.pathOf(relation->from), relationKindId(relation->kind), state.pathOf(relation->to))
                                       : idText(update->id);
        return QStringLiteral("updateRelation %1 (%2)").arg(which, update->set.keys().join(QLatin1String(", ")));
    }
    if (const auto *remove = std::get_if<DeleteElement>(&change))
        return QStringLiteral("delete %1").arg(state.pathOf(remove->id));
    if (const auto *add = std::get_if<AddSchemaVersion>(&change))
        return QStringLiteral("addSchemaVersion %1 v%2 (%3)").arg(state.pathOf(add->version.subject)).arg(add->version.version).arg(schemaFormatId(add->version.format));
    // The other changes are told by the fields their JSON has.
    const QJsonObject object = toJson(change);
    const QString op = object.value("op").toString();
    auto path = [&](const char *key) { return state.pathOf(QUuid::fromString(object.value(key).toString())); };
    if (object.contains("element"))
        return QStringLiteral("%1 %2").arg(op, path("element"));
    if (object.contains("subject"))
        return QStringLiteral("%1 %2 v%3").arg(op, path("subject")).arg(object.value("version").toInt());
    if (object.contains("name"))
        return QStringLiteral("%1 %2").arg(op, object.value("name").toString());
    if (object.contains("rule"))
        return QStringLiteral("%1 %2").arg(op, object.value("rule").toString());
    if (const auto *review = std::get_if<SetReview>(&change))
        return describeReviewStep(review->review, state);
    if (const auto *put = std::get_if<PutAnnotation>(&change)) {
        const Annotation &a = put->annotation;
        if (a.kind == AnnotationKind::Votes)
            return QStringLiteral("vote %1 (%2 dot(s) by %3)").arg(state.pathOf(a.element)).arg(a.count).arg(a.author);
        if (a.kind == AnnotationKind::Comment)
            return QStringLiteral("comment on %1 by %2").arg(state.pathOf(a.element), a.author);
        const Diagram *diagram = state.diagram(a.diagram);
        return QStringLiteral("dot budget %1 on %2").arg(a.count).arg(diagram ? diagram->name : idText(a.diagram));
    }
    if (const auto *remove = std::get_if<RemoveAnnotation>(&change)) {
        const auto found = state.annotations().constFind(remove->id);
        if (found == state.annotations().constEnd())
            return op;
        return found->kind == AnnotationKind::Votes ? QStringLiteral("take back votes on %1 (%2)").arg(state.pathOf(found->element), found->author)
             : found->kind == AnnotationKind::Comment ? QStringLiteral("withdraw a comment on %1 (%2)").arg(state.pathOf(found->element), found->author)
                                                      : QStringLiteral("reset the dot budget");
    }
    return op;
}

// One review step as the History reads it: what this step did, compared with the review as
// the catalog has it before ("decide Identity/ProfileService: approve", "decide 12 items:
// approve", "comment …", "signOff …"), not the same title on every line.
QString ChangeJson::describeReviewStep(const Review &after, const CatalogState &state)
{
    const auto found = state.reviews().constFind(after.id);
    if (found == state.reviews().constEnd())
        return QStringLiteral("openReview %1 (revisions %2 → %3)").arg(after.title).arg(after.from).arg(after.to);
    const Review &before = *found;
    if (after.closed && !before.closed)
        return QStringLiteral("signOff %1").arg(after.title);
    auto itemLabel = [&state](const QString &key) {
        const QString id = key.section(QLatin1Char(':'), 1, 1);
        const QString path = state.pathOf(QUuid::fromString(id));
        return path.isEmpty() || path == id ? key : key.section(QLatin1Char(':'), 2).isEmpty() ? path : path + QLatin1String(" v") + key.section(QLatin1Char(':'), 2);
    };
    QStringList decided;
    QSet<QString> decisions;
    QString commented, comment;
    for (auto item = after.items.constBegin(); item != after.items.constEnd(); ++item) {
        const QJsonObject now = item.value().toObject();
        const QJsonObject was = before.items.value(item.key()).toObject();
        if (now.value("decision") != was.value("decision")) {
            decided.append(item.key());
            decisions.insert(now.value("decision").toString());
        }
        if (const QJsonArray thread = now.value("comments").toArray(); thread.size() > was.value("comments").toArray().size()) {
            commented = item.key();
            comment = thread.last().toObject().value("text").toString();
        }
    }
    const QString decision = decisions.size() == 1 ? QStringLiteral(": ") + *decisions.begin() : QString();
    if (decided.size() == 1)
        return QStringLiteral("decide %1%2").arg(itemLabel(decided.first()), decision);
    if (decided.size() > 1)
        return QStringLiteral("decide %1 items%2").arg(decided.size()).arg(decision);
    if (!commented.isEmpty())
        return QStringLiteral("comment %1: %2").arg(itemLabel(commented), comment.left(80));
    return QStringLiteral("setReview %1%2").arg(after.title, after.closed ? QStringLiteral(" (closed)") : QString());
}

} // namespace mesh::catalog
