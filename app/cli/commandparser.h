#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>

namespace mesh::app {

// QCommandLineParser set up the same way for every command: --help, positional
// arguments, and a usage error that says what is wrong.
class CommandParser
{
    Q_DECLARE_TR_FUNCTIONS(mesh::app::CommandParser)

public:
    CommandParser(const QString &command, const QString &description);

    QCommandLineParser &parser() { return m_parser; }
    void addPositional(const QString &name, const QString &description, const QString &syntax = {});
    // The last positional argument, given one or more times ("FILE…").
    void addRepeatedPositional(const QString &name, const QString &description, const QString &syntax);
    void addOption(const QCommandLineOption &option) { m_parser.addOption(option); }

    // Parses; on --help prints the help and sets `exitCode` to 0; on a usage error sets it
    // to 2 and `error` to the message. Returns true when the command should run.
    bool parse(const QStringList &arguments, int &exitCode, QString &error);
    // Checks an --output value against the allowed ones.
    bool checkChoice(const QCommandLineOption &option, const QStringList &allowed, QString &error) const;

private:
    QString m_command;
    QCommandLineParser m_parser;
    int m_positionalCount = 0;
    bool m_repeated = false;
};

} // namespace mesh::app
