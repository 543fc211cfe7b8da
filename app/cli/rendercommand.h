#pragma once

#include "app/cli/clicommand.h"

namespace mesh::app {

// meshstudio render CATALOG --diagram NAME --out FILE.svg|FILE.png [--layout] [--scale N]
// meshstudio render CATALOG --all --out DIR [--png] [--layout] [--scale N]
class RenderCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(mesh::app::RenderCommand)

public:
    QString name() const override { return QStringLiteral("render"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace mesh::app
