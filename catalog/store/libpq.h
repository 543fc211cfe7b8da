#pragma once

#include <libpq-fe.h>

namespace mesh::catalog {

// The libpq functions the store calls itself, found in the libpq that Qt's PostgreSQL
// driver brings in when a postgres:// catalog is opened. The program does not link libpq,
// so a catalog in a file never maps it and the TLS, Kerberos and LDAP libraries behind it
// (about 5 MiB of every process, measured with `meshstudio --version`).
struct LibPq
{
    decltype(&::PQexec) exec = nullptr;
    decltype(&::PQclear) clear = nullptr;
    decltype(&::PQresultStatus) resultStatus = nullptr;
    decltype(&::PQntuples) ntuples = nullptr;
    decltype(&::PQgetisnull) getisnull = nullptr;
    decltype(&::PQgetvalue) getvalue = nullptr;
    decltype(&::PQgetlength) getlength = nullptr;
    decltype(&::PQstatus) status = nullptr;
    decltype(&::PQerrorMessage) errorMessage = nullptr;
    decltype(&::PQpingParams) pingParams = nullptr;

    // Null when libpq cannot be loaded or lacks one of them (then no PostgreSQL driver
    // could have connected either).
    static const LibPq *functions();
};

} // namespace mesh::catalog
