#pragma once

#include "app/cli/clicommand.h"

namespace mesh::app {

// meshstudio check CATALOG [--output text|json|sarif]: the governance rules' findings;
// exit 1 when any is an error.
class CheckCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(mesh::app::CheckCommand)

public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace mesh::app
