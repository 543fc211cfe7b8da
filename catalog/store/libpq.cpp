#include "catalog/store/libpq.h"

#include <QLibrary>

namespace mesh::catalog {

namespace {

template <typename Function>
bool resolve(QLibrary &library, const char *name, Function &function)
{
    function = reinterpret_cast<Function>(library.resolve(name));
    return function != nullptr;
}

LibPq load()
{
    // The same soname Qt's QPSQL driver links, so this is the copy it already loaded.
    QLibrary library(QStringLiteral("pq"), 5);
    LibPq pq;
    const bool complete = resolve(library, "PQexec", pq.exec) && resolve(library, "PQclear", pq.clear)
        && resolve(library, "PQresultStatus", pq.resultStatus) && resolve(library, "PQntuples", pq.ntuples)
        && resolve(library, "PQgetisnull", pq.getisnull) && resolve(library, "PQgetvalue", pq.getvalue)
        && resolve(library, "PQgetlength", pq.getlength) && resolve(library, "PQstatus", pq.status)
        && resolve(library, "PQerrorMessage", pq.errorMessage) && resolve(library, "PQpingParams", pq.pingParams);
    // QLibrary's destructor leaves the library loaded: the functions stay valid.
    return complete ? pq : LibPq{};
}

} // namespace

const LibPq *LibPq::functions()
{
    static const LibPq pq = load();
    return pq.exec ? &pq : nullptr;
}

} // namespace mesh::catalog
