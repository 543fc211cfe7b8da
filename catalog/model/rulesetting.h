#pragma once

#include <QAnyStringView>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace mesh::catalog {

enum class Severity { Error, Warning, Info };
QString severityId(Severity severity);                 // "error", "warning", "info"
std::optional<Severity> severityFromId(QAnyStringView id);
QString severityDisplayName(Severity severity);        // translated

// How a team runs one governance rule in its catalog: on or off, how severe, with which
// parameters. Stored in the catalog (so a team's rules travel with it) and changed only
// through changes; a rule without a setting runs as the default rule set says.
struct RuleSetting {
    QString ruleId;
    bool enabled = true;
    Severity severity = Severity::Warning;
    QJsonObject parameters;

    bool operator==(const RuleSetting &) const = default;
};

} // namespace mesh::catalog
