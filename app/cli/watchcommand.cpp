#include "app/cli/watchcommand.h"

#include "app/cli/commandparser.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <csignal>

namespace mesh::app {

using namespace mesh::catalog;

namespace {

volatile std::sig_atomic_t g_stopRequested = 0;

void requestStop(int)
{
    g_stopRequested = 1;
}

} // namespace

QString WatchCommand::summary() const
{
    return tr("Print changes as they land, from any client, until interrupted");
}

int WatchCommand::run(const QStringList &arguments)
{
    CommandParser parser(name(), summary());
    parser.addPositional(QStringLiteral("CATALOG"), tr("A catalog file or a postgresql:// URL."));
    const QCommandLineOption since(QStringLiteral("since"), tr("First print the changes after revision REV (default: none, only new ones)."),
                                   QStringLiteral("REV"));
    const QCommandLineOption until(QStringLiteral("until"), tr("Stop once revision REV has been printed."), QStringLiteral("REV"));
    const QCommandLineOption output(QStringLiteral("output"), tr("Output format: text or jsonl."), QStringLiteral("FORMAT"),
                                    QStringLiteral("text"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     tr("Give up after SECONDS: exit 1 when --until REV has not landed by then (default: wait on)."),
                                     QStringLiteral("SECONDS"));
    parser.addOption(since);
    parser.addOption(until);
    parser.addOption(timeout);
    parser.addOption(output);
    if (auto stop = parse(parser, arguments))
        return *stop;
    QString error;
    if (!parser.checkChoice(output, {QStringLiteral("text"), QStringLiteral("jsonl")}, error))
        return fail(error);
    auto revisionOption = [&](const QCommandLineOption &option, qint64 fallback, bool *ok) {
        if (!parser.parser().isSet(option)) {
            *ok = true;
            return fallback;
        }
        const qint64 value = parser.parser().value(option).toLongLong(ok);
        *ok = *ok && value >= 0;
        return value;
    };

    auto opened = openForReading(parser.parser().positionalArguments().constFirst());
    if (!opened)
        return fail(opened.error());
    Catalog &catalog = **opened;
    bool ok = false;
    qint64 printed = revisionOption(since, catalog.revision(), &ok);
    if (!ok)
        return fail(tr("--since must be a revision number, not \"%1\"").arg(parser.parser().value(since)));
    const qint64 last = revisionOption(until, -1, &ok);
    if (!ok)
        return fail(tr("--until must be a revision number, not \"%1\"").arg(parser.parser().value(until)));
    const bool jsonl = parser.parser().value(output) == QLatin1String("jsonl");
    const double seconds = parser.parser().isSet(timeout) ? parser.parser().value(timeout).toDouble(&ok) : 0;
    if (parser.parser().isSet(timeout) && (!ok || seconds <= 0))
        return fail(tr("--timeout must be a number of seconds, not \"%1\"").arg(parser.parser().value(timeout)));

    if (last > catalog.revision() && seconds <= 0)
        err() << tr("meshstudio watch: waiting for revision %1; the catalog is at %2 (--timeout SECONDS gives up)").arg(last).arg(catalog.revision())
              << Qt::endl;

    int exitCode = ExitSuccess;
    auto printNew = [&] {
        auto changes = catalog.log(printed);
        if (!changes) {
            exitCode = fail(changes.error().message, ExitCheckFailed);
            QCoreApplication::exit(exitCode);
            return;
        }
        for (const LoggedChange &change : *changes) {
            printLoggedChange(change, jsonl);
            printed = change.revision;
        }
        out().flush();
        if (last >= 0 && printed >= last)
            QCoreApplication::exit(exitCode);
    };
    QObject::connect(&catalog, &Catalog::changesApplied, &catalog, printNew);
    QObject::connect(&catalog, &Catalog::problem, &catalog, [this](const QString &message) { err() << message << Qt::endl; });

    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    QTimer stopCheck;
    QObject::connect(&stopCheck, &QTimer::timeout, &stopCheck, [] {
        if (g_stopRequested)
            QCoreApplication::exit(ExitSuccess);
    });
    stopCheck.start(100);

    // A pipeline waiting for a revision that never lands is told so rather than hung.
    QTimer giveUp;
    giveUp.setSingleShot(true);
    QObject::connect(&giveUp, &QTimer::timeout, &giveUp, [&] {
        if (last >= 0)
            exitCode = fail(tr("revision %1 did not land within %2 s (the catalog is at %3)").arg(last).arg(seconds).arg(printed), ExitCheckFailed);
        QCoreApplication::exit(exitCode);
    });
    if (seconds > 0)
        giveUp.start(int(seconds * 1000));

    catalog.setLive(true, 200);
    QTimer::singleShot(0, &catalog, printNew); // what is already there after --since
    return QCoreApplication::exec();
}

} // namespace mesh::app
