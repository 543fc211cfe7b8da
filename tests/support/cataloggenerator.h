#pragma once

#include "catalog/catalog.h"

#include <QList>

namespace mesh::testing {

// Builds large, valid catalogs through changes, deterministically (same seed, same ids),
// for the benchmarks of every library. The default sizes are the catalog-core issue's:
// 200 contexts, 10,000 events, 3,000 commands, 2,000 read models, 1,000 policies,
// 400 services, 30,000 relations and 10,000 schema versions.
struct GeneratorSizes {
    int contexts = 200;
    int events = 10000;
    int commands = 3000;
    int readModels = 2000;
    int policies = 1000;
    int services = 400;
    int relations = 30000;
    int schemaVersions = 10000;
    // For the exports: channels carrying the first events (published by the service that
    // emits the event, subscribed by two others), and schemas in Avro, JSON Schema and
    // Protobuf in turn rather than Avro only.
    int channels = 0;
    bool mixedSchemaFormats = false;
};

class CatalogGenerator
{
public:
    explicit CatalogGenerator(GeneratorSizes sizes = {}, quint32 seed = 42);

    // Every change, in batches of at most `batchSize` (creation order: contexts first,
    // then elements, relations and schema versions).
    QList<catalog::Batch> batches(int batchSize = 1000) const;

    // Applies every batch; returns the first error, if any.
    catalog::Result<void> populate(catalog::Catalog &catalog, int batchSize = 1000) const;

    // A small Avro schema for an event called `name`.
    static QString avroSchema(const QString &name, int fieldCount);
    static QString jsonSchema(const QString &name, int fieldCount);
    static QString protobufSchema(const QString &package, const QString &name, int fieldCount);

private:
    GeneratorSizes m_sizes;
    quint32 m_seed;
};

} // namespace mesh::testing
