#include "catalog/governance/reviewsession.h"

#include "catalog/changes/elementfields.h"

#include <QJsonArray>

namespace mesh::catalog {

const QStringList &ReviewSession::decisions()
{
    static const QStringList list = {QStringLiteral("approve"), QStringLiteral("reject"), QStringLiteral("needs-work")};
    return list;
}

QString ReviewSession::itemKey(const DiffItem &item)
{
    // A switch, not a table: a subject added to DiffItem without a key here is a warning.
    const auto subject = [](DiffItem::Subject kind) -> QLatin1String {
        switch (kind) {
        case DiffItem::Subject::Element: return QLatin1String("Element");
        case DiffItem::Subject::Relation: return QLatin1String("Relation");
        case DiffItem::Subject::SchemaVersion: return QLatin1String("SchemaVersion");
        case DiffItem::Subject::RuleSetting: return QLatin1String("RuleSetting");
        case DiffItem::Subject::Slice: return QLatin1String("Slice");
        }
        return QLatin1String("Unknown");
    };
    return subject(item.subject) + QLatin1Char(':') + item.id;
}

Review ReviewSession::open(const CatalogState &state, qint64 to, const QString &title, const QString &by)
{
    Review review;
    review.id = QUuid::createUuid();
    review.title = title;
    review.from = std::min(state.baseline(), to);
    review.to = to;
    review.openedBy = by;
    return review;
}

Result<Review> ReviewSession::decide(Review review, const QString &item, const QString &decision)
{
    if (!decisions().contains(decision))
        return makeError(ErrorCode::InvalidInput, tr("A decision is approve, reject or needs-work, not \"%1\"").arg(decision), QStringLiteral("decision"));
    QJsonObject entry = review.items.value(item).toObject();
    entry.insert("decision", decision);
    review.items.insert(item, entry);
    return review;
}

Review ReviewSession::comment(Review review, const QString &item, const QString &author, const QString &text)
{
    QJsonObject entry = review.items.value(item).toObject();
    QJsonArray comments = entry.value("comments").toArray();
    comments.append(QJsonObject{{"author", author}, {"time", QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}, {"text", text}});
    entry.insert("comments", comments);
    review.items.insert(item, entry);
    return review;
}

Result<Review> ReviewSession::close(Review review, const QList<DiffItem> &items, const QString &by, const CatalogState &state)
{
    QStringList undecided;
    for (const DiffItem &item : items) {
        if (review.items.value(itemKey(item)).toObject().value("decision").toString().isEmpty())
            undecided.append(item.path);
    }
    if (!undecided.isEmpty())
        return makeError(ErrorCode::Conflict, tr("%n item(s) still need a decision: %1", nullptr, int(undecided.size())).arg(undecided.join(QLatin1String(", "))));
    review.closed = true;
    review.closedBy = by;
    review.closedAt = QDateTime::currentDateTimeUtc();
    // Partitions never go down once approved: keep the most ever signed off per channel.
    if (const Review *previous = state.lastSignedOffReview())
        review.approvedPartitions = previous->approvedPartitions;
    for (const Element &element : state.elements()) {
        if (element.kind != ElementKind::Channel || (element.lifecycle != Lifecycle::Approved && element.lifecycle != Lifecycle::Deprecated))
            continue;
        const QString key = element.id.toString(QUuid::WithoutBraces);
        const int partitions = element.attributes.value(QLatin1String("partitions")).toInt(1);
        review.approvedPartitions.insert(key, std::max(partitions, review.approvedPartitions.value(key).toInt(0)));
    }
    return review;
}

Batch ReviewSession::revertRejected(const Review &review, const CatalogState &before, const CatalogState &now, const QList<DiffItem> &items)
{
    auto rejected = [&review](const DiffItem &item) {
        return review.items.value(itemKey(item)).toObject().value("decision").toString() == QLatin1String("reject");
    };
    Batch relationsOut, elementsOut, elementsIn, relationsIn, fields, schemas, rules;
    QMap<QUuid, QList<DiagramSlice>> slices;   // each diagram's, with the rejected ones put back as they were
    for (const DiffItem &item : items) {
        if (!rejected(item))
            continue;
        switch (item.subject) {
        case DiffItem::Subject::Element: {
            const QUuid id = QUuid::fromString(item.id);
            if (item.change == DiffItem::Change::Added && now.element(id)) {
                elementsOut.append(DeleteElement{id});
            } else if (item.change == DiffItem::Change::Removed && before.element(id) && !now.element(id)) {
                elementsIn.append(CreateElement{*before.element(id)});
                for (const SchemaVersion &version : before.schemaVersions(id))
                    schemas.append(AddSchemaVersion{version});
            } else if (item.change == DiffItem::Change::Changed && before.element(id) && now.element(id)) {
                QStringList keys;
                for (const FieldChange &field : item.fields)
                    keys.append(field.field);
                fields.append(UpdateElement{id, ElementFields::values(*before.element(id), keys)});
            }
            break;
        }
        case DiffItem::Subject::Relation: {
            const QUuid id = QUuid::fromString(item.id);
            if (item.change == DiffItem::Change::Added && now.relation(id))
                relationsOut.append(DeleteRelation{id});
            else if (item.change == DiffItem::Change::Removed && before.relation(id) && !now.relation(id))
                relationsIn.append(CreateRelation{*before.relation(id)});
            break;
        }
        case DiffItem::Subject::SchemaVersion: {
            const QStringList parts = item.id.split(QLatin1Char(':'));
            const QUuid subject = QUuid::fromString(parts.value(0));
            // Newest first, so each is the latest when it goes.
            schemas.prepend(RemoveSchemaVersion{subject, parts.value(1).toInt()});
            break;
        }
        case DiffItem::Subject::RuleSetting: {
            auto it = before.ruleSettings().constFind(item.id);
            rules.append(it != before.ruleSettings().constEnd() ? Change(SetRule{*it}) : Change(ResetRule{item.id}));
            break;
        }
        case DiffItem::Subject::Slice: {
            const QUuid diagram = QUuid::fromString(item.id.section(QLatin1Char('/'), 0, 0));
            const QString name = item.id.section(QLatin1Char('/'), 1);
            if (!now.diagram(diagram))
                break;
            if (!slices.contains(diagram))
                slices.insert(diagram, now.diagram(diagram)->slices);
            QList<DiagramSlice> &list = slices[diagram];
            list.removeIf([&name](const DiagramSlice &slice) { return slice.name == name; });
            if (const Diagram *was = before.diagram(diagram)) {
                for (const DiagramSlice &slice : was->slices) {
                    if (slice.name == name)
                        list.append(slice);
                }
            }
            std::sort(list.begin(), list.end(), [](const DiagramSlice &a, const DiagramSlice &b) { return a.left < b.left; });
            break;
        }
        }
    }
    Batch diagrams;
    for (auto it = slices.cbegin(); it != slices.cend(); ++it)
        diagrams.append(UpdateDiagram{it.key(), {{QStringLiteral("slices"), slicesToJson(it.value())}}});
    // Relations go before the elements they join; recreated elements come before theirs;
    // slices come last, when what their scenarios name is back.
    return relationsOut + elementsOut + elementsIn + relationsIn + fields + schemas + rules + diagrams;
}

} // namespace mesh::catalog
