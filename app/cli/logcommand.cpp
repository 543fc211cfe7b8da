#include "app/cli/logcommand.h"

#include "app/cli/commandparser.h"


namespace mesh::app {

using namespace mesh::catalog;

QString LogCommand::summary() const
{
    return tr("Print the change log (its JSON Lines are what apply reads)");
}

int LogCommand::run(const QStringList &arguments)
{
    CommandParser parser(name(), summary());
    parser.addPositional(QStringLiteral("CATALOG"), tr("A catalog file."));
    const QCommandLineOption since(QStringLiteral("since"), tr("Only changes after revision REV."), QStringLiteral("REV"),
                                   QStringLiteral("0"));
    const QCommandLineOption output(QStringLiteral("output"), tr("Output format: text or jsonl."), QStringLiteral("FORMAT"),
                                    QStringLiteral("text"));
    parser.addOption(since);
    parser.addOption(output);
    if (auto stop = parse(parser, arguments))
        return *stop;
    QString error;
    if (!parser.checkChoice(output, {QStringLiteral("text"), QStringLiteral("jsonl")}, error))
        return fail(error);
    bool isNumber = false;
    const qint64 sinceRevision = parser.parser().value(since).toLongLong(&isNumber);
    if (!isNumber || sinceRevision < 0)
        return fail(tr("--since must be a revision number, not \"%1\"").arg(parser.parser().value(since)));

    auto catalog = openForReading(parser.parser().positionalArguments().constFirst());
    if (!catalog)
        return fail(catalog.error());
    auto changes = (*catalog)->log(sinceRevision);
    if (!changes)
        return fail(changes.error());

    const bool jsonl = parser.parser().value(output) == QLatin1String("jsonl");
    for (const LoggedChange &change : *changes)
        printLoggedChange(change, jsonl);
    out().flush();
    return ExitSuccess;
}

} // namespace mesh::app
