#pragma once

#include "app/cli/clicommand.h"

namespace mesh::app {

class CopyCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(mesh::app::CopyCommand)

public:
    QString name() const override { return QStringLiteral("copy"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace mesh::app
