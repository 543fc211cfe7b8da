#pragma once

#include "catalog/model/diagram.h"
#include "catalog/model/element.h"
#include "catalog/model/relation.h"
#include "catalog/model/annotation.h"
#include "catalog/model/review.h"
#include "catalog/model/rulesetting.h"
#include "catalog/model/schemaversion.h"

#include <QJsonObject>
#include <QList>

#include <variant>

namespace mesh::catalog {

// The changes: the only way to mutate a catalog. Each is a plain value holding ids, never
// pointers, so it can be logged, sent to other studios and replayed.

struct CreateElement {          // op "create"
    Element element;
};
struct UpdateElement {          // op "update": the fields in `set` get the given values
    QUuid id;
    QJsonObject set;            // field → JSON value; null clears; "context" is an id string
};
struct DeleteElement {          // op "delete": cascades to relations, placements, schemas
    QUuid id;
};
struct CreateRelation {         // op "relate"
    Relation relation;
};
struct DeleteRelation {         // op "unrelate"
    QUuid id;
};
struct UpdateRelation {         // op "updateRelation": only its description; ends and kind make it what it is
    QUuid id;
    QJsonObject set;            // "description" → string
};
struct AddSchemaVersion {       // op "addSchemaVersion": the next version of the subject
    SchemaVersion version;
};
struct RemoveSchemaVersion {    // op "removeSchemaVersion": only the latest (undo of an add)
    QUuid subject;
    int version = 0;
};
struct UpdateSchemaVersion {    // op "updateSchemaVersion": lifecycle or compatibility only
    QUuid subject;
    int version = 0;
    QJsonObject set;
};
struct CreateDiagram {          // op "createDiagram"
    Diagram diagram;
};
struct UpdateDiagram {          // op "updateDiagram": "name"
    QUuid id;
    QJsonObject set;
};
struct DeleteDiagram {          // op "deleteDiagram": cascades to its placements
    QUuid id;
};
struct PlaceElement {           // op "place"
    Placement placement;
};
struct MovePlacement {          // op "move": new geometry, lane and pin
    Placement placement;
};
struct UnplaceElement {         // op "unplace"
    QUuid diagram;
    QUuid element;
};
struct SetRule {                // op "setRule": how a governance rule runs in this catalog
    RuleSetting setting;
};
struct ResetRule {              // op "resetRule": back to the default rule set
    QString ruleId;
};
struct SetReview {              // op "setReview": opens a review, or records its new decisions
    Review review;
};
struct DeleteReview {           // op "deleteReview": the inverse of opening one
    QUuid id;
};
struct PutAnnotation {          // op "annotate": a participant's dots on a sticky, a comment, a dot budget
    Annotation annotation;
};
struct RemoveAnnotation {       // op "unannotate": votes taken back, a comment withdrawn
    QUuid id;
};

using Change = std::variant<CreateElement, UpdateElement, DeleteElement, CreateRelation,
                            DeleteRelation, AddSchemaVersion, RemoveSchemaVersion,
                            UpdateSchemaVersion, CreateDiagram, UpdateDiagram, DeleteDiagram,
                            PlaceElement, MovePlacement, UnplaceElement, SetRule, ResetRule, SetReview, DeleteReview,
                            UpdateRelation, PutAnnotation, RemoveAnnotation>;

// Changes applied together, all or nothing.
using Batch = QList<Change>;

// Where an applied batch came from.
enum class ChangeOrigin { Local, Undo, Redo, Remote };

} // namespace mesh::catalog
