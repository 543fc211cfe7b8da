#pragma once

#include "catalog/result.h"

#include <QByteArray>
#include <QJsonParseError>
#include <QJsonValue>

namespace mesh::catalog {

// "line 3, column 14: missing value separator", with the line and column set, for a JSON
// text Qt could not parse. `shift` is how many characters the parser saw before `text`.
Error jsonSyntaxError(const QByteArray &text, const QJsonParseError &error, int shift = 0);

// Schemas nest objects a few levels deep; the compatibility walks recurse once a level, so
// a document nested past this (Qt's parser allows 1,024) is refused rather than let
// overflow the stack.
inline constexpr int kMaxSchemaNesting = 64;
// An error naming the limit when `value` nests deeper than kMaxSchemaNesting.
Result<void> checkSchemaNesting(const QJsonValue &value);

} // namespace mesh::catalog
