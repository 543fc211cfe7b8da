#include "app/studio/overviewpage.h"

#include "catalog/catalog.h"

#include <QDir>
#include <QFileInfo>
#include <QMap>

namespace mesh::app {

using namespace mesh::catalog;

namespace {

QString startLinks(const QStringList &recent)
{
    QString links;
    for (int i = 0; i < recent.size(); ++i)
        links += QStringLiteral("<br><a href='recent:%1'>%2</a>").arg(i).arg(QDir::toNativeSeparators(recent.at(i)).toHtmlEscaped());
    return OverviewPage::tr("<h3>Start</h3><p><a href='start:sample'>Open the sample catalog</a><br><a href='start:new'>New catalog…</a><br>"
                            "<a href='start:open'>Open a catalog file…</a><br><a href='start:shared'>Open a shared catalog…</a></p>")
        + (links.isEmpty() ? QString() : OverviewPage::tr("<h3>Recent catalogs</h3><p>%1</p>").arg(links.mid(4)));
}

} // namespace

QString OverviewPage::html(const Catalog *catalog, const QStringList &recent)
{
    if (!catalog)
        return tr("<h2>No catalog is open</h2>") + startLinks(recent);
    const CatalogState &state = catalog->state();
    QMap<ElementKind, int> perKind;
    for (const Element &element : state.elements())
        ++perKind[element.kind];
    QString rows;
    for (auto it = perKind.cbegin(); it != perKind.cend(); ++it) {
        rows += QStringLiteral("<tr><td><span style='color:%1'>■</span> %2</td><td align='right'>%3</td></tr>")
                    .arg(elementKindColor(it.key()), elementKindPluralName(it.key()).toHtmlEscaped())
                    .arg(it.value());
    }
    return tr("<h2>%1</h2><p>Revision %2 · %3 relations · %4 schema versions</p>"
              "<table cellspacing='6'>%5</table>"
              "<p style='color:gray'>Select an element in the catalog tree to edit it.</p>%6")
        .arg(QFileInfo(catalog->location()).completeBaseName().toHtmlEscaped())
        .arg(catalog->revision())
        .arg(state.relations().size())
        .arg(state.schemaVersionCount())
        .arg(rows, startLinks(recent));
}

OverviewPage::Link OverviewPage::parse(const QString &link, int *index)
{
    if (link.startsWith(QLatin1String("recent:"))) {
        *index = link.mid(7).toInt();
        return Link::Recent;
    }
    if (link == QLatin1String("start:sample"))
        return Link::Sample;
    if (link == QLatin1String("start:new"))
        return Link::New;
    if (link == QLatin1String("start:open"))
        return Link::Open;
    if (link == QLatin1String("start:shared"))
        return Link::Shared;
    return Link::None;
}

} // namespace mesh::app
