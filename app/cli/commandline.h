#pragma once

#include "app/cli/clicommand.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <vector>

namespace mesh::app {

// The headless side of both programs: `meshstudio COMMAND …`.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(mesh::app::CommandLine)

public:
    using Commands = std::vector<std::unique_ptr<CliCommand>>;

    // Every command, in the order --help lists them, with what runs export and render:
    // meshstudio hands them over (ExportCommandEntry), meshstudio-studio runs them itself.
    static Commands commands(std::unique_ptr<CliCommand> exportCommand, std::unique_ptr<CliCommand> renderCommand);
    // Whether these arguments ask for a command rather than the studio window.
    static bool isHeadless(int argc, char **argv);
    // Runs the command named in arguments[1]; returns the process exit code.
    static int run(const QStringList &arguments, const Commands &commands);
};

} // namespace mesh::app
