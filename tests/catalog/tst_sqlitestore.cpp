// The SQLite store: what is committed comes back; files that are not catalogs (or are
// newer, read-only, missing) are refused with a clear error and left untouched;
// migrations run forward from the first schema version; a stale writer is refused.

#include "catalog/catalog.h"
#include "catalog/changes/changeapplier.h"
#include "catalog/changes/changejson.h"
#include "catalog/store/sqlitecatalogstore.h"
#include "testcatalogs.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace mesh::catalog;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Runs SQL on a file with a connection of its own, as another program would.
void runSql(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-%1").arg(QUuid::createUuid().toString());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &sql : statements) {
            QSqlQuery query(db);
            QVERIFY2(query.exec(sql), qPrintable(sql));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

class TestSqliteStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void committedStateComesBack()
    {
        QTemporaryDir dir;
        auto catalog = mesh::testing::createCatalog(dir);
        mesh::testing::applyLines(*catalog, mesh::testing::kSmallModel);
        mesh::testing::applyLines(*catalog, R"({"op":"update","ref":"Identity/ProfilePublished","set":{"lifecycle":"proposed"}})");
        QCOMPARE(catalog->revision(), 2);
        const CatalogState expected = catalog->state();
        const QString path = catalog->location();
        catalog.reset();

        auto reopened = Catalog::open(path);
        QVERIFY(reopened.isOk());
        QString difference;
        QVERIFY2((*reopened)->state().hasSameContent(expected, &difference), qPrintable(difference));
        QCOMPARE((*reopened)->revision(), 2);
        QCOMPARE(*(*reopened)->changeCount(), qint64(mesh::testing::kSmallModel.count("\"op\"") + 1));

        auto log = (*reopened)->log(1);
        QVERIFY(log.isOk());
        QCOMPARE(log->size(), 1);
        QCOMPARE(log->first().revision, 2);
        QCOMPARE(log->first().author, QStringLiteral("tester"));
        QCOMPARE(log->first().summary, QStringLiteral("update Identity/ProfilePublished (lifecycle)"));
        QVERIFY(log->first().time.isValid());
        QVERIFY(log->first().change.startsWith("{\"op\":\"update\""));
    }

    // The relations' paths from a layout are kept with the diagram; a malformed one is refused
    // with the field named, and nothing changes.
    void diagramRoutesComeBack()
    {
        QTemporaryDir dir;
        auto catalog = mesh::testing::createCatalog(dir);
        mesh::testing::applyLines(*catalog, mesh::testing::kSmallModel);
        const Diagram diagram = *catalog->state().diagrams().begin();
        const QUuid relation = catalog->state().relations().begin()->id;
        const QHash<QUuid, RelationRoute> routes{{relation, {{150, 65}, {170, 40.5}, {190, 40.5}, {210, 65}}}};
        QVERIFY(catalog->apply({UpdateDiagram{diagram.id, {{"routes", routesToJson(routes)}}}}));
        QCOMPARE(catalog->state().diagram(diagram.id)->routes, routes);

        const QJsonObject oddCount{{relation.toString(QUuid::WithoutBraces), QJsonArray{1, 2, 3}}};
        const auto refused = catalog->apply({UpdateDiagram{diagram.id, {{"routes", oddCount}}}});
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("routes"));
        QCOMPARE(catalog->state().diagram(diagram.id)->routes, routes);

        const QString path = catalog->location();
        catalog.reset();
        auto reopened = Catalog::open(path);
        QVERIFY(reopened.isOk());
        QCOMPARE((*reopened)->state().diagram(diagram.id)->routes, routes);
    }

    void hostileNamesAreStoredVerbatim()
    {
        QTemporaryDir dir;
        auto catalog = mesh::testing::createCatalog(dir);
        const QString hostile = QStringLiteral("Robert'); DROP TABLE elements;-- \\ \"quoted\" 名前 🚀");
        Batch batch{CreateElement{Element{QUuid::createUuid(), ElementKind::BoundedContext, hostile}}};
        std::get<CreateElement>(batch[0]).element.description = QStringLiteral("line one\nline two; ' \" \\");
        QVERIFY(catalog->apply(batch).isOk());
        const QString path = catalog->location();
        catalog.reset();
        auto reopened = Catalog::open(path);
        QVERIFY(reopened.isOk());
        const Element *element = (*reopened)->state().findElement({}, ElementKind::BoundedContext, hostile);
        QVERIFY(element);
        QCOMPARE(element->description, QStringLiteral("line one\nline two; ' \" \\"));
    }

    void refusesWhatIsNotACatalog_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("sqlite");
        QTest::newRow("text file") << QByteArray("hello, this is not a catalog\n") << false;
        QTest::newRow("empty file") << QByteArray() << false;
        QTest::newRow("other sqlite database") << QByteArray() << true;
    }

    void refusesWhatIsNotACatalog()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, sqlite);
        QTemporaryDir dir;
        const QString path = dir.filePath("other.meshcat");
        if (sqlite) {
            runSql(path, {"CREATE TABLE notes(text TEXT)", "INSERT INTO notes VALUES ('keep me')"});
        } else {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        const QByteArray before = fileHash(path);
        auto opened = Catalog::open(path);
        QVERIFY(!opened.isOk());
        QCOMPARE(opened.error().code, ErrorCode::NotACatalog);
        QVERIFY(opened.error().message.contains("other.meshcat"));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + "-wal"));
    }

    void refusesANewerCatalog()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("newer.meshcat");
        mesh::testing::createCatalog(dir, "newer.meshcat").reset();
        runSql(path, {"PRAGMA user_version = 99"});
        const QByteArray before = fileHash(path);
        auto opened = Catalog::open(path);
        QVERIFY(!opened.isOk());
        QCOMPARE(opened.error().code, ErrorCode::NewerVersion);
        QVERIFY(opened.error().message.contains("newer"));
        QCOMPARE(fileHash(path), before);
    }

    void refusesAMissingFileWithoutCreatingIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("missing.meshcat");
        auto opened = Catalog::open(path);
        QVERIFY(!opened.isOk());
        QCOMPARE(opened.error().code, ErrorCode::NotFound);
        QVERIFY(!QFile::exists(path));
    }

    void readOnlyFileOpensOnlyForReading()
    {
        QTemporaryDir dir;
        auto catalog = mesh::testing::createCatalog(dir);
        mesh::testing::applyLines(*catalog, mesh::testing::kSmallModel);
        const QString path = catalog->location();
        catalog.reset();
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const QByteArray before = fileHash(path);

        auto writable = Catalog::open(path, OpenMode::ReadWrite);
        QVERIFY(!writable.isOk());
        QCOMPARE(writable.error().code, ErrorCode::ReadOnly);

        auto readable = Catalog::open(path, OpenMode::ReadOnly);
        QVERIFY2(readable.isOk(), qPrintable(readable.isOk() ? QString() : readable.error().message));
        QVERIFY((*readable)->isReadOnly());
        QVERIFY(!(*readable)->state().elements().isEmpty());
        auto refused = (*readable)->apply(Batch{CreateElement{Element{QUuid::createUuid(), ElementKind::Actor, "A"}}});
        QVERIFY(!refused.isOk());
        QCOMPARE(refused.error().code, ErrorCode::ReadOnly);
        readable->reset();
        QCOMPARE(fileHash(path), before);
    }

    void createRefusesAnExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("exists.meshcat");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("precious");
        file.close();
        auto created = Catalog::create(path);
        QVERIFY(!created.isOk());
        QCOMPARE(created.error().code, ErrorCode::Conflict);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("precious"));
    }

    void migratesFromTheFirstSchemaVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("old.meshcat");
        {
            auto store = SqliteCatalogStore::create(path, 1);
            QVERIFY2(store.isOk(), qPrintable(store.isOk() ? QString() : store.error().message));
            QCOMPARE((*store)->schemaVersion(), 1);
            CatalogState state;
            auto batch = ChangeJson::readJsonLines(mesh::testing::kSmallModel, state);
            QVERIFY(batch.isOk());
            // Diagrams are written as this version writes them (with slices, a later column);
            // the old file gets the rest of the model.
            batch->removeIf([](const Change &change) {
                return std::holds_alternative<CreateDiagram>(change) || std::holds_alternative<PlaceElement>(change);
            });
            CommitRecord record;
            record.batch = *batch;
            record.author = "old-studio";
            record.clientId = "c";
            auto inverse = ChangeApplier::apply(state, *batch, &record.delta, &record.summaries);
            QVERIFY(inverse.isOk());
            record.inverse = *inverse;
            QVERIFY((*store)->commit(record, state).isOk());
        }
        auto opened = Catalog::open(path);
        QVERIFY2(opened.isOk(), qPrintable(opened.isOk() ? QString() : opened.error().message));
        auto &store = static_cast<SqliteCatalogStore &>((*opened)->reader());
        QCOMPARE(store.schemaVersion(), SqliteCatalogStore::latestSchemaVersion());
        QCOMPARE((*opened)->state().elements().size(), 9);
        QCOMPARE((*opened)->revision(), 1);
        QCOMPARE((*opened)->log()->first().author, QStringLiteral("old-studio"));
        QCOMPARE(*store.integrityCheck(), QStringList{"ok"});
        opened->reset();

        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "check-indexes");
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec("SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'relations_from'"));
        QVERIFY2(query.next(), "migration 2 added its indexes");
        query = QSqlQuery();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase("check-indexes");
    }

    void secondWriterOnTheFileTakesTheFirstsChangesFirst()
    {
        QTemporaryDir dir;
        auto first = mesh::testing::createCatalog(dir);
        mesh::testing::applyLines(*first, mesh::testing::kSmallModel);
        auto second = Catalog::open(first->location());
        QVERIFY(second.isOk());

        mesh::testing::applyLines(*first, R"({"op":"create","kind":"Actor","name":"FromFirst"})");
        QSignalSpy arrived(second->get(), &Catalog::changesApplied);
        auto applied = (*second)->apply(Batch{CreateElement{Element{QUuid::createUuid(), ElementKind::Actor, "FromSecond"}}});
        QVERIFY2(applied.isOk(), qPrintable(applied.isOk() ? QString() : applied.error().message));
        QCOMPARE(arrived.size(), 2); // the first's change (Remote), then its own
        QCOMPARE(arrived.at(0).at(1).value<ChangeOrigin>(), ChangeOrigin::Remote);
        QCOMPARE((*second)->revision(), first->revision() + 1);

        auto reread = Catalog::open(first->location());
        QVERIFY(reread.isOk());
        QVERIFY((*reread)->state().findElement({}, ElementKind::Actor, "FromFirst"));
        QVERIFY((*reread)->state().findElement({}, ElementKind::Actor, "FromSecond"));
        QVERIFY((*reread)->state().hasSameContent((*second)->state()));
    }

    void savesAConsistentCopy()
    {
        QTemporaryDir dir;
        auto catalog = mesh::testing::createCatalog(dir);
        mesh::testing::applyLines(*catalog, mesh::testing::kSmallModel);
        const QString copy = dir.filePath("copy.meshcat");
        QVERIFY(catalog->saveCopyAs(copy).isOk());
        QVERIFY(!catalog->saveCopyAs(catalog->location()).isOk());
        auto opened = Catalog::open(copy);
        QVERIFY(opened.isOk());
        QVERIFY((*opened)->state().hasSameContent(catalog->state()));
        QCOMPARE(*(*opened)->changeCount(), *catalog->changeCount());
        // Saving again replaces the earlier copy.
        mesh::testing::applyLines(*catalog, R"({"op":"create","kind":"Actor","name":"Later"})");
        opened->reset();
        QVERIFY(catalog->saveCopyAs(copy).isOk());
        auto again = Catalog::open(copy);
        QVERIFY(again.isOk());
        QVERIFY((*again)->state().findElement({}, ElementKind::Actor, "Later"));
    }

    void fullDiskLeavesCatalogIntact()
    {
        QTemporaryDir dir;
        auto catalog = mesh::testing::createCatalog(dir);
        mesh::testing::applyLines(*catalog, mesh::testing::kSmallModel);
        const CatalogState before = catalog->state();
        const qint64 revision = catalog->revision();
        auto &store = static_cast<SqliteCatalogStore &>(catalog->reader());
        QVERIFY(store.limitFileSize(QFileInfo(catalog->location()).size() + 8192).isOk());

        Batch big;
        for (int i = 0; i < 2000; ++i) {
            Element element{QUuid::createUuid(), ElementKind::Actor, QStringLiteral("Actor%1").arg(i)};
            element.description = QString(400, QLatin1Char('x'));
            big.append(CreateElement{element});
        }
        QSignalSpy applied(catalog.get(), &Catalog::changesApplied);
        auto result = catalog->apply(big);
        QVERIFY(!result.isOk());
        QCOMPARE(result.error().code, ErrorCode::StorageFailure);
        QVERIFY2(result.error().message.contains("disk is full"), qPrintable(result.error().message));
        QCOMPARE(applied.size(), 0);
        QCOMPARE(catalog->revision(), revision);
        QVERIFY(catalog->state().hasSameContent(before));

        // Small changes still fit, and nothing of the failed batch is in the file.
        mesh::testing::applyLines(*catalog, R"({"op":"create","kind":"Actor","name":"AfterTheFailure"})");
        QCOMPARE(*store.integrityCheck(), QStringList{"ok"});
        const QString path = catalog->location();
        const CatalogState expected = catalog->state();
        catalog.reset();
        auto reopened = Catalog::open(path);
        QVERIFY(reopened.isOk());
        QVERIFY((*reopened)->state().hasSameContent(expected));
        QVERIFY(!(*reopened)->state().findElement({}, ElementKind::Actor, "Actor0"));
    }

    void usesWalAndForeignKeys()
    {
        QTemporaryDir dir;
        auto catalog = mesh::testing::createCatalog(dir);
        mesh::testing::applyLines(*catalog, mesh::testing::kSmallModel);
        QVERIFY(QFile::exists(catalog->location() + "-wal"));
        const QString path = catalog->location();
        catalog.reset();
        // Another program breaking a reference is caught by the foreign keys.
        const QString name = "fk-check";
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec("PRAGMA foreign_keys = ON"));
            QVERIFY(query.exec("SELECT id FROM elements WHERE name = 'ProfileService'"));
            QVERIFY(query.next());
            const QString id = query.value(0).toString();
            query.finish();
            QVERIFY2(!query.exec(QStringLiteral("DELETE FROM elements WHERE id = '%1'").arg(id)), "referenced by relations");
            query = QSqlQuery();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    // An import-sized batch has its log lines encoded on another core: the log still holds
    // every change in its place, the revision keeps the inverse that undoes it, and the
    // file gives the same catalog back.
    void aLargeBatchIsLoggedInItsOrder()
    {
        QTemporaryDir dir;
        auto catalog = mesh::testing::createCatalog(dir);
        mesh::testing::applyLines(*catalog, R"({"op":"create","kind":"BoundedContext","name":"Bulk"})");
        const CatalogState before = catalog->state();
        constexpr int kEvents = 600;
        QByteArray lines;
        for (int i = 0; i < kEvents; ++i)
            lines += QStringLiteral(R"({"op":"create","kind":"Event","name":"Bulk%1","context":"Bulk"})").arg(i, 4, 10, QLatin1Char('0')).toUtf8() + '\n';
        const Batch inverse = mesh::testing::applyLines(*catalog, lines);
        QCOMPARE(inverse.size(), kEvents);

        auto log = catalog->log(1);
        QVERIFY(log.isOk());
        QCOMPARE(log->size(), kEvents);
        for (int i = 0; i < kEvents; ++i) {
            const QJsonObject change = QJsonDocument::fromJson(log->at(i).change).object();
            QCOMPARE(log->at(i).sequence, i);
            QCOMPARE(change.value("name").toString(), QStringLiteral("Bulk%1").arg(i, 4, 10, QLatin1Char('0')));
        }
        const QString path = catalog->location();
        const CatalogState after = catalog->state();
        catalog.reset();

        const QString name = QStringLiteral("inverse-check");
        QByteArray storedInverse;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT inverse FROM revisions WHERE revision = 2")));
            QVERIFY(query.next());
            storedInverse = query.value(0).toByteArray();
            query = QSqlQuery();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);

        auto reopened = Catalog::open(path);
        QVERIFY(reopened.isOk());
        QString difference;
        QVERIFY2((*reopened)->state().hasSameContent(after, &difference), qPrintable(difference));
        auto undo = ChangeJson::readJsonLines(storedInverse, (*reopened)->state());
        QVERIFY2(undo.isOk(), undo.isOk() ? "" : qPrintable(undo.error().message));
        QCOMPARE(undo->size(), kEvents);
        QVERIFY((*reopened)->apply(*undo).isOk());
        QVERIFY2((*reopened)->state().hasSameContent(before, &difference), qPrintable(difference));
    }
};

QTEST_GUILESS_MAIN(TestSqliteStore)
#include "tst_sqlitestore.moc"
