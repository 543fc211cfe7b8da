#pragma once

#include "catalog/result.h"
#include "exporters/import/documentset.h"
#include "exporters/import/importedmesh.h"
#include "exporters/import/importoptions.h"

#include <QCoreApplication>

namespace mesh::exporters {

// Reads an EventCatalog folder into `mesh`, from each page's front matter: domains as
// bounded contexts, their services (sends → the service emits the message, publishes the
// channels it goes to, which carry it; receives → it subscribes to the channels and is fed
// by the message), events, commands and queries (read models) with their schema file and
// every older version under versioned/, channels by address, teams with their contact. A
// message or channel takes the context of the service that sends it (else of one that
// receives it, else the one given); lifecycles come from the badges the export writes. A
// service's AsyncAPI specification is read too (in its domain), for what the pages leave
// out: Kafka settings, operational metadata, schema modes.
class EventCatalogReader
{
    Q_DECLARE_TR_FUNCTIONS(mesh::exporters::EventCatalogReader)

public:
    // Whether `folder` is an EventCatalog (its config file, or domains/ beside events/).
    static bool isEventCatalog(const QString &folder);
    static catalog::Result<void> read(DocumentSet &documents, const QString &folder, const ImportOptions &options, ImportedMesh &mesh);
};

} // namespace mesh::exporters
