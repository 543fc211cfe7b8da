#include "catalog/model/scenario.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace mesh::catalog {

namespace {

struct KindInfo {
    SliceKind kind;
    const char *id;
    const char *displayName;
};

constexpr KindInfo kKinds[] = {
    {SliceKind::StateChange, "state-change", QT_TRANSLATE_NOOP("mesh::catalog::SliceKind", "State change (screen → command → event)")},
    {SliceKind::StateView, "state-view", QT_TRANSLATE_NOOP("mesh::catalog::SliceKind", "State view (events → read model → screen)")},
    {SliceKind::Automation, "automation",
     QT_TRANSLATE_NOOP("mesh::catalog::SliceKind", "Automation (event → read model → processor → command → event)")},
    {SliceKind::Translation, "translation",
     QT_TRANSLATE_NOOP("mesh::catalog::SliceKind", "Translation (external → processor → command → event)")},
};

QJsonObject stepToJson(const ScenarioStep &step)
{
    QJsonObject object{{"element", step.element.toString(QUuid::WithoutBraces)}};
    if (!step.values.isEmpty())
        object.insert("values", step.values);
    return object;
}

std::optional<ScenarioStep> stepFromJson(const QJsonValue &value, const QString &where, QString *why)
{
    const QJsonObject object = value.toObject();
    const QUuid element = QUuid::fromString(object.value("element").toString());
    if (!value.isObject() || element.isNull()) {
        *why = QCoreApplication::translate("mesh::catalog::Scenario", "%1: expected {\"element\": id, \"values\": {…}}").arg(where);
        return std::nullopt;
    }
    if (object.contains("values") && !object.value("values").isObject()) {
        *why = QCoreApplication::translate("mesh::catalog::Scenario", "%1: \"values\" is an object of field names and example values").arg(where);
        return std::nullopt;
    }
    return ScenarioStep{element, object.value("values").toObject()};
}

std::optional<QList<ScenarioStep>> stepsFromJson(const QJsonValue &value, const QString &where, QString *why)
{
    if (!value.isUndefined() && !value.isArray()) {
        *why = QCoreApplication::translate("mesh::catalog::Scenario", "%1: expected a list").arg(where);
        return std::nullopt;
    }
    QList<ScenarioStep> steps;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto step = stepFromJson(array[i], QStringLiteral("%1[%2]").arg(where).arg(i), why);
        if (!step)
            return std::nullopt;
        steps.append(*step);
    }
    return steps;
}

} // namespace

const QList<SliceKind> &allSliceKinds()
{
    static const QList<SliceKind> kinds{SliceKind::StateChange, SliceKind::StateView, SliceKind::Automation, SliceKind::Translation};
    return kinds;
}

QString sliceKindId(SliceKind kind)
{
    return QString::fromLatin1(kKinds[int(kind)].id);
}

std::optional<SliceKind> sliceKindFromId(QAnyStringView id)
{
    for (const KindInfo &info : kKinds) {
        if (QAnyStringView::equal(id, QLatin1StringView(info.id)))
            return info.kind;
    }
    return std::nullopt;
}

QString sliceKindDisplayName(SliceKind kind)
{
    return QCoreApplication::translate("mesh::catalog::SliceKind", kKinds[int(kind)].displayName);
}

QJsonObject scenarioToJson(const Scenario &scenario)
{
    QJsonObject object{{"name", scenario.name}};
    const auto steps = [](const QList<ScenarioStep> &list) {
        QJsonArray array;
        for (const ScenarioStep &step : list)
            array.append(stepToJson(step));
        return array;
    };
    if (!scenario.given.isEmpty())
        object.insert("given", steps(scenario.given));
    if (scenario.when)
        object.insert("when", stepToJson(*scenario.when));
    if (!scenario.then.isEmpty())
        object.insert("then", steps(scenario.then));
    if (!scenario.error.isEmpty())
        object.insert("error", scenario.error);
    return object;
}

std::optional<Scenario> scenarioFromJson(const QJsonValue &value, QString *why)
{
    const QJsonObject object = value.toObject();
    Scenario scenario;
    scenario.name = object.value("name").toString().trimmed();
    if (!value.isObject() || scenario.name.isEmpty()) {
        *why = QCoreApplication::translate("mesh::catalog::Scenario", "a scenario has a name");
        return std::nullopt;
    }
    const QString where = QStringLiteral("\"%1\"").arg(scenario.name);
    auto given = stepsFromJson(object.value("given"), where + QStringLiteral(" given"), why);
    auto then = stepsFromJson(object.value("then"), where + QStringLiteral(" then"), why);
    if (!given || !then)
        return std::nullopt;
    scenario.given = *given;
    scenario.then = *then;
    if (object.contains("when")) {
        auto when = stepFromJson(object.value("when"), where + QStringLiteral(" when"), why);
        if (!when)
            return std::nullopt;
        scenario.when = *when;
    }
    if (object.contains("error") && !object.value("error").isString()) {
        *why = QCoreApplication::translate("mesh::catalog::Scenario", "%1: \"error\" is a text").arg(where);
        return std::nullopt;
    }
    scenario.error = object.value("error").toString();
    return scenario;
}

} // namespace mesh::catalog
