#pragma once

#include "app/cli/clicommand.h"

namespace mesh::app {

// export and render draw diagrams, and drawing takes Qt Gui, fonts and Graphviz. The
// meshstudio program leaves those out, so that the other commands start and run in less
// memory (an import of a thousand channels peaks about 40 % lower), and hands these two
// over to meshstudio-studio, the whole program, where ExportCommand and RenderCommand
// run them. These entries are their names and summaries on meshstudio's side.
class ExportCommandEntry : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(mesh::app::ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

class RenderCommandEntry : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(mesh::app::RenderCommand)

public:
    QString name() const override { return QStringLiteral("render"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

// Replaces this process with meshstudio-studio, given the same arguments (argv[0] too).
// Returns only when it cannot: after saying why on stderr, with exit code 2.
int handOverToStudio(char **argv);

} // namespace mesh::app
