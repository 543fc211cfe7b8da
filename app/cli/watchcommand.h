#pragma once

#include "app/cli/clicommand.h"

namespace mesh::app {

class WatchCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(mesh::app::WatchCommand)

public:
    QString name() const override { return QStringLiteral("watch"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace mesh::app
