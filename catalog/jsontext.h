#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QString>

namespace mesh::catalog {

// A JSON value as JSON writes it, on one line: "o-1" (quoted), 42, true, {"a":1}. Qt only
// writes documents, so the value goes through a one-element array.
inline QString jsonValueText(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

} // namespace mesh::catalog
