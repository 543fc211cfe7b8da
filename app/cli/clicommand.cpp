#include "app/cli/clicommand.h"

#include "app/cli/commandparser.h"
#include "catalog/store/postgrescatalogstore.h"
#include "catalog/store/sqlitecatalogstore.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <termios.h>

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
    return failWith(message, code, nullptr);
}

int CliCommand::fail(const mesh::catalog::Error &error, const QString &suffix) const
{
    return failWith(error.message + suffix, error.code == mesh::catalog::ErrorCode::Offline ? ExitUnreachable : ExitUsageOrInput, &error);
}

int CliCommand::failWith(const QString &message, int code, const mesh::catalog::Error *error) const
{
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    // A check that failed (exit 1) has said why in its own JSON already.
    if (m_jsonErrors && code != ExitCheckFailed) {
        QJsonObject object{{"command", name()}, {"message", line}, {"exitCode", code}};
        if (error && error->line > 0)
            object.insert("line", error->line);
        if (error && error->column > 0)
            object.insert("column", error->column);
        if (error && !error->field.isEmpty())
            object.insert("field", error->field);
        out() << QJsonDocument(QJsonObject{{"error", object}}).toJson(QJsonDocument::Compact) << '\n';
    }
    out().flush();
    err() << "meshstudio " << name() << ": " << line << Qt::endl;
    return code;
}

std::optional<int> CliCommand::parse(CommandParser &parser, const QStringList &arguments) const
{
    // Read before parsing, so that a usage error comes out as JSON too.
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString value;
        if (arguments[i] == QLatin1String("--output") && i + 1 < arguments.size())
            value = arguments[i + 1];
        else if (arguments[i].startsWith(QLatin1String("--output=")))
            value = arguments[i].mid(9);
        if (!value.isEmpty())
            m_jsonErrors = value == QLatin1String("json") || value == QLatin1String("jsonl") || value == QLatin1String("sarif");
    }
    int exitCode = 0;
    QString error;
    if (parser.parse(arguments, exitCode, error))
        return std::nullopt;
    return error.isEmpty() ? exitCode : fail(error, exitCode);
}

namespace {

// Reads a password from the controlling terminal without echo; empty when there is none.
QString askPasswordOnTerminal(const QString &prompt)
{
    QFile tty(QStringLiteral("/dev/tty"));
    if (!tty.open(QIODevice::ReadWrite | QIODevice::Unbuffered))
        return {};
    termios saved{};
    const bool terminal = tcgetattr(tty.handle(), &saved) == 0;
    if (!terminal)
        return {};
    termios silent = saved;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(tty.handle(), TCSANOW, &silent);
    tty.write(prompt.toLocal8Bit());
    const QByteArray line = tty.readLine().trimmed();
    tcsetattr(tty.handle(), TCSANOW, &saved);
    tty.write("\n");
    return QString::fromLocal8Bit(line);
}

} // namespace

mesh::catalog::Result<std::unique_ptr<mesh::catalog::Catalog>> CliCommand::openCatalog(const QString &location, mesh::catalog::OpenMode mode)
{
    using mesh::catalog::Catalog;
    auto opened = Catalog::open(location, mode);
    QUrl url(location);
    if (!opened && opened.error().code == mesh::catalog::ErrorCode::PermissionDenied && Catalog::isSharedLocation(location)
        && url.password().isEmpty()) {
        const QString password = askPasswordOnTerminal(tr("Password for %1: ").arg(displayLocation(location)));
        if (!password.isEmpty()) {
            url.setPassword(password);
            opened = Catalog::open(url.toString(), mode);
        }
    }
    return opened;
}

std::optional<int> CliCommand::openWithOutput(CommandParser &parser, const QStringList &arguments, const QStringList &formats,
                                              std::unique_ptr<mesh::catalog::Catalog> &catalog, QString &format) const
{
    parser.addPositional(QStringLiteral("CATALOG"), tr("A catalog file or a postgresql:// URL."));
    const QCommandLineOption output(QStringLiteral("output"), tr("Output format: %1.").arg(formats.join(QLatin1String(", "))),
                                    QStringLiteral("FORMAT"), formats.constFirst());
    parser.addOption(output);
    if (auto stop = parse(parser, arguments))
        return stop;
    QString error;
    if (!parser.checkChoice(output, formats, error))
        return fail(error);
    auto opened = openForReading(parser.parser().positionalArguments().constFirst());
    if (!opened)
        return fail(opened.error());
    catalog = std::move(opened).value();
    format = parser.parser().value(output);
    return std::nullopt;
}

mesh::catalog::Result<std::unique_ptr<mesh::catalog::Catalog>> CliCommand::openForReading(const QString &location)
{
    using mesh::catalog::OpenMode;
    using mesh::catalog::Catalog;
    if (Catalog::isSharedLocation(location)) {
        // A viewer's role only reads: open it that way rather than refuse.
        auto opened = openCatalog(location, OpenMode::ReadWrite);
        if (!opened && opened.error().code == mesh::catalog::ErrorCode::ReadOnly)
            return openCatalog(location, OpenMode::ReadOnly);
        return opened;
    }
    const bool writable = !QFileInfo::exists(location) || mesh::catalog::SqliteCatalogStore::isWritableFile(location);
    return Catalog::open(location, writable ? OpenMode::ReadWrite : OpenMode::ReadOnly);
}

QString CliCommand::displayLocation(const QString &location)
{
    return mesh::catalog::Catalog::isSharedLocation(location) ? mesh::catalog::PostgresCatalogStore::displayLocation(location) : location;
}

void CliCommand::printLoggedChange(const mesh::catalog::LoggedChange &change, bool jsonl)
{
    const QString time = change.time.toString(Qt::ISODateWithMs);
    if (jsonl) {
        QJsonObject meta{{"revision", change.revision}, {"author", change.author}, {"time", time}, {"client", change.clientId}};
        QByteArray line = change.change;
        line.chop(1);
        line += ",\"meta\":" + QJsonDocument(meta).toJson(QJsonDocument::Compact) + '}';
        out() << QString::fromUtf8(line) << '\n';
    } else {
        out() << QStringLiteral("%1  %2  %3  %4").arg(change.revision, 6).arg(time, change.author, change.summary) << '\n';
    }
}

} // namespace mesh::app
