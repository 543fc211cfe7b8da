#include "app/cli/copycommand.h"

#include "app/cli/commandparser.h"
#include "catalog/store/catalogcopier.h"

namespace mesh::app {

using namespace mesh::catalog;

QString CopyCommand::summary() const
{
    return tr("Copy a catalog between a file and a shared catalog, ids and change log included");
}

int CopyCommand::run(const QStringList &arguments)
{
    CommandParser parser(name(), summary());
    parser.addPositional(QStringLiteral("SOURCE"), tr("The catalog to copy: a file or a postgresql:// URL."));
    parser.addPositional(QStringLiteral("DESTINATION"),
                         tr("A new file, or an empty shared catalog (created with admin init-shared)."));
    if (auto stop = parse(parser, arguments))
        return *stop;
    const QString source = parser.parser().positionalArguments().at(0);
    const QString destination = parser.parser().positionalArguments().at(1);

    auto catalog = openForReading(source);
    if (!catalog)
        return fail(catalog.error());
    auto copied = CatalogCopier::copyToNewLocation((*catalog)->reader(), destination, /*replace=*/false);
    if (!copied)
        return fail(copied.error());
    out() << tr("Copied %n revision(s) to %1", nullptr, int(*copied)).arg(displayLocation(destination)) << Qt::endl;
    return ExitSuccess;
}

} // namespace mesh::app
