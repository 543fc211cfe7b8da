#include "catalog/model/rulesetting.h"

#include <QCoreApplication>

namespace mesh::catalog {

namespace {
struct SeverityInfo {
    const char *id;
    const char *displayName;
};
const SeverityInfo kSeverities[] = {
    {"error", QT_TRANSLATE_NOOP("mesh::catalog::Severity", "Error")},
    {"warning", QT_TRANSLATE_NOOP("mesh::catalog::Severity", "Warning")},
    {"info", QT_TRANSLATE_NOOP("mesh::catalog::Severity", "Info")},
};
} // namespace

QString severityId(Severity severity)
{
    return QString::fromLatin1(kSeverities[int(severity)].id);
}

std::optional<Severity> severityFromId(QAnyStringView id)
{
    for (int i = 0; i < 3; ++i) {
        if (QAnyStringView::equal(id, QLatin1StringView(kSeverities[i].id)))
            return Severity(i);
    }
    return std::nullopt;
}

QString severityDisplayName(Severity severity)
{
    return QCoreApplication::translate("mesh::catalog::Severity", kSeverities[int(severity)].displayName);
}

} // namespace mesh::catalog
