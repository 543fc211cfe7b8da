#include "catalog/model/lifecycle.h"

#include <QCoreApplication>

namespace mesh::catalog {

namespace {
struct LifecycleInfo {
    const char *id;
    const char *displayName;
};
const LifecycleInfo kLifecycles[] = {
    {"draft", QT_TRANSLATE_NOOP("mesh::catalog::Lifecycle", "Draft")},
    {"proposed", QT_TRANSLATE_NOOP("mesh::catalog::Lifecycle", "Proposed")},
    {"approved", QT_TRANSLATE_NOOP("mesh::catalog::Lifecycle", "Approved")},
    {"deprecated", QT_TRANSLATE_NOOP("mesh::catalog::Lifecycle", "Deprecated")},
    {"retired", QT_TRANSLATE_NOOP("mesh::catalog::Lifecycle", "Retired")},
};
} // namespace

QString lifecycleId(Lifecycle lifecycle)
{
    return QString::fromLatin1(kLifecycles[static_cast<int>(lifecycle)].id);
}

std::optional<Lifecycle> lifecycleFromId(QAnyStringView id)
{
    for (Lifecycle l : kAllLifecycles) {
        if (QAnyStringView::equal(id, QLatin1StringView(kLifecycles[static_cast<int>(l)].id)))
            return l;
    }
    return std::nullopt;
}

QString lifecycleDisplayName(Lifecycle lifecycle)
{
    return QCoreApplication::translate("mesh::catalog::Lifecycle",
                                       kLifecycles[static_cast<int>(lifecycle)].displayName);
}

} // namespace mesh::catalog
