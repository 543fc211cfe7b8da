#pragma once

#include "catalog/model/catalogstate.h"
#include "catalog/result.h"

namespace mesh::catalog {

// The rules of the model a change must keep, read on the catalog's state: the applier asks
// them before it changes anything (checkSlices, in slicechecks.h, is another of them).

// An element's name and context, for a new one (`previous` null) or an updated one.
Result<void> checkElement(const CatalogState &state, const Element &element, const Element *previous);
// A diagram's name: valid, and no other diagram's.
Result<void> checkDiagramName(const CatalogState &state, const QString &name, const QUuid &id);
// A placement's diagram and element exist, and its geometry is finite with a positive size.
Result<void> checkPlacementEnds(const CatalogState &state, const Placement &placement);
// Votes go on a sticky of a diagram, within the participant's dot budget there; a comment
// on an element says something; a budget is one per diagram.
Result<void> checkAnnotation(const CatalogState &state, const Annotation &annotation, const Annotation *previous);

} // namespace mesh::catalog
