#pragma once

#include "app/samplecatalog.h"
#include "app/studio/mainwindow.h"
#include "catalog/catalog.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <memory>

namespace mesh::testing {

// A shown studio window on a fresh copy of the sample at `path`, as on a first start (the
// test's settings cleared: no window or tabs remembered); null if any step failed.
inline std::unique_ptr<mesh::app::MainWindow> openSampleStudio(const QString &path, const char *application)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MeshStudioTests"));
    QCoreApplication::setApplicationName(QString::fromLatin1(application));
    QSettings().clear();
    if (!mesh::app::SampleCatalog::create(path).isOk())
        return nullptr;
    auto window = std::make_unique<mesh::app::MainWindow>();
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()) || !window->openCatalog(path))
        return nullptr;
    return window;
}

} // namespace mesh::testing
