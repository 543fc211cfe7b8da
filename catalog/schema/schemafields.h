#pragma once

#include "catalog/model/schemaversion.h"
#include "catalog/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mesh::catalog {

// A schema as a workshop writes it: a table of fields. The same table gives a correct
// schema in each of the three formats, so people who never write Avro or .proto by hand
// still get one.
struct SchemaField {
    QString name;
    QString type = QStringLiteral("string");   // one of SchemaFields::types()
    bool required = true;
    QString description;
    QString defaultValue;   // as typed; empty for none

    bool operator==(const SchemaField &) const = default;
};

class SchemaFields
{
    Q_DECLARE_TR_FUNCTIONS(mesh::catalog::SchemaFields)

public:
    // string, integer, long, double, boolean, timestamp, date, uuid, bytes.
    static const QStringList &types();

    // The schema of a record called `name` (an identifier is made of it) in `package`
    // (Avro namespace, Protobuf package; JSON Schema ignores it), with `description` as its
    // documentation. Fails, naming the field, on a bad name, an unknown type or a default
    // that does not fit its type.
    static Result<QString> generate(SchemaFormat format, const QString &name, const QString &package, const QString &description,
                                    const QList<SchemaField> &fields);

    // The fields of a schema that has the shape generate() writes (an Avro record, a JSON
    // Schema object, a .proto with one message, with fields of the types above); nothing for
    // anything else, which is then edited as text only.
    static std::optional<QList<SchemaField>> read(SchemaFormat format, const QString &text);
};

} // namespace mesh::catalog
