// Slices and their scenarios on a shared catalog: written in one studio, seen by another
// (kept by the server, through its notifications), and refused by the server itself when a
// modeler writes them by hand in SQL with what the studio would refuse.

#include "catalog/catalog.h"
#include "catalog/offlinequeue.h"
#include "catalog/store/postgrescatalogstore.h"
#include "postgresserver.h"
#include "rawsession.h"
#include "testcatalogs.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace mesh::catalog;
using mesh::testing::PostgresServer;
using mesh::testing::RawSession;

class TestSharedSlices : public QObject
{
    Q_OBJECT

    std::unique_ptr<PostgresServer> m_server;
    QString m_database = QStringLiteral("slices");
    QString m_timeline, m_command, m_event, m_readModel;

    QString url(const QString &user = QStringLiteral("mesh_admin")) const
    {
        return m_server->url(m_database, user, user == QLatin1String("mesh_admin") ? QStringLiteral("secret") : user + "-pw");
    }

    // A hand-written batch that sets a diagram's slices, as a curious modeler would in psql.
    QString forgedSlices(const QString &slices) const
    {
        const QString change = QJsonDocument(QJsonObject{{"op", "updateDiagram"}, {"diagram", m_timeline},
                                                         {"set", QJsonObject{{"slices", QJsonDocument::fromJson(slices.toUtf8()).array()}}}})
                                   .toJson(QJsonDocument::Compact);
        return QStringLiteral("SELECT mesh.commit_batch((SELECT max(revision) FROM mesh.revisions), 'forged', "
                              "jsonb_build_array(jsonb_build_object('summary', 'forged', 'change', $c$%1$c$::text)), '', "
                              "jsonb_build_object('diagrams', jsonb_build_object('put', jsonb_build_array(jsonb_build_object("
                              "'id', '%2', 'name', 'Ordering', 'kind', 'timeline', 'slices', $s$%3$s$::text, 'routes', '{}')))))")
            .arg(change, m_timeline, slices);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(OfflineQueue::directory()).removeRecursively();
        QString error;
        m_server = PostgresServer::start(&error);
        QVERIFY2(m_server, qPrintable("the tests need their PostgreSQL server: " + error));
        for (const char *user : {"alice", "bob"})
            QVERIFY(m_server->createUser(user, QString::fromLatin1(user) + "-pw"));
        QVERIFY(m_server->createDatabase(m_database));
        QVERIFY(PostgresCatalogStore::initShared(url()).isOk());
        QVERIFY(PostgresCatalogStore::grant(url(), "modeler", "alice").isOk());
        QVERIFY(PostgresCatalogStore::grant(url(), "modeler", "bob").isOk());
        auto alice = Catalog::open(url("alice"));
        QVERIFY2(alice, alice ? "" : qPrintable(alice.error().message));
        mesh::testing::applyLines(**alice, R"(
{"op":"create","kind":"BoundedContext","name":"Shop"}
{"op":"create","kind":"Command","name":"PlaceOrder","context":"Shop"}
{"op":"create","kind":"Event","name":"OrderPlaced","context":"Shop"}
{"op":"create","kind":"ReadModel","name":"OrderSummary","context":"Shop"}
{"op":"createDiagram","name":"Ordering","kind":"timeline"}
)");
        const CatalogState &state = (*alice)->state();
        const Element *shop = state.findElement({}, ElementKind::BoundedContext, "Shop");
        m_command = state.findElement(shop->id, ElementKind::Command, "PlaceOrder")->id.toString(QUuid::WithoutBraces);
        m_event = state.findElement(shop->id, ElementKind::Event, "OrderPlaced")->id.toString(QUuid::WithoutBraces);
        m_readModel = state.findElement(shop->id, ElementKind::ReadModel, "OrderSummary")->id.toString(QUuid::WithoutBraces);
        m_timeline = state.diagrams().cbegin()->id.toString(QUuid::WithoutBraces);   // the only one
    }

    void cleanupTestCase() { m_server.reset(); }

