// The shared catalog's promises, tried the way a curious colleague would: with plain SQL
// (psql's protocol, through Qt's driver) as a viewer, a modeler and an approver of a real
// PostgreSQL server that the test starts itself. Every write that does not go through the
// server's own functions is refused; the functions refuse forged arguments; and after all
// of it the log, `diff` and `export --only-approved` show that nothing changed.

#include "catalog/catalog.h"
#include "hardcasecatalog.h"
#include "programrun.h"
#include "catalog/offlinequeue.h"
#include "catalog/store/postgrescatalogstore.h"
#include "postgresserver.h"
#include "rawsession.h"
#include "testcatalogs.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mesh::catalog;
using mesh::testing::PostgresServer;
using mesh::testing::RawSession;

namespace {

const QStringList kTables = {"catalog_info", "elements", "relations", "schema_versions", "diagrams", "placements",
                             "revisions", "changes", "rule_settings", "reviews", "presence", "writer_lock",
                             "schema_declarations"};

// One plain connection as a database user, kept open (for locks and TEMP tables).
// A batch written by hand that adds one schema version, as a curious modeler would in psql.
QString forgedSchemaVersion(const QUuid &subject, int version, const QString &format, const QString &text)
{
    const QString id = subject.toString(QUuid::WithoutBraces);
    const QString number = QString::number(version);
    // One arg() call each, so that a "%1" inside the text stays as it is.
    const QString row = QStringLiteral("jsonb_build_object('subject', '%1', 'version', %2, 'format', '%3', 'text', $text$%4$text$::text)")
                            .arg(id, number, format, text);
    return QStringLiteral("SELECT mesh.commit_batch((SELECT max(revision) FROM mesh.revisions), 'forged', "
                          "jsonb_build_array(jsonb_build_object('summary', 'forged', 'change', (%1 || jsonb_build_object('op', 'addSchemaVersion'))::text)), '', "
                          "jsonb_build_object('schema_versions', jsonb_build_object('put', jsonb_build_array(jsonb_build_object("
                          "'subject_id', '%2', 'version', %3, 'format', '%4', 'compatibility', 'NONE', 'lifecycle', 'draft', 'text', $text$%5$text$::text)))))")
        .arg(row, id, number, format, text);
}

// The event `name` of the context Shop, created when it does not exist yet.
QUuid eventIn(Catalog &catalog, const QString &name)
{
    const Element *shop = catalog.state().findElement({}, ElementKind::BoundedContext, "Shop");
    const Element *event = shop ? catalog.state().findElement(shop->id, ElementKind::Event, name) : nullptr;
    if (!event) {
        mesh::testing::applyLines(catalog, QStringLiteral(R"({"op":"create","kind":"Event","name":"%1","context":"Shop"})").arg(name).toUtf8());
        return eventIn(catalog, name);
    }
    return event->id;
}

// The next schema version of the event `name` of Shop, through the studio.
Result<Batch> addVersion(Catalog &catalog, const QString &name, SchemaFormat format, const QString &text)
{
    SchemaVersion version;
    version.subject = eventIn(catalog, name);
    const SchemaVersion *latest = catalog.state().latestSchema(version.subject);
    version.version = latest ? latest->version + 1 : 1;
    version.format = format;
    version.compatibility = CompatibilityMode::None;
    version.text = text;
    return catalog.apply({AddSchemaVersion{version}});
}


using Run = mesh::testing::ProgramRun;

Run meshstudio(const QStringList &arguments)
{
    return mesh::testing::runProgram(QStringLiteral(MESHSTUDIO_BINARY), arguments);
}

// Every file of a folder with its bytes, to compare two exports.
QMap<QString, QByteArray> filesIn(const QString &folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            files.insert(QDir(folder).relativeFilePath(path), file.readAll());
    }
    return files;
}

} // namespace

