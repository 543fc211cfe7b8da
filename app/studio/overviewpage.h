#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace mesh::catalog {
class Catalog;
}

namespace mesh::app {

// The Overview tab's text: the open catalog at a glance (or that none is open), then a start
// page — the sample, a new catalog, a file, a shared catalog, the recent catalogs — as links
// that MainWindow follows.
class OverviewPage
{
    Q_DECLARE_TR_FUNCTIONS(mesh::app::OverviewPage)

public:
    enum class Link { None, Sample, New, Open, Shared, Recent };
    static QString html(const catalog::Catalog *catalog, const QStringList &recent);
    // What a link asks for; for Recent, `index` is its place in the recent list.
    static Link parse(const QString &link, int *index);
};

} // namespace mesh::app
