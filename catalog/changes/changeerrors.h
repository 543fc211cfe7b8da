#pragma once

#include "catalog/result.h"

namespace mesh::catalog {

// The three ways a change is refused for what it says, with the field it says it in.

inline Error conflict(const QString &message, const QString &field = {})
{
    return makeError(ErrorCode::Conflict, message, field);
}

inline Error notFound(const QString &message, const QString &field = {})
{
    return makeError(ErrorCode::NotFound, message, field);
}

inline Error invalid(const QString &message, const QString &field = {})
{
    return makeError(ErrorCode::InvalidInput, message, field);
}

} // namespace mesh::catalog
