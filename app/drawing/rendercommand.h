#pragma once

#include "app/cli/drawingcommands.h"

namespace mesh::app {

// meshstudio render CATALOG --diagram NAME --out FILE.svg|FILE.png [--layout] [--scale N]
// meshstudio render CATALOG --all --out DIR [--png] [--layout] [--scale N]
// Runs in meshstudio-studio, the program with Qt Gui (see RenderCommandEntry).
class RenderCommand final : public RenderCommandEntry
{
    Q_DECLARE_TR_FUNCTIONS(mesh::app::RenderCommand)

public:
    int run(const QStringList &arguments) override;
};

} // namespace mesh::app