class TestSharedCatalogAttacks : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PostgresServer> m_server;
    QString m_database;   // the catalog every attack is tried on
    QString m_eventId;    // an approved event with an approved schema version
    QString m_serviceId;  // a draft service
    QString m_proposedId; // a proposed read model
    QString m_channelId;  // a draft channel
    QByteArray m_snapshot;
    qint64 m_revision = 0;
    QMap<QString, QByteArray> m_approvedExport;
    int m_databases = 0;
    QString m_schemaDatabase;   // where the schema texts are tried, alice a modeler
    QString m_scopeDatabase;    // where types are taken from other subjects' latest versions
    int m_subjects = 0;

    QString url(const QString &user = "mesh_admin") const
    {
        return user == "mesh_admin" ? m_server->url(m_database) : m_server->url(m_database, user, user + "-pw");
    }

    // A digest of every table's rows, read as the superuser.
    QByteArray snapshot()
    {
        RawSession admin(m_server->port(), m_database, "mesh_admin");
        QByteArray all;
        for (const QString &table : kTables) {
            if (table == "presence")
                continue; // studios refresh it all the time
            RawSession *session = &admin;
            if (!session->run(QStringLiteral("SELECT COALESCE(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM mesh.%1 t").arg(table)))
                return "unreadable " + session->error().toUtf8();
            all += table.toUtf8() + '=' + session->value().toUtf8() + '\n';
        }
        return all;
    }

    QMap<QString, QByteArray> exportApproved()
    {
        QTemporaryDir dir;
        const Run run = meshstudio({"export", url(), "--to", dir.path(), "--only-approved", "--formats", "avro,jsonschema,asyncapi"});
        if (run.exitCode != 0)
            qWarning() << run.err;
        return filesIn(dir.path());
    }

    // commit_batch called as `user` with one change and the rows it claims.
    QString forgedCommit(const QString &changeJson, const QString &rowsExpression, const QString &extra = {})
    {
        return QStringLiteral("SELECT mesh.commit_batch((SELECT COALESCE(max(revision), 0) FROM mesh.revisions), 'forged', "
                              "jsonb_build_array(jsonb_build_object('summary', 'forged', 'change', %1::text)), '', %2%3)")
            .arg(changeJson, rowsExpression, extra);
    }

    QString elementRowWith(const QString &id, const QString &changes) const
    {
        return QStringLiteral("jsonb_build_object('elements', jsonb_build_object('put', jsonb_build_array("
                              "(SELECT to_jsonb(e) || '%2'::jsonb FROM mesh.elements e WHERE e.id = '%1'))))")
            .arg(id, changes);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(OfflineQueue::directory()).removeRecursively();
        QString error;
        m_server = PostgresServer::start(&error);
        QVERIFY2(m_server, qPrintable("the tests need their PostgreSQL server: " + error));
        for (const char *user : {"alice", "bob", "vera", "april", "first.last", "olivia"})
            QVERIFY(m_server->createUser(user, QString::fromLatin1(user) + "-pw"));

        m_database = "attacked";
        QVERIFY(m_server->createDatabase(m_database));
        QVERIFY(PostgresCatalogStore::initShared(url()).isOk());
        QVERIFY(PostgresCatalogStore::grant(url(), "viewer", "vera").isOk());
        QVERIFY(PostgresCatalogStore::grant(url(), "modeler", "alice").isOk());
        QVERIFY(PostgresCatalogStore::grant(url(), "modeler", "bob").isOk());
        QVERIFY(PostgresCatalogStore::grant(url(), "approver", "april").isOk());

        auto alice = Catalog::open(url("alice"));
        QVERIFY2(alice, alice ? "" : qPrintable(alice.error().message));
        mesh::testing::applyLines(**alice, mesh::testing::kSmallModel);
        mesh::testing::applyLines(**alice, R"({"op":"update","ref":"Collaboration/PublicProfileView","set":{"lifecycle":"proposed"}})");
        const CatalogState &state = (*alice)->state();
        const Element *identity = state.findElement({}, ElementKind::BoundedContext, "Identity");
        const Element *collaboration = state.findElement({}, ElementKind::BoundedContext, "Collaboration");
        m_eventId = state.findElement(identity->id, ElementKind::Event, "ProfilePublished")->id.toString(QUuid::WithoutBraces);
        m_serviceId = state.findElement(identity->id, ElementKind::Service, "ProfileService")->id.toString(QUuid::WithoutBraces);
        m_proposedId = state.findElement(collaboration->id, ElementKind::ReadModel, "PublicProfileView")->id.toString(QUuid::WithoutBraces);
        m_channelId = state.findElement(identity->id, ElementKind::Channel, "identity.profile-published.v1")->id.toString(QUuid::WithoutBraces);

        auto april = Catalog::open(url("april"));
        QVERIFY(april);
        mesh::testing::applyLines(**april, QStringLiteral(R"({"op":"update","ref":"%1","set":{"lifecycle":"approved"}}
{"op":"updateSchemaVersion","subject":"%1","version":1,"set":{"lifecycle":"approved"}})").arg(m_eventId).toUtf8());
        QCOMPARE((*april)->state().element(QUuid::fromString(m_eventId))->lifecycle, Lifecycle::Approved);

        m_revision = (*april)->revision();
        m_snapshot = snapshot();
        QVERIFY2(!m_snapshot.startsWith("unreadable") && m_snapshot.contains("elements="), m_snapshot.constData());
        m_approvedExport = exportApproved();
        QVERIFY(!m_approvedExport.isEmpty());
        QVERIFY(m_approvedExport.keys().join(',').contains("ProfilePublished"));
    }

    void cleanupTestCase() { m_server.reset(); }

    void directWritesAreRefused_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("sql");
        for (const QString user : {"vera", "alice", "april"}) {
            for (const QString &table : kTables) {
                QTest::addRow("%s INSERT %s", qPrintable(user), qPrintable(table))
                    << user << QStringLiteral("INSERT INTO mesh.%1 SELECT * FROM mesh.%1 LIMIT 1").arg(table);
                QTest::addRow("%s UPDATE %s", qPrintable(user), qPrintable(table))
                    << user << QStringLiteral("UPDATE mesh.%1 SET %2").arg(table, table == "writer_lock" ? "id = 1" : table == "catalog_info" ? "value = 'x'" : table == "changes" ? "summary = 'x'" : table == "revisions" ? "author = 'april'" : table == "presence" ? "display_name = 'x'" : table == "rule_settings" ? "enabled = 0" : table == "reviews" ? "document = '{}'" : table == "placements" ? "x = 0" : table == "schema_versions" ? "text = 'x'" : table == "relations" ? "description = 'x'" : table == "schema_declarations" ? "full_name = 'x'" : "name = 'x'");
                QTest::addRow("%s DELETE %s", qPrintable(user), qPrintable(table)) << user << QStringLiteral("DELETE FROM mesh.%1").arg(table);
                QTest::addRow("%s TRUNCATE %s", qPrintable(user), qPrintable(table))
                    << user << QStringLiteral("TRUNCATE mesh.%1 CASCADE").arg(table);
            }
            QTest::addRow("%s ALTER", qPrintable(user)) << user << "ALTER TABLE mesh.elements DROP CONSTRAINT elements_lifecycle_known";
            QTest::addRow("%s DISABLE TRIGGER", qPrintable(user)) << user << "ALTER TABLE mesh.revisions DISABLE TRIGGER ALL";
            QTest::addRow("%s CREATE TABLE", qPrintable(user)) << user << "CREATE TABLE mesh.evil(id int)";
            QTest::addRow("%s replace a function", qPrintable(user))
                << user << "CREATE OR REPLACE FUNCTION mesh.caller_holds(text) RETURNS boolean LANGUAGE sql AS 'SELECT true'";
            QTest::addRow("%s DROP FUNCTION", qPrintable(user)) << user << "DROP FUNCTION mesh.commit_batch(bigint, text, jsonb, text, jsonb, text, text)";
            QTest::addRow("%s lock the writers' row", qPrintable(user)) << user << "SELECT 1 FROM mesh.writer_lock FOR UPDATE";
            QTest::addRow("%s share-lock the writers' row", qPrintable(user)) << user << "SELECT 1 FROM mesh.writer_lock FOR KEY SHARE";
            QTest::addRow("%s LOCK TABLE", qPrintable(user)) << user << "BEGIN; LOCK TABLE mesh.writer_lock IN EXCLUSIVE MODE";
        }
        QTest::addRow("alice makes herself approver") << "alice" << "SELECT mesh.grant_role('alice', 'approver')";
        QTest::addRow("april makes a friend approver") << "april" << "SELECT mesh.grant_role('bob', 'approver')";
        QTest::addRow("vera lock_writers") << "vera" << "SELECT mesh.lock_writers()";
        QTest::addRow("vera commit_batch")
            << "vera" << "SELECT mesh.commit_batch(0, 'c', '[{\"summary\":\"s\",\"change\":\"{}\"}]', '', '{}')";
        QTest::addRow("alice SET ROLE approver") << "alice" << "SELECT set_config('role', mesh.role_name('approver'), false)";
    }

    void directWritesAreRefused()
    {
        QFETCH(QString, user);
        QFETCH(QString, sql);
        RawSession session(m_server->port(), m_database, user);
        QVERIFY2(session.isOpen(), qPrintable(session.error()));
        if (sql.startsWith("BEGIN; ")) {
            QVERIFY(session.run("BEGIN"));
            sql = sql.mid(7);
        }
        QVERIFY2(!session.run(sql), qPrintable(sql + " was allowed"));
        QVERIFY2(session.sqlState() == "42501" || session.sqlState() == "42883", qPrintable(session.sqlState() + ": " + session.error()));
    }

    void forgedFunctionCallsAreRefused_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("sqlState");
        const QString update = QStringLiteral("jsonb_build_object('op', 'update', 'ref', '%1', 'set', jsonb_build_object('description', 'd'))");
        QTest::newRow("rows rename what the log calls a description change")
            << forgedCommit(update.arg(m_serviceId), elementRowWith(m_serviceId, R"({"name": "Forged", "description": "d"})")) << "23000";
        QTest::newRow("rows change an element no change names")
            << forgedCommit(update.arg(m_serviceId), elementRowWith(m_proposedId, R"({"description": "d"})")) << "23000";
        QTest::newRow("approve in the rows")
            << forgedCommit(update.arg(m_serviceId), elementRowWith(m_serviceId, R"({"description": "d", "lifecycle": "approved"})")) << "23000";
        const QString lifecycle = QStringLiteral("jsonb_build_object('op', 'update', 'ref', '%1', 'set', jsonb_build_object('lifecycle', '%2'))");
        QTest::newRow("approve, as the log says")
            << forgedCommit(lifecycle.arg(m_serviceId, "approved"), elementRowWith(m_serviceId, R"({"lifecycle": "approved"})")) << "42501";
        QTest::newRow("proposed to deprecated without an approver")
            << forgedCommit(lifecycle.arg(m_proposedId, "deprecated"), elementRowWith(m_proposedId, R"({"lifecycle": "deprecated"})")) << "42501";
        QTest::newRow("retire an approved element")
            << forgedCommit(lifecycle.arg(m_eventId, "retired"), elementRowWith(m_eventId, R"({"lifecycle": "retired"})")) << "42501";
        QTest::newRow("delete an approved element")
            << forgedCommit(QStringLiteral("jsonb_build_object('op', 'delete', 'ref', '%1')").arg(m_eventId),
                            QStringLiteral("jsonb_build_object('elements', jsonb_build_object('drop', jsonb_build_array('%1')))").arg(m_eventId))
            << "42501";
        QTest::newRow("rewrite an approved schema's text")
            << forgedCommit(QStringLiteral("jsonb_build_object('op', 'updateSchemaVersion', 'subject', '%1', 'version', 1, 'set', "
                                           "jsonb_build_object('compatibility', 'NONE'))").arg(m_eventId),
                            QStringLiteral("jsonb_build_object('schema_versions', jsonb_build_object('put', jsonb_build_array("
                                           "(SELECT to_jsonb(s) || '{\"text\": \"{\\\"type\\\": \\\"string\\\"}\"}'::jsonb "
                                           "FROM mesh.schema_versions s WHERE s.subject_id = '%1'))))").arg(m_eventId))
            << "23000";
        QTest::newRow("a proposed element out of its context")
            << forgedCommit(QStringLiteral("jsonb_build_object('op', 'update', 'ref', '%1', 'set', jsonb_build_object('context', NULL))").arg(m_proposedId),
                            elementRowWith(m_proposedId, "{\"context_id\": null}"))
            << "23514";
        QTest::newRow("a team inside a context")
            << forgedCommit(QStringLiteral("jsonb_build_object('op', 'create', 'id', 'a1b2c3d4-0000-4000-8000-00000000aa01', 'kind', 'Team', 'name', 't')"),
                            QStringLiteral("jsonb_build_object('elements', jsonb_build_object('put', jsonb_build_array(jsonb_build_object("
                                           "'id', 'a1b2c3d4-0000-4000-8000-00000000aa01', 'kind', 'Team', 'name', 't', 'lifecycle', 'draft', "
                                           "'context_id', (SELECT context_id FROM mesh.elements WHERE id = '%1')))))").arg(m_proposedId))
            << "23514";
        QTest::newRow("disable a rule")
            << forgedCommit("jsonb_build_object('op', 'setRule', 'rule', 'naming.event-past-tense', 'enabled', false, 'severity', 'error', 'parameters', '{}'::jsonb)",
                            "jsonb_build_object('rule_settings', jsonb_build_object('put', jsonb_build_array(jsonb_build_object("
                            "'rule_id', 'naming.event-past-tense', 'enabled', 0, 'severity', 'error', 'parameters', '{}'))))")
            << "42501";
        QTest::newRow("a stale base")
            << QStringLiteral("SELECT mesh.commit_batch(1, 'c', jsonb_build_array(jsonb_build_object('summary', 's', 'change', %1::text)), '', %2)")
                   .arg(update.arg(m_serviceId), elementRowWith(m_serviceId, R"({"description": "d"})"))
            << "40001";
        QTest::newRow("the largest revision as base")
            << QStringLiteral("SELECT mesh.commit_batch(9223372036854775806, 'c', jsonb_build_array(jsonb_build_object('summary', 's', 'change', %1::text)), '', %2)")
                   .arg(update.arg(m_serviceId), elementRowWith(m_serviceId, R"({"description": "d"})"))
            << "40001";
        QTest::newRow("a topic Kafka refuses")
            << forgedCommit(QStringLiteral("jsonb_build_object('op', 'update', 'ref', '%1', 'set', jsonb_build_object('topic', 'bad topic/..'))").arg(m_channelId),
                            QStringLiteral("jsonb_build_object('elements', jsonb_build_object('put', jsonb_build_array("
                                           "(SELECT to_jsonb(e) || jsonb_build_object('attributes', (e.attributes::jsonb || '{\"topic\": \"bad topic/..\"}')::text) "
                                           "FROM mesh.elements e WHERE e.id = '%1'))))").arg(m_channelId))
            << "23514";
        const auto policy = [this](const QString &id, const QString &value) {
            return forgedCommit(QStringLiteral("jsonb_build_object('op', 'update', 'ref', '%1', 'set', jsonb_build_object('jsonSchemaPolicy', '%2'))").arg(id, value),
                                QStringLiteral("jsonb_build_object('elements', jsonb_build_object('put', jsonb_build_array("
                                               "(SELECT to_jsonb(e) || jsonb_build_object('attributes', (COALESCE(e.attributes, '{}')::jsonb "
                                               "|| '{\"jsonSchemaPolicy\": \"%2\"}')::text) FROM mesh.elements e WHERE e.id = '%1'))))")
                                    .arg(id, value));
        };
        QTest::newRow("a JSON Schema policy the registry does not have") << policy(m_proposedId, "LOOSE") << "23514";
        QTest::newRow("a JSON Schema policy on a service") << policy(m_serviceId, "LENIENT") << "23514";
        QTest::newRow("a change that is no JSON")
            << forgedCommit("'not json'::text", elementRowWith(m_serviceId, R"({"description": "d"})")) << "22P02";
        QTest::newRow("an unknown lifecycle")
            << forgedCommit(lifecycle.arg(m_serviceId, "bogus"), elementRowWith(m_serviceId, R"({"lifecycle": "bogus"})")) << "23514";
    }

    void forgedFunctionCallsAreRefused()
    {
        QFETCH(QString, sql);
        QFETCH(QString, sqlState);
        RawSession alice(m_server->port(), m_database, "alice");
        QVERIFY(!alice.run(sql));
        QVERIFY2(alice.sqlState() == sqlState, qPrintable(alice.sqlState() + ": " + alice.error()));
    }

    void authorsAndTimesCannotBeForged()
    {
        // The modeler names another author and time, and shadows the system catalogs the
        // server reads with TEMP tables of her own: the log still says alice, now.
        RawSession alice(m_server->port(), m_database, "alice");
        QVERIFY(alice.run("CREATE TEMP TABLE pg_namespace(nspname name, nspowner oid); "
                          "INSERT INTO pg_namespace SELECT 'mesh', oid FROM pg_catalog.pg_roles WHERE rolname = session_user; "
                          "CREATE TEMP TABLE pg_roles AS SELECT * FROM pg_catalog.pg_roles; "
                          "CREATE TEMP TABLE catalog_info(key text, value text); CREATE TEMP TABLE revisions(revision bigint)"));
        const QString update = QStringLiteral("jsonb_build_object('op', 'update', 'ref', '%1', 'set', jsonb_build_object('description', 'by alice'))").arg(m_serviceId);
        QVERIFY2(alice.run(forgedCommit(update, elementRowWith(m_serviceId, R"({"description": "by alice"})"),
                                        ", 'april', '2001-01-01T00:00:00.000Z'")),
                 qPrintable(alice.error()));
        const qint64 revision = alice.value().toLongLong();
        QCOMPARE(revision, m_revision + 1);
        RawSession admin(m_server->port(), m_database, "mesh_admin");
        QVERIFY(admin.run(QStringLiteral("SELECT author || ' ' || left(committed_at, 4) FROM mesh.revisions WHERE revision = %1").arg(revision)));
        QCOMPARE(admin.value(), QStringLiteral("alice %1").arg(QDate::currentDate().year()));
        // Nor does the shadowing make her the owner: approving is still refused.
        const QString approve = QStringLiteral("jsonb_build_object('op', 'update', 'ref', '%1', 'set', jsonb_build_object('lifecycle', 'approved'))").arg(m_serviceId);
        QVERIFY(!alice.run(forgedCommit(approve, elementRowWith(m_serviceId, R"({"lifecycle": "approved"})"))));
        QCOMPARE(alice.sqlState(), QStringLiteral("42501"));

        // A legitimate change: the rest of the suite expects the catalog as it is now.
        m_revision = revision;
        m_snapshot = snapshot();
    }

    void ownerCannotBreakTheInvariantsEither()
    {
        QString error;
        QVERIFY(!m_server->exec(m_database, "INSERT INTO mesh.revisions VALUES (9223372036854775807, 'x', 'c', 'now', '')", &error));
        QVERIFY2(error.contains("revisions_range"), qPrintable(error));
        QVERIFY(!m_server->exec(m_database, QStringLiteral("UPDATE mesh.elements SET lifecycle = 'Approved!' WHERE id = '%1'").arg(m_serviceId), &error));
        QVERIFY2(error.contains("elements_lifecycle_known"), qPrintable(error));
        QVERIFY(!m_server->exec(m_database, "UPDATE mesh.schema_versions SET format = 'xml'", &error));
        QVERIFY(!m_server->exec(m_database, "UPDATE mesh.diagrams SET kind = 'sketch'", &error));
    }

    void otherLocksDoNotStallWriters()
    {
        // The advisory lock earlier versions used is nobody's business any more.
        RawSession vera(m_server->port(), m_database, "vera");
        QVERIFY(vera.run("SELECT pg_advisory_lock(1296388936)"));
        QVERIFY(vera.run("BEGIN; LOCK TABLE mesh.writer_lock IN ACCESS SHARE MODE; SELECT count(*) FROM mesh.revisions"));
        auto bob = Catalog::open(url("bob"));
        QVERIFY(bob);
        QElapsedTimer timer;
        timer.start();
        QVERIFY((*bob)->apply(Batch{UpdateElement{QUuid::fromString(m_serviceId), {{"owner", "bob-team"}}}}).isOk());
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(vera.run("ROLLBACK"));
        m_revision = (*bob)->revision();
        m_snapshot = snapshot();
    }

    void aWriterHoldingTheLockTimesOutOthers()
    {
        RawSession bob(m_server->port(), m_database, "bob");
        QVERIFY(bob.run("BEGIN; SELECT mesh.lock_writers()"));
        auto alice = Catalog::open(url("alice"));
        QVERIFY(alice);
        QElapsedTimer timer;
        timer.start();
        auto refused = (*alice)->apply(Batch{UpdateElement{QUuid::fromString(m_serviceId), {{"owner", "alice-team"}}}});
        QVERIFY(!refused.isOk());
        QVERIFY2(refused.error().message.contains("busy"), qPrintable(refused.error().message));
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(bob.run("ROLLBACK"));
        QCOMPARE((*alice)->state().element(QUuid::fromString(m_serviceId))->owner, QStringLiteral("bob-team"));
    }

    void presenceIsEachUsersOwn()
    {
        RawSession alice(m_server->port(), m_database, "alice");
        QVERIFY(alice.run("SELECT mesh.announce_presence('alices-studio', 'Alice', 'Board', '')"));
        // Vera takes Alice's client id to move her elsewhere, then to make her leave.
        RawSession vera(m_server->port(), m_database, "vera");
        QVERIFY(vera.run("SELECT mesh.announce_presence('alices-studio', 'Alice (really Vera)', 'Elsewhere', '')"));
        QVERIFY(vera.run("SELECT mesh.withdraw_presence('alices-studio')"));
        QVERIFY(!vera.run("UPDATE mesh.presence SET diagram = 'x'"));
        QVERIFY(vera.run("SELECT user_name || ' ' || display_name || ' ' || diagram FROM mesh.presence WHERE client_id = 'alices-studio'"));
        QCOMPARE(vera.value(), QStringLiteral("alice Alice Board"));
        QVERIFY(alice.run("SELECT mesh.withdraw_presence('alices-studio')"));
    }

    void nothingChangedAfterTheAttacks()
    {
        QCOMPARE(snapshot(), m_snapshot);
        auto reader = Catalog::open(url("vera"), OpenMode::ReadOnly);
        QVERIFY(reader);
        QCOMPARE((*reader)->revision(), m_revision);
        const Run diff = meshstudio({"diff", url(), "--from", QString::number(m_revision)});
        QCOMPARE(diff.exitCode, 0);
        QVERIFY2(diff.out.contains("No change"), diff.out.constData());
        QCOMPARE(exportApproved(), m_approvedExport);
    }

    // Each text goes in twice: through the studio (which checks it with libprotobuf's parser
    // and builder, or Qt's JSON reader, before sending) and as a batch written by hand
    // (which only the server's own checks stand against). Both must take the valid ones and
    // refuse the others.
    void schemaTextsAreCheckedOnBothSides_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        const auto proto3 = [](const char *body) { return QStringLiteral("syntax = \"proto3\";\n") + QString::fromUtf8(body); };
        QTest::newRow("protobuf: messages, enums, maps, oneofs, reserved, services, well-known types")
            << "protobuf"
            << proto3("package shop.v1;\nimport \"google/protobuf/timestamp.proto\";\n"
                      "option java_package = \"shop.v1\";\n"
                      "message Order {\n  string id = 1;\n  google.protobuf.Timestamp at = 2;\n  Status status = 3;\n"
                      "  enum Status { UNKNOWN = 0; OK = 1; }\n  map<string, Line> lines = 4;\n"
                      "  oneof pay { string card = 5; int64 cash = 6; }\n  reserved 10 to 12, 15;\n  reserved \"old\";\n"
                      "  repeated .shop.v1.Order children = 7 [deprecated = true, json_name = \"kids\"];\n"
                      "  /* a comment { with braces } */ optional bytes note = 0x10; // and another\n}\n"
                      "message Line { int32 qty = 1; }\n"
                      "service Orders { rpc Get (Order) returns (stream Line); rpc Put(Line) returns (Order) { option deprecated = true; } }\n")
            << true;
        QTest::newRow("protobuf: a type of another subject's package") << "protobuf"
            << proto3("package shop.orders;\nmessage Paid { shop.common.Money amount = 1; }") << true;
        QTest::newRow("protobuf: proto2 groups, defaults, extensions") << "protobuf"
            << QStringLiteral("syntax = \"proto2\";\nmessage A {\n  optional string a = 1 [default = \"x\"];\n"
                              "  optional group G = 2 { optional int32 x = 1; }\n  extensions 100 to max;\n}\n"
                              "extend A { optional int32 e = 101; }\n")
            << true;
        QTest::newRow("protobuf: a field number used twice") << "protobuf" << proto3("message A {\n  string a = 1;\n  int32 b = 1;\n}") << false;
        QTest::newRow("protobuf: a field name used twice") << "protobuf" << proto3("message A { string a = 1; int32 a = 2; }") << false;
        QTest::newRow("protobuf: a type nobody declares") << "protobuf" << proto3("message A {\n  Carrier by = 2;\n}") << false;
        QTest::newRow("protobuf: the other subject's type in the wrong package") << "protobuf"
            << proto3("package shop.orders;\nmessage Paid { shop.money.Money amount = 1; }") << false;
        QTest::newRow("protobuf: proto3 enum starting at 1") << "protobuf" << proto3("enum E { A = 1; }") << false;
        QTest::newRow("protobuf: required in proto3") << "protobuf" << proto3("message A { required string a = 1; }") << false;
        QTest::newRow("protobuf: proto2 field without a label") << "protobuf" << QStringLiteral("syntax = \"proto2\";\nmessage A { string a = 1; }") << false;
        QTest::newRow("protobuf: a number the library reserves") << "protobuf" << proto3("message A { string a = 19001; }") << false;
        QTest::newRow("protobuf: a number out of range") << "protobuf" << proto3("message A { string a = 536870912; }") << false;
        QTest::newRow("protobuf: a reserved number used") << "protobuf" << proto3("message A { string a = 1; reserved 1; }") << false;
        QTest::newRow("protobuf: a reserved name used") << "protobuf" << proto3("message A { reserved \"a\"; string a = 1; }") << false;
        QTest::newRow("protobuf: a missing brace") << "protobuf" << proto3("message A { string a = 1; ") << false;
        QTest::newRow("protobuf: a missing semicolon") << "protobuf" << proto3("message A { string a = 1 }") << false;
        QTest::newRow("protobuf: a double as a map key") << "protobuf" << proto3("message A { map<double, string> m = 1; }") << false;
        QTest::newRow("protobuf: an unterminated comment") << "protobuf" << proto3("message A { string a = 1; } /* open") << false;
        QTest::newRow("protobuf: an unknown syntax") << "protobuf" << QStringLiteral("syntax = \"proto4\";\nmessage A {}") << false;
        QTest::newRow("protobuf: enum numbers shared without allow_alias") << "protobuf" << proto3("enum E { A = 0; B = 0; }") << false;
        QTest::newRow("protobuf: one value name in two enums of a scope") << "protobuf" << proto3("enum E { A = 0; }\nenum F { A = 0; }") << false;
        QTest::newRow("protobuf: a default in proto3") << "protobuf" << proto3("message A { string a = 1 [default = \"x\"]; }") << false;
        QTest::newRow("protobuf: over 1 MiB") << "protobuf"
            << proto3("message A { string a = 1; }\n") + QStringLiteral("// %1\n").arg(QString(1024 * 1024, QLatin1Char('x'))) << false;
        QTest::newRow("protobuf: not .proto at all") << "protobuf" << QStringLiteral("{\"type\": \"record\"}") << false;

        QTest::newRow("avro: nested named types, another subject's record") << "avro"
            << QStringLiteral(R"({"type": "record", "name": "Order", "namespace": "shop", "fields": [
                {"name": "id", "type": "string"},
                {"name": "money", "type": {"type": "record", "name": "Money", "fields": [{"name": "cents", "type": "long"}]}},
                {"name": "again", "type": "Money"},
                {"name": "state", "type": {"type": "enum", "name": "State", "symbols": ["OPEN", "PAID"]}},
                {"name": "amount", "type": ["null", "shop.common.Amount"]},
                {"name": "lines", "type": {"type": "array", "items": {"type": "map", "values": "shop.Money"}}},
                {"name": "hash", "type": {"type": "fixed", "name": "Hash", "size": 16}}]})")
            << true;
        QTest::newRow("avro: a bare type name") << "avro" << QStringLiteral("\"string\"") << true;
        QTest::newRow("avro: a name starting with a digit") << "avro" << QStringLiteral(R"({"type": "record", "name": "1bad", "fields": []})") << false;
        QTest::newRow("avro: a name with a dash") << "avro" << QStringLiteral(R"({"type": "record", "name": "my-record", "fields": []})") << false;
        QTest::newRow("avro: a field twice") << "avro"
            << QStringLiteral(R"({"type": "record", "name": "A", "fields": [{"name": "a", "type": "int"}, {"name": "a", "type": "long"}]})") << false;
        QTest::newRow("avro: a symbol twice") << "avro" << QStringLiteral(R"({"type": "enum", "name": "E", "symbols": ["A", "A"]})") << false;
        QTest::newRow("avro: a negative size") << "avro" << QStringLiteral(R"({"type": "fixed", "name": "F", "size": -1})") << false;
        QTest::newRow("avro: a trailing comma") << "avro"
            << QStringLiteral("{\"type\": \"record\", \"name\": \"A\",\n \"fields\": [{\"name\": \"a\", \"type\": \"int\"},]}") << false;
        QTest::newRow("avro: a union in a union") << "avro" << QStringLiteral(R"(["null", ["int", "long"]])") << false;
        QTest::newRow("avro: a type nobody declares") << "avro"
            << QStringLiteral(R"({"type": "record", "name": "A", "fields": [{"name": "t", "type": "com.other.Thing"}]})") << false;
        QTest::newRow("avro: a type defined twice") << "avro"
            << QStringLiteral(R"({"type": "record", "name": "A", "fields": [{"name": "a", "type": {"type": "fixed", "name": "A", "size": 1}}]})") << false;
        QTest::newRow("avro: a record without fields") << "avro" << QStringLiteral(R"({"type": "record", "name": "A"})") << false;

        QTest::newRow("jsonschema: $defs and a NUL escape") << "jsonschema"
            << QStringLiteral(R"({"$defs": {"Money": {"type": "integer"}}, "type": "object",
                "properties": {"amount": {"$ref": "#/$defs/Money"}, "note": {"type": "string", "default": "\u0000"}}})")
            << true;
        QTest::newRow("jsonschema: a lone surrogate") << "jsonschema" << QStringLiteral(R"({"title": "\ud800"})") << false;
        QTest::newRow("jsonschema: an array") << "jsonschema" << QStringLiteral("[{\"type\": \"string\"}]") << false;
        QTest::newRow("jsonschema: not JSON") << "jsonschema" << QStringLiteral("{\"type\":\n \"object\",,}") << false;
        QTest::newRow("jsonschema: only spaces") << "jsonschema" << QStringLiteral(" \n\t ") << false;
    }

    void schemaTextsAreCheckedOnBothSides()
    {
        QFETCH(QString, format);
        QFETCH(QString, text);
        QFETCH(bool, valid);
        if (m_schemaDatabase.isEmpty()) {
            m_schemaDatabase = QStringLiteral("schemas%1").arg(++m_databases);
            QVERIFY(m_server->createDatabase(m_schemaDatabase));
            QVERIFY(PostgresCatalogStore::initShared(m_server->url(m_schemaDatabase)).isOk());
            QVERIFY(PostgresCatalogStore::grant(m_server->url(m_schemaDatabase), "modeler", "alice").isOk());
            auto alice = Catalog::open(m_server->url(m_schemaDatabase, "alice", "alice-pw"));
            QVERIFY(alice);
            // The types other subjects declare, for the rows that use them.
            mesh::testing::applyLines(**alice,
                                      "{\"op\":\"create\",\"kind\":\"BoundedContext\",\"name\":\"Shop\"}\n"
                                      "{\"op\":\"create\",\"kind\":\"Event\",\"name\":\"MoneyDeclared\",\"context\":\"Shop\"}\n"
                                      "{\"op\":\"addSchemaVersion\",\"subject\":\"Shop/MoneyDeclared\",\"format\":\"protobuf\",\"text\":\"syntax = \\\"proto3\\\";\\npackage shop.common;\\nmessage Money { int64 cents = 1; string currency = 2; }\\n\"}\n"
                                      "{\"op\":\"create\",\"kind\":\"Event\",\"name\":\"AmountDeclared\",\"context\":\"Shop\"}\n"
                                      "{\"op\":\"addSchemaVersion\",\"subject\":\"Shop/AmountDeclared\",\"format\":\"avro\",\"text\":\"{\\\"type\\\": \\\"record\\\", \\\"name\\\": \\\"Amount\\\", \\\"namespace\\\": \\\"shop.common\\\", \\\"fields\\\": [{\\\"name\\\": \\\"cents\\\", \\\"type\\\": \\\"long\\\"}]}\"}\n");
        }
        auto alice = Catalog::open(m_server->url(m_schemaDatabase, "alice", "alice-pw"));
        QVERIFY2(alice, alice ? "" : qPrintable(alice.error().message));
        const QString name = QStringLiteral("Checked%1").arg(++m_subjects);
        mesh::testing::applyLines(**alice, QStringLiteral(R"({"op":"create","kind":"Event","name":"%1","context":"Shop"})").arg(name).toUtf8());
        const QUuid subject = (*alice)->state().findElement((*alice)->state().findElement({}, ElementKind::BoundedContext, "Shop")->id,
                                                            ElementKind::Event, name)->id;

        // Through the studio.
        SchemaVersion version;
        version.subject = subject;
        version.format = *schemaFormatFromId(format);
        version.compatibility = CompatibilityMode::None;
        version.text = text;
        const auto applied = (*alice)->apply({AddSchemaVersion{version}});
        if (valid) {
            QVERIFY2(applied, applied ? "" : qPrintable(applied.error().message));
            return;
        }
        QVERIFY2(!applied, "the studio took it");
        QCOMPARE(applied.error().code, ErrorCode::InvalidInput);
        QVERIFY2(!applied.error().message.contains("server"), qPrintable("the studio sent it and only the server refused it: " + applied.error().message));

        // As a batch written by hand.
        RawSession raw(m_server->port(), m_schemaDatabase, "alice");
        QVERIFY2(!raw.run(forgedSchemaVersion(subject, 1, format, text)), "the server took it");
        QVERIFY2(raw.sqlState() == "23514", qPrintable(raw.sqlState() + ": " + raw.error()));
        QVERIFY2(raw.error().contains(QStringLiteral("schema version 1 of %1 is not a valid %2 schema").arg(name, format)), qPrintable(raw.error()));
        RawSession admin(m_server->port(), m_schemaDatabase, "mesh_admin");
        QVERIFY(admin.run(QStringLiteral("SELECT count(*) FROM mesh.schema_versions WHERE subject_id = '%1'").arg(subject.toString(QUuid::WithoutBraces))));
        QCOMPARE(admin.value(), QStringLiteral("0"));
    }

    // A schema takes the types it does not declare from the latest version of another
    // subject, the one every export references: not from an older version of its own
    // subject, nor from a version another subject has since replaced. A JSON Schema's `$ref`
    // to another document is read against its root `$id` (RFC 3986) and must name the root
    // `$id` of such a version. Each text goes through the studio and as a batch by hand.
    void usesResolveAgainstOtherSubjectsLatestVersions_data()
    {
        QTest::addColumn<QString>("subject");   // an existing subject gets its next version; another name a new event
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        const auto proto3 = [](const char *body) { return QStringLiteral("syntax = \"proto3\";\n") + QString::fromUtf8(body); };
        QTest::newRow("protobuf: the latest version's type") << "" << "protobuf"
            << proto3("package shop.orders;\nmessage Paid { shop.ledger.Posting posting = 1; }") << true;
        QTest::newRow("protobuf: a type the other subject no longer declares") << "" << "protobuf"
            << proto3("package shop.orders;\nmessage Paid { shop.ledger.Entry entry = 1; }") << false;
        QTest::newRow("protobuf: a type of its own older version") << "Ledger" << "protobuf"
            << proto3("package shop.ledger;\nmessage Batch { Entry first = 1; }") << false;
        QTest::newRow("protobuf: a type of its own latest version") << "Ledger" << "protobuf"
            << proto3("package shop.ledger;\nmessage Batch { Posting first = 1; }") << false;
        QTest::newRow("avro: the latest version's type") << "" << "avro"
            << QStringLiteral(R"({"type": "record", "name": "Stored", "fields": [{"name": "in", "type": "shop.vault.Crate"}]})") << true;
        QTest::newRow("avro: a type the other subject no longer declares") << "" << "avro"
            << QStringLiteral(R"({"type": "record", "name": "Stored", "fields": [{"name": "in", "type": "shop.vault.Box"}]})") << false;
        QTest::newRow("avro: a type of its own older version") << "Vault" << "avro"
            << QStringLiteral(R"({"type": "record", "name": "Shelf", "namespace": "shop.vault", "fields": [{"name": "in", "type": "Box"}]})") << false;
        QTest::newRow("jsonschema: an absolute $ref to another subject") << "" << "jsonschema"
            << QString::fromUtf8("{\"type\": \"object\", \"properties\": {\"price\": {\"$ref\": \"https://shop.example/common/money.json#/$defs/Cents\"}}}") << true;
        QTest::newRow("jsonschema: a relative $ref read against the root $id") << "" << "jsonschema"
            << QString::fromUtf8("{\"$id\": \"https://Shop.example/orders/order.json\", \"properties\": {\"price\": {\"$ref\": \"../common/./money.json\"}}}") << true;
        QTest::newRow("jsonschema: local refs, its own $id, refs inside data") << "" << "jsonschema"
            << QString::fromUtf8("{\"$id\": \"https://shop.example/o.json\", \"$defs\": {\"A\": {\"type\": \"string\"}},\n"
                "                \"properties\": {\"a\": {\"$ref\": \"#/$defs/A\"}, \"b\": {\"$ref\": \"o.json#/$defs/A\"},\n"
                "                               \"c\": {\"const\": {\"$ref\": \"nowhere.json\"}, \"examples\": [{\"$ref\": \"nowhere.json\"}]}}}")
            << true;
        QTest::newRow("jsonschema: a $ref no document answers") << "" << "jsonschema"
            << QString::fromUtf8("{\"properties\": {\"price\": {\"$ref\": \"https://shop.example/common/coins.json\"}}}") << false;
        QTest::newRow("jsonschema: a relative $ref that resolves elsewhere") << "" << "jsonschema"
            << QString::fromUtf8("{\"$id\": \"https://shop.example/orders/order.json\", \"properties\": {\"price\": {\"$ref\": \"money.json\"}}}") << false;
        QTest::newRow("jsonschema: a relative $ref without a root $id") << "" << "jsonschema"
            << QStringLiteral(R"({"properties": {"price": {"$ref": "common/money.json"}}})") << false;
        QTest::newRow("jsonschema: a document the other subject replaced") << "" << "jsonschema"
            << QString::fromUtf8("{\"allOf\": [{\"$ref\": \"https://shop.example/doc.json\"}]}") << false;
        QTest::newRow("jsonschema: its own older version") << "Doc" << "jsonschema"
            << QString::fromUtf8("{\"$id\": \"https://shop.example/doc3.json\", \"allOf\": [{\"$ref\": \"doc.json\"}]}") << false;
        QTest::newRow("jsonschema: a $ref nested in a keyword's array") << "" << "jsonschema"
            << QString::fromUtf8("{\"anyOf\": [{\"type\": \"null\"}, {\"items\": [{\"$ref\": \"https://shop.example/missing.json\"}]}]}") << false;
    }

    void usesResolveAgainstOtherSubjectsLatestVersions()
    {
        QFETCH(QString, subject);
        QFETCH(QString, format);
        QFETCH(QString, text);
        QFETCH(bool, valid);
        if (m_scopeDatabase.isEmpty()) {
            m_scopeDatabase = QStringLiteral("scope%1").arg(++m_databases);
            QVERIFY(m_server->createDatabase(m_scopeDatabase));
            QVERIFY(PostgresCatalogStore::initShared(m_server->url(m_scopeDatabase)).isOk());
            QVERIFY(PostgresCatalogStore::grant(m_server->url(m_scopeDatabase), "modeler", "alice").isOk());
            auto alice = Catalog::open(m_server->url(m_scopeDatabase, "alice", "alice-pw"));
            QVERIFY(alice);
            mesh::testing::applyLines(**alice, "{\"op\":\"create\",\"kind\":\"BoundedContext\",\"name\":\"Shop\"}");
            // Two versions each: the second replaces what the first declared.
            const QList<std::tuple<QString, SchemaFormat, QString>> versions = {
                {"Ledger", SchemaFormat::Protobuf, "syntax = \"proto3\";\npackage shop.ledger;\nmessage Entry { int64 cents = 1; }\n"},
                {"Ledger", SchemaFormat::Protobuf, "syntax = \"proto3\";\npackage shop.ledger;\nmessage Posting { int64 cents = 1; }\n"},
                {"Vault", SchemaFormat::Avro, R"({"type": "record", "name": "Box", "namespace": "shop.vault", "fields": []})"},
                {"Vault", SchemaFormat::Avro, R"({"type": "record", "name": "Crate", "namespace": "shop.vault", "fields": []})"},
                {"Doc", SchemaFormat::JsonSchema, "{\"$id\": \"https://shop.example/doc.json\", \"type\": \"object\"}"},
                {"Doc", SchemaFormat::JsonSchema, "{\"$id\": \"https://shop.example/doc2.json\", \"type\": \"object\"}"},
                {"Money", SchemaFormat::JsonSchema, "{\"$id\": \"https://shop.example/common/money.json#\", \"$defs\": {\"Cents\": {\"type\": \"integer\"}}}"},
            };
            for (const auto &[name, schemaFormat, schemaText] : versions) {
                QVERIFY(addVersion(**alice, name, schemaFormat, schemaText).isOk());
            }
        }
        auto alice = Catalog::open(m_server->url(m_scopeDatabase, "alice", "alice-pw"));
        QVERIFY2(alice, alice ? "" : qPrintable(alice.error().message));
        const QString name = subject.isEmpty() ? QStringLiteral("Uses%1").arg(++m_subjects) : subject;
        const auto applied = addVersion(**alice, name, *schemaFormatFromId(format), text);
        const QUuid id = eventIn(**alice, name);
        const int next = (*alice)->state().latestSchema(id) ? (*alice)->state().latestSchema(id)->version + (applied ? 0 : 1) : 1;

        // The server takes a valid text written by hand too (on an event of its own).
        RawSession raw(m_server->port(), m_scopeDatabase, "alice");
        if (valid) {
            QVERIFY2(applied, applied ? "" : qPrintable(applied.error().message));
            const QString other = QStringLiteral("Uses%1").arg(++m_subjects);
            mesh::testing::applyLines(**alice, QStringLiteral(R"({"op":"create","kind":"Event","name":"%1","context":"Shop"})").arg(other).toUtf8());
            QVERIFY2(raw.run(forgedSchemaVersion(eventIn(**alice, other), 1, format, text)), qPrintable(raw.error()));
            return;
        }
        QVERIFY2(!applied, "the studio took it");
        QCOMPARE(applied.error().code, ErrorCode::InvalidInput);
        QVERIFY2(!raw.run(forgedSchemaVersion(id, next, format, text)), "the server took it");
        QVERIFY2(raw.sqlState() == "23514", qPrintable(raw.sqlState() + ": " + raw.error()));
        QVERIFY2(raw.error().contains(QStringLiteral("schema version %1 of %2 is not a valid %3 schema").arg(next).arg(name, format)), qPrintable(raw.error()));
        RawSession admin(m_server->port(), m_scopeDatabase, "mesh_admin");
        QVERIFY(admin.run(QStringLiteral("SELECT count(*) FROM mesh.schema_versions WHERE subject_id = '%1' AND version = %2")
                              .arg(id.toString(QUuid::WithoutBraces))
                              .arg(next)));
        QCOMPARE(admin.value(), QStringLiteral("0"));
    }

    void hardCasesPassTheServersChecks()
    {
        QTemporaryDir dir;
        auto file = mesh::testing::createCatalog(dir, "hard.meshcat");
        mesh::testing::populateHardCases(*file);
        const QString database = QStringLiteral("hard%1").arg(++m_databases);
        QVERIFY(m_server->createDatabase(database));
        QVERIFY(PostgresCatalogStore::initShared(m_server->url(database)).isOk());
        auto copied = file->saveCopyAs(m_server->url(database));
        QVERIFY2(copied, copied ? "" : qPrintable(copied.error().message));
        auto shared = Catalog::open(m_server->url(database));
        QVERIFY(shared);
        QVERIFY((*shared)->state().hasSameContent(file->state()));
        // The server read every text: what each declares is listed.
        RawSession admin(m_server->port(), database, "mesh_admin");
        QVERIFY(admin.run("SELECT count(DISTINCT (subject_id, version)) FROM mesh.schema_declarations WHERE format <> 'jsonschema'"));
        QVERIFY2(admin.value().toInt() >= 5, qPrintable(admin.value()));
    }

    void modelersEditApprovedElementsButDoNotDecideLifecycles()
    {
        auto alice = Catalog::open(url("alice"));
        QVERIFY(alice);
        const QUuid event = QUuid::fromString(m_eventId);
        auto edited = (*alice)->apply(Batch{UpdateElement{event, {{"description", "Still approved, better described"}}}});
        QVERIFY2(edited.isOk(), edited ? "" : qPrintable(edited.error().message));
        auto deprecated = (*alice)->apply(Batch{UpdateElement{event, {{"lifecycle", "deprecated"}}}});
        QVERIFY(!deprecated.isOk());
        QCOMPARE(deprecated.error().code, ErrorCode::PermissionDenied);
        QCOMPARE((*alice)->state().element(event)->lifecycle, Lifecycle::Approved);
        auto april = Catalog::open(url("april"));
        QVERIFY(april);
        QVERIFY((*april)->apply(Batch{UpdateElement{event, {{"lifecycle", "deprecated"}}}}).isOk());
    }

    void grantsStayInTheirCatalog()
    {
        const QString other = QStringLiteral("other%1").arg(++m_databases);
        QVERIFY(m_server->createDatabase(other));
        QVERIFY(PostgresCatalogStore::initShared(m_server->url(other)).isOk());
        // Alice views the other catalog; she still models this one.
        QVERIFY(PostgresCatalogStore::grant(m_server->url(other), "viewer", "alice").isOk());
        auto here = Catalog::open(url("alice"));
        QVERIFY2(here, here ? "" : qPrintable(here.error().message));
        QVERIFY((*here)->apply(Batch{UpdateElement{QUuid::fromString(m_serviceId), {{"description", "still mine"}}}}).isOk());
        auto there = Catalog::open(m_server->url(other, "alice", "alice-pw"));
        QVERIFY(!there);
        QCOMPARE(there.error().code, ErrorCode::ReadOnly);
        // A user named like a qualified name.
        auto dotted = PostgresCatalogStore::grant(m_server->url(other), "modeler", "first.last");
        QVERIFY2(dotted, dotted ? "" : qPrintable(dotted.error().message));
        auto first = Catalog::open(m_server->url(other, "first.last", "first.last-pw"));
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));
        mesh::testing::applyLines(**first, R"({"op":"create","kind":"BoundedContext","name":"Dotted"})");
        QCOMPARE((*first)->log()->last().author, QStringLiteral("first.last"));
        // Nobody on this catalog can read the other one.
        RawSession vera(m_server->port(), other, "vera");
        QVERIFY(!vera.run("SELECT count(*) FROM mesh.elements"));
    }

    void theOwnerCopiesApprovedElementsIn()
    {
        QVERIFY(m_server->exec("postgres", "ALTER ROLE olivia CREATEROLE"));
        QVERIFY(m_server->exec("postgres", "CREATE DATABASE owned OWNER olivia"));
        const QString owned = m_server->url("owned", "olivia", "olivia-pw");
        auto initialised = PostgresCatalogStore::initShared(owned);
        QVERIFY2(initialised, initialised ? "" : qPrintable(initialised.error().message));
        QTemporaryDir dir;
        auto file = mesh::testing::createCatalog(dir, "source.meshcat");
        mesh::testing::applyLines(*file, mesh::testing::kSmallModel);
        mesh::testing::applyLines(*file, R"({"op":"update","ref":"Identity/ProfilePublished","set":{"lifecycle":"approved"}})");
        auto copied = file->saveCopyAs(owned);
        QVERIFY2(copied, copied ? "" : qPrintable(copied.error().message));
        auto shared = Catalog::open(owned);
        QVERIFY(shared);
        QVERIFY((*shared)->state().hasSameContent(file->state()));
        QCOMPARE((*shared)->log()->last().author, QStringLiteral("tester"));
    }

    // Votes and comments on a shared catalog: each participant's own, within the dot budget,
    // every row named by a change of the log, whatever SQL a modeler sends.
    void workshopAidsHoldOnTheServer()
    {
        auto alice = Catalog::open(url("alice"));
        auto bob = Catalog::open(url("bob"));
        QVERIFY(alice && bob);
        QCOMPARE((*alice)->author(), QStringLiteral("alice"));   // the database user, whatever MESHSTUDIO_AUTHOR says
        const CatalogState &state = (*alice)->state();
        QUuid diagram;
        for (const Diagram &d : state.diagrams()) {
            if (d.name == "Profiles")
                diagram = d.id;
        }
        const QUuid event = QUuid::fromString(m_eventId), service = QUuid::fromString(m_serviceId);
        const QUuid proposed = QUuid::fromString(m_proposedId);
        QVERIFY(state.placement(diagram, event) && !state.placement(diagram, proposed));

        // Through the studios: alice's dots and bob's comment, each seen by the other.
        const Annotation dots{QUuid::createUuid(), AnnotationKind::Votes, diagram, event, "alice", QDateTime::currentDateTimeUtc(), 2, {}};
        QVERIFY((*alice)->apply({PutAnnotation{dots}}));
        const Annotation said{QUuid::createUuid(), AnnotationKind::Comment, {}, event, "bob", QDateTime::currentDateTimeUtc(), 0, "Who publishes this?"};
        QVERIFY((*bob)->apply({PutAnnotation{said}}));
        QVERIFY((*alice)->pull());
        QVERIFY((*bob)->pull());
        QCOMPARE((*bob)->state().votesOn(diagram, event), 2);
        QCOMPARE((*alice)->state().commentsOn(event).size(), 1);

        const auto annotate = [&](const QString &document) {
            const QString id = QJsonDocument::fromJson(document.toUtf8()).object().value("id").toString();
            return forgedCommit(QStringLiteral("jsonb_build_object('op', 'annotate', 'annotation', '%1'::jsonb)").arg(document),
                                QStringLiteral("jsonb_build_object('annotations', jsonb_build_object('put', jsonb_build_array("
                                               "jsonb_build_object('id', '%1', 'document', '%2'::text))))").arg(id, document));
        };
        const auto votesDocument = [&](const QString &author, const QUuid &on, int count) {
            return QStringLiteral("{\"id\": \"%1\", \"kind\": \"votes\", \"diagram\": \"%2\", \"element\": \"%3\", \"author\": \"%4\", \"count\": %5}")
                .arg(QUuid::createUuid().toString(QUuid::WithoutBraces), diagram.toString(QUuid::WithoutBraces), on.toString(QUuid::WithoutBraces), author)
                .arg(count);
        };
        RawSession raw(m_server->port(), m_database, "alice");
        RawSession admin(m_server->port(), m_database, "mesh_admin");
        QVERIFY(admin.run("SELECT count(*) FROM mesh.annotations"));
        const QString before = admin.value();

        struct Attempt {
            const char *what;
            QString sql;
            const char *state;
        };
        const QList<Attempt> attempts = {
            {"a vote under bob's name", annotate(votesDocument("bob", service, 1)), "42501"},
            {"more dots than the budget", annotate(votesDocument("alice", service, 2)), "23000"},
            {"a vote on a sticky not on the diagram", annotate(votesDocument("alice", proposed, 1)), "23000"},
            {"an empty comment", annotate(QStringLiteral("{\"id\": \"%1\", \"kind\": \"comment\", \"element\": \"%2\", \"author\": \"alice\", \"text\": \"  \"}")
                                              .arg(QUuid::createUuid().toString(QUuid::WithoutBraces), m_eventId)), "23514"},
            {"a logged vote without its row",
             forgedCommit(QStringLiteral("jsonb_build_object('op', 'annotate', 'annotation', '%1'::jsonb)").arg(votesDocument("alice", service, 1)), "'{}'::jsonb"), "23000"},
            {"a row no change names",
             forgedCommit("jsonb_build_object('op', 'createDiagram', 'id', gen_random_uuid(), 'name', 'x', 'kind', 'board')",
                          QStringLiteral("jsonb_build_object('annotations', jsonb_build_object('put', jsonb_build_array("
                                         "jsonb_build_object('id', '%1', 'document', '%2'::text))))")
                              .arg(QUuid::createUuid().toString(QUuid::WithoutBraces), votesDocument("alice", service, 1))), "23000"},
            {"bob's comment withdrawn by a modeler",
             forgedCommit(QStringLiteral("jsonb_build_object('op', 'unannotate', 'annotation', '%1')").arg(said.id.toString(QUuid::WithoutBraces)),
                          QStringLiteral("jsonb_build_object('annotations', jsonb_build_object('drop', jsonb_build_array('%1')))").arg(said.id.toString(QUuid::WithoutBraces))),
             "42501"},
            {"bob's comment dropped under another change",
             forgedCommit("jsonb_build_object('op', 'createDiagram', 'id', gen_random_uuid(), 'name', 'y', 'kind', 'board')",
                          QStringLiteral("jsonb_build_object('annotations', jsonb_build_object('drop', jsonb_build_array('%1')))").arg(said.id.toString(QUuid::WithoutBraces))),
             "23000"},
            {"the annotations table written directly", QStringLiteral("DELETE FROM mesh.annotations"), "42501"},
        };
        for (const Attempt &attempt : attempts) {
            QVERIFY2(!raw.run(attempt.sql), attempt.what);
            QVERIFY2(raw.sqlState() == attempt.state, qPrintable(QString::fromLatin1(attempt.what) + ": " + raw.sqlState() + " " + raw.error()));
        }
        QVERIFY(admin.run("SELECT count(*) FROM mesh.annotations"));
        QCOMPARE(admin.value(), before);
        // Her own vote within the budget goes through by hand too; an approver may withdraw bob's comment.
        QVERIFY2(raw.run(annotate(votesDocument("alice", service, 1))), qPrintable(raw.error()));
        RawSession april(m_server->port(), m_database, "april");
        QVERIFY2(april.run(forgedCommit(QStringLiteral("jsonb_build_object('op', 'unannotate', 'annotation', '%1')").arg(said.id.toString(QUuid::WithoutBraces)),
                                        QStringLiteral("jsonb_build_object('annotations', jsonb_build_object('drop', jsonb_build_array('%1')))")
                                            .arg(said.id.toString(QUuid::WithoutBraces)))),
                 qPrintable(april.error()));
        // Undo in a studio puts back what another wrote: bob restores alice's withdrawn dots.
        auto taken = (*alice)->apply({RemoveAnnotation{dots.id}});
        QVERIFY(taken);
        QVERIFY((*bob)->pull());
        QVERIFY2((*bob)->apply(*taken, ChangeOrigin::Undo), "putting back exactly what alice wrote");
        QVERIFY((*alice)->pull());
        QCOMPARE((*alice)->state().votesOn(diagram, event), 2);
    }

    void olderCatalogsAreUpgraded()
    {
        // A catalog of format 5, with a modeler by the cluster-wide roles of those days.
        const QString old = QStringLiteral("old%1").arg(++m_databases);
        QVERIFY(m_server->createDatabase(old));
        QString script = "CREATE SCHEMA mesh;\n";
        for (const char *name : {"001_initial", "002_rule_settings", "003_reviews", "004_diagram_slices", "005_diagram_routes"}) {
            QFile file(QStringLiteral(MESH_SOURCE_DIR "/catalog/store/migrations/postgresql/%1.sql").arg(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            script += QString::fromUtf8(file.readAll()) + '\n';
        }
        script += "INSERT INTO mesh.catalog_info VALUES ('schema_version', '5'), ('id', 'a1b2c3d4-0000-4000-8000-000000000001');\n"
                  "GRANT mesh_modeler TO bob;\n"
                  "INSERT INTO mesh.elements(id, kind, name, lifecycle) VALUES ('a1b2c3d4-0000-4000-8000-0000000000e1', 'Event', 'Kept', 'draft');\n"
                  "INSERT INTO mesh.schema_versions VALUES ('a1b2c3d4-0000-4000-8000-0000000000e1', 1, 'protobuf', 'NONE', 'draft', "
                  "'syntax = \"proto3\"; package old.v1; message Kept { string id = 1; }');\n"
                  "INSERT INTO mesh.elements(id, kind, name, lifecycle) VALUES ('a1b2c3d4-0000-4000-8000-0000000000e2', 'Event', 'KeptToo', 'draft');\n"
                  "INSERT INTO mesh.schema_versions VALUES ('a1b2c3d4-0000-4000-8000-0000000000e2', 1, 'jsonschema', 'NONE', 'draft', "
                  "'{\"$id\": \"https://Old.example/kept.json#\", \"type\": \"object\"}');\n";
        QString error;
        QVERIFY2(m_server->exec(old, script, &error), qPrintable(error));
        auto upgraded = PostgresCatalogStore::initShared(m_server->url(old));
        QVERIFY2(upgraded, upgraded ? "" : qPrintable(upgraded.error().message));
        QCOMPARE(*upgraded, PostgresCatalogStore::latestSchemaVersion());
        auto bob = Catalog::open(m_server->url(old, "bob", "bob-pw"));
        QVERIFY2(bob, bob ? "" : qPrintable(bob.error().message));
        mesh::testing::applyLines(**bob, R"({"op":"create","kind":"BoundedContext","name":"Upgraded"})");
        RawSession raw(m_server->port(), old, "bob");
        QVERIFY(!raw.run("UPDATE mesh.elements SET name = 'raw'"));
        QCOMPARE(raw.sqlState(), QStringLiteral("42501"));
        // What the versions stored before declare is known to the server's checks.
        RawSession admin(m_server->port(), old, "mesh_admin");
        QVERIFY(admin.run("SELECT string_agg(full_name, ',' ORDER BY full_name) FROM mesh.schema_declarations"));
        QCOMPARE(admin.value(), QStringLiteral("https://old.example/kept.json,old.v1.Kept"));
    }
};

QTEST_GUILESS_MAIN(TestSharedCatalogAttacks)
#include "tst_sharedcatalogattacks.moc"
