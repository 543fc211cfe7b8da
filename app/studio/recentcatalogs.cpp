#include "app/studio/recentcatalogs.h"

#include <QSettings>
#include <QUrl>

namespace mesh::app {

namespace {
const char *const kKey = "recentCatalogs";
} // namespace

QString RecentCatalogs::withoutPassword(const QString &location)
{
    QUrl url(location);
    if (url.scheme().startsWith(QLatin1String("postgres"))) {
        url.setPassword(QString());
        return url.toString();
    }
    return location;
}

QStringList RecentCatalogs::list()
{
    return QSettings().value(QLatin1String(kKey)).toStringList();
}

void RecentCatalogs::add(const QString &location)
{
    QStringList recent = list();
    const QString entry = withoutPassword(location);
    recent.removeAll(entry);
    recent.prepend(entry);
    while (recent.size() > kMaximum)
        recent.removeLast();
    QSettings().setValue(QLatin1String(kKey), recent);
}

void RecentCatalogs::remove(const QString &location)
{
    QStringList recent = list();
    recent.removeAll(location);
    QSettings().setValue(QLatin1String(kKey), recent);
}

void RecentCatalogs::clear()
{
    QSettings().remove(QLatin1String(kKey));
}

} // namespace mesh::app
