#pragma once

#include <nlohmann/json.hpp>

#include <QByteArray>
#include <QJsonValue>

namespace mesh::catalog {

// JSON whose object keys stay in the order they were written (Qt's objects sort theirs):
// every schema the catalog generates and every file the exporters write is built with it.
using OrderedJson = nlohmann::ordered_json;

// Two-space indented, ending with one newline; text that is not UTF-8 is replaced, never
// thrown on.
QByteArray orderedJsonBytes(const OrderedJson &value);

// The same value as ordered JSON (an object's keys in Qt's sorted order; whole numbers
// as integers).
OrderedJson toOrderedJson(const QJsonValue &value);

} // namespace mesh::catalog
