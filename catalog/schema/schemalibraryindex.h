#pragma once

#include "catalog/schema/protobufcompatibility.h"
#include "catalog/schema/schemareferences.h"

#include <QHash>
#include <QJsonObject>
#include <QUuid>

#include <map>
#include <string>

namespace mesh::catalog {

// What each subject of a SchemaLibrary declares, built once on first use; shared by the
// files that implement the library (one per format that needs more than a few lines).
struct SchemaLibrary::Index {
    QHash<QUuid, SchemaVersion> versions;
    std::map<QString, QUuid> avroTypes;               // full name → subject
    std::map<QString, QJsonObject> avroDefinitions;   // full name → definition
    std::map<std::string, QUuid> protoTypes;          // full name → subject
    std::map<QUuid, ProtobufCompatibility::Parsed> protoFiles;
    std::map<QString, QUuid> jsonIds;                 // a JSON Schema's `$id` → subject
    std::map<QUuid, QJsonObject> jsonDocuments;
};

} // namespace mesh::catalog
