#pragma once

#include "app/cli/clicommand.h"

namespace mesh::app {

class AdminCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(mesh::app::AdminCommand)

public:
    QString name() const override { return QStringLiteral("admin"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace mesh::app
