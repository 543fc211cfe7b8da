// meshstudio-studio: the whole program. It shows the window, and runs every command,
// export and render among them (meshstudio hands those three over to it).
#include "app/cli/commandline.h"
#include "app/drawing/exportcommand.h"
#include "app/drawing/rendercommand.h"
#include "app/studio/mainwindow.h"
#include "app/applicationinfo.h"
#include "app/translations.h"

#include <QApplication>
#include <QTextStream>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <unistd.h>

namespace {

int runCommand(const QStringList &arguments)
{
    const auto commands = mesh::app::CommandLine::commands(std::make_unique<mesh::app::ExportCommand>(),
                                                           std::make_unique<mesh::app::RenderCommand>());
    return mesh::app::CommandLine::run(arguments, commands);
}

} // namespace

int main(int argc, char *argv[])
{
    // Commands run headless: no display, no QApplication — but for drawing diagrams (render,
    // and export's diagrams format), which needs fonts and a widget application, on the
    // offscreen platform.
    if (mesh::app::CommandLine::isHeadless(argc, argv) && argc > 1 && (qstrcmp(argv[1], "render") == 0 || qstrcmp(argv[1], "export") == 0)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Without a session (CI, ssh) Qt would warn on stderr about the runtime folder; the
        // command's stderr is for its own one-line errors.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QByteArray runtime = QDir::tempPath().toLocal8Bit() + "/meshstudio-runtime-" + QByteArray::number(::getuid());
            if (QDir().mkpath(QString::fromLocal8Bit(runtime)))
                QFile::setPermissions(QString::fromLocal8Bit(runtime), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", runtime);
        }
        QApplication app(argc, argv);
        mesh::app::describeApplication();
        mesh::app::Translations::install(app);
        return runCommand(app.arguments());
    }
    if (mesh::app::CommandLine::isHeadless(argc, argv)) {
        QCoreApplication app(argc, argv);
        mesh::app::describeApplication();
        mesh::app::Translations::install(app);
        return runCommand(app.arguments());
    }

    // Without a display Qt aborts (SIGABRT) while making the window: say so and exit 2.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        QCoreApplication app(argc, argv);
        mesh::app::Translations::install(app);
        QTextStream(stderr) << QCoreApplication::translate("mesh::app::CommandLine",
                                                           "meshstudio: no display to open the studio window on (DISPLAY is not set); "
                                                           "the commands run without one: see meshstudio --help")
                            << '\n';
        return 2;
    }
    QApplication app(argc, argv);
    mesh::app::describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Mesh Studio"));
    QApplication::setDesktopFileName(QStringLiteral("meshstudio"));
    mesh::app::Translations::install(app);

    mesh::app::MainWindow window;
    window.show();
    window.openStartupCatalog(app.arguments().value(1));
    return app.exec();
}
