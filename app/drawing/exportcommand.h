#pragma once

#include "app/cli/drawingcommands.h"

namespace mesh::app {

// meshstudio export CATALOG --to DIR [--formats LIST] [--dry-run] [--gate] [--only-approved]
//                   [--asyncapi-json] [--kafka-cluster NAME] [--output text|json]
// Runs in meshstudio-studio, the program with Qt Gui (see ExportCommandEntry).
class ExportCommand final : public ExportCommandEntry
{
    Q_DECLARE_TR_FUNCTIONS(mesh::app::ExportCommand)

public:
    int run(const QStringList &arguments) override;
};

} // namespace mesh::app
