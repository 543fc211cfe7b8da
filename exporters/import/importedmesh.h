#pragma once

#include "catalog/model/element.h"
#include "catalog/model/relationkind.h"
#include "catalog/model/schemaversion.h"
#include "catalog/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <optional>
#include <set>
#include <tuple>

namespace mesh::exporters {

// A schema as a file gives it; mode and lifecycle only when the file records them (the
// AsyncAPI export's x- fields).
struct ImportedSchema {
    catalog::SchemaFormat format = catalog::SchemaFormat::JsonSchema;
    QString text;
    std::optional<catalog::CompatibilityMode> compatibility;
    std::optional<catalog::Lifecycle> lifecycle;
    // The text uses types of other subjects by reference (a registry body), where other
    // files give the same schema with those types written in.
    bool usesReferences = false;
    // Other texts the files give for this same schema (self-contained ones, beside one
    // that uses references): a catalog version equal to any of them is this one.
    QStringList alternatives;
};

// One element as the files describe it. What the files do not speak of is left unset, and
// an import leaves it as the catalog has it.
struct ImportedElement {
    catalog::ElementKind kind = catalog::ElementKind::Event;
    // The files named the kind (x-kind). A message without one is an event, unless the
    // catalog already has a command or read model of that name where it would go.
    bool kindGiven = false;
    QString name;
    QString context;   // the bounded context's name; empty for the kinds outside any
    // The files named the context (x-context); otherwise it is the document's, and a
    // channel or message another document sends is rather that document's.
    bool contextGiven = false;
    // Other names the context may go by in the catalog (a schema file's folder besides its
    // namespace): the first the catalog has is taken, else `context` is made.
    QStringList contextAlternatives;
    std::optional<QString> description;
    // The description as the file gives it is the element's with its white space collapsed
    // (an EventCatalog summary): one that reads the same so is not a change.
    bool descriptionSimplified = false;
    std::optional<QString> owner;
    std::optional<QStringList> tags;
    std::optional<catalog::Lifecycle> lifecycle;
    QJsonObject attributes;   // typed attributes (attributefield.h) the files set
    std::optional<ImportedSchema> schema;
    // The versions before `schema`, oldest first (an EventCatalog's versioned/ folders):
    // a subject the catalog does not have yet gets them all.
    QList<ImportedSchema> earlierSchemas;
    // No file said where the element lives: when the catalog has exactly one element of its
    // kind and name, wherever it is, that is the one.
    bool contextGuessed = false;
    // The message is the one kind a channel carries (a registry subject of the
    // TopicNameStrategy): the catalog's event on that channel is it, whatever its name.
    bool onlyMessageOfChannel = false;
    QString source;           // where it was read: "shop.yaml#/components/messages/OrderPlaced"
    // A schema file's name without its extension: the export names a subject's file after
    // the element ("Price Changed" → Price-Changed.avsc), which the type inside need not be.
    QString fileStem;
};

struct ImportedRelation {
    catalog::RelationKind kind = catalog::RelationKind::Emits;
    int from = 0;   // indexes into ImportedMesh::elements()
    int to = 0;
    bool operator==(const ImportedRelation &) const = default;
};

// What a set of files describes, before it meets a catalog. Elements are kept once by what
// they are: a channel by its address, anything else by kind, context and name, so that the
// same channel in two documents is one. For some elements the files are the whole truth
// about some of their relations (a service's operations, a channel's messages): the
// catalog's relations of that kind that the files no longer name are to be removed.
class ImportedMesh
{
    Q_DECLARE_TR_FUNCTIONS(mesh::exporters::ImportedMesh)

public:
    // Adds `element`, or merges it into the one already read with the same identity (what
    // it sets fills what the first left unset). Two different schemas for one element are
    // an error naming both places.
    catalog::Result<int> add(ImportedElement element);
    void relate(catalog::RelationKind kind, int from, int to);
    // The files list every relation of `kind` going out of `element` (to the elements in
    // `scope`, when one is given: what the files know of).
    struct Ownership {
        int element = 0;
        catalog::RelationKind kind = catalog::RelationKind::Emits;
        QList<int> scope;
    };
    void own(int element, catalog::RelationKind kind, const QList<int> &scope = {});

    // A document sends on `channel` (or emits `message`): when no file named its context,
    // it is this document's.
    void claim(int element, const QString &context);
    // Messages one document only receives are often restated there from the document that
    // sends them: a message whose context no file named, carried by a channel that carries
    // another message of the same name, is that message (the sender's, or the one whose
    // context is named). Call once everything is read.
    void unifyRestatedMessages();
    // Elements still without the bounded context their kind needs take the context of a
    // service related to them.
    void settleContexts();

    const QList<ImportedElement> &elements() const { return m_elements; }
    const QList<ImportedRelation> &relations() const { return m_relations; }
    const QList<Ownership> &owned() const { return m_owned; }

    // What was read but cannot be kept (a payload in a format the catalog has no schema
    // for), one line each, naming where.
    QStringList warnings;

    // A channel's identity: its address.
    static QString channelAddress(const ImportedElement &channel);

private:
    QString identityOf(const ImportedElement &element) const;
    // Drops each element whose alias is another and points what pointed to it there.
    void mergeAliases(const QList<int> &alias);

    QList<ImportedElement> m_elements;
    QSet<int> m_claimed;
    QHash<QString, int> m_byIdentity;
    QList<ImportedRelation> m_relations;
    std::set<std::tuple<int, int, int>> m_relationKeys;   // kind, from, to: each relation once
    QList<Ownership> m_owned;
};

} // namespace mesh::exporters
