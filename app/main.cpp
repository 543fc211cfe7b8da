// meshstudio: the commands that need no window and draw nothing, in a program without Qt
// Gui, Widgets or Graphviz. The window, export and render are handed to meshstudio-studio
// (studiomain.cpp), which has everything.
#include "app/cli/commandline.h"
#include "app/cli/drawingcommands.h"
#include "app/applicationinfo.h"
#include "app/translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    if (!mesh::app::CommandLine::isHeadless(argc, argv))
        return mesh::app::handOverToStudio(argv);
    QCoreApplication app(argc, argv);
    mesh::app::describeApplication();
    mesh::app::Translations::install(app);
    const auto commands = mesh::app::CommandLine::commands(std::make_unique<mesh::app::ExportCommandEntry>(),
                                                           std::make_unique<mesh::app::RenderCommandEntry>());
    return mesh::app::CommandLine::run(app.arguments(), commands);
}
