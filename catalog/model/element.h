#pragma once

#include "catalog/model/elementkind.h"
#include "catalog/model/lifecycle.h"

#include <QJsonObject>
#include <QStringList>
#include <QUuid>

namespace mesh::catalog {

// One thing in the model: an Event element, a Command element, a bounded context, a team…
// A plain value; the catalog keeps the current ones and changes replace them whole.
struct Element {
    QUuid id;
    ElementKind kind = ElementKind::Event;
    QString name;
    QUuid context;          // owning bounded context, null when none
    QString description;
    QString owner;          // owning team, by the team's name
    QStringList tags;
    Lifecycle lifecycle = Lifecycle::Draft;
    QJsonObject attributes; // typed metadata, see attributefield.h; unset fields are absent

    bool operator==(const Element &) const = default;
};

} // namespace mesh::catalog
