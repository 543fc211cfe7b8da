#pragma once

#include <QList>
#include <QAnyStringView>
#include <QString>

#include <optional>

namespace mesh::catalog {

// The kinds of element a catalog holds (DESIGN.md, "The catalog").
enum class ElementKind {
    BoundedContext,
    Aggregate,
    Command,
    Event,
    ReadModel,
    Policy,
    Actor,
    ExternalSystem,
    Service,
    Api,
    Channel,
    Team,
    HotSpot,    // a question or a problem raised in a workshop, in Event Storming's red
};

const QList<ElementKind> &allElementKinds();

// The stable identifier used in JSON, SQL and on the command line ("ReadModel").
QString elementKindId(ElementKind kind);
std::optional<ElementKind> elementKindFromId(QAnyStringView id);

// Translated, for people ("Read model").
QString elementKindDisplayName(ElementKind kind);
QString elementKindPluralName(ElementKind kind);

// Top-level kinds never live inside a bounded context; a context is optional for the
// "free" kinds and required for the others.
enum class ContextRule { Forbidden, Optional, Required };
ContextRule contextRule(ElementKind kind);

// Kinds that carry a versioned schema subject.
bool hasSchemaSubject(ElementKind kind);

// The Event Storming colour of the kind, as #rrggbb (no Gui dependency here).
QString elementKindColor(ElementKind kind);

} // namespace mesh::catalog
