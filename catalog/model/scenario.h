#pragma once

#include <QAnyStringView>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace mesh::catalog {

// Event Modeling's four patterns of a slice: what it does, and so which elements its
// scenarios speak of.
enum class SliceKind {
    StateChange,   // screen → command → event
    StateView,     // events → read model → screen
    Automation,    // event → read model → processor → command → event
    Translation,   // external → processor → command → event
};
const QList<SliceKind> &allSliceKinds();
QString sliceKindId(SliceKind kind);   // "state-change", "state-view", "automation", "translation"
std::optional<SliceKind> sliceKindFromId(QAnyStringView id);
QString sliceKindDisplayName(SliceKind kind);   // translated

// One element of a scenario with example values of its fields ({"orderId": "o-1"}).
struct ScenarioStep {
    QUuid element;
    QJsonObject values;

    bool operator==(const ScenarioStep &) const = default;
};

// A Given/When/Then specification of a slice: given these events happened, when this
// command comes, then these events happen — or the command is refused with `error`. For a
// state view: given these events, then the read model shows these values (no When).
struct Scenario {
    QString name;
    QList<ScenarioStep> given;            // events
    std::optional<ScenarioStep> when;     // a command
    QList<ScenarioStep> then;             // events, or the read model (state views)
    QString error;                        // the refusal expected instead of events

    bool operator==(const Scenario &) const = default;
};

QJsonObject scenarioToJson(const Scenario &scenario);
// Reads a scenario; on a malformed one, nothing, with what is wrong in `why`.
std::optional<Scenario> scenarioFromJson(const QJsonValue &value, QString *why);

} // namespace mesh::catalog
