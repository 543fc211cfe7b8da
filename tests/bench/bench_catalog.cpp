// Catalog-core benchmark (not a test): builds the large catalog of the catalog-core issue
// and prints bulk creation time, open + load time next to a plain sqlite3 read of the same
// rows, resident memory after load (in a fresh process), and the rate of single changes
// committed one by one next to a bare element-row + log-row transaction.
//
//   bench_catalog [--keep DIR]

#include "cataloggenerator.h"

#include "catalog/catalog.h"
#include "catalog/store/cataloghistory.h"
#include "catalog/governance/semanticdiff.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

using namespace mesh::catalog;

namespace {

long residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

// Reads every row the loader reads, with the C API, touching every column.
double plainSqliteReadMs(const QString &path, qint64 *rows)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    QElapsedTimer timer;
    timer.start();
    qint64 count = 0;
    size_t bytes = 0;
    for (const char *sql : {"SELECT id, kind, name, context_id, description, owner, tags, lifecycle, attributes FROM elements",
                            "SELECT id, kind, from_id, to_id, description FROM relations",
                            "SELECT subject_id, version, format, compatibility, lifecycle, text FROM schema_versions",
                            "SELECT id, name, kind FROM diagrams",
                            "SELECT diagram_id, element_id, x, y, width, height, lane, pinned FROM placements"}) {
        sqlite3_stmt *statement = nullptr;
        sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
        const int columns = sqlite3_column_count(statement);
        while (sqlite3_step(statement) == SQLITE_ROW) {
            for (int c = 0; c < columns; ++c) {
                const unsigned char *text = sqlite3_column_text(statement, c);
                bytes += text ? size_t(sqlite3_column_bytes(statement, c)) : 0;
            }
            ++count;
        }
        sqlite3_finalize(statement);
    }
    const double ms = timer.nsecsElapsed() / 1e6;
    sqlite3_close(db);
    *rows = count;
    (void)bytes;
    return ms;
}

