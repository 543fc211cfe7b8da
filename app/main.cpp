#include "app/cli/commandline.h"
#include "app/studio/mainwindow.h"
#include "app/translations.h"

#include <QApplication>
#include <QCoreApplication>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("MeshStudio"));
    QCoreApplication::setApplicationName(QStringLiteral("meshstudio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MESHSTUDIO_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    // Commands run headless: no display, no QApplication — but for drawing diagrams, which
    // needs fonts and a widget application, on the offscreen platform.
    if (mesh::app::CommandLine::isHeadless(argc, argv) && argc > 1 && qstrcmp(argv[1], "render") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        describeApplication();
        mesh::app::Translations::install(app);
        return mesh::app::CommandLine::run(app.arguments());
    }
    if (mesh::app::CommandLine::isHeadless(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        mesh::app::Translations::install(app);
        return mesh::app::CommandLine::run(app.arguments());
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Mesh Studio"));
    QApplication::setDesktopFileName(QStringLiteral("meshstudio"));
    mesh::app::Translations::install(app);

    mesh::app::MainWindow window;
    window.show();
    window.openStartupCatalog(app.arguments().value(1));
    return app.exec();
}
