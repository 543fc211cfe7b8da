#pragma once

#include "app/cli/clicommand.h"

namespace mesh::app {

class InfoCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(mesh::app::InfoCommand)

public:
    QString name() const override { return QStringLiteral("info"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace mesh::app
