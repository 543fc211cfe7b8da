#pragma once

#include <QCoreApplication>

namespace mesh::app {

// Who the program is, for both programs alike: QSettings files the settings (language,
// recent catalogs) under these names, and --version prints the version.
inline void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("MeshStudio"));
    QCoreApplication::setApplicationName(QStringLiteral("meshstudio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MESHSTUDIO_VERSION));
}

} // namespace mesh::app
