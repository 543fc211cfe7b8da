#pragma once

#include "catalog/model/schemaversion.h"
#include "catalog/schema/schemacompatibility.h"
#include "catalog/schema/schemafields.h"

#include <QCoreApplication>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace mesh::fuzz {

// Qt Sql and the translators want an application object; one for the whole run.
inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication application(argc, argv);
}

// A schema text as the studio takes it: parsed, its fields read for the field table, and
// checked against itself in every mode (the compatibility walk over the whole schema).
inline void fuzzSchema(catalog::SchemaFormat format, const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!catalog::SchemaCompatibility::parse(format, text))
        return;
    (void)catalog::SchemaFields::read(format, text);
    (void)catalog::SchemaCompatibility::check(format, catalog::CompatibilityMode::FullTransitive, {text, text});
}

} // namespace mesh::fuzz
