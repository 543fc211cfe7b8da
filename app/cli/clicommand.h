#pragma once

#include "catalog/catalog.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace mesh::app {

// Exit codes of every headless command (README, "Command line").
enum ExitCode {
    ExitSuccess = 0,
    ExitCheckFailed = 1,
    ExitUsageOrInput = 2,
    ExitQueued = 3,        // accepted, but kept in the offline queue: not yet on the server
    ExitUnreachable = 4,   // the shared catalog's server cannot be reached
};

// One headless command: `meshstudio NAME …`. Runs without a display; prints results on
// stdout and one line naming the problem on stderr.
class CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(mesh::app::CliCommand)

public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // `arguments` starts with the command's name.
    virtual int run(const QStringList &arguments) = 0;

protected:
    static QTextStream &out();
    static QTextStream &err();
    // Prints "meshstudio NAME: message" on stderr and returns `code`. When the command was
    // asked for JSON (`--output json`, `jsonl` or `sarif`), an error (any exit code but 1,
    // whose reasons the command's own JSON gives) also goes to stdout as
    // {"error": {"command", "message", "exitCode", "line", "column", "field"}}, so that a
    // pipeline reading JSON reads why.
    int fail(const QString &message, int code = ExitUsageOrInput) const;
    // The same for a catalog's error: exit 4 when the server is out of reach, else 2.
    int fail(const mesh::catalog::Error &error, const QString &suffix = {}) const;
    // Parses the command's arguments. Returns the exit code when the command must stop
    // here: 0 after printing --help, 2 after reporting a usage error.
    std::optional<int> parse(class CommandParser &parser, const QStringList &arguments) const;

private:
    int failWith(const QString &message, int code, const mesh::catalog::Error *error) const;
    mutable bool m_jsonErrors = false;

protected:
    // The commands that read one catalog and print it in one of `formats`: parses
    // "CATALOG [--output FORMAT]" (plus the options already on `parser`), opens the catalog
    // for reading into `catalog` and the format into `format`. Returns the exit code when
    // the command must stop here.
    std::optional<int> openWithOutput(class CommandParser &parser, const QStringList &arguments, const QStringList &formats,
                                      std::unique_ptr<mesh::catalog::Catalog> &catalog, QString &format) const;
    // Opens a catalog. A shared catalog whose server wants a password that is neither in the
    // URL nor in ~/.pgpass gets it from a prompt on the terminal, as psql does.
    static mesh::catalog::Result<std::unique_ptr<mesh::catalog::Catalog>> openCatalog(const QString &location,
                                                                                      mesh::catalog::OpenMode mode);
    // Opens a catalog to read: writable files are opened read-write (WAL needs it, and an
    // older format is upgraded), read-only ones read-only.
    static mesh::catalog::Result<std::unique_ptr<mesh::catalog::Catalog>> openForReading(const QString &location);
    // A location as it may be shown: shared catalog URLs lose their password.
    static QString displayLocation(const QString &location);
    // One change of the log: a readable line, or the JSON apply reads with "meta".
    static void printLoggedChange(const mesh::catalog::LoggedChange &change, bool jsonl);
};

} // namespace mesh::app
