#pragma once

#include "app/cli/clicommand.h"

namespace mesh::app {

class ApplyCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(mesh::app::ApplyCommand)

public:
    QString name() const override { return QStringLiteral("apply"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace mesh::app
