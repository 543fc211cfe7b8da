#pragma once

#include "app/cli/clicommand.h"

namespace mesh::app {

class LogCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(mesh::app::LogCommand)

public:
    QString name() const override { return QStringLiteral("log"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace mesh::app