    // Written by one studio, the other has them as they were written; undone, both lose them.
    void scenariosTravelBetweenStudios()
    {
        auto alice = Catalog::open(url("alice"));
        auto bob = Catalog::open(url("bob"));
        QVERIFY(alice && bob);
        const QString slices = QStringLiteral(R"([{"name":"Place an order","left":0,"right":200,"kind":"state-change","scenarios":[
            {"name":"A first order","when":{"element":"%1","values":{"orderId":"o-1"}},"then":[{"element":"%2","values":{"orderId":"o-1"}}]}]}])")
                                   .arg(m_command, m_event);
        const Batch inverse = mesh::testing::applyLines(**alice, QJsonDocument(QJsonObject{{"op", "updateDiagram"}, {"diagram", m_timeline},
                                                                                          {"set", QJsonObject{{"slices", QJsonDocument::fromJson(slices.toUtf8()).array()}}}})
                                                                     .toJson(QJsonDocument::Compact));
        const QUuid timeline = QUuid::fromString(m_timeline);
        QTRY_COMPARE_WITH_TIMEOUT(((*bob)->pull().isOk(), (*bob)->state().diagram(timeline)->slices), (*alice)->state().diagram(timeline)->slices, 5000);
        QCOMPARE((*bob)->state().diagram(timeline)->slices.value(0).scenarios.value(0).then.value(0).values.value("orderId").toString(), QStringLiteral("o-1"));
        QVERIFY((*alice)->apply(inverse));
        QTRY_VERIFY_WITH_TIMEOUT(((*bob)->pull().isOk(), (*bob)->state().diagram(timeline)->slices.isEmpty()), 5000);
    }

    void theServerRefusesWhatTheStudioWould_data()
    {
        QTest::addColumn<QString>("slices");
        QTest::addColumn<QString>("reason");
        const auto scenario = [](const QString &steps) {
            return QStringLiteral(R"([{"name":"Place","left":0,"right":100,"kind":"state-change","scenarios":[{"name":"s",%1}]}])").arg(steps);
        };
        QTest::newRow("a command given") << scenario(QStringLiteral(R"("given":[{"element":"%1"}])").arg(m_command)) << "which is a Command";
        QTest::newRow("an event as the command") << scenario(QStringLiteral(R"("when":{"element":"%1"})").arg(m_event)) << "which is a Event";
        QTest::newRow("a read model outside a state view") << scenario(QStringLiteral(R"("then":[{"element":"%1"}])").arg(m_readModel)) << "which is a ReadModel";
        QTest::newRow("an element that is not there") << scenario(R"("then":[{"element":"00000000-0000-4000-8000-00000000dead"}])") << "no element of the catalog";
        QTest::newRow("a step that is no object") << scenario(R"("given":["OrderPlaced"])") << "a given step is";
        QTest::newRow("values that are no object") << scenario(QStringLiteral(R"("when":{"element":"%1","values":[1]})").arg(m_command)) << "a when step is";
        QTest::newRow("an unknown kind") << QStringLiteral(R"([{"name":"Place","left":0,"right":100,"kind":"saga"}])") << "is none of state-change";
        QTest::newRow("a slice ending before it starts") << QStringLiteral(R"([{"name":"Place","left":100,"right":0}])") << "its left before its right";
        QTest::newRow("a line break in a slice's name") << QStringLiteral("[{\"name\":\"one\\ntwo\",\"left\":0,\"right\":100}]") << "a name of one line";
        QTest::newRow("a nameless scenario") << QStringLiteral(R"([{"name":"Place","left":0,"right":100,"scenarios":[{"when":{}}]}])") << "a scenario has a name";
        QTest::newRow("slices that are no list") << QStringLiteral(R"({"name":"Place"})") << "are not a list";
    }

    void theServerRefusesWhatTheStudioWould()
    {
        QFETCH(QString, slices);
        QFETCH(QString, reason);
        RawSession alice(m_server->port(), m_database, "alice");
        QVERIFY2(alice.isOpen(), qPrintable(alice.error()));
        QVERIFY(alice.run("SELECT max(revision) FROM mesh.revisions"));
        const QString before = alice.value();
        QVERIFY2(!alice.run(forgedSlices(slices)), "the server took the slices");
        QCOMPARE(alice.sqlState(), QStringLiteral("23514"));
        QVERIFY2(alice.error().contains(reason), qPrintable(alice.error()));
        QVERIFY(alice.run("SELECT max(revision) FROM mesh.revisions"));
        QCOMPARE(alice.value(), before);
        // The studio refuses the same slices on its side, before the server sees them.
        auto studio = Catalog::open(url("alice"));
        QVERIFY(studio);
        QString why;
        const auto parsed = slicesFromJson(QJsonDocument::fromJson(slices.toUtf8()).isArray() ? QJsonValue(QJsonDocument::fromJson(slices.toUtf8()).array())
                                                                                               : QJsonValue(QJsonDocument::fromJson(slices.toUtf8()).object()),
                                           &why);
        if (parsed)
            QVERIFY(!(*studio)->apply({UpdateDiagram{QUuid::fromString(m_timeline), {{"slices", slicesToJson(*parsed)}}}}));
    }

    // What the studio writes passes the server's checks (the trigger reads it as written).
    void validSlicesPass()
    {
        RawSession alice(m_server->port(), m_database, "alice");
        QVERIFY(alice.isOpen());
        const QString slices = QStringLiteral(R"([{"name":"Show the summary","left":0,"right":100,"kind":"state-view","scenarios":[
            {"name":"v","given":[{"element":"%1"}],"then":[{"element":"%2","values":{"total":3}}]}]},
            {"name":"Refused","left":200,"right":300,"scenarios":[{"name":"r","when":{"element":"%3"},"error":"no"}]}])")
                                   .arg(m_event, m_readModel, m_command);
        QVERIFY2(alice.run(forgedSlices(slices)), qPrintable(alice.error()));
        auto studio = Catalog::open(url("alice"));
        QVERIFY(studio);
        QCOMPARE((*studio)->state().diagram(QUuid::fromString(m_timeline))->slices.size(), 2);
    }
};

QTEST_MAIN(TestSharedSlices)
#include "tst_sharedslices.moc"
