#include "exporters/import/schemanormalform.h"

#include <nlohmann/json.hpp>

#include <QRegularExpression>

namespace mesh::exporters {

using namespace mesh::catalog;

QString schemaNormalForm(SchemaFormat format, const QString &text)
{
    if (format == SchemaFormat::Protobuf) {
        static const QRegularExpression rootMark(QStringLiteral("^// @RootNode\\n"), QRegularExpression::MultilineOption);
        return QString(text).remove(rootMark).trimmed();
    }
    // Sorted keys: member order means nothing in either format.
    nlohmann::json parsed = nlohmann::json::parse(text.toStdString(), nullptr, false);
    if (parsed.is_discarded())
        return text;
    if (format == SchemaFormat::JsonSchema && parsed.is_object()) {
        parsed.erase("$schema");
        parsed.erase("$id");
    }
    return QString::fromStdString(parsed.dump());
}

} // namespace mesh::exporters
