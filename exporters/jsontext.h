#pragma once

#include "catalog/result.h"

#include <nlohmann/json.hpp>

#include <QByteArray>
#include <QString>

namespace mesh::exporters {

using Json = nlohmann::ordered_json;   // keeps keys in the order they were written

// The file forms every exporter shares: two-space indented JSON, or block-style YAML
// written by yaml-cpp's emitter (strings another type could be read from double-quoted,
// multi-line text as a literal block where that gives it back exactly), each ending with
// one newline.
QByteArray jsonBytes(const Json &value);
QByteArray yamlBytes(const Json &value);

// Parses a schema's JSON text; the error names `what` (the subject and version) with the
// line and column of the problem.
catalog::Result<Json> parseJson(const QString &text, const QString &what);

inline std::string utf8(const QString &text)
{
    return text.toStdString();
}

} // namespace mesh::exporters

#include <QJsonValue>

namespace mesh::exporters {
// The same value as nlohmann JSON (object keys in Qt's sorted order).
Json toJson(const QJsonValue &value);
} // namespace mesh::exporters
