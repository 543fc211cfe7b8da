#pragma once

#include "app/cli/clicommand.h"

namespace mesh::app {

// meshstudio export CATALOG --to DIR [--formats LIST] [--dry-run] [--gate] [--only-approved]
//                   [--asyncapi-json] [--kafka-cluster NAME] [--output text|json]
class ExportCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(mesh::app::ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace mesh::app
