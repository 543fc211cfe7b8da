// The shared catalog on a real PostgreSQL server that the test starts itself: several
// clients live on one catalog, merges of disjoint edits, conflicts on the same field,
// undo that refuses what someone has since changed, roles the server enforces against
// plain SQL, hostile names, and copies between a file and the server.

#include "catalog/catalog.h"
#include "catalog/governance/reviewsession.h"
#include "catalog/offlinequeue.h"
#include "catalog/store/postgrescatalogstore.h"
#include "postgresserver.h"
#include "programrun.h"
#include "testcatalogs.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mesh::catalog;
using mesh::testing::PostgresServer;

class TestSharedCatalog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PostgresServer> m_server;
    int m_databases = 0;

    // A fresh, initialised catalog database; returns its name.
    QString newCatalogDatabase()
    {
        const QString name = QStringLiteral("catalog%1").arg(++m_databases);
        if (!m_server->createDatabase(name))
            return {};
        auto initialised = PostgresCatalogStore::initShared(m_server->url(name));
        if (!initialised)
            qWarning() << initialised.error().message;
        return initialised ? name : QString();
    }

    // A new shared catalog where alice and bob are modelers; empty when that failed.
    QString newCatalogForAliceAndBob()
    {
        const QString database = newCatalogDatabase();
        for (const QString user : {"alice", "bob"}) {
            if (database.isEmpty() || !PostgresCatalogStore::grant(m_server->url(database), "modeler", user))
                return {};
        }
        return database;
    }

    std::unique_ptr<Catalog> openAs(const QString &database, const QString &user)
    {
        auto catalog = Catalog::open(m_server->url(database, user, user + "-pw"));
        if (!catalog) {
            QTest::qFail(qPrintable(catalog.error().message), __FILE__, __LINE__);
            return nullptr;
        }
        return std::move(catalog).value();
    }

    const Element *element(Catalog &catalog, const QString &context, ElementKind kind, const QString &name)
    {
        const Element *owner = catalog.state().findElement({}, ElementKind::BoundedContext, context);
        return owner ? catalog.state().findElement(owner->id, kind, name) : nullptr;
    }

    // Plain SQL as a database user, bypassing the studio, to see what the server allows.
    bool rawSql(const QString &database, const QString &user, const QString &sql, QString *error = nullptr)
    {
        const QString name = QUuid::createUuid().toString();
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QPSQL", name);
            db.setHostName("127.0.0.1");
            db.setPort(m_server->port());
            db.setDatabaseName(database);
            db.setUserName(user);
            db.setPassword(user + "-pw");
            if (db.open()) {
                QSqlQuery query(db);
                ok = query.exec(sql);
                if (error)
                    *error = query.lastError().databaseText();
            } else if (error) {
                *error = db.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    using Run = mesh::testing::ProgramRun;

    static Run meshstudio(const QStringList &arguments, const QByteArray &input = {})
    {
        mesh::testing::ProgramOptions options;
        options.input = input;
        return mesh::testing::runProgram(QStringLiteral(MESHSTUDIO_BINARY), arguments, options);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(mesh::catalog::OfflineQueue::directory()).removeRecursively();
        QString error;
        m_server = PostgresServer::start(&error);
        QVERIFY2(m_server, qPrintable("the tests need their PostgreSQL server: " + error));
        for (const char *user : {"alice", "bob", "vera", "april"})
            QVERIFY(m_server->createUser(user, QString::fromLatin1(user) + "-pw"));
    }

    void cleanupTestCase()
    {
        m_server.reset();
    }

    void initSharedIsIdempotentAndGrantsRoles()
    {
        QVERIFY(m_server->createDatabase("roles"));
        auto first = PostgresCatalogStore::initShared(m_server->url("roles"));
        QVERIFY2(first.isOk(), qPrintable(first.isOk() ? QString() : first.error().message));
        auto second = PostgresCatalogStore::initShared(m_server->url("roles"));
        QVERIFY(second.isOk());
        QCOMPARE(*second, PostgresCatalogStore::latestSchemaVersion());
        QVERIFY(PostgresCatalogStore::grant(m_server->url("roles"), "modeler", "alice").isOk());
        QVERIFY(PostgresCatalogStore::grant(m_server->url("roles"), "approver", "april").isOk());
        QVERIFY(PostgresCatalogStore::grant(m_server->url("roles"), "viewer", "vera").isOk());
        auto unknownRole = PostgresCatalogStore::grant(m_server->url("roles"), "owner", "alice");
        QCOMPARE(unknownRole.error().code, ErrorCode::InvalidInput);
        auto unknownUser = PostgresCatalogStore::grant(m_server->url("roles"), "viewer", "mallory");
        QCOMPARE(unknownUser.error().code, ErrorCode::NotFound);
    }

    void openApplyReopen()
    {
        const QString database = newCatalogDatabase();
        QVERIFY(!database.isEmpty());
        QVERIFY(PostgresCatalogStore::grant(m_server->url(database), "modeler", "alice").isOk());
        auto alice = openAs(database, "alice");
        QVERIFY(alice);
        alice->setAuthor("someone-else"); // the server records who really connected
        mesh::testing::applyLines(*alice, mesh::testing::kSmallModel);
        const CatalogState expected = alice->state();
        alice.reset();

        auto again = openAs(database, "alice");
        QVERIFY(again);
        QString difference;
        QVERIFY2(again->state().hasSameContent(expected, &difference), qPrintable(difference));
        QCOMPARE(again->revision(), 1);
        QCOMPARE(again->log()->first().author, QStringLiteral("alice"));
        QVERIFY(!again->location().contains("alice-pw")); // never shown, never stored
    }

    void refusesWhatIsNotACatalog()
    {
        QVERIFY(m_server->createDatabase("empty"));
        auto opened = Catalog::open(m_server->url("empty"));
        QVERIFY(!opened.isOk());
        QCOMPARE(opened.error().code, ErrorCode::NotACatalog);
        QVERIFY(opened.error().message.contains("init-shared"));
        QVERIFY(!opened.error().message.contains("secret"));

        auto wrongPassword = Catalog::open(m_server->url("empty", "alice", "not-her-password"));
        QVERIFY(!wrongPassword.isOk());
        QCOMPARE(wrongPassword.error().code, ErrorCode::PermissionDenied);
        QVERIFY(!wrongPassword.error().message.contains("not-her-password"));

        auto noServer = Catalog::open(QStringLiteral("postgresql://alice:x@127.0.0.1:1/catalog"));
        QVERIFY(!noServer.isOk());
        QCOMPARE(noServer.error().code, ErrorCode::Offline);

        auto badUrl = Catalog::open(QStringLiteral("postgresql://alice@127.0.0.1:%1/").arg(m_server->port()));
        QVERIFY(!badUrl.isOk());
        QCOMPARE(badUrl.error().code, ErrorCode::InvalidInput);
    }

    void liveBetweenTwoClients()
    {
        const QString database = newCatalogForAliceAndBob();
        QVERIFY(!database.isEmpty());
        auto alice = openAs(database, "alice");
        mesh::testing::applyLines(*alice, mesh::testing::kSmallModel);
        auto bob = openAs(database, "bob");
        bob->setLive(true);
        QSignalSpy arrived(bob.get(), &Catalog::changesApplied);

        mesh::testing::applyLines(*alice, R"({"op":"update","ref":"Identity/ProfilePublished","set":{"description":"Seen by Bob"}})");
        QTRY_COMPARE_WITH_TIMEOUT(arrived.size(), 1, 5000);
        QCOMPARE(arrived.first().at(1).value<ChangeOrigin>(), ChangeOrigin::Remote);
        QCOMPARE(element(*bob, "Identity", ElementKind::Event, "ProfilePublished")->description, QStringLiteral("Seen by Bob"));
        QCOMPARE(bob->revision(), alice->revision());

        // And back: Bob's change reaches Alice.
        alice->setLive(true);
        QSignalSpy back(alice.get(), &Catalog::changesApplied);
        mesh::testing::applyLines(*bob, R"({"op":"create","kind":"Actor","name":"Participant"})");
        QTRY_COMPARE_WITH_TIMEOUT(back.size(), 1, 5000);
        QVERIFY(alice->state().findElement({}, ElementKind::Actor, "Participant"));
        QVERIFY(alice->state().hasSameContent(bob->state()));
    }

    void reviewsAreSharedLive()
    {
        const QString database = newCatalogForAliceAndBob();
        QVERIFY(!database.isEmpty());
        auto alice = openAs(database, "alice");
        mesh::testing::applyLines(*alice, mesh::testing::kSmallModel);
        auto bob = openAs(database, "bob");
        bob->setLive(true);
        alice->setLive(true);

        // Alice opens a review; Bob sees it arrive and records his decision; Alice sees that.
        const Review opened = ReviewSession::open(alice->state(), alice->revision(), "Small model", "alice");
        QVERIFY(alice->apply({SetReview{opened}}));
        QTRY_VERIFY_WITH_TIMEOUT(bob->state().reviews().contains(opened.id), 5000);
        const QString key = "Element:" + element(*bob, "Identity", ElementKind::Event, "ProfilePublished")->id.toString(QUuid::WithoutBraces);
        const Review decided = *ReviewSession::decide(bob->state().reviews().value(opened.id), key, "reject");
        QVERIFY(bob->apply({SetReview{decided}}));
        QTRY_COMPARE_WITH_TIMEOUT(alice->state().reviews().value(opened.id), decided, 5000);

        // Signed off by Alice, it is the baseline for both, and for whoever opens the catalog next.
        const Review closed = *ReviewSession::close(alice->state().reviews().value(opened.id), {}, "alice", alice->state());
        QVERIFY(alice->apply({SetReview{closed}}));
        QTRY_COMPARE_WITH_TIMEOUT(bob->state().baseline(), opened.to, 5000);
        bob.reset();
        auto again = openAs(database, "bob");
        QVERIFY(again);
        QCOMPARE(again->state().reviews().value(opened.id), closed);
        QCOMPARE(again->state().baseline(), opened.to);
    }

    void disjointFieldsMergeSameFieldConflicts()
    {
        const QString database = newCatalogForAliceAndBob();
        QVERIFY(!database.isEmpty());
        auto alice = openAs(database, "alice");
        mesh::testing::applyLines(*alice, mesh::testing::kSmallModel);
        auto bob = openAs(database, "bob"); // not live: Bob works on what he loaded
        const QUuid event = element(*bob, "Identity", ElementKind::Event, "ProfilePublished")->id;

        mesh::testing::applyLines(*alice, R"({"op":"update","ref":"Identity/ProfilePublished","set":{"description":"Words of Alice"}})");
        // Another field of the same element: merged.
        auto merged = bob->apply(Batch{UpdateElement{event, {{"owner", "bob-team"}}}});
        QVERIFY2(merged.isOk(), qPrintable(merged.isOk() ? QString() : merged.error().message));
        const Element *both = bob->state().element(event);
        QCOMPARE(both->description, QStringLiteral("Words of Alice"));
        QCOMPARE(both->owner, QStringLiteral("bob-team"));

        // The same field: a conflict for the later writer, and Alice's value stays.
        const qint64 bobsBase = bob->revision();
        mesh::testing::applyLines(*alice, R"({"op":"update","ref":"Identity/ProfilePublished","set":{"name":"ProfileShown"}})");
        auto conflict = bob->apply(Batch{UpdateElement{event, {{"name", "ProfileVisible"}}}}, ChangeOrigin::Local, bobsBase);
        QVERIFY(!conflict.isOk());
        QCOMPARE(conflict.error().code, ErrorCode::ChangedElsewhere);
        QVERIFY2(conflict.error().message.contains("alice") && conflict.error().message.contains("name"), qPrintable(conflict.error().message));
        QCOMPARE(bob->state().element(event)->name, QStringLiteral("ProfileShown")); // Bob now sees theirs
        // Keeping his own is a new change, made knowingly against what he now sees.
        QVERIFY(bob->apply(Batch{UpdateElement{event, {{"name", "ProfileVisible"}}}}).isOk());

        auto check = openAs(database, "alice");
        QCOMPARE(check->state().element(event)->name, QStringLiteral("ProfileVisible"));
        QCOMPARE(check->state().element(event)->owner, QStringLiteral("bob-team"));
        QCOMPARE(check->state().element(event)->description, QStringLiteral("Words of Alice"));
    }

    void undoRefusesWhatSomeoneChangedSince()
    {
        const QString database = newCatalogForAliceAndBob();
        QVERIFY(!database.isEmpty());
        auto alice = openAs(database, "alice");
        mesh::testing::applyLines(*alice, mesh::testing::kSmallModel);
        auto bob = openAs(database, "bob");
        const QUuid service = element(*bob, "Identity", ElementKind::Service, "ProfileService")->id;

        auto inverse = bob->apply(Batch{UpdateElement{service, {{"uptimeSloPercent", 99.0}, {"description", "From Bob"}}}});
        QVERIFY(inverse.isOk());
        const qint64 bobsRevision = bob->revision();
        alice->pull().value();
        mesh::testing::applyLines(*alice, R"({"op":"update","ref":"Identity/ProfileService","set":{"uptimeSloPercent":99.99}})");

        auto undo = bob->apply(*inverse, ChangeOrigin::Undo, bobsRevision);
        QVERIFY(!undo.isOk());
        QCOMPARE(undo.error().code, ErrorCode::ChangedElsewhere);
        QVERIFY(undo.error().message.contains("uptimeSloPercent"));

        // An undo of something nobody touched since goes through.
        auto own = bob->apply(Batch{UpdateElement{service, {{"mttrMinutes", 5.0}}}});
        QVERIFY(own.isOk());
        const qint64 ownRevision = bob->revision();
        mesh::testing::applyLines(*alice, R"({"op":"update","ref":"Identity/ProfileService","set":{"owner":"alice-team"}})");
        QVERIFY(bob->apply(*own, ChangeOrigin::Undo, ownRevision).isOk());
        QVERIFY(!bob->state().element(service)->attributes.contains("mttrMinutes"));
        QCOMPARE(bob->state().element(service)->owner, QStringLiteral("alice-team"));
    }

    void rolesAreEnforcedByTheServer()
    {
        const QString database = newCatalogDatabase();
        const QString url = m_server->url(database);
        QVERIFY(PostgresCatalogStore::grant(url, "viewer", "vera").isOk());
        QVERIFY(PostgresCatalogStore::grant(url, "modeler", "alice").isOk());
        QVERIFY(PostgresCatalogStore::grant(url, "approver", "april").isOk());
        auto alice = openAs(database, "alice");
        mesh::testing::applyLines(*alice, mesh::testing::kSmallModel);
        const QString id = element(*alice, "Identity", ElementKind::Event, "ProfilePublished")->id.toString(QUuid::WithoutBraces);
        QString error;

        // A viewer reads and nothing more, whatever SQL she sends.
        QVERIFY(rawSql(database, "vera", "SELECT count(*) FROM mesh.elements"));
        QVERIFY(!rawSql(database, "vera", QStringLiteral("UPDATE mesh.elements SET name = 'x' WHERE id = '%1'").arg(id), &error));
        QVERIFY2(error.contains("permission denied"), qPrintable(error));
        QVERIFY(!rawSql(database, "vera", "INSERT INTO mesh.revisions(revision, client_id, committed_at, inverse) VALUES (99, 'c', 'now', '')"));
        QVERIFY(!rawSql(database, "vera", "DELETE FROM mesh.changes"));
        auto asViewer = Catalog::open(m_server->url(database, "vera", "vera-pw"));
        QVERIFY(!asViewer.isOk());
        QCOMPARE(asViewer.error().code, ErrorCode::ReadOnly);
        auto reading = Catalog::open(m_server->url(database, "vera", "vera-pw"), OpenMode::ReadOnly);
        QVERIFY(reading.isOk());
        QCOMPARE((*reading)->state().elements().size(), alice->state().elements().size());

        // A modeler changes through the studio only (tst_sharedcatalogattacks tries the rest),
        // does not approve, and cannot rewrite the log.
        QVERIFY(!rawSql(database, "alice", QStringLiteral("UPDATE mesh.elements SET description = 'raw' WHERE id = '%1'").arg(id), &error));
        QVERIFY2(error.contains("permission denied"), qPrintable(error));
        QVERIFY(!rawSql(database, "alice", "DELETE FROM mesh.changes", &error));
        QVERIFY(!rawSql(database, "alice", "UPDATE mesh.revisions SET author = 'april'", &error));
        const qint64 before = alice->revision();
        const QUuid eventId = QUuid::fromString(id);
        auto refused = alice->apply(Batch{UpdateElement{eventId, {{"lifecycle", "approved"}}}});
        QVERIFY(!refused.isOk());
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(alice->revision(), before);
        QCOMPARE(alice->state().element(eventId)->lifecycle, Lifecycle::Draft);

        // An approver approves, through the studio too.
        QVERIFY(!rawSql(database, "april", QStringLiteral("UPDATE mesh.elements SET lifecycle = 'approved' WHERE id = '%1'").arg(id)));
        auto april = openAs(database, "april");
        QVERIFY(april->apply(Batch{UpdateElement{eventId, {{"lifecycle", "approved"}}}}).isOk());
        QVERIFY(april->apply(Batch{UpdateElement{eventId, {{"lifecycle", "proposed"}}}}).isOk());
        QVERIFY(april->apply(Batch{UpdateElement{eventId, {{"lifecycle", "approved"}}}}).isOk());
        QCOMPARE(april->log(april->revision() - 1)->first().author, QStringLiteral("april"));
    }

    void hostileNamesAreStoredVerbatim()
    {
        const QString database = newCatalogDatabase();
        QVERIFY(PostgresCatalogStore::grant(m_server->url(database), "modeler", "alice").isOk());
        auto alice = openAs(database, "alice");
        const QStringList names = {QStringLiteral("Robert'); DROP TABLE mesh.elements;--"), QStringLiteral("back\\slash \"quoted\" $1 ?"),
                                   QStringLiteral("名前 🚀 ünïcödé"), QStringLiteral("semi;colon'quote")};
        Batch batch;
        for (const QString &name : names)
            batch.append(CreateElement{Element{QUuid::createUuid(), ElementKind::BoundedContext, name}});
        std::get<CreateElement>(batch[0]).element.description = QStringLiteral("it's \"fine\"; \\n");
        QVERIFY(alice->apply(batch).isOk());
        alice.reset();
        auto again = openAs(database, "alice");
        for (const QString &name : names)
            QVERIFY2(again->state().findElement({}, ElementKind::BoundedContext, name), qPrintable(name));
        QCOMPARE(again->state().findElement({}, ElementKind::BoundedContext, names[0])->description, QStringLiteral("it's \"fine\"; \\n"));
        QVERIFY(rawSql(database, "alice", "SELECT count(*) FROM mesh.elements")); // the table is still there
    }

    void copiesBetweenFileAndServer()
    {
        QTemporaryDir dir;
        auto file = mesh::testing::createCatalog(dir, "source.meshcat");
        mesh::testing::applyLines(*file, mesh::testing::kSmallModel);
        mesh::testing::applyLines(*file, R"({"op":"update","ref":"Identity/ProfilePublished","set":{"lifecycle":"approved"}})");
        // A laid-out diagram: its relations' paths go along.
        const QHash<QUuid, RelationRoute> routes{{file->state().relations().begin()->id, {{0, 0}, {10, 5}, {20, 5}, {30, 0}}}};
        QVERIFY(file->apply({UpdateDiagram{file->state().diagrams().begin()->id, {{"routes", routesToJson(routes)}}}}));

        // File → server (as the catalog's owner, who may keep the original authors).
        const QString database = newCatalogDatabase();
        QVERIFY(file->saveCopyAs(m_server->url(database)).isOk());
        auto shared = Catalog::open(m_server->url(database));
        QVERIFY(shared.isOk());
        QString difference;
        QVERIFY2((*shared)->state().hasSameContent(file->state(), &difference), qPrintable(difference));
        QCOMPARE((*shared)->revision(), file->revision());
        QCOMPARE((*shared)->log()->last().author, QStringLiteral("tester"));
        QCOMPARE((*shared)->log()->size(), file->log()->size());

        // Server → file.
        const QString back = dir.filePath("back.meshcat");
        QVERIFY((*shared)->saveCopyAs(back).isOk());
        auto copy = Catalog::open(back);
        QVERIFY(copy.isOk());
        QVERIFY((*copy)->state().hasSameContent(file->state()));
        QCOMPARE((*copy)->log()->size(), file->log()->size());

        // A shared catalog that is not empty is not overwritten.
        auto refused = file->saveCopyAs(m_server->url(database));
        QVERIFY(!refused.isOk());
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
    }
    void offlineChangesWaitAndAreReplayed()
    {
        const QString database = newCatalogForAliceAndBob();
        QVERIFY(!database.isEmpty());
        auto alice = openAs(database, "alice");
        mesh::testing::applyLines(*alice, mesh::testing::kSmallModel);
        const QUuid event = element(*alice, "Identity", ElementKind::Event, "ProfilePublished")->id;
        const QUuid service = element(*alice, "Identity", ElementKind::Service, "ProfileService")->id;
        QSignalSpy online(alice.get(), &Catalog::onlineChanged);
        QSignalSpy refused(alice.get(), &Catalog::pendingChangeRefused);
        alice->setReconnectInterval(0); // reconnect when the test says, after Bob's changes

        QVERIFY(m_server->stop());
        // Alice keeps working; her changes wait on disk.
        QVERIFY(alice->apply(Batch{UpdateElement{event, {{"description", "Written offline"}}}}).isOk());
        QVERIFY(!alice->isOnline());
        QCOMPARE(online.size(), 1);
        QVERIFY(alice->apply(Batch{UpdateElement{service, {{"owner", "alice-team"}}}}).isOk());
        QCOMPARE(alice->pendingChangeCount(), 2);
        QCOMPARE(alice->state().element(event)->description, QStringLiteral("Written offline"));
        const QString queue = mesh::catalog::OfflineQueue(alice->location()).path();
        QVERIFY(QFile::exists(queue));
        // Only its owner may read what waits there.
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
        QCOMPARE(QFile::permissions(queue) & others, QFileDevice::Permissions());
        QCOMPARE(QFile::permissions(QFileInfo(queue).absolutePath()) & (others | QFileDevice::ExeGroup | QFileDevice::ExeOther),
                 QFileDevice::Permissions());
        QVERIFY(!alice->reconnect().isOk()); // still away

        QVERIFY(m_server->restart());
        // Meanwhile Bob changes the same owner, and another field of the event.
        {
            auto bob = openAs(database, "bob");
            QVERIFY(bob->apply(Batch{UpdateElement{service, {{"owner", "bob-team"}}}}).isOk());
            QVERIFY(bob->apply(Batch{UpdateElement{event, {{"lifecycle", "proposed"}}}}).isOk());
        }
        auto reconnected = alice->reconnect();
        QVERIFY2(reconnected.isOk(), qPrintable(reconnected.isOk() ? QString() : reconnected.error().message));
        QVERIFY(alice->isOnline());
        QCOMPARE(online.size(), 2);
        QCOMPARE(alice->pendingChangeCount(), 0);
        QCOMPARE(refused.size(), 1); // her owner change met Bob's: reported, not forced
        QVERIFY2(refused.first().first().toString().contains("owner"), qPrintable(refused.first().first().toString()));
        QVERIFY(!QFile::exists(queue));

        auto server = openAs(database, "alice");
        QCOMPARE(server->state().element(event)->description, QStringLiteral("Written offline"));
        QCOMPARE(server->state().element(event)->lifecycle, Lifecycle::Proposed);
        QCOMPARE(server->state().element(service)->owner, QStringLiteral("bob-team"));
        QString difference;
        QVERIFY2(alice->state().hasSameContent(server->state(), &difference), qPrintable(difference));
    }

    void pullAppliesARevisionWholeOrNotAtAll()
    {
        const QString database = newCatalogForAliceAndBob();
        QVERIFY(!database.isEmpty());
        auto alice = openAs(database, "alice");
        mesh::testing::applyLines(*alice, mesh::testing::kSmallModel);
        const Element *service = element(*alice, "Identity", ElementKind::Service, "ProfileService");
        const QUuid serviceId = service->id;
        const QString before = service->description;
        const qint64 revision = alice->revision();
        // A revision whose second change cannot apply (the owner wrote it by hand): the
        // first must not stay applied in memory either.
        const QString sql = QStringLiteral(
            "INSERT INTO mesh.revisions VALUES (%1, 'mesh_admin', 'hand', '2026-01-01T00:00:00.000Z', ''); "
            "INSERT INTO mesh.changes VALUES (%1, 0, 'half', '{\"op\":\"update\",\"ref\":\"%2\",\"set\":{\"description\":\"half\"}}'), "
            "(%1, 1, 'broken', '{\"op\":\"update\",\"ref\":\"%3\",\"set\":{\"description\":\"x\"}}')")
                                .arg(revision + 1)
                                .arg(serviceId.toString(QUuid::WithoutBraces), QUuid::createUuid().toString(QUuid::WithoutBraces));
        QString error;
        QVERIFY2(m_server->exec(database, sql, &error), qPrintable(error));
        QSignalSpy applied(alice.get(), &Catalog::changesApplied);
        auto pulled = alice->pull();
        QVERIFY(!pulled.isOk());
        QVERIFY2(pulled.error().message.contains(QString::number(revision + 1)), qPrintable(pulled.error().message));
        QCOMPARE(alice->revision(), revision);
        QCOMPARE(alice->state().element(serviceId)->description, before);
        QCOMPARE(applied.size(), 0);
    }

    void applyThatLosesTheServerMidCommitSaysQueued()
    {
        const QString database = newCatalogForAliceAndBob();
        QVERIFY(!database.isEmpty());
        QTemporaryDir home;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("HOME", home.path());
        environment.insert("XDG_DATA_HOME", home.filePath("data"));
        auto run = [&](const QStringList &arguments, const std::function<void()> &meanwhile = {}) {
            mesh::testing::ProgramOptions options;
            options.environment = environment;
            options.meanwhile = meanwhile;
            return mesh::testing::runProgram(QStringLiteral(MESHSTUDIO_BINARY), arguments, options);
        };
        QFile changes(home.filePath("changes.jsonl"));
        QVERIFY(changes.open(QIODevice::WriteOnly));
        changes.write(R"({"op":"create","kind":"BoundedContext","name":"Queued"})");
        changes.close();
        const QString url = m_server->url(database, "alice", "alice-pw");

        // The commit is held at the server (asleep in a trigger) long enough to cut its
        // connection in the middle; only a backend asleep there is cut.
        QVERIFY(m_server->exec(database, "CREATE FUNCTION public.slow_commit() RETURNS trigger LANGUAGE plpgsql AS "
                                         "$$ BEGIN PERFORM pg_sleep(3); RETURN NEW; END $$; "
                                         "CREATE TRIGGER slow_commit BEFORE INSERT ON mesh.revisions FOR EACH ROW EXECUTE FUNCTION public.slow_commit()"));
        QString cutError;
        const Run cut = run({"apply", url, changes.fileName()}, [&] {
            QVERIFY2(m_server->exec(database, "DO $$ BEGIN FOR i IN 1..200 LOOP PERFORM pg_stat_clear_snapshot(); "
                                             "IF EXISTS (SELECT 1 FROM pg_stat_activity WHERE application_name = 'meshstudio' AND wait_event = 'PgSleep' AND pid <> pg_backend_pid()) THEN "
                                             "PERFORM pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'meshstudio' AND wait_event = 'PgSleep' AND pid <> pg_backend_pid(); "
                                             "RETURN; END IF; PERFORM pg_sleep(0.05); END LOOP; RAISE 'the commit never started'; END $$", &cutError),
                     qPrintable(cutError));
        });
        QCOMPARE(cut.exitCode, 3);
        QVERIFY2(cut.out.contains("Kept 1 change"), cut.out.constData());
        QVERIFY(m_server->exec(database, "DROP TRIGGER slow_commit ON mesh.revisions"));
        auto before = openAs(database, "bob");
        QVERIFY(!before->state().findElement({}, ElementKind::BoundedContext, "Queued"));

        // The next command from that account commits what waited.
        const Run replayed = run({"info", url, "--output", "json"});
        QCOMPARE(replayed.exitCode, 0);
        auto after = openAs(database, "bob");
        QVERIFY(after->state().findElement({}, ElementKind::BoundedContext, "Queued"));
        QCOMPARE(after->log()->last().author, QStringLiteral("alice"));

        // A server that is not there at all is exit 4, not a usage error.
        const Run away = run({"apply", QStringLiteral("postgresql://alice:x@127.0.0.1:1/catalog"), changes.fileName()});
        QCOMPARE(away.exitCode, 4);
        QVERIFY(!away.err.contains(":x@"));
    }

    void offlineChangesSurviveACrash()
    {
        const QString database = newCatalogDatabase();
        QVERIFY(PostgresCatalogStore::grant(m_server->url(database), "modeler", "alice").isOk());
        auto alice = openAs(database, "alice");
        mesh::testing::applyLines(*alice, mesh::testing::kSmallModel);
        QVERIFY(m_server->stop());
        QVERIFY(alice->apply(Batch{CreateElement{Element{QUuid::createUuid(), ElementKind::Actor, "MadeOffline"}}}).isOk());
        QVERIFY(!alice->isOnline());
        alice.reset(); // the studio is gone; the change waits on disk

        QVERIFY(m_server->restart());
        auto again = openAs(database, "alice"); // commits what waited
        QVERIFY(again->state().findElement({}, ElementKind::Actor, "MadeOffline"));
        auto check = openAs(database, "alice");
        QVERIFY(check->state().findElement({}, ElementKind::Actor, "MadeOffline"));
        QCOMPARE(check->revision(), 2);
    }

    void commandLineOnASharedCatalog()
    {
        QVERIFY(m_server->createDatabase("cli"));
        const QString admin = m_server->url("cli");
        Run run = meshstudio({"admin", "init-shared", admin});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(!run.out.contains("secret"));
        QCOMPARE(meshstudio({"admin", "init-shared", admin}).exitCode, 0); // idempotent
        QCOMPARE(meshstudio({"admin", "grant", admin, "modeler", "alice"}).exitCode, 0);
        QCOMPARE(meshstudio({"admin", "grant", admin, "modeler", "bob"}).exitCode, 0);
        QCOMPARE(meshstudio({"admin", "grant", admin, "viewer", "vera"}).exitCode, 0);
        run = meshstudio({"admin", "grant", admin, "king", "bob"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("king"));

        const QString alice = m_server->url("cli", "alice", "alice-pw");
        const QString bob = m_server->url("cli", "bob", "bob-pw");
        run = meshstudio({"apply", alice, "-"}, mesh::testing::kSmallModel);
        QVERIFY2(run.exitCode == 0, run.err.constData());

        // Two processes writing at once: every change lands, none is lost.
        QList<QProcess *> writers;
        for (int i = 0; i < 12; ++i) {
            auto *writer = new QProcess(this);
            writer->start(QStringLiteral(MESHSTUDIO_BINARY), {"apply", i % 2 ? alice : bob, "-"});
            writer->write(QStringLiteral(R"({"op":"create","kind":"Actor","name":"Writer%1"})").arg(i).toUtf8());
            writer->closeWriteChannel();
            writers.append(writer);
        }
        for (QProcess *writer : writers) {
            QVERIFY(writer->waitForFinished(60000));
            QVERIFY2(writer->exitCode() == 0, writer->readAllStandardError().constData());
            delete writer;
        }
        run = meshstudio({"info", alice, "--output", "json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject info = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(info.value("revision").toInt(), 13);
        QCOMPARE(info.value("elements").toObject().value("Actor").toInt(), 12);

        // A viewer reads through the same commands, and cannot write.
        QCOMPARE(meshstudio({"log", m_server->url("cli", "vera", "vera-pw"), "--since", "12"}).exitCode, 0);
        run = meshstudio({"apply", m_server->url("cli", "vera", "vera-pw"), "-"}, R"({"op":"create","kind":"Actor","name":"Vera"})");
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("only read"), run.err.constData());
        QVERIFY(!run.err.contains("vera-pw"));
    }

    void watchPrintsChangesAsTheyLand_data()
    {
        QTest::addColumn<bool>("shared");
        QTest::newRow("shared catalog (notifications)") << true;
        QTest::newRow("catalog file (polling)") << false;
    }

    void watchPrintsChangesAsTheyLand()
    {
        QFETCH(bool, shared);
        QTemporaryDir dir;
        QString location;
        if (shared) {
            const QString database = newCatalogDatabase();
            QVERIFY(PostgresCatalogStore::grant(m_server->url(database), "modeler", "alice").isOk());
            location = m_server->url(database, "alice", "alice-pw");
        } else {
            location = dir.filePath("watched.meshcat");
            mesh::testing::createCatalog(dir, "watched.meshcat").reset();
        }
        auto writer = Catalog::open(location);
        QVERIFY(writer.isOk());
        mesh::testing::applyLines(**writer, mesh::testing::kSmallModel);

        QProcess watch;
        // --since 1: what lands before the watcher listens is printed too, so timing does not matter.
        watch.start(QStringLiteral(MESHSTUDIO_BINARY), {"watch", location, "--output", "jsonl", "--since", "1", "--until", "4"});
        QVERIFY(watch.waitForStarted());
        QTest::qWait(300); // most often the watcher listens before the writes
        for (int i = 0; i < 3; ++i)
            mesh::testing::applyLines(**writer, QStringLiteral(R"({"op":"create","kind":"Actor","name":"Watched%1"})").arg(i).toUtf8());
        QVERIFY2(watch.waitForFinished(20000), "the watcher stops by itself at --until");
        QCOMPARE(watch.exitCode(), 0);
        const QList<QByteArray> lines = watch.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(lines.size(), 3); // revisions 2 to 4, each once
        for (int i = 0; i < 3; ++i) {
            const QJsonObject change = QJsonDocument::fromJson(lines[i]).object();
            QCOMPARE(change.value("op").toString(), QStringLiteral("create"));
            QCOMPARE(change.value("name").toString(), QStringLiteral("Watched%1").arg(i));
            QCOMPARE(change.value("meta").toObject().value("revision").toInt(), i + 2);
        }
    }

    void copyCommandBothWays()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath("local.meshcat");
        QCOMPARE(meshstudio({"init", file, "--sample"}).exitCode, 0);
        const QString database = newCatalogDatabase();
        Run run = meshstudio({"copy", file, m_server->url(database)});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString back = dir.filePath("back.meshcat");
        run = meshstudio({"copy", m_server->url(database), back});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(meshstudio({"info", back, "--output", "json"}).out, meshstudio({"info", file, "--output", "json"}).out);
        QCOMPARE(meshstudio({"log", back, "--output", "jsonl"}).out, meshstudio({"log", file, "--output", "jsonl"}).out);
        run = meshstudio({"copy", file, back});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("already exists"));
    }
};

QTEST_GUILESS_MAIN(TestSharedCatalog)
#include "tst_sharedcatalog.moc"
