#include "catalog/model/schemaversion.h"

namespace mesh::catalog {

namespace {
const char *const kFormats[] = {"avro", "protobuf", "jsonschema"};
const char *const kModes[] = {"NONE",    "BACKWARD",            "BACKWARD_TRANSITIVE", "FORWARD",
                              "FORWARD_TRANSITIVE", "FULL", "FULL_TRANSITIVE"};
} // namespace

QString schemaFormatId(SchemaFormat format)
{
    return QString::fromLatin1(kFormats[static_cast<int>(format)]);
}

std::optional<SchemaFormat> schemaFormatFromId(QAnyStringView id)
{
    for (int i = 0; i < 3; ++i) {
        if (QAnyStringView::equal(id, QLatin1StringView(kFormats[i])))
            return static_cast<SchemaFormat>(i);
    }
    return std::nullopt;
}

QString compatibilityModeId(CompatibilityMode mode)
{
    return QString::fromLatin1(kModes[static_cast<int>(mode)]);
}

std::optional<CompatibilityMode> compatibilityModeFromId(QAnyStringView id)
{
    for (int i = 0; i < 7; ++i) {
        if (QAnyStringView::equal(id, QLatin1StringView(kModes[i])))
            return static_cast<CompatibilityMode>(i);
    }
    return std::nullopt;
}

} // namespace mesh::catalog
