#pragma once

#include "app/cli/clicommand.h"

namespace mesh::app {

// meshstudio compat --type avro --mode MODE FILE... : exit 0 compatible, 1 incompatible
// (with the reasons), 2 unreadable input.
class CompatCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(mesh::app::CompatCommand)

public:
    QString name() const override { return QStringLiteral("compat"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace mesh::app
