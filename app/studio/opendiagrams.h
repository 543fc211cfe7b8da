#pragma once

#include <QList>
#include <QString>
#include <QUuid>

namespace mesh::app {

// Which diagram tabs were open on a catalog, in tab order, and which one was in front; kept in
// the settings per catalog location so the studio reopens where the user left it.
struct OpenDiagrams
{
    QList<QUuid> tabs;
    QUuid current;

    static OpenDiagrams load(const QString &location);
    static void save(const QString &location, const OpenDiagrams &open);
};

} // namespace mesh::app
