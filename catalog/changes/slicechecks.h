#pragma once

#include "catalog/model/catalogstate.h"
#include "catalog/result.h"

namespace mesh::catalog {

// What the applier asks of a diagram's slices beyond their JSON shape: names on one line
// (they title pages and Gherkin lines), and scenarios that speak of what their slice's kind
// says — Given events, When a command, Then events or, in a state view, read models too.
Result<void> checkSlices(const CatalogState &state, const QList<DiagramSlice> &slices);

} // namespace mesh::catalog
