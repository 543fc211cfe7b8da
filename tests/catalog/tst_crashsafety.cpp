// A writer killed with SIGKILL at random points while it applies changes: the catalog
// reopens, PRAGMA integrity_check is ok, every batch whose apply had returned is there
// whole, and nothing half-applied is.

#include "catalog/catalog.h"
#include "catalog/store/sqlitecatalogstore.h"
#include "testcatalogs.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <csignal>

using namespace mesh::catalog;

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void survivesSigkillAtRandomPoints()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("crash.meshcat");
        mesh::testing::createCatalog(dir, "crash.meshcat").reset();

        QRandomGenerator random(20261126);
        int kills = 0;
        int checkedBatches = 0;
        const int runs = 25;
        for (int run = 0; run < runs; ++run) {
            QProcess writer;
            writer.setProgram(QStringLiteral(CRASH_WRITER));
            writer.setArguments({path, QString::number(run)});
            writer.start();
            QVERIFY(writer.waitForStarted());
            // Killed once it has returned from a random number of its 1,000 batches, so that
            // every run is cut in the middle however fast the machine writes.
            const int killAfter = int(random.bounded(0, 900));
            QByteArray output;
            int lastReturned = -1;
            auto readReturned = [&] {
                output += writer.readAllStandardOutput();
                const QList<QByteArray> lines = output.split('\n');
                for (qsizetype i = 0; i + 1 < lines.size(); ++i) {   // whole lines only
                    bool isNumber = false;
                    const int n = lines[i].toInt(&isNumber);
                    if (isNumber)
                        lastReturned = std::max(lastReturned, n);
                }
            };
            while (lastReturned < killAfter && writer.state() == QProcess::Running) {
                QVERIFY2(writer.waitForReadyRead(10000) || writer.state() != QProcess::Running, "the writer keeps going");
                readReturned();
            }
            const bool killed = writer.state() == QProcess::Running;
            if (killed)
                ::kill(writer.processId(), SIGKILL);
            QVERIFY(writer.waitForFinished(10000));
            if (killed) {
                QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
                ++kills;
            }
            readReturned();

            auto store = SqliteCatalogStore::open(path, OpenMode::ReadWrite);
            QVERIFY2(store.isOk(), qPrintable(store.isOk() ? QString() : store.error().message));
            QCOMPARE(*(*store)->integrityCheck(), QStringList{"ok"});
            auto state = (*store)->load();
            QVERIFY(state.isOk());
            // Every returned batch is there; at most one more (committed, not yet printed).
            for (int i = 0; i <= lastReturned + 1; ++i) {
                const Element *element = state->findElement({}, ElementKind::Actor, QStringLiteral("R%1-%2").arg(run).arg(i));
                if (i > lastReturned) {
                    if (element && i % 2 == 1) {
                        const Element *previous = state->findElement({}, ElementKind::Actor, QStringLiteral("R%1-%2").arg(run).arg(i - 1));
                        QCOMPARE(previous->description, QStringLiteral("v1"));
                    }
                    continue;
                }
                QVERIFY2(element, qPrintable(QStringLiteral("run %1 batch %2 returned but is missing").arg(run).arg(i)));
                // The update in batch i+1 is all-or-nothing with its create.
                const Element *next = state->findElement({}, ElementKind::Actor, QStringLiteral("R%1-%2").arg(run).arg(i + 1));
                if (i % 2 == 0)
                    QCOMPARE(element->description, next ? QStringLiteral("v1") : QStringLiteral("v0"));
                ++checkedBatches;
            }
            QVERIFY(!state->findElement({}, ElementKind::Actor, QStringLiteral("R%1-%2").arg(run).arg(lastReturned + 2)));
            // The log agrees with the state: every revision created exactly one element.
            QCOMPARE((*store)->revision(), qint64(state->elements().size()));
        }
        QVERIFY2(kills >= runs - 2, qPrintable(QStringLiteral("only %1 kills in %2 runs").arg(kills).arg(runs)));
        QVERIFY(checkedBatches > 0);
        qInfo("%d kills, %d returned batches checked", kills, checkedBatches);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
