#include "catalog/schema/jsonsyntaxerror.h"

#include <QCoreApplication>

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

} // namespace mesh::catalog
