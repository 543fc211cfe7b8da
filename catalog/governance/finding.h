#pragma once

#include "catalog/model/rulesetting.h"

#include <QString>
#include <QUuid>

namespace mesh::catalog {

// What a rule found: on which element, how bad, what is wrong and how to fix it.
struct Finding {
    QString ruleId;
    Severity severity = Severity::Warning;
    QUuid element;
    QString message;
    QString fix;

    bool operator==(const Finding &) const = default;
};

} // namespace mesh::catalog
