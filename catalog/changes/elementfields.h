#pragma once

#include "catalog/model/element.h"
#include "catalog/result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace mesh::catalog {

// The editable fields of an element in their JSON form — "name", "description", "owner",
// "tags", "lifecycle", "context" (an id string) and the kind's typed attributes — read and
// written in one place, for changes, the log and the properties panel alike.
class ElementFields
{
    Q_DECLARE_TR_FUNCTIONS(mesh::catalog::ElementFields)

public:
    // Sets the fields in `set` on `element`, checking each value's type. A null value
    // clears the field. Unknown fields are an error naming the field.
    static Result<void> assign(Element &element, const QJsonObject &set);

    // The current values of `keys` (null for unset), e.g. to build an inverse update.
    static QJsonObject values(const Element &element, const QStringList &keys);

    // Every non-default field except name and kind, as in a "create" change's "set".
    static QJsonObject nonDefaultValues(const Element &element);
};

} // namespace mesh::catalog
