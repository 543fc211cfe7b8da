#pragma once

#include "app/cli/clicommand.h"

namespace mesh::app {

// meshstudio analyze CATALOG [--output text|json]: the mesh analysis of the catalog's flows.
class AnalyzeCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(mesh::app::AnalyzeCommand)

public:
    QString name() const override { return QStringLiteral("analyze"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace mesh::app
