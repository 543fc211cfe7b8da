#include "app/cli/applycommand.h"

#include "app/cli/commandparser.h"
#include "catalog/changes/changejson.h"

#include <QFile>

#include <cstdio>

namespace mesh::app {

using namespace mesh::catalog;

QString ApplyCommand::summary() const
{
    return tr("Apply changes given as JSON Lines, all or nothing");
}

int ApplyCommand::run(const QStringList &arguments)
{
    CommandParser parser(name(), summary());
    parser.addPositional(QStringLiteral("CATALOG"), tr("A catalog file."));
    parser.addPositional(QStringLiteral("FILE"), tr("JSON Lines of changes, or - for standard input."), QStringLiteral("FILE|-"));
    if (auto stop = parse(parser, arguments))
        return *stop;
    const QString location = parser.parser().positionalArguments().at(0);
    const QString input = parser.parser().positionalArguments().at(1);

    QFile file;
    const bool fromStdin = input == QLatin1String("-");
    const bool opened = fromStdin ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(input), file.open(QIODevice::ReadOnly));
    if (!opened)
        return fail(tr("cannot read %1: %2").arg(input, file.errorString()));
    const QByteArray text = file.readAll();

    auto catalog = openCatalog(location, OpenMode::ReadWrite);
    if (!catalog)
        return fail(catalog.error());

    const QString source = fromStdin ? tr("<stdin>") : input;
    auto batch = ChangeJson::readJsonLines(text, (*catalog)->state());
    if (!batch) {
        const Error &e = batch.error();
        QString message = QStringLiteral("%1:%2: %3").arg(source).arg(e.line).arg(e.message);
        if (!e.field.isEmpty() && !e.message.contains(e.field))
            message += tr(" (field \"%1\")").arg(e.field);
        return fail(message + tr("; nothing was applied"));
    }
    auto applied = (*catalog)->apply(*batch);
    if (!applied)
        return fail(applied.error(), tr("; nothing was applied"));
    if (!(*catalog)->isOnline()) {
        // The server went away during the commit: the batch waits in this account's offline
        // queue and is committed the next time the catalog is opened with the server back.
        out() << tr("Kept %n change(s) for later: the server of %1 cannot be reached; they are committed when the "
                    "catalog is next opened with the server back", nullptr, int(batch->size()))
                     .arg(displayLocation(location))
              << Qt::endl;
        return ExitQueued;
    }
    out() << tr("Applied %n change(s)", nullptr, int(batch->size()))
          << (batch->isEmpty() ? QString() : tr(" as revision %1").arg((*catalog)->revision())) << Qt::endl;
    return ExitSuccess;
}

} // namespace mesh::app
