#include "app/studio/opendiagrams.h"

#include "app/studio/recentcatalogs.h"

#include <QCryptographicHash>
#include <QSettings>

namespace mesh::app {

namespace {

// A settings key may not hold slashes (they are groups): the location's hash, without any
// password a shared URL carried.
QString keyOf(const QString &location)
{
    const QByteArray plain = RecentCatalogs::withoutPassword(location).toUtf8();
    return QStringLiteral("openDiagrams/") + QString::fromLatin1(QCryptographicHash::hash(plain, QCryptographicHash::Sha1).toHex());
}

} // namespace

OpenDiagrams OpenDiagrams::load(const QString &location)
{
    const QStringList saved = QSettings().value(keyOf(location)).toStringList();
    OpenDiagrams open;
    for (const QString &id : saved) {
        const QUuid diagram = QUuid::fromString(id.startsWith(QLatin1Char('*')) ? id.mid(1) : id);
        if (diagram.isNull())
            continue;
        open.tabs.append(diagram);
        if (id.startsWith(QLatin1Char('*')))
            open.current = diagram;
    }
    return open;
}

void OpenDiagrams::save(const QString &location, const OpenDiagrams &open)
{
    QStringList saved;
    for (const QUuid &diagram : open.tabs)
        saved.append((diagram == open.current ? QStringLiteral("*") : QString()) + diagram.toString(QUuid::WithoutBraces));
    QSettings().setValue(keyOf(location), saved);
}

} // namespace mesh::app
