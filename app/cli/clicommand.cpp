#include "app/cli/clicommand.h"

#include "app/cli/commandparser.h"
#include "catalog/store/sqlitecatalogstore.h"

#include <QFileInfo>

#include <cstdio>

namespace mesh::app {

QTextStream &CliCommand::out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &CliCommand::err()
{
    static QTextStream stream(stderr);
    return stream;
}

int CliCommand::fail(const QString &message, int code) const
{
    out().flush();
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    err() << "meshstudio " << name() << ": " << line << Qt::endl;
    return code;
}

std::optional<int> CliCommand::parse(CommandParser &parser, const QStringList &arguments) const
{
    int exitCode = 0;
    QString error;
    if (parser.parse(arguments, exitCode, error))
        return std::nullopt;
    return error.isEmpty() ? exitCode : fail(error, exitCode);
}

mesh::catalog::Result<std::unique_ptr<mesh::catalog::Catalog>> CliCommand::openForReading(const QString &location)
{
    using mesh::catalog::OpenMode;
    const bool writable = mesh::catalog::Catalog::isSharedLocation(location) || !QFileInfo::exists(location)
        || mesh::catalog::SqliteCatalogStore::isWritableFile(location);
    return mesh::catalog::Catalog::open(location, writable ? OpenMode::ReadWrite : OpenMode::ReadOnly);
}

} // namespace mesh::app
