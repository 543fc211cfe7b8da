#pragma once

#include <QStringList>

namespace mesh::app {

// The catalogs opened lately, most recent first, kept in the settings (never passwords:
// shared catalog URLs are stored without them).
class RecentCatalogs
{
public:
    static constexpr int kMaximum = 10;
    static QStringList list();
    static void add(const QString &location);
    static void remove(const QString &location);
    static void clear();
    // The location as it may be kept: a shared catalog's URL without its password.
    static QString withoutPassword(const QString &location);
};

} // namespace mesh::app
