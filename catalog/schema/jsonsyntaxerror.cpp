#include "catalog/schema/jsonsyntaxerror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace mesh::catalog {

Error jsonSyntaxError(const QByteArray &text, const QJsonParseError &error, int shift)
{
    const int offset = std::max(0, error.offset - shift);
    const QByteArray before = text.left(offset);
    Error result = makeError(ErrorCode::InvalidInput, {});
    result.line = int(before.count('\n')) + 1;
    result.column = int(offset - (before.lastIndexOf('\n') + 1)) + 1;
    result.message = QCoreApplication::translate("mesh::catalog::SchemaCompatibility", "line %1, column %2: %3")
                         .arg(result.line)
                         .arg(result.column)
                         .arg(error.errorString());
    return result;
}

namespace {
int nesting(const QJsonValue &value, int depth)
{
    if (depth > kMaxSchemaNesting)
        return depth;
    int deepest = depth;
    if (value.isObject()) {
        for (const QJsonValue &child : value.toObject())
            deepest = std::max(deepest, nesting(child, depth + 1));
    } else if (value.isArray()) {
        for (const QJsonValue &child : value.toArray())
            deepest = std::max(deepest, nesting(child, depth + 1));
    }
    return deepest;
}
} // namespace

Result<void> checkSchemaNesting(const QJsonValue &value)
{
    if (nesting(value, 0) <= kMaxSchemaNesting)
        return Ok{};
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate("mesh::catalog::SchemaCompatibility", "the schema nests deeper than %1 levels")
                         .arg(kMaxSchemaNesting));
}

} // namespace mesh::catalog
