#include "app/cli/admincommand.h"

#include "app/cli/commandparser.h"
#include "catalog/store/postgrescatalogstore.h"

namespace mesh::app {

using namespace mesh::catalog;

QString AdminCommand::summary() const
{
    return tr("Administer a shared catalog: init-shared URL, grant URL ROLE USER");
}

int AdminCommand::run(const QStringList &arguments)
{
    const QString action = arguments.value(1);
    if (action == QLatin1String("init-shared")) {
        CommandParser parser(QStringLiteral("admin init-shared"),
                             tr("Create (or upgrade) the catalog's schema and the roles mesh_viewer, mesh_modeler and "
                                "mesh_approver in a PostgreSQL database. Run it as the database's owner; running it "
                                "again changes nothing."));
        parser.addPositional(QStringLiteral("URL"), tr("postgresql://user@host:port/database"));
        if (auto stop = parse(parser, arguments.mid(1)))
            return *stop;
        const QString url = parser.parser().positionalArguments().constFirst();
        auto version = PostgresCatalogStore::initShared(url);
        if (!version)
            return fail(version.error());
        out() << tr("%1 is a shared catalog (format %2)").arg(displayLocation(url)).arg(*version) << Qt::endl;
        return ExitSuccess;
    }
    if (action == QLatin1String("grant")) {
        CommandParser parser(QStringLiteral("admin grant"),
                             tr("Give a database user one role on a shared catalog: viewer (reads), modeler (changes) or "
                                "approver (also approves). The server enforces it."));
        parser.addPositional(QStringLiteral("URL"), tr("postgresql://user@host:port/database"));
        parser.addPositional(QStringLiteral("ROLE"), tr("viewer, modeler or approver"));
        parser.addPositional(QStringLiteral("USER"), tr("An existing database user."));
        if (auto stop = parse(parser, arguments.mid(1)))
            return *stop;
        const QStringList values = parser.parser().positionalArguments();
        if (auto granted = PostgresCatalogStore::grant(values[0], values[1], values[2]); !granted)
            return fail(granted.error());
        out() << tr("%1 is now %2 of %3").arg(values[2], values[1], displayLocation(values[0])) << Qt::endl;
        return ExitSuccess;
    }
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        out() << tr("Usage: meshstudio admin init-shared URL\n"
                    "       meshstudio admin grant URL ROLE USER\n\n%1\n")
                     .arg(summary());
        return ExitSuccess;
    }
    return fail(action.isEmpty() ? tr("missing action: init-shared or grant (see --help)")
                                 : tr("unknown action \"%1\": init-shared or grant (see --help)").arg(action));
}

} // namespace mesh::app
