#pragma once

#include <QString>
#include <QUuid>

namespace mesh::catalog {

// An id as the catalog writes it everywhere (JSON, rows, messages): without braces.
inline QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace mesh::catalog
