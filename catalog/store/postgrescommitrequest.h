#pragma once

#include "catalog/store/catalogstore.h"

#include <QByteArray>

namespace mesh::catalog {

// The arguments of mesh.commit_batch (migration 006) for one commit: the batch's changes
// as the log keeps them, and the rows of `after` the batch touched, per table, as JSON
// objects keyed by column name ("put") or the keys of rows it removed ("drop"). The
// server checks each row against the changes before writing it.
struct PostgresCommitRequest {
    QByteArray changes;   // [{"summary": …, "change": "<canonical JSON line>"}, …]
    QByteArray inverse;   // JSON Lines
    QByteArray rows;      // {"elements": {"put": […], "drop": […]}, …}

    static PostgresCommitRequest of(const CommitRecord &record, const CatalogState &after);
};

} // namespace mesh::catalog
