#include "catalog/store/postgrescommitrequest.h"

#include "catalog/changes/changejson.h"
#include "catalog/store/rowcodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace mesh::catalog {

namespace {

// A row of RowCodec (the values of an upsert, in column order) as a JSON object. NULL
// stays null: a null QString would otherwise become "".
QJsonObject rowObject(const QStringList &columns, const QVariantList &values)
{
    QJsonObject row;
    for (int i = 0; i < columns.size(); ++i) {
        const QVariant &value = values.at(i);
        if (value.isNull())
            row.insert(columns[i], QJsonValue::Null);
        else if (value.typeId() == QMetaType::Double)
            row.insert(columns[i], value.toDouble());
        else if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong)
            row.insert(columns[i], value.toLongLong());
        else
            row.insert(columns[i], value.toString());
    }
    return row;
}

struct TableRows {
    QJsonArray put;
    QJsonArray drop;
    QJsonObject json() const { return {{"put", put}, {"drop", drop}}; }
};

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace

PostgresCommitRequest PostgresCommitRequest::of(const CommitRecord &record, const CatalogState &after)
{
    static const QStringList elementColumns = {"id", "kind", "name", "context_id", "description", "owner", "tags", "lifecycle", "attributes"};
    static const QStringList relationColumns = {"id", "kind", "from_id", "to_id", "description"};
    static const QStringList schemaColumns = {"subject_id", "version", "format", "compatibility", "lifecycle", "text"};
    static const QStringList diagramColumns = {"id", "name", "kind", "slices", "routes"};
    static const QStringList placementColumns = {"diagram_id", "element_id", "x", "y", "width", "height", "lane", "pinned"};
    static const QStringList ruleColumns = {"rule_id", "enabled", "severity", "parameters"};
    static const QStringList reviewColumns = {"id", "document"};

    PostgresCommitRequest request;
    QJsonArray changes;
    for (int i = 0; i < record.batch.size(); ++i) {
        changes.append(QJsonObject{{"summary", record.summaries.value(i)},
                                   {"change", QString::fromUtf8(ChangeJson::toJsonLine(record.batch[i]))}});
    }
    request.changes = QJsonDocument(changes).toJson(QJsonDocument::Compact);
    for (const Change &change : record.inverse)
        request.inverse += ChangeJson::toJsonLine(change) + '\n';

    const StateDelta &delta = record.delta;
    TableRows elements, relations, schemas, diagrams, placements, rules, reviews;
    for (const QUuid &id : delta.elements) {
        if (const Element *element = after.element(id))
            elements.put.append(rowObject(elementColumns, RowCodec::elementRow(*element)));
        else
            elements.drop.append(idText(id));
    }
    for (const QUuid &id : delta.relations) {
        if (const Relation *relation = after.relation(id))
            relations.put.append(rowObject(relationColumns, RowCodec::relationRow(*relation)));
        else
            relations.drop.append(idText(id));
    }
    for (const auto &[subject, number] : delta.schemaVersions) {
        std::optional<SchemaVersion> found;   // schemaVersions() gives a list of its own
        for (const SchemaVersion &version : after.schemaVersions(subject)) {
            if (version.version == number)
                found = version;
        }
        if (found)
            schemas.put.append(rowObject(schemaColumns, RowCodec::schemaRow(*found)));
        else
            schemas.drop.append(QJsonObject{{"subject_id", idText(subject)}, {"version", number}});
    }
    for (const QUuid &id : delta.diagrams) {
        if (const Diagram *diagram = after.diagram(id))
            diagrams.put.append(rowObject(diagramColumns, RowCodec::diagramRow(*diagram)));
        else
            diagrams.drop.append(idText(id));
    }
    for (const auto &[diagram, element] : delta.placements) {
        if (const Placement *placement = after.placement(diagram, element))
            placements.put.append(rowObject(placementColumns, RowCodec::placementRow(*placement)));
        else
            placements.drop.append(QJsonObject{{"diagram_id", idText(diagram)}, {"element_id", idText(element)}});
    }
    for (const QString &ruleId : delta.rules) {
        auto it = after.ruleSettings().constFind(ruleId);
        if (it != after.ruleSettings().constEnd())
            rules.put.append(rowObject(ruleColumns, RowCodec::ruleRow(*it)));
        else
            rules.drop.append(ruleId);
    }
    for (const QUuid &id : delta.reviews) {
        auto it = after.reviews().constFind(id);
        if (it != after.reviews().constEnd())
            reviews.put.append(rowObject(reviewColumns, RowCodec::reviewRow(*it)));
        else
            reviews.drop.append(idText(id));
    }
    const QJsonObject rows{{"elements", elements.json()},     {"relations", relations.json()}, {"schema_versions", schemas.json()},
                           {"diagrams", diagrams.json()},     {"placements", placements.json()}, {"rule_settings", rules.json()},
                           {"reviews", reviews.json()}};
    request.rows = QJsonDocument(rows).toJson(QJsonDocument::Compact);
    return request;
}

} // namespace mesh::catalog
