#pragma once

#include "catalog/orderedjson.h"
#include "catalog/result.h"

#include <QByteArray>
#include <QString>

namespace mesh::exporters {

using Json = catalog::OrderedJson;
using catalog::orderedJsonBytes;
using catalog::toOrderedJson;

// The other file form every exporter shares, beside orderedJsonBytes: block-style YAML
// written by yaml-cpp's emitter (strings another type could be read from double-quoted,
// multi-line text as a literal block where that gives it back exactly), ending with one
// newline.
QByteArray yamlBytes(const Json &value);

// Parses a schema's JSON text; the error names `what` (the subject and version) with the
// line and column of the problem.
catalog::Result<Json> parseJson(const QString &text, const QString &what);

inline std::string utf8(const QString &text)
{
    return text.toStdString();
}

} // namespace mesh::exporters