// The bare cost of what a single change must do: one element row and one log row, in one
// transaction, with WAL and synchronous=NORMAL.
double bareTransactionsPerSecond(const QString &path, int count)
{
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
                     "CREATE TABLE e(id TEXT PRIMARY KEY, name TEXT, attributes TEXT);"
                     "CREATE TABLE log(revision INTEGER PRIMARY KEY, change TEXT);",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt *element = nullptr;
    sqlite3_stmt *log = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO e VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name", -1, &element, nullptr);
    sqlite3_prepare_v2(db, "INSERT INTO log(change) VALUES (?)", -1, &log, nullptr);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        const QByteArray id = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        const QByteArray change = "{\"op\":\"update\",\"ref\":\"" + id + "\",\"set\":{\"name\":\"x\"}}";
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        sqlite3_bind_text(element, 1, id.constData(), int(id.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(element, 2, "name", -1, SQLITE_STATIC);
        sqlite3_bind_null(element, 3);
        sqlite3_step(element);
        sqlite3_reset(element);
        sqlite3_bind_text(log, 1, change.constData(), int(change.size()), SQLITE_TRANSIENT);
        sqlite3_step(log);
        sqlite3_reset(log);
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    sqlite3_finalize(element);
    sqlite3_finalize(log);
    sqlite3_close(db);
    return count / seconds;
}

// Child mode: open + load once in a fresh process, print "<ms> <rss KiB>".
int measureLoad(const QString &path)
{
    const long before = residentKiB();
    QElapsedTimer timer;
    timer.start();
    auto catalog = Catalog::open(path, OpenMode::ReadOnly);
    const double ms = timer.nsecsElapsed() / 1e6;
    if (!catalog) {
        std::fprintf(stderr, "%s\n", qPrintable(catalog.error().message));
        return 1;
    }
    const long rss = residentKiB();
    // The share of reading rows into the state, without opening the connection.
    timer.restart();
    auto reloaded = (*catalog)->reader().load();
    const double loadMs = timer.nsecsElapsed() / 1e6;
    std::printf("%.1f %ld %ld %.1f\n", ms, rss, before, reloaded ? loadMs : -1.0);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("--measure-load"))
        return measureLoad(args.value(2));

    QTemporaryDir temporary;
    const QString dir = args.value(1) == QLatin1String("--keep") ? args.value(2) : temporary.path();
    const QString path = dir + QStringLiteral("/large.meshcat");
    QFile::remove(path);

    const mesh::testing::GeneratorSizes sizes;
    std::printf("Catalog-core benchmark: %d contexts, %d events, %d commands, %d read models, %d policies, "
                "%d services, %d relations, %d schema versions\n",
                sizes.contexts, sizes.events, sizes.commands, sizes.readModels, sizes.policies, sizes.services,
                sizes.relations, sizes.schemaVersions);

    // Bulk creation, in batches of 1,000 changes.
    {
        auto catalog = Catalog::create(path);
        if (!catalog)
            return std::fprintf(stderr, "%s\n", qPrintable(catalog.error().message)), 1;
        const mesh::testing::CatalogGenerator generator(sizes);
        const QList<Batch> batches = generator.batches(1000);
        qint64 changes = 0;
        for (const Batch &batch : batches)
            changes += batch.size();
        QElapsedTimer timer;
        timer.start();
        for (const Batch &batch : batches) {
            if (auto applied = (*catalog)->apply(batch); !applied)
                return std::fprintf(stderr, "%s\n", qPrintable(applied.error().message)), 1;
        }
        const double seconds = timer.nsecsElapsed() / 1e9;
        std::printf("bulk creation:            %.2f s for %lld changes in %lld batches (%.0f changes/s)\n", seconds,
                    changes, qint64(batches.size()), changes / seconds);
    }

    // Open + load, each in a fresh process (so resident memory is the load's alone).
    QList<double> loads;
    QList<double> stateLoads;
    long rss = 0;
    long baseRss = 0;
    for (int i = 0; i < 5; ++i) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--measure-load"), path});
        child.waitForFinished(60000);
        const QList<QByteArray> fields = child.readAllStandardOutput().trimmed().split(' ');
        if (fields.size() < 4)
            return std::fprintf(stderr, "load measurement failed: %s\n", child.readAllStandardError().constData()), 1;
        loads.append(fields[0].toDouble());
        stateLoads.append(fields[3].toDouble());
        rss = fields[1].toLong();
        baseRss = fields[2].toLong();
    }
    std::sort(loads.begin(), loads.end());
    std::sort(stateLoads.begin(), stateLoads.end());
    QList<double> plain;
    qint64 rows = 0;
    for (int i = 0; i < 5; ++i)
        plain.append(plainSqliteReadMs(path, &rows));
    std::sort(plain.begin(), plain.end());
    std::printf("open + load:              %.1f ms median (min %.1f) over 5 runs; reading the state alone %.1f ms\n",
                loads[2], loads[0], stateLoads[2]);
    std::printf("plain sqlite3 read:       %.1f ms median (min %.1f) for the same %lld rows\n", plain[2], plain[0], rows);
    std::printf("load / plain read:        %.2fx (target <= 2.5x and <= 500 ms)\n", loads[2] / plain[2]);
    std::printf("resident after load:      %.1f MB (process before opening: %.1f MB; target <= 150 MB)\n", rss / 1024.0,
                baseRss / 1024.0);

    // Single changes, each applied and committed on its own.
    {
        auto catalog = Catalog::open(path);
        if (!catalog)
            return std::fprintf(stderr, "%s\n", qPrintable(catalog.error().message)), 1;
        QList<QUuid> events;
        for (const Element &element : (*catalog)->state().elements()) {
            if (element.kind == ElementKind::Event)
                events.append(element.id);
            if (events.size() == 5000)
                break;
        }
        QElapsedTimer timer;
        timer.start();
        int i = 0;
        for (const QUuid &id : events) {
            Batch batch{UpdateElement{id, {{"description", QStringLiteral("Edited %1").arg(i++)}}}};
            if (auto applied = (*catalog)->apply(batch); !applied)
                return std::fprintf(stderr, "%s\n", qPrintable(applied.error().message)), 1;
        }
        const double seconds = timer.nsecsElapsed() / 1e9;
        std::printf("single changes:           %.0f changes/s (%d updates, one transaction each; target >= 5000/s)\n",
                    events.size() / seconds, int(events.size()));

        // What the Review panel does when a review opens: both ends rebuilt from the log, then diffed.
        timer.restart();
        const qint64 to = (*catalog)->revision();
        auto before = CatalogHistory::stateAt((*catalog)->reader(), to / 2);
        auto after = CatalogHistory::stateAt((*catalog)->reader(), to);
        if (!before || !after)
            return std::fprintf(stderr, "replaying the log failed\n"), 1;
        const qsizetype items = SemanticDiff::between(*before, *after).items.size();
        std::printf("review of revisions %lld -> %lld: %.0f ms to replay both ends and diff (%lld items)\n", to / 2, to,
                    timer.nsecsElapsed() / 1e6, qint64(items));
    }
    std::printf("bare sqlite3 transaction: %.0f/s (one element row + one log row)\n",
                bareTransactionsPerSecond(dir + QStringLiteral("/bare.sqlite"), 5000));
    return 0;
}
