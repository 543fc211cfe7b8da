#include "catalog/changes/changejson.h"
#include "catalog/model/idtext.h"

#include "catalog/changes/elementfields.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mesh::catalog {

namespace {

QJsonObject geometryJson(const Placement &placement)
{
    QJsonObject object{{"diagram", idText(placement.diagram)},
                       {"element", idText(placement.element)},
                       {"x", placement.geometry.x()},
                       {"y", placement.geometry.y()},
                       {"width", placement.geometry.width()},
                       {"height", placement.geometry.height()}};
    if (!placement.lane.isEmpty())
        object.insert("lane", placement.lane);
    if (placement.pinned)
        object.insert("pinned", true);
    return object;
}

QJsonObject schemaJson(const SchemaVersion &v)
{
    return QJsonObject{{"subject", idText(v.subject)},
                       {"version", v.version},
                       {"format", schemaFormatId(v.format)},
                       {"compatibility", compatibilityModeId(v.compatibility)},
                       {"lifecycle", lifecycleId(v.lifecycle)},
                       {"text", v.text}};
}

struct ToJson {
    QJsonObject operator()(const CreateElement &c) const
    {
        const Element &e = c.element;
        QJsonObject o{{"op", "create"}, {"id", idText(e.id)}, {"kind", elementKindId(e.kind)}, {"name", e.name}};
        if (!e.context.isNull())
            o.insert("context", idText(e.context));
        const QJsonObject set = ElementFields::nonDefaultValues(e);
        if (!set.isEmpty())
            o.insert("set", set);
        return o;
    }
    QJsonObject operator()(const UpdateElement &c) const
    {
        return {{"op", "update"}, {"ref", idText(c.id)}, {"set", c.set}};
    }
    QJsonObject operator()(const DeleteElement &c) const { return {{"op", "delete"}, {"ref", idText(c.id)}}; }
    QJsonObject operator()(const CreateRelation &c) const
    {
        const Relation &r = c.relation;
        QJsonObject o{{"op", "relate"}, {"id", idText(r.id)}, {"kind", relationKindId(r.kind)},
                      {"from", idText(r.from)}, {"to", idText(r.to)}};
        if (!r.description.isEmpty())
            o.insert("description", r.description);
        return o;
    }
    QJsonObject operator()(const DeleteRelation &c) const { return {{"op", "unrelate"}, {"id", idText(c.id)}}; }
    QJsonObject operator()(const UpdateRelation &c) const { return {{"op", "updateRelation"}, {"id", idText(c.id)}, {"set", c.set}}; }
    QJsonObject operator()(const AddSchemaVersion &c) const
    {
        QJsonObject o = schemaJson(c.version);
        o.insert("op", "addSchemaVersion");
        return o;
    }
    QJsonObject operator()(const RemoveSchemaVersion &c) const
    {
        return {{"op", "removeSchemaVersion"}, {"subject", idText(c.subject)}, {"version", c.version}};
    }
    QJsonObject operator()(const UpdateSchemaVersion &c) const
    {
        return {{"op", "updateSchemaVersion"}, {"subject", idText(c.subject)}, {"version", c.version}, {"set", c.set}};
    }
    QJsonObject operator()(const CreateDiagram &c) const
    {
        QJsonObject object{{"op", "createDiagram"}, {"id", idText(c.diagram.id)}, {"name", c.diagram.name},
                           {"kind", diagramKindId(c.diagram.kind)}};
        if (!c.diagram.slices.isEmpty())
            object.insert("slices", slicesToJson(c.diagram.slices));
        if (!c.diagram.routes.isEmpty())
            object.insert("routes", routesToJson(c.diagram.routes));
        return object;
    }
    QJsonObject operator()(const UpdateDiagram &c) const
    {
        return {{"op", "updateDiagram"}, {"diagram", idText(c.id)}, {"set", c.set}};
    }
    QJsonObject operator()(const DeleteDiagram &c) const { return {{"op", "deleteDiagram"}, {"diagram", idText(c.id)}}; }
    QJsonObject operator()(const PlaceElement &c) const
    {
        QJsonObject o = geometryJson(c.placement);
        o.insert("op", "place");
        return o;
    }
    QJsonObject operator()(const MovePlacement &c) const
    {
        QJsonObject o = geometryJson(c.placement);
        o.insert("op", "move");
        return o;
    }
    QJsonObject operator()(const UnplaceElement &c) const
    {
        return {{"op", "unplace"}, {"diagram", idText(c.diagram)}, {"element", idText(c.element)}};
    }
    QJsonObject operator()(const SetRule &c) const
    {
        return {{"op", "setRule"}, {"rule", c.setting.ruleId}, {"enabled", c.setting.enabled},
                {"severity", severityId(c.setting.severity)}, {"parameters", c.setting.parameters}};
    }
    QJsonObject operator()(const ResetRule &c) const { return {{"op", "resetRule"}, {"rule", c.ruleId}}; }
    QJsonObject operator()(const SetReview &c) const { return {{"op", "setReview"}, {"review", c.review.toJson()}}; }
    QJsonObject operator()(const DeleteReview &c) const { return {{"op", "deleteReview"}, {"review", idText(c.id)}}; }
    QJsonObject operator()(const PutAnnotation &c) const { return {{"op", "annotate"}, {"annotation", c.annotation.toJson()}}; }
    QJsonObject operator()(const RemoveAnnotation &c) const { return {{"op", "unannotate"}, {"annotation", idText(c.id)}}; }
};

} // namespace

QJsonObject ChangeJson::toJson(const Change &change)
{
    return std::visit(ToJson{}, change);
}

QByteArray ChangeJson::toJsonLine(const Change &change, const QJsonObject &meta)
{
    QJsonObject object = toJson(change);
    const QString op = object.take("op").toString();
    if (!meta.isEmpty())
        object.insert("meta", meta);
    // "op" first makes the log readable; QJsonObject sorts keys, so prepend it by hand.
    QByteArray rest = QJsonDocument(object).toJson(QJsonDocument::Compact);
    // Made at its final size: an import holds thousands of these at once.
    const QByteArray opText = op.toLatin1();
    QByteArray line;
    line.reserve(8 + opText.size() + rest.size());
    line.append("{\"op\":\"").append(opText).append('"');
    if (rest.size() > 2)
        line.append(',').append(QByteArrayView(rest).sliced(1));
    else
        line.append('}');
    return line;
}

QByteArray ChangeJson::toJsonLines(const Batch &batch)
{
    QByteArray lines;
    for (const Change &change : batch)
        lines += toJsonLine(change) + '\n';
    return lines;
}

} // namespace mesh::catalog
