#include "catalog/changes/changekeys.h"

#include "catalog/changes/changejson.h"

namespace mesh::catalog {

QList<ChangeKey> ChangeKeys::of(const Change &change)
{
    return of(ChangeJson::toJson(change));
}

QList<ChangeKey> ChangeKeys::of(const QJsonObject &change)
{
    const QString op = change.value(QLatin1String("op")).toString();
    const QString all = QStringLiteral("*");
    auto target = [&](const char *prefix, const char *key) {
        return QLatin1String(prefix) + change.value(QLatin1String(key)).toString();
    };
    auto fields = [&](const QString &on) {
        QList<ChangeKey> keys;
        for (const QString &field : change.value(QLatin1String("set")).toObject().keys())
            keys.append({on, field});
        return keys;
    };
    if (op == QLatin1String("create"))
        return {{target("element:", "id"), all}};
    if (op == QLatin1String("update"))
        return fields(target("element:", "ref"));
    if (op == QLatin1String("delete"))
        return {{target("element:", "ref"), all}};
    if (op == QLatin1String("relate") || op == QLatin1String("unrelate"))
        return {{target("relation:", "id"), all}};
    if (op == QLatin1String("updateRelation"))
        return fields(target("relation:", "id"));
    if (op.endsWith(QLatin1String("SchemaVersion")))
        return {{target("schema:", "subject"), all}};
    if (op == QLatin1String("createDiagram"))
        return {{target("diagram:", "id"), all}};
    if (op == QLatin1String("updateDiagram"))
        return fields(target("diagram:", "diagram"));
    if (op == QLatin1String("deleteDiagram"))
        return {{target("diagram:", "diagram"), all}};
    if (op == QLatin1String("setReview"))
        return {{QStringLiteral("review:") + change.value(QLatin1String("review")).toObject().value(QLatin1String("id")).toString(), all}};
    if (op == QLatin1String("deleteReview"))
        return {{QStringLiteral("review:") + change.value(QLatin1String("review")).toString(), all}};
    if (op == QLatin1String("annotate"))
        return {{QStringLiteral("annotation:") + change.value(QLatin1String("annotation")).toObject().value(QLatin1String("id")).toString(), all}};
    if (op == QLatin1String("unannotate"))
        return {{QStringLiteral("annotation:") + change.value(QLatin1String("annotation")).toString(), all}};
    if (op == QLatin1String("setRule") || op == QLatin1String("resetRule"))
        return {{QStringLiteral("rule:") + change.value(QLatin1String("rule")).toString(), all}};
    // place, move, unplace
    return {{target("placement:", "diagram") + QLatin1Char('/') + change.value(QLatin1String("element")).toString(), all}};
}

} // namespace mesh::catalog
