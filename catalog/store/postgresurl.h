#pragma once

#include "catalog/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace mesh::catalog {

// A postgresql://user:password@host:port/database?key=value URL, taken apart. Query values
// become libpq connection parameters, but only the keywords listed in parse() (TLS, time
// outs, keepalives, application name): the URL itself names the server, the user and the
// database, and nothing in the query can add another host or user.
struct PostgresUrl {
    Q_DECLARE_TR_FUNCTIONS(mesh::catalog::PostgresUrl)

public:
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;
    QList<std::pair<QString, QString>> parameters;   // libpq keyword → value, in URL order

    // Fails with InvalidInput, naming the URL without its password, when it is no
    // postgresql:// URL, names no database, or carries a parameter that is not allowed.
    static Result<PostgresUrl> parse(const QString &url);

    // The URL without its password, even when it does not parse: for messages and settings.
    static QString withoutPassword(const QString &url);

    // The parameters as QPSQL's connect options: each value quoted the way libpq reads a
    // conninfo string, so no value can add a setting of its own.
    QString connectOptions() const;

    // Removes the password from a message (libpq or the driver may repeat the conninfo).
    QString scrub(QString message) const;
};

} // namespace mesh::catalog
