#pragma once

#include "catalog/model/catalogstate.h"

namespace mesh::catalog {

// The version a new schema text of `subject` becomes: numbered after the latest, in the
// latest's compatibility mode (BACKWARD for a first), proposed when it follows an approved
// version or belongs to an approved element (the approved one stays as it was), draft
// otherwise.
SchemaVersion nextSchemaVersion(const CatalogState &state, const QUuid &subject, SchemaFormat format, const QString &text);

// The package or namespace of an element's schemas: its bounded context's name as a
// lowercase identifier ("Customer Care" → "customer_care"); empty outside any context.
QString schemaPackage(const CatalogState &state, const Element &element);

// "Profile published!" → "ProfilePublished" / "profile_published".
QString pascalIdentifier(const QString &name);
QString snakeIdentifier(const QString &name);

} // namespace mesh::catalog
