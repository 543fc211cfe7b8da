#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace mesh::app {

// The headless side of the meshstudio binary: `meshstudio COMMAND …`.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(mesh::app::CommandLine)

public:
    // Whether these arguments ask for a command rather than the studio window.
    static bool isHeadless(int argc, char **argv);
    // Runs the command named in arguments[1]; returns the process exit code.
    static int run(const QStringList &arguments);
};

} // namespace mesh::app
