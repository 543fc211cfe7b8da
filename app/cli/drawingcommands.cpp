#include "app/cli/drawingcommands.h"

#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <unistd.h>
#include <vector>

namespace mesh::app {

namespace {

// Beside meshstudio in the build tree; in the library-executables folder once installed.
QString studioProgram()
{
    const QString here = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalPath();
    const QString besides = here + QStringLiteral("/meshstudio-studio");
    if (QFileInfo(besides).isExecutable())
        return besides;
    return QFileInfo(here + QStringLiteral("/" MESHSTUDIO_STUDIO_FROM_BINDIR "/meshstudio-studio")).absoluteFilePath();
}

int handOver(const QStringList &arguments)
{
    std::vector<QByteArray> encoded;
    for (const QString &argument : arguments)
        encoded.push_back(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &argument : encoded)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    return handOverToStudio(argv.data());
}

} // namespace

int handOverToStudio(char **argv)
{
    const QByteArray program = studioProgram().toLocal8Bit();
    ::execv(program.constData(), argv);
    const int error = errno;
    QTextStream(stderr) << CliCommand::tr("meshstudio: cannot start %1, which draws diagrams and shows the window: %2")
                               .arg(QString::fromLocal8Bit(program), QString::fromLocal8Bit(std::strerror(error)))
                        << '\n';
    return ExitUsageOrInput;
}

QString ExportCommandEntry::summary() const
{
    return tr("Write schemas, AsyncAPI documents and Kafka topic configurations into a folder (only what changed)");
}

int ExportCommandEntry::run(const QStringList &)
{
    return handOver(QCoreApplication::arguments());
}

QString RenderCommandEntry::summary() const
{
    return tr("Draw diagrams as SVG or PNG pictures, optionally laid out first");
}

int RenderCommandEntry::run(const QStringList &)
{
    return handOver(QCoreApplication::arguments());
}

} // namespace mesh::app
