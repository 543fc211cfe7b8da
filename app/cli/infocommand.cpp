#include "app/cli/infocommand.h"

#include "app/cli/commandparser.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace mesh::app {

using namespace mesh::catalog;

QString InfoCommand::summary() const
{
    return tr("Count a catalog's elements per kind, relations, schema versions and changes");
}

int InfoCommand::run(const QStringList &arguments)
{
    CommandParser parser(name(), summary());
    std::unique_ptr<Catalog> opened;
    QString format;
    if (auto stop = openWithOutput(parser, arguments, {QStringLiteral("text"), QStringLiteral("json")}, opened, format))
        return *stop;
    Catalog *catalog = opened.get();
    const CatalogState &state = catalog->state();
    auto changes = catalog->changeCount();
    if (!changes)
        return fail(changes.error());

    QMap<ElementKind, int> perKind;
    for (ElementKind kind : allElementKinds())
        perKind.insert(kind, 0);
    for (const Element &element : state.elements())
        ++perKind[element.kind];

    if (format == QLatin1String("json")) {
        QJsonObject elements;
        for (auto it = perKind.cbegin(); it != perKind.cend(); ++it)
            elements.insert(elementKindId(it.key()), it.value());
        const QJsonObject info{{"elements", elements},
                               {"relations", state.relations().size()},
                               {"schemas", state.schemaVersionCount()},
                               {"changes", *changes},
                               {"revision", catalog->revision()}};
        out() << QJsonDocument(info).toJson(QJsonDocument::Indented);
        return ExitSuccess;
    }
    out() << tr("Catalog:         %1").arg(catalog->location()) << '\n'
          << tr("Revision:        %1").arg(catalog->revision()) << '\n'
          << tr("Elements:        %1").arg(state.elements().size()) << '\n';
    qsizetype width = 0;
    for (ElementKind kind : allElementKinds())
        width = std::max(width, elementKindPluralName(kind).size() + 1);
    for (auto it = perKind.cbegin(); it != perKind.cend(); ++it) {
        if (it.value() > 0)
            out() << QStringLiteral("  %1 %2").arg(elementKindPluralName(it.key()) + QLatin1Char(':'), -int(width)).arg(it.value()) << '\n';
    }
    out() << tr("Relations:       %1").arg(state.relations().size()) << '\n'
          << tr("Schema versions: %1").arg(state.schemaVersionCount()) << '\n'
          << tr("Diagrams:        %1").arg(state.diagrams().size()) << '\n'
          << tr("Changes:         %1").arg(*changes) << Qt::endl;
    return ExitSuccess;
}

} // namespace mesh::app
