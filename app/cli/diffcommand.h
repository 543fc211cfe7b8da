#pragma once

#include "app/cli/clicommand.h"

namespace mesh::app {

// meshstudio diff CATALOG --from REV [--to REV] [--output text|json|markdown]
class DiffCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(mesh::app::DiffCommand)

public:
    QString name() const override { return QStringLiteral("diff"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace mesh::app
