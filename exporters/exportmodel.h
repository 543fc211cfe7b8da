#pragma once

#include "catalog/model/catalogstate.h"
#include "catalog/schema/nextschemaversion.h"
#include "catalog/schema/schemareferences.h"

#include <QList>

#include <memory>
#include <optional>

namespace mesh::exporters {

struct SharedProducts;

// What an export sees of a catalog: the elements it writes (never retired ones, nor drafts
// still waiting for their bounded context; with `onlyApproved`, approved and deprecated ones only), each list in one stable order
// (context name, name, id) so that the same catalog always gives the same bytes.
class ExportModel
{
public:
    ExportModel(const catalog::CatalogState &state, bool onlyApproved);
    ~ExportModel();

    const catalog::CatalogState &state() const { return m_state; }
    bool onlyApproved() const { return m_onlyApproved; }

    bool includes(const catalog::Element &element) const;
    QList<const catalog::Element *> elements(catalog::ElementKind kind) const;
    QList<const catalog::Element *> elementsIn(const QUuid &context, catalog::ElementKind kind) const;
    // The elements at the other end of `element`'s relations of `kind` (outgoing: element is
    // the `from` end), in the stable order.
    QList<const catalog::Element *> related(const QUuid &element, catalog::RelationKind kind, bool outgoing) const;

    // The schema versions an export writes, oldest first: every one, or with `onlyApproved`
    // the approved and deprecated ones.
    QList<catalog::SchemaVersion> schemaVersions(const QUuid &subject) const;
    std::optional<catalog::SchemaVersion> latestSchema(const QUuid &subject) const;

    // What the exported subjects' latest versions declare, to resolve the types one uses
    // from another (registry references, self-contained payloads).
    const catalog::SchemaLibrary &schemaLibrary() const { return m_library; }
    // Products several formats use (the services' AsyncAPI documents), made once.
    SharedProducts &shared() const { return *m_shared; }

    QString contextName(const catalog::Element &element) const;   // empty when none
    // The lowercase, dotted package or namespace of a context ("customer-care" →
    // "customer_care"); "mesh" for elements outside any context.
    QString packageOf(const catalog::Element &element) const;

private:
    const catalog::CatalogState &m_state;
    bool m_onlyApproved;
    QHash<catalog::ElementKind, QList<const catalog::Element *>> m_byKind;
    catalog::SchemaLibrary m_library;
    std::unique_ptr<SharedProducts> m_shared;
};

using catalog::pascalIdentifier;
using catalog::snakeIdentifier;

} // namespace mesh::exporters
