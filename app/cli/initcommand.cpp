#include "app/cli/initcommand.h"

#include "app/cli/commandparser.h"
#include "app/samplecatalog.h"

namespace mesh::app {

QString InitCommand::summary() const
{
    return tr("Create an empty catalog, or a copy of the sample catalog");
}

int InitCommand::run(const QStringList &arguments)
{
    CommandParser parser(name(), summary());
    parser.addPositional(QStringLiteral("PATH"), tr("The catalog file to create (suggested extension .meshcat)."));
    const QCommandLineOption sample(QStringLiteral("sample"), tr("Fill it with the sample catalog."));
    parser.addOption(sample);
    if (auto stop = parse(parser, arguments))
        return *stop;

    const QString path = parser.parser().positionalArguments().constFirst();
    auto catalog = parser.parser().isSet(sample) ? SampleCatalog::create(path) : catalog::Catalog::create(path);
    if (!catalog)
        return fail(catalog.error());
    out() << tr("Created %1 (%n element(s))", nullptr, int((*catalog)->state().elements().size())).arg(path) << Qt::endl;
    return ExitSuccess;
}

} // namespace mesh::app
