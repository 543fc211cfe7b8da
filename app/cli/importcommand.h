#pragma once

#include "app/cli/clicommand.h"

namespace mesh::app {

// meshstudio import FILE|DIR… --into CATALOG [--context NAME] [-I DIR]… [--dry-run]
//                   [--allow-incompatible] [--output text|json]
class ImportCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(mesh::app::ImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace mesh::app
