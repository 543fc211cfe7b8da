#include "app/cli/commandparser.h"

#include <QTextStream>

#include <cstdio>

namespace mesh::app {

CommandParser::CommandParser(const QString &command, const QString &description) : m_command(command)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
}

void CommandParser::addPositional(const QString &name, const QString &description, const QString &syntax)
{
    m_parser.addPositionalArgument(name, description, syntax.isEmpty() ? name : syntax);
    ++m_positionalCount;
}

void CommandParser::addRepeatedPositional(const QString &name, const QString &description, const QString &syntax)
{
    addPositional(name, description, syntax);
    m_repeated = true;
}

bool CommandParser::parse(const QStringList &arguments, int &exitCode, QString &error)
{
    QStringList withProgram = arguments;
    withProgram.first() = QStringLiteral("meshstudio ") + m_command;
    if (!m_parser.parse(withProgram)) {
        error = m_parser.errorText();
        exitCode = 2;
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help")) || m_parser.isSet(QStringLiteral("help-all"))) {
        // helpText() names the program by its path; name the command instead.
        QString help = m_parser.helpText();
        const qsizetype endOfProgram = help.indexOf(QLatin1String(" [options]"));
        if (help.startsWith(QLatin1String("Usage: ")) && endOfProgram > 0)
            help.replace(7, endOfProgram - 7, QStringLiteral("meshstudio ") + m_command);
        QTextStream(stdout) << help;
        exitCode = 0;
        return false;
    }
    const qsizetype given = m_parser.positionalArguments().size();
    if (given < m_positionalCount || (given > m_positionalCount && !m_repeated)) {
        error = given < m_positionalCount ? tr("missing argument (see --help)")
                                          : tr("unexpected argument \"%1\" (see --help)").arg(m_parser.positionalArguments().at(m_positionalCount));
        exitCode = 2;
        return false;
    }
    return true;
}

bool CommandParser::checkChoice(const QCommandLineOption &option, const QStringList &allowed, QString &error) const
{
    const QString value = m_parser.value(option);
    if (allowed.contains(value))
        return true;
    error = tr("--%1 must be one of %2, not \"%3\"").arg(option.names().constFirst(), allowed.join(QLatin1String(", ")), value);
    return false;
}

} // namespace mesh::app
