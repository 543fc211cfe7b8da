// The command line as a user runs it: the real meshstudio binary, headless, every command
// and every exit code, with one line on stderr naming the problem.

#include "catalog/catalog.h"
#include "programrun.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QImage>
#include <QSvgRenderer>
#include <QTest>
#include <QUuid>

using namespace mesh::catalog;

namespace {

using Run = mesh::testing::ProgramRun;

// Headless, as a CI job runs it: no display, no platform plugin asked for.
Run runProgram(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    mesh::testing::ProgramOptions options;
    options.input = input;
    options.environment.remove(QStringLiteral("DISPLAY"));
    options.environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    options.environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    return mesh::testing::runProgram(program, arguments, options);
}

Run meshstudio(const QStringList &arguments, const QByteArray &input = {})
{
    return runProgram(QStringLiteral(MESHSTUDIO_BINARY), arguments, input);
}

QJsonObject infoJson(const QString &path)
{
    const Run run = meshstudio({"info", path, "--output", "json"});
    return QJsonDocument::fromJson(run.out).object();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A copy of the sample catalog of its own for each test, so that no test depends on
    // what another did to a shared one, nor on the order they run in.
    QString freshSample(const QString &name) const
    {
        QFile::remove(path(name));
        if (!QFile::copy(path("pristine-sample.meshcat"), path(name)))
            qFatal("cannot copy the sample to %s", qPrintable(path(name)));
        return path(name);
    }

    // A fresh sample with a governance error: a service without an owner.
    QString brokenSample(const QString &name) const
    {
        const QString catalog = freshSample(name);
        const Run run = meshstudio({"apply", catalog, "-"}, R"({"op":"update","ref":"Identity/ProfileService","set":{"owner":null}})");
        if (run.exitCode != 0)
            qFatal("cannot break %s: %s", qPrintable(catalog), run.err.constData());
        return catalog;
    }

    QString write(const QString &name, const QByteArray &text) const
    {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            qFatal("cannot write %s", qPrintable(file.fileName()));
        return path(name);
    }

    void expectError(const Run &run, int code, const QString &mention)
    {
        QCOMPARE(run.exitCode, code);
        const QString err = QString::fromUtf8(run.err).trimmed();
        QVERIFY2(!err.isEmpty(), "an error is reported");
        QVERIFY2(!err.contains('\n'), qPrintable("one line: " + err));
        QVERIFY2(err.contains(mention), qPrintable(err + " should mention " + mention));
    }

    // The file the apply tests start from: five changes from a file, then one from stdin.
    QString appliedCatalog(const QString &name) const
    {
        QFile::remove(path(name));
        if (meshstudio({"init", path(name)}).exitCode != 0)
            qFatal("cannot create %s", qPrintable(path(name)));
        QFile changes(path(name + ".jsonl"));
        if (!changes.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(changes.fileName()));
        changes.write(R"({"op":"create","kind":"BoundedContext","name":"Identity"}
{"op":"create","kind":"Service","name":"ProfileService","context":"Identity"}
{"op":"create","kind":"Event","name":"ProfilePublished","context":"Identity","set":{"description":"A public profile became visible","owner":"identity-team"}}
{"op":"update","ref":"Identity/ProfilePublished","set":{"lifecycle":"proposed"}}
{"op":"relate","kind":"emits","from":"Identity/ProfileService","to":"Identity/ProfilePublished"}
)");
        changes.close();
        const Run fromFile = meshstudio({"apply", path(name), changes.fileName()});
        if (fromFile.exitCode != 0 || !fromFile.out.contains("Applied 5 changes"))
            qFatal("apply from a file: %s%s", fromFile.out.constData(), fromFile.err.constData());
        const Run fromStdin = meshstudio({"apply", path(name), "-"}, R"({"op":"delete","ref":"Identity/ProfilePublished"})" "\n");
        if (fromStdin.exitCode != 0)
            qFatal("apply from stdin: %s", fromStdin.err.constData());
        return path(name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const Run run = meshstudio({"init", path("pristine-sample.meshcat"), "--sample"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }

    void help()
    {
        Run run = meshstudio({"--help"});
        QCOMPARE(run.exitCode, 0);
        for (const char *command : {"init", "info", "apply", "log"})
            QVERIFY(run.out.contains(command));
        for (const char *command : {"init", "info", "apply", "log"}) {
            run = meshstudio({command, "--help"});
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(run.out.contains("Usage: meshstudio " + QByteArray(command)), run.out.constData());
        }
        QCOMPARE(meshstudio({"--version"}).exitCode, 0);
    }

    void usageErrors()
    {
        expectError(meshstudio({"frobnicate"}), 2, "frobnicate");
        expectError(meshstudio({"--frobnicate"}), 2, "--frobnicate");
        expectError(meshstudio({"info"}), 2, "missing argument");
        expectError(meshstudio({"info", "a", "b"}), 2, "unexpected argument");
        expectError(meshstudio({"init", path("x.meshcat"), "--bogus"}), 2, "bogus");
    }

    void initEmptyAndSample()
    {
        Run run = meshstudio({"init", path("empty.meshcat")});
        QCOMPARE(run.exitCode, 0);
        QJsonObject info = infoJson(path("empty.meshcat"));
        QCOMPARE(info.value("revision").toInt(), 0);
        QCOMPARE(info.value("changes").toInt(), 0);

        run = meshstudio({"init", path("sample.meshcat"), "--sample"});
        QCOMPARE(run.exitCode, 0);
        info = infoJson(path("sample.meshcat"));
        const QJsonObject elements = info.value("elements").toObject();
        QCOMPARE(elements.value("BoundedContext").toInt(), 3);
        QVERIFY(elements.value("Event").toInt() >= 5);
        QVERIFY(elements.value("Service").toInt() >= 3);
        QVERIFY(info.value("relations").toInt() >= 30);
        QVERIFY(info.value("schemas").toInt() >= 6);
        QCOMPARE(info.value("revision").toInt(), 2);   // the sample, then its sign-off
        QStringList keys = info.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{"changes", "elements", "relations", "revision", "schemas"}));

        expectError(meshstudio({"init", path("sample.meshcat")}), 2, "already exists");
        expectError(meshstudio({"init", path("no/such/folder/x.meshcat")}), 2, "does not exist");
    }

    void infoText()
    {
        const QString sample = freshSample("infoText.meshcat");
        QVERIFY(QFile::exists(sample));
        const Run run = meshstudio({"info", sample});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("Revision:"));
        QVERIFY(run.out.contains("Bounded contexts:"));
        expectError(meshstudio({"info", sample, "--output", "xml"}), 2, "--output");
    }

    // A pipeline that asked for JSON reads the error as JSON on stdout too.
    void errorsComeOutAsJsonWhenJsonWasAsked()
    {
        for (const QStringList &arguments : {QStringList{"check", path("missing.meshcat"), "--output", "json"},
                                             QStringList{"info", "--output=json", path("missing.meshcat")},
                                             QStringList{"check", path("missing.meshcat"), "--output", "sarif"},
                                             QStringList{"export", path("missing.meshcat"), "--to", path("out"), "--bogus", "--output", "json"}}) {
            const Run run = meshstudio(arguments);
            QCOMPARE(run.exitCode, 2);
            QJsonParseError parseError;
            const QJsonObject error = QJsonDocument::fromJson(run.out, &parseError).object().value("error").toObject();
            QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(arguments.join(' ') + ": " + run.out));
            QCOMPARE(error.value("exitCode").toInt(), 2);
            QCOMPARE(error.value("command").toString(), arguments.first());
            QVERIFY2(!error.value("message").toString().isEmpty() && QString::fromUtf8(run.err).contains(error.value("message").toString()),
                     qPrintable(run.out + run.err));
        }
        // Text output keeps stdout for results only.
        QVERIFY(meshstudio({"check", path("missing.meshcat")}).out.isEmpty());
        // A schema refused by apply names its line and column.
        QVERIFY(meshstudio({"init", path("json-errors.meshcat")}).exitCode == 0);
        const QByteArray lines = R"({"op":"create","kind":"BoundedContext","name":"Sales"}
{"op":"create","kind":"Event","name":"OrderPlaced","context":"Sales"}
{"op":"addSchemaVersion","subject":"Sales/OrderPlaced","format":"protobuf","text":"syntax = \u0022proto3\u0022;\nmessage OrderPlaced { Money total = 1; }\n"}
)";
        const Run applied = meshstudio({"apply", path("json-errors.meshcat"), "-"}, lines);
        expectError(applied, 2, "line 2, column 23: field total has the type Money");
    }

    void badCatalogs()
    {
        expectError(meshstudio({"info", path("missing.meshcat")}), 2, "missing.meshcat");
        QFile text(path("notes.txt"));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("just some notes\n");
        text.close();
        expectError(meshstudio({"info", path("notes.txt")}), 2, "not a Mesh Studio catalog");
        expectError(meshstudio({"apply", path("notes.txt"), "-"}, "{}\n"), 2, "not a Mesh Studio catalog");
        QFile reread(path("notes.txt"));
        QVERIFY(reread.open(QIODevice::ReadOnly));
        QCOMPARE(reread.readAll(), QByteArray("just some notes\n"));
    }

    // Damaged files, the way a crash, a bad disk or an edit with sqlite3 leaves them: every
    // command that reads them says what is wrong and exits 2, and none crashes.
    void damagedCatalogsAreRefusedByEveryCommand_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("mention");
        QTest::newRow("negative format") << "PRAGMA user_version = -1" << "damaged";
        QTest::newRow("relation to a missing element")
            << "PRAGMA foreign_keys = OFF; DELETE FROM elements WHERE id IN (SELECT to_id FROM relations WHERE kind = 'carries' LIMIT 1)"
            << "damaged";
        QTest::newRow("unknown lifecycle") << "UPDATE elements SET lifecycle = 'Approved!' WHERE rowid = (SELECT min(rowid) FROM elements)"
                                           << "invalid";
    }

    void damagedCatalogsAreRefusedByEveryCommand()
    {
        QFETCH(QString, damage);
        QFETCH(QString, mention);
        const QString catalog = path(QStringLiteral("damaged-%1.meshcat").arg(QTest::currentDataTag()).replace(' ', '-'));
        QCOMPARE(meshstudio({"init", catalog, "--sample"}).exitCode, 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "damage");
            db.setDatabaseName(catalog);
            QVERIFY(db.open());
            for (const QString &statement : damage.split("; ")) {
                QSqlQuery query(db);
                QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase("damage");
        const QList<QStringList> commands = {{"info", catalog},
                                             {"check", catalog},
                                             {"log", catalog},
                                             {"analyze", catalog},
                                             {"diff", catalog, "--from", "1"},
                                             {"export", catalog, "--to", path("damaged-export")},
                                             {"render", catalog, "--all", "--out", path("damaged-pictures")},
                                             {"apply", catalog, "-"}};
        for (const QStringList &command : commands) {
            const Run run = meshstudio(command, "{\"op\":\"create\",\"kind\":\"BoundedContext\",\"name\":\"X\"}\n");
            QVERIFY2(run.exitCode == 2, qPrintable(command.first() + ": exit " + QString::number(run.exitCode) + " " + run.err));
            QVERIFY2(run.err.contains(mention.toUtf8()), qPrintable(command.first() + ": " + run.err));
        }
    }

    // A full disk, as a file size limit makes it (the limit is per file, so the catalog and
    // its 32 KiB WAL index still open): the picture or export fails with the system's reason,
    // exit 2, and leaves no truncated file behind.
    void fullDiskFailsPicturesAndExportsCleanly()
    {
        const QString catalog = path("full-disk.meshcat");
        QCOMPARE(meshstudio({"init", catalog, "--sample"}).exitCode, 0);
        auto limited = [&](const QStringList &arguments) {
            QStringList quoted;
            for (const QString &argument : arguments)
                quoted.append(QLatin1Char('\'') + argument + QLatin1Char('\''));
            return runProgram("/bin/bash", {"-c", "trap '' XFSZ; ulimit -f 34; exec '" MESHSTUDIO_BINARY "' " + quoted.join(' ')});
        };
        const QString picture = path("full-disk.svg");
        Run run = limited({"render", catalog, "--diagram", "Event Storming: conversations and profiles", "--out", picture});
        expectError(run, 2, "File too large");
        QVERIFY(!run.out.contains("Wrote"));
        QVERIFY(!QFile::exists(picture));
        const QString folder = path("full-disk-export");
        run = limited({"export", catalog, "--to", folder, "--formats", "diagrams"});
        expectError(run, 2, "File too large");
        QDirIterator files(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString file = files.next();
            QVERIFY2(!file.endsWith(".meshstudio-tmp"), qPrintable(file + " was left behind"));
            QVERIFY2(QFileInfo(file).size() < 34 * 1024, qPrintable(file + " may be truncated"));
        }
    }

    void applyFromFileAndStdin()
    {
        const QJsonObject info = infoJson(appliedCatalog("apply.meshcat"));
        QCOMPARE(info.value("revision").toInt(), 2);
        QCOMPARE(info.value("changes").toInt(), 6);
        QCOMPARE(info.value("elements").toObject().value("Event").toInt(), 0);
        QCOMPARE(info.value("relations").toInt(), 0);
    }

    void applyIsAllOrNothing_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("mention");
        const QByteArray good = R"({"op":"create","kind":"Actor","name":"Someone"})" "\n";
        QTest::newRow("malformed json") << good + "{\"op\":\"create\",\n" << "<stdin>:2";
        QTest::newRow("unknown kind") << good + R"({"op":"create","kind":"Evnt","name":"X","context":"Identity"})" << "\"kind\"";
        QTest::newRow("unknown field") << good + R"({"op":"update","ref":"Identity/ProfileService","set":{"colour":"red"}})" << "colour";
        QTest::newRow("unknown reference") << good + R"({"op":"update","ref":"Identity/Nope","set":{"lifecycle":"proposed"}})" << "Identity/Nope";
        QTest::newRow("duplicate name") << good + R"({"op":"create","kind":"Service","name":"ProfileService","context":"Identity"})" << "already exists";
        QTest::newRow("invalid relation ends") << good + R"({"op":"relate","kind":"handled-by","from":"Identity/ProfileService","to":"Someone"})" << "<stdin>:2";
    }

    void applyIsAllOrNothing()
    {
        const QString catalog = appliedCatalog("all-or-nothing.meshcat");
        QFETCH(QByteArray, input);
        QFETCH(QString, mention);
        const QJsonObject before = infoJson(catalog);
        QVERIFY(!before.isEmpty());
        expectError(meshstudio({"apply", catalog, "-"}, input), 2, mention);
        QCOMPARE(infoJson(catalog), before);
    }

    void applyMissingInput()
    {
        const QString catalog = appliedCatalog("missing-input.meshcat");
        expectError(meshstudio({"apply", catalog, path("nope.jsonl")}), 2, "nope.jsonl");
    }

    void logReplaysIntoAnIdenticalCatalog()
    {
        const QString sample = freshSample("logReplaysIntoAnIdenticalCatalog.meshcat");
        Run log = meshstudio({"log", sample, "--output", "jsonl"});
        QCOMPARE(log.exitCode, 0);
        QVERIFY(log.out.count('\n') > 50);
        QVERIFY(meshstudio({"init", path("replay.meshcat")}).exitCode == 0);
        Run apply = meshstudio({"apply", path("replay.meshcat"), "-"}, log.out);
        QCOMPARE(apply.exitCode, 0);

        auto original = Catalog::open(sample, OpenMode::ReadOnly);
        auto replay = Catalog::open(path("replay.meshcat"), OpenMode::ReadOnly);
        QVERIFY(original.isOk() && replay.isOk());
        QString difference;
        QVERIFY2((*replay)->state().hasSameContent((*original)->state(), &difference), qPrintable(difference));
    }

    void logText()
    {
        const QString catalog = appliedCatalog("log.meshcat");
        Run run = meshstudio({"log", catalog});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("create Event Identity/ProfilePublished"));
        QVERIFY(run.out.contains("delete Identity/ProfilePublished"));
        run = meshstudio({"log", catalog, "--since", "1", "--output", "jsonl"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.count('\n'), 1);
        QVERIFY(run.out.contains("\"revision\":2"));
        expectError(meshstudio({"log", catalog, "--since", "yesterday"}), 2, "--since");
    }

    void checkGovernance()
    {
        const QString sample = freshSample("checkGovernance.meshcat");
        // The sample breaks no error rule: exit 0; its two synchronous calls are warnings, and
        // so is the control rule's `removed`, which no command of the sample sets.
        Run run = meshstudio({"check", sample});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("calls.cross-context"));
        QVERIFY(run.out.contains("Field removed of the event Compliance/ControlRuleChanged comes from no command"));
        run = meshstudio({"check", sample, "--output", "json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report.value("errors").toInt(), 0);
        QCOMPARE(report.value("warnings").toInt(), 3);

        // An error makes the check fail, in every format.
        QCOMPARE(brokenSample("broken.meshcat"), path("broken.meshcat"));
        QCOMPARE(meshstudio({"check", path("broken.meshcat")}).exitCode, 1);
        run = meshstudio({"check", path("broken.meshcat"), "--output", "sarif"});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject sarif = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(sarif.value("version").toString(), QStringLiteral("2.1.0"));
        const QJsonObject runObject = sarif.value("runs").toArray().first().toObject();
        QCOMPARE(runObject.value("tool").toObject().value("driver").toObject().value("name").toString(), QStringLiteral("Mesh Studio"));
        const QJsonArray rules = runObject.value("tool").toObject().value("driver").toObject().value("rules").toArray();
        bool foundError = false;
        for (const QJsonValue &result : runObject.value("results").toArray()) {
            const QJsonObject r = result.toObject();
            QVERIFY(QStringList({"error", "warning", "note"}).contains(r.value("level").toString()));
            QCOMPARE(rules.at(r.value("ruleIndex").toInt()).toObject().value("id").toString(), r.value("ruleId").toString());
            QVERIFY(!r.value("message").toObject().value("text").toString().isEmpty());
            const QJsonObject logical = r.value("locations").toArray().first().toObject().value("logicalLocations").toArray().first().toObject();
            if (r.value("ruleId").toString() == QLatin1String("ownership.owner-required")) {
                QCOMPARE(r.value("level").toString(), QStringLiteral("error"));
                QCOMPARE(logical.value("fullyQualifiedName").toString(), QStringLiteral("Identity/ProfileService"));
                foundError = true;
            }
        }
        QVERIFY(foundError);
        expectError(meshstudio({"check", path("broken.meshcat"), "--output", "html"}), 2, "--output");

        // What code scanning needs of each result: a path relative to the checkout under a
        // base id, a region, and a fingerprint that is the same in the next run.
        const QJsonObject firstResult = runObject.value("results").toArray().first().toObject();
        const QJsonObject physical = firstResult.value("locations").toArray().first().toObject().value("physicalLocation").toObject();
        QCOMPARE(physical.value("artifactLocation").toObject().value("uriBaseId").toString(), QStringLiteral("%SRCROOT%"));
        QVERIFY(!QDir::isAbsolutePath(physical.value("artifactLocation").toObject().value("uri").toString()));
        QCOMPARE(physical.value("region").toObject().value("startLine").toInt(), 1);
        QVERIFY(!firstResult.value("partialFingerprints").toObject().isEmpty());
        for (const QJsonValue &rule : rules) {
            QVERIFY(!rule.toObject().value("help").toObject().value("text").toString().isEmpty());
            QVERIFY(!rule.toObject().value("fullDescription").toObject().value("text").toString().isEmpty());
        }
        const QJsonObject again = QJsonDocument::fromJson(meshstudio({"check", path("broken.meshcat"), "--output", "sarif"}).out).object();
        QCOMPARE(again.value("runs").toArray().first().toObject().value("results").toArray().first().toObject().value("partialFingerprints"),
                 firstResult.value("partialFingerprints"));

        // Filters: by severity, by rule, and a cap, the most severe first.
        run = meshstudio({"check", path("broken.meshcat"), "--output", "json", "--severity", "error"});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value("warnings").toInt(), 0);
        QVERIFY(QJsonDocument::fromJson(run.out).object().value("errors").toInt() > 0);
        run = meshstudio({"check", path("broken.meshcat"), "--output", "json", "--rule", "calls.cross-context"});
        QCOMPARE(run.exitCode, 0); // the error is another rule's
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value("warnings").toInt(), 2);
        run = meshstudio({"check", path("broken.meshcat"), "--output", "json", "--max-results", "1"});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject capped = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(capped.value("findings").toArray().size(), 1);
        QCOMPARE(capped.value("findings").toArray().first().toObject().value("severity").toString(), QStringLiteral("error"));
        QVERIFY(capped.value("omitted").toInt() >= 2);
        expectError(meshstudio({"check", path("broken.meshcat"), "--rule", "no.such-rule"}), 2, "no.such-rule");
        expectError(meshstudio({"check", path("broken.meshcat"), "--severity", "fatal"}), 2, "--severity");

        // export --gate answers in JSON when JSON was asked for.
        run = meshstudio({"export", path("broken.meshcat"), "--to", path("gated-json"), "--gate", "--output", "json"});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject refused = QJsonDocument::fromJson(run.out).object();
        QVERIFY2(refused.value("refused").toBool(), run.out.constData());
        QVERIFY(refused.value("errors").toInt() > 0);
    }

    void compatByExtensionAndItsMistakes()
    {
        const QString v1 = write("v1.avsc", R"({"type":"record","name":"R","fields":[{"name":"a","type":"string"}]})");
        const QString v2 = write("v2.avsc", R"({"type":"record","name":"R","fields":[{"name":"a","type":"string"},{"name":"b","type":"int"}]})");
        // The format from the extension; BACKWARD refuses a new field without a default.
        Run run = meshstudio({"compat", v1, v2});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("not BACKWARD compatible"), run.out.constData());
        QCOMPARE(meshstudio({"compat", "--mode", "FORWARD", v1, v2}).exitCode, 0);
        const QString p1 = write("v1.proto", "syntax = \"proto3\";\nmessage R { string a = 1; }\n");
        const QString p2 = write("v2.proto", "syntax = \"proto3\";\nmessage R { string a = 1; int32 b = 2; }\n");
        QCOMPARE(meshstudio({"compat", p1, p2}).exitCode, 0);
        // Mistakes say what is wrong, exit 2.
        expectError(meshstudio({"compat", "--type", "avro", p1, p2}), 2, "by its extension");
        expectError(meshstudio({"compat", v1, p2}), 2, "give --type");
        expectError(meshstudio({"compat", v1}), 2, "at least two");
        const QString broken = write("broken.avsc", "{\"type\": \"record\",\n \"name\": }");
        expectError(meshstudio({"compat", v1, broken}), 2, "line 2");
    }

    // JSON Schema's two registry policies: STRICT refuses a property added to an open
    // content model, LENIENT lets it in; the JSON output names the registry's change.
    void compatJsonSchemaPolicies()
    {
        const QString v1 = write("open1.json", R"({"type":"object","properties":{"id":{"type":"string"}}})");
        const QString v2 = write("open2.json", R"({"type":"object","properties":{"id":{"type":"string"},"note":{"type":"string"}}})");
        Run strict = meshstudio({"compat", "--output", "json", v1, v2});
        QCOMPARE(strict.exitCode, 1);
        const QJsonArray issues = QJsonDocument::fromJson(strict.out).object().value("issues").toArray();
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().toObject().value("change").toString(), QStringLiteral("PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL"));
        QCOMPARE(issues.first().toObject().value("path").toString(), QStringLiteral("#/properties/note"));
        QCOMPARE(meshstudio({"compat", "--policy", "LENIENT", v1, v2}).exitCode, 0);
        expectError(meshstudio({"compat", "--policy", "loose", v1, v2}), 2, "STRICT or LENIENT");
        const QString a1 = write("p1.avsc", R"({"type":"record","name":"R","fields":[]})");
        expectError(meshstudio({"compat", "--policy", "LENIENT", a1, a1}), 2, "JSON Schema only");
    }

    // compat -I: each version finds the files it imports beside it first, then in the
    // folders given, and a change inside an imported message is judged.
    void compatFollowsProtobufImports()
    {
        QVERIFY(QDir(path(QString())).mkpath("imports/v1/common") && QDir(path(QString())).mkpath("imports/v2/common")
                && QDir(path(QString())).mkpath("imports/shared/common"));
        const QByteArray order = "syntax = \"proto3\";\npackage shop.v1;\nimport \"common/money.proto\";\n"
                                 "message Order { common.Money total = 1; }\n";
        const QString v1 = write("imports/v1/order.proto", order);
        const QString v2 = write("imports/v2/order.proto", order);
        write("imports/v1/common/money.proto", "syntax = \"proto3\";\npackage common;\nmessage Money { int64 units = 1; }\n");
        write("imports/v2/common/money.proto", "syntax = \"proto3\";\npackage common;\nmessage Money { double units = 1; }\n");
        Run run = meshstudio({"compat", "--output", "json", v1, v2});
        QCOMPARE(run.exitCode, 1);
        const QJsonArray issues = QJsonDocument::fromJson(run.out).object().value("issues").toArray();
        QCOMPARE(issues.size(), 2);
        QCOMPARE(issues.at(0).toObject().value("path").toString(), QStringLiteral("common.Money.units"));
        QCOMPARE(issues.at(1).toObject().value("path").toString(), QStringLiteral("Order.total"));
        // An import found in no folder is named, with the folders looked in; -I supplies it.
        const QString lone = write("imports/lone.proto", order);
        expectError(meshstudio({"compat", lone, lone}), 2, "common/money.proto");
        write("imports/shared/common/money.proto", "syntax = \"proto3\";\npackage common;\nmessage Money { int64 units = 1; }\n");
        QCOMPARE(meshstudio({"compat", "-I", path("imports/shared"), lone, v1}).exitCode, 0);
        QCOMPARE(meshstudio({"compat", "--import-path", path("imports/shared"), lone, v2}).exitCode, 1);
        expectError(meshstudio({"compat", "-I", path("imports/nowhere"), v1, v2}), 2, "not a folder");
        const QString a1 = write("i1.avsc", R"({"type":"record","name":"R","fields":[]})");
        expectError(meshstudio({"compat", "-I", path("imports/shared"), a1, a1}), 2, "Protobuf only");
    }

    // A subject's "JSON Schema policy" setting judges its versions in the diff: STRICT refuses
    // a property added to an open content model, LENIENT lets it in; a policy the registry
    // does not have is refused when applied.
    void aSubjectsJsonSchemaPolicyJudgesItsVersions()
    {
        const QString catalog = path("policy.meshcat");
        QCOMPARE(meshstudio({"init", catalog}).exitCode, 0);
        const auto version = [](const char *properties) {
            return QJsonDocument(QJsonObject{{"op", "addSchemaVersion"}, {"subject", "Shop/OrderPlaced"}, {"format", "jsonschema"},
                                             {"text", QStringLiteral(R"({"type":"object","properties":{%1}})").arg(properties)}})
                       .toJson(QJsonDocument::Compact)
                + "\n";
        };
        Run run = meshstudio({"apply", catalog, "-"}, R"({"op":"create","kind":"BoundedContext","name":"Shop"}
{"op":"create","kind":"Event","name":"OrderPlaced","context":"Shop"}
)" + version(R"("id":{"type":"string"})"));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const int base = QJsonDocument::fromJson(meshstudio({"info", catalog, "--output", "json"}).out).object().value("revision").toInt();
        QVERIFY(base > 0);
        run = meshstudio({"apply", catalog, "-"}, version(R"("id":{"type":"string"},"note":{"type":"string"})"));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const auto verdict = [&]() -> QJsonObject {
            const QJsonArray items = QJsonDocument::fromJson(meshstudio({"diff", catalog, "--from", QString::number(base), "--output", "json"}).out)
                                         .object().value("items").toArray();
            for (const QJsonValue &item : items) {
                if (item.toObject().value("subject") == "schema version")
                    return item.toObject();
            }
            return {};
        };
        QCOMPARE(verdict().value("compatible").toBool(true), false);
        QVERIFY2(verdict().value("verdict").toString().contains("note"), qPrintable(verdict().value("verdict").toString()));
        run = meshstudio({"apply", catalog, "-"}, R"({"op":"update","ref":"Shop/OrderPlaced","set":{"jsonSchemaPolicy":"LENIENT"}})");
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(verdict().value("compatible").toBool(false), true);
        run = meshstudio({"apply", catalog, "-"}, R"({"op":"update","ref":"Shop/OrderPlaced","set":{"jsonSchemaPolicy":"LOOSE"}})");
        expectError(run, 2, "expected one of STRICT, LENIENT");
    }

    void watchGivesUpAfterItsTimeout()
    {
        QCOMPARE(meshstudio({"init", path("watched.meshcat")}).exitCode, 0);
        QElapsedTimer timer;
        timer.start();
        const Run run = meshstudio({"watch", path("watched.meshcat"), "--until", "5", "--timeout", "1"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("did not land"), run.err.constData());
        QVERIFY(timer.elapsed() < 10000);
        expectError(meshstudio({"watch", path("watched.meshcat"), "--timeout", "soon"}), 2, "--timeout");
    }

    void helpAllAndNoDisplay()
    {
        const Run all = meshstudio({"check", "--help-all"});
        QCOMPARE(all.exitCode, 0);
        QVERIFY(all.out.contains("--severity"));
        // The studio window without a display: a message and exit 2, not an abort.
        QCOMPARE(meshstudio({"init", path("window.meshcat")}).exitCode, 0);
        const Run window = meshstudio({path("window.meshcat")});
        QCOMPARE(window.exitCode, 2);
        QVERIFY2(window.err.contains("no display"), window.err.constData());
    }

    void exportToFolder()
    {
        const QString sample = freshSample("exportToFolder.meshcat");
        const QString out = path("export");
        Run run = meshstudio({"export", sample, "--to", out, "--dry-run"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("A avro/Identity/ProfilePublished.avsc"));
        QVERIFY(run.out.contains("Dry run, nothing written"));
        QVERIFY(!QFileInfo::exists(out));

        run = meshstudio({"export", sample, "--to", out});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QFileInfo::exists(out + "/asyncapi/Identity/ProfileService.yaml"));
        QVERIFY(QFileInfo::exists(out + "/.meshstudio-export.json"));
        // The diagrams format: each diagram as an SVG picture, the same bytes every time.
        QSvgRenderer picture(out + "/diagrams/Context-map.svg");
        QVERIFY(picture.isValid());
        QCOMPARE(meshstudio({"export", sample, "--to", path("export2"), "--formats", "diagrams"}).exitCode, 0);
        QFile first(out + "/diagrams/Event-Storming-conversations-and-profiles.svg"), second(path("export2/diagrams/Event-Storming-conversations-and-profiles.svg"));
        QVERIFY(first.open(QIODevice::ReadOnly) && second.open(QIODevice::ReadOnly));
        QCOMPARE(first.readAll(), second.readAll());
        run = meshstudio({"export", sample, "--to", out, "--output", "json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject again = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(again.value("added").toArray().size(), 0);
        QCOMPARE(again.value("changed").toArray().size(), 0);
        QVERIFY(again.value("unchanged").toInt() > 50);

        // One format, and AsyncAPI as JSON: the other formats' files stay.
        run = meshstudio({"export", sample, "--to", out, "--formats", "asyncapi", "--asyncapi-json"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("A asyncapi/Identity/ProfileService.json"));
        QVERIFY(run.out.contains("D asyncapi/Identity/ProfileService.yaml"));
        QVERIFY(QFileInfo::exists(out + "/avro/Identity/ProfilePublished.avsc"));

        // --gate refuses a catalog with governance errors, writing nothing.
        const QString broken = brokenSample("export-broken.meshcat");
        run = meshstudio({"export", broken, "--to", path("gated"), "--gate"});
        expectError(run, 1, "governance error");
        QVERIFY(!QFileInfo::exists(path("gated")));
        QCOMPARE(meshstudio({"export", broken, "--to", path("gated")}).exitCode, 0);

        expectError(meshstudio({"export", sample, "--to", out, "--formats", "avro,xml"}), 2, "xml");
        expectError(meshstudio({"export", sample}), 2, "--to");
        // A file in the way that the export did not write is named, and left alone.
        QDir().mkpath(path("foreign/avro/Identity"));
        QFile foreign(path("foreign/avro/Identity/ProfilePublished.avsc"));
        QVERIFY(foreign.open(QIODevice::WriteOnly));
        foreign.write("mine");
        foreign.close();
        expectError(meshstudio({"export", sample, "--to", path("foreign")}), 2, "ProfilePublished.avsc");
        QVERIFY(foreign.open(QIODevice::ReadOnly));
        QCOMPARE(foreign.readAll(), QByteArray("mine"));
    }

    // Pictures of the sample's diagrams, headless: an SVG that Qt's SVG renderer reads, a PNG
    // twice as large at --scale 2, every diagram with --all.
    void renderDiagrams()
    {
        const QString sample = freshSample("renderDiagrams.meshcat");
        Run run = meshstudio({"render", sample, "--diagram", "Context map", "--out", path("map.svg")});
        QCOMPARE(run.exitCode, 0);
        QSvgRenderer svg(path("map.svg"));
        QVERIFY(svg.isValid());
        QVERIFY(svg.defaultSize().width() > 300);
        QCOMPARE(meshstudio({"render", sample, "--diagram", "Context map", "--out", path("map1.png")}).exitCode, 0);
        QCOMPARE(meshstudio({"render", sample, "--diagram", "Context map", "--out", path("map2.png"), "--scale", "2"}).exitCode, 0);
        const QImage one(path("map1.png")), two(path("map2.png"));
        QVERIFY(!one.isNull() && !two.isNull());
        QVERIFY(qAbs(two.width() - 2 * one.width()) <= 2 && qAbs(two.height() - 2 * one.height()) <= 2);

        // --layout lays the pictures out and leaves the catalog as it was.
        const QByteArray before = meshstudio({"info", sample, "--output", "json"}).out;
        QVERIFY(!before.isEmpty());
        run = meshstudio({"render", sample, "--all", "--layout", "--out", path("pictures")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QDir(path("pictures")).entryList({"*.svg"}).size(), 3);
        QCOMPARE(meshstudio({"info", sample, "--output", "json"}).out, before);
        expectError(meshstudio({"render", sample, "--diagram", "Nope", "--out", path("x.svg")}), 2, "Context map");
        expectError(meshstudio({"render", sample, "--diagram", "Context map", "--out", path("x.gif")}), 2, ".svg or .png");
    }

    void analyzeTheSample()
    {
        const QString sample = freshSample("analyzeTheSample.meshcat");
        Run run = meshstudio({"analyze", sample, "--output", "json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject analysis = QJsonDocument::fromJson(run.out).object();
        const QJsonArray flows = analysis.value("flows").toArray();
        QCOMPARE(flows.size(), 2); // the sample's two synchronous calls across contexts
        for (const QJsonValue &value : flows) {
            const QJsonObject flow = value.toObject();
            const double uptime = flow.value("figures").toObject().value("uptimePercent").toDouble();
            const double ifEvent = flow.value("bestCandidate").toObject().value("figuresIfEvent").toObject().value("uptimePercent").toDouble();
            QVERIFY2(ifEvent > uptime, "an event instead of the call gains uptime");
        }
        QVERIFY(meshstudio({"analyze", sample}).out.contains("into an event"));
    }

    void diffBetweenRevisions()
    {
        const QString sample = freshSample("diffBetweenRevisions.meshcat");
        QVERIFY(QFile::copy(sample, path("diffed.meshcat")));
        const QString schema = QStringLiteral(R"({"type":"record","name":"ProfilePublished","namespace":"com.symphony.identity","fields":[{"name":"profileId","type":"string"},{"name":"region","type":"string"}]})");
        const QByteArray changes = R"({"op":"update","ref":"Identity/ProfileService","set":{"description":"Profiles, and their history"}}
{"op":"create","kind":"Actor","name":"Auditor"}
)" + QJsonDocument(QJsonObject{{"op", "addSchemaVersion"}, {"subject", "Identity/ProfilePublished"}, {"format", "avro"}, {"text", schema}})
                                         .toJson(QJsonDocument::Compact)
            + "\n";
        Run run = meshstudio({"apply", path("diffed.meshcat"), "-"}, changes);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = meshstudio({"diff", path("diffed.meshcat"), "--from", "1", "--output", "json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject diff = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(diff.value("from").toInt(), 1);
        QCOMPARE(diff.value("to").toInt(), 3);   // the sample's sign-off (2) changed no item
        bool sawField = false, sawAdded = false, sawVerdict = false;
        for (const QJsonValue &value : diff.value("items").toArray()) {
            const QJsonObject item = value.toObject();
            if (item.value("path") == "Identity/ProfileService") {
                const QJsonObject field = item.value("fields").toArray().first().toObject();
                QCOMPARE(field.value("field").toString(), QStringLiteral("description"));
                QCOMPARE(field.value("after").toString(), QStringLiteral("Profiles, and their history"));
                sawField = true;
            }
            sawAdded = sawAdded || (item.value("path") == "Auditor" && item.value("change") == "added");
            if (item.value("subject") == "schema version") {
                QCOMPARE(item.value("compatible").toBool(true), false);
                QVERIFY(item.value("verdict").toString().contains("region"));
                sawVerdict = true;
            }
        }
        QVERIFY(sawField && sawAdded && sawVerdict);
        run = meshstudio({"diff", path("diffed.meshcat"), "--from", "1", "--output", "markdown"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("### "));
        QVERIFY(run.out.contains("| changed | `Identity/ProfileService` element |"));
        expectError(meshstudio({"diff", path("diffed.meshcat")}), 2, "--from");

        // With a signed-off review of revision 1, "baseline" is where the next review starts.
        const QJsonObject review{{"id", QUuid::createUuid().toString(QUuid::WithoutBraces)}, {"title", "Sample model"}, {"from", 0}, {"to", 1},
                                 {"openedBy", "ana"}, {"closed", true}, {"closedBy", "ana"}, {"items", QJsonObject()}};
        run = meshstudio({"apply", path("diffed.meshcat"), "-"}, QJsonDocument(QJsonObject{{"op", "setReview"}, {"review", review}}).toJson(QJsonDocument::Compact));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = meshstudio({"diff", path("diffed.meshcat"), "--from", "baseline", "--output", "json"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value("from").toInt(), 1);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value("items").toArray().size(), diff.value("items").toArray().size());
        expectError(meshstudio({"diff", path("diffed.meshcat"), "--from", "9"}), 2, "--from");

        // --fail-on: a pull request's gate on the findings the change brought.
        const qint64 beforeError = QJsonDocument::fromJson(meshstudio({"info", path("diffed.meshcat"), "--output", "json"}).out).object().value("revision").toInteger();
        QCOMPARE(meshstudio({"diff", path("diffed.meshcat"), "--from", QString::number(beforeError), "--fail-on", "error"}).exitCode, 0);
        run = meshstudio({"apply", path("diffed.meshcat"), "-"}, R"({"op":"update","ref":"Identity/ProfileService","set":{"owner":null}})");
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = meshstudio({"diff", path("diffed.meshcat"), "--from", QString::number(beforeError), "--fail-on", "error"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains("ownership.owner-required"));
        QCOMPARE(meshstudio({"diff", path("diffed.meshcat"), "--from", QString::number(beforeError), "--fail-on", "warning", "--output", "json"}).exitCode, 1);
        QCOMPARE(meshstudio({"diff", path("diffed.meshcat"), "--from", QString::number(beforeError)}).exitCode, 0);
        expectError(meshstudio({"diff", path("diffed.meshcat"), "--from", "1", "--fail-on", "info"}), 2, "--fail-on");
    }

    void readOnlyCatalog()
    {
        const QString catalog = appliedCatalog("readonly-source.meshcat");
        QVERIFY(QFile::copy(catalog, path("readonly.meshcat")));
        QVERIFY(QFile::setPermissions(path("readonly.meshcat"), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        QCOMPARE(meshstudio({"info", path("readonly.meshcat")}).exitCode, 0);
        expectError(meshstudio({"apply", path("readonly.meshcat"), "-"}, R"({"op":"create","kind":"Actor","name":"A"})"), 2, "read-only");
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
