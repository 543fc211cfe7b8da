#pragma once

#include "app/cli/clicommand.h"

namespace mesh::app {

// meshstudio init PATH [--sample]
class InitCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(mesh::app::InitCommand)

public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace mesh::app
