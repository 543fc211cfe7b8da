#include "catalog/model/diagram.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cmath>

namespace mesh::catalog {

namespace {
const char *const kKinds[] = {"board", "timeline", "context-map"};
}

QString diagramKindId(DiagramKind kind)
{
    return QString::fromLatin1(kKinds[static_cast<int>(kind)]);
}

std::optional<DiagramKind> diagramKindFromId(QAnyStringView id)
{
    for (int i = 0; i < 3; ++i) {
        if (QAnyStringView::equal(id, QLatin1StringView(kKinds[i])))
            return static_cast<DiagramKind>(i);
    }
    return std::nullopt;
}

QJsonArray slicesToJson(const QList<DiagramSlice> &slices)
{
    QJsonArray array;
    for (const DiagramSlice &slice : slices) {
        QJsonObject object{{"name", slice.name}, {"left", slice.left}, {"right", slice.right}, {"kind", sliceKindId(slice.kind)}};
        if (!slice.scenarios.isEmpty()) {
            QJsonArray scenarios;
            for (const Scenario &scenario : slice.scenarios)
                scenarios.append(scenarioToJson(scenario));
            object.insert("scenarios", scenarios);
        }
        array.append(object);
    }
    return array;
}

std::optional<QList<DiagramSlice>> slicesFromJson(const QJsonValue &value, QString *why)
{
    QString reason;
    const auto fail = [&](const QString &text) -> std::optional<QList<DiagramSlice>> {
        if (why)
            *why = text;
        return std::nullopt;
    };
    if (!value.isArray())
        return fail(QCoreApplication::translate("mesh::catalog::Diagram", "slices are a list"));
    QList<DiagramSlice> slices;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array[i].toObject();
        const QString where = QCoreApplication::translate("mesh::catalog::Diagram", "slice %1").arg(i + 1);
        if (!object.value("name").isString() || !object.value("left").isDouble() || !object.value("right").isDouble())
            return fail(QCoreApplication::translate("mesh::catalog::Diagram", "%1: expected {name, left, right}").arg(where));
        DiagramSlice slice{object.value("name").toString(), object.value("left").toDouble(), object.value("right").toDouble()};
        if (slice.name.trimmed().isEmpty() || !(slice.left < slice.right))
            return fail(QCoreApplication::translate("mesh::catalog::Diagram", "%1: a slice is named, its left before its right").arg(where));
        if (object.contains("kind")) {
            const auto kind = sliceKindFromId(object.value("kind").toString());
            if (!kind)
                return fail(QCoreApplication::translate("mesh::catalog::Diagram", "%1: kind \"%2\" is none of state-change, state-view, "
                                                                                  "automation, translation")
                                .arg(where, object.value("kind").toString()));
            slice.kind = *kind;
        }
        if (object.contains("scenarios") && !object.value("scenarios").isArray())
            return fail(QCoreApplication::translate("mesh::catalog::Diagram", "%1: scenarios are a list").arg(where));
        for (const QJsonValue &item : object.value("scenarios").toArray()) {
            auto scenario = scenarioFromJson(item, &reason);
            if (!scenario)
                return fail(QStringLiteral("%1 (%2): %3").arg(where, slice.name, reason));
            slice.scenarios.append(*scenario);
        }
        slices.append(slice);
    }
    return slices;
}

QJsonObject routesToJson(const QHash<QUuid, RelationRoute> &routes)
{
    QJsonObject object;
    for (auto it = routes.begin(); it != routes.end(); ++it) {
        QJsonArray numbers;
        for (const QPointF &point : it.value()) {
            numbers.append(std::round(point.x() * 10) / 10);
            numbers.append(std::round(point.y() * 10) / 10);
        }
        object.insert(it.key().toString(QUuid::WithoutBraces), numbers);
    }
    return object;
}

std::optional<QHash<QUuid, RelationRoute>> routesFromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    QHash<QUuid, RelationRoute> routes;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QUuid relation = QUuid::fromString(it.key());
        const QJsonArray numbers = it.value().toArray();
        // A start and whole segments of three points: 2 + 6n numbers.
        if (relation.isNull() || !it.value().isArray() || numbers.size() < 8 || (numbers.size() - 2) % 6 != 0)
            return std::nullopt;
        RelationRoute route;
        for (qsizetype i = 0; i + 1 < numbers.size(); i += 2) {
            if (!numbers[i].isDouble() || !numbers[i + 1].isDouble())
                return std::nullopt;
            route.append(QPointF(numbers[i].toDouble(), numbers[i + 1].toDouble()));
        }
        routes.insert(relation, route);
    }
    return routes;
}

} // namespace mesh::catalog
