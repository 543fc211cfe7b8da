#include "app/cli/commandline.h"

#include "app/cli/admincommand.h"
#include "app/cli/analyzecommand.h"
#include "app/cli/applycommand.h"
#include "app/cli/checkcommand.h"
#include "app/cli/compatcommand.h"
#include "app/cli/diffcommand.h"
#include "app/cli/importcommand.h"
#include "app/cli/copycommand.h"
#include "app/cli/infocommand.h"
#include "app/cli/initcommand.h"
#include "app/cli/logcommand.h"
#include "app/cli/watchcommand.h"

#include <QFileInfo>
#include <QTextStream>

#include <cstring>
#include <memory>
#include <vector>

namespace mesh::app {

CommandLine::Commands CommandLine::commands(std::unique_ptr<CliCommand> exportCommand, std::unique_ptr<CliCommand> renderCommand)
{
    Commands list;
    list.push_back(std::make_unique<InitCommand>());
    list.push_back(std::make_unique<InfoCommand>());
    list.push_back(std::make_unique<ApplyCommand>());
    list.push_back(std::make_unique<LogCommand>());
    list.push_back(std::make_unique<ImportCommand>());
    list.push_back(std::make_unique<CheckCommand>());
    list.push_back(std::make_unique<AnalyzeCommand>());
    list.push_back(std::make_unique<CompatCommand>());
    list.push_back(std::make_unique<DiffCommand>());
    list.push_back(std::make_unique<WatchCommand>());
    list.push_back(std::make_unique<CopyCommand>());
    list.push_back(std::move(exportCommand));
    list.push_back(std::move(renderCommand));
    list.push_back(std::make_unique<AdminCommand>());
    return list;
}

namespace {

const char *const kCommandNames[] = {"init", "info", "apply", "log", "import", "check", "analyze", "compat", "diff", "watch", "copy", "export", "render", "admin"};

QString generalHelp(const CommandLine::Commands &commands)
{
    QString help;
    QTextStream stream(&help);
    stream << CommandLine::tr("Usage: meshstudio [CATALOG]            open the studio window") << '\n'
           << CommandLine::tr("       meshstudio COMMAND [OPTIONS]    run a command without a window") << "\n\n"
           << CommandLine::tr("Commands:") << '\n';
    for (const auto &command : commands)
        stream << QStringLiteral("  %1").arg(command->name(), -8) << command->summary() << '\n';
    stream << '\n'
           << CommandLine::tr("Run \"meshstudio COMMAND --help\" for a command's arguments.") << '\n'
           << CommandLine::tr("Exit codes: 0 success, 1 the command's check failed, 2 usage or input error, 3 changes kept "
                              "for later (the shared catalog's server went away), 4 the server cannot be reached.")
           << '\n';
    return help;
}

} // namespace

bool CommandLine::isHeadless(int argc, char **argv)
{
    if (argc < 2)
        return false;
    const char *first = argv[1];
    for (const char *name : kCommandNames) {
        if (std::strcmp(first, name) == 0)
            return true;
    }
    // Any option is for the command line (--help, --version, typos); so is a word that is
    // neither a catalog file nor a shared catalog URL (a mistyped command).
    if (first[0] == '-')
        return true;
    const QString location = QString::fromLocal8Bit(first);
    return !QFileInfo::exists(location) && !location.contains(QLatin1String("://"));
}

int CommandLine::run(const QStringList &arguments, const Commands &commands)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString first = arguments.value(1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        out << generalHelp(commands);
        return 0;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << "meshstudio " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    for (const auto &command : commands) {
        if (command->name() == first)
            return command->run(arguments.mid(1));
    }
    err << tr("meshstudio: \"%1\" is neither a command nor a catalog; see meshstudio --help").arg(first) << '\n';
    return 2;
}

} // namespace mesh::app
