// Creating and upgrading a shared catalog, and giving users their roles: what the
// database's owner runs (meshstudio admin).
#include "catalog/store/postgrescatalogstore.h"

#include "catalog/logging.h"
#include "catalog/store/postgresconnection.h"

#include <QFile>
#include <QUuid>

#include "catalog/store/libpq.h"

namespace mesh::catalog {

namespace {

const QStringList kMigrations = {
    QStringLiteral(":/mesh/catalog/store/migrations/postgresql/001_initial.sql"),
    QStringLiteral(":/mesh/catalog/store/migrations/postgresql/002_rule_settings.sql"),
    QStringLiteral(":/mesh/catalog/store/migrations/postgresql/003_reviews.sql"),
    QStringLiteral(":/mesh/catalog/store/migrations/postgresql/004_diagram_slices.sql"),
    QStringLiteral(":/mesh/catalog/store/migrations/postgresql/005_diagram_routes.sql"),
    QStringLiteral(":/mesh/catalog/store/migrations/postgresql/006_server_side_writes.sql"),
    QStringLiteral(":/mesh/catalog/store/migrations/postgresql/007_schema_text_checks.sql"),
    QStringLiteral(":/mesh/catalog/store/migrations/postgresql/008_schema_reference_scope.sql"),
    QStringLiteral(":/mesh/catalog/store/migrations/postgresql/009_workshop_annotations.sql"),
    QStringLiteral(":/mesh/catalog/store/migrations/postgresql/010_presenting.sql"),
    QStringLiteral(":/mesh/catalog/store/migrations/postgresql/011_slice_checks.sql"),
    QStringLiteral(":/mesh/catalog/store/migrations/postgresql/012_json_schema_policy.sql"),
};

} // namespace

int PostgresCatalogStore::latestSchemaVersion()
{
    return int(kMigrations.size());
}

Result<int> PostgresCatalogStore::initShared(const QString &url)
{
    PostgresConnection d;
    if (auto ok = d.connect(url); !ok)
        return ok.error();
    auto version = d.schemaVersion();
    if (!version)
        return version.error();
    if (*version > latestSchemaVersion())
        return makeError(ErrorCode::NewerVersion, tr("%1 was written by a newer Mesh Studio (catalog format %2)").arg(d.location).arg(*version));
    for (int next = *version + 1; next <= latestSchemaVersion(); ++next) {
        QFile file(kMigrations.at(next - 1));
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::StorageFailure, tr("Missing migration %1").arg(next));
        // One transaction per migration; PostgreSQL runs the whole script at once (no
        // parameters, so the simple query protocol takes several statements).
        PGconn *connection = d.handle();
        // mesh.upgrading_from tells a migration whether it upgrades a catalog people already
        // use (and so keeps who may do what) or builds a new one.
        const QByteArray script = QByteArray("BEGIN;\n") + (next == 1 ? "CREATE SCHEMA IF NOT EXISTS mesh;\n" : "")
            + "SELECT pg_catalog.set_config('mesh.upgrading_from', '" + QByteArray::number(*version) + "', true);\n" + file.readAll()
            + QStringLiteral("\nINSERT INTO mesh.catalog_info(key, value) VALUES ('schema_version', '%1') "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value;\n"
                             "INSERT INTO mesh.catalog_info(key, value) VALUES ('id', '%2') ON CONFLICT (key) DO NOTHING;\nCOMMIT;")
                  .arg(next)
                  .arg(QUuid::createUuid().toString(QUuid::WithoutBraces))
                  .toUtf8();
        const LibPq &pq = *LibPq::functions(); // connected, so the driver loaded libpq
        PGresult *result = pq.exec(connection, script.constData());
        const bool ok = pq.resultStatus(result) == PGRES_COMMAND_OK;
        pq.clear(result);
        if (!ok) {
            const QString message = QString::fromUtf8(pq.errorMessage(connection)).trimmed();
            pq.clear(pq.exec(connection, "ROLLBACK"));
            return makeError(ErrorCode::StorageFailure, tr("Creating the shared catalog in %1 failed: %2").arg(d.location, message));
        }
        qCInfo(lcCatalog) << "shared catalog" << d.location << "now at schema version" << next;
    }
    return latestSchemaVersion();
}

Result<void> PostgresCatalogStore::grant(const QString &url, const QString &role, const QString &user)
{
    static const QStringList roles = {QStringLiteral("viewer"), QStringLiteral("modeler"), QStringLiteral("approver")};
    if (!roles.contains(role))
        return makeError(ErrorCode::InvalidInput, tr("Unknown role \"%1\" (viewer, modeler or approver)").arg(role), QStringLiteral("role"));
    PostgresConnection d;
    if (auto ok = d.connect(url); !ok)
        return ok.error();
    auto exists = d.exec(QStringLiteral("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ?"), {user});
    if (!exists)
        return exists.error();
    if (!exists->next())
        return makeError(ErrorCode::NotFound, tr("No database user \"%1\" on the server of %2").arg(user, d.location), QStringLiteral("user"));
    // The server quotes the name (format %I) and touches this catalog's roles only.
    if (auto granted = d.exec(QStringLiteral("SELECT mesh.grant_role(?, ?)"), {user, role}); !granted)
        return granted.error();
    return Ok{};
}

} // namespace mesh::catalog
