#pragma once

#include "catalog/result.h"

#include <QByteArray>
#include <QJsonParseError>

namespace mesh::catalog {

// "line 3, column 14: missing value separator", with the line and column set, for a JSON
// text Qt could not parse. `shift` is how many characters the parser saw before `text`.
Error jsonSyntaxError(const QByteArray &text, const QJsonParseError &error, int shift = 0);

} // namespace mesh::catalog
