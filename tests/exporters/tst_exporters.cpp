#include "app/samplecatalog.h"
#include "catalog/catalog.h"
#include "catalog/changes/changejson.h"
#include "catalog/model/attributefield.h"
#include "exporters/exporter.h"
#include "exporters/exportwriter.h"
#include "exporters/filenames.h"
#include "exporters/jsontext.h"
#include "exportfixtures.h"
#include "exportruns.h"
#include "testcatalogs.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace mesh::catalog;
using namespace mesh::exporters;
using namespace mesh::testing;

class TestExporters : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_sample;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto sample = mesh::app::SampleCatalog::create(m_dir.filePath(QStringLiteral("sample.meshcat")));
        QVERIFY2(sample, sample ? "" : qPrintable(sample.error().message));
        m_sample = std::move(sample).value();
    }

    // The same catalog gives the same bytes, whatever order its tables were read in.
    void sameCatalogSameBytes()
    {
        const QList<ExportFile> first = exportAll(m_sample->state());
        QVERIFY(first.size() > 50);
        auto reopened = Catalog::open(m_sample->location());
        QVERIFY(reopened);
        QCOMPARE(asMap(exportAll((*reopened)->state())), asMap(first));
        for (const ExportFile &file : first) {
            QVERIFY2(file.bytes.endsWith('\n'), qPrintable(file.path));
            QVERIFY2(!file.bytes.contains('\r'), qPrintable(file.path));
        }
    }

    // The sample's export is kept under tests/exporters/golden, so a change shows as a diff.
    // MESH_UPDATE_GOLDEN=1 rewrites them.
    void sampleMatchesGoldenFiles()
    {
        const QString golden = QStringLiteral(MESH_GOLDEN_DIR);
        const QMap<QString, QByteArray> produced = asMap(exportAll(m_sample->state()));
        if (qEnvironmentVariableIsSet("MESH_UPDATE_GOLDEN")) {
            QDir(golden).removeRecursively();
            for (auto it = produced.begin(); it != produced.end(); ++it) {
                QDir().mkpath(QFileInfo(golden + QLatin1Char('/') + it.key()).path());
                QFile file(golden + QLatin1Char('/') + it.key());
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write(it.value());
            }
        }
        const QMap<QString, QByteArray> expected = filesOnDisk(golden);
        QCOMPARE(produced.keys(), expected.keys());
        for (auto it = produced.begin(); it != produced.end(); ++it)
            QVERIFY2(it.value() == expected.value(it.key()), qPrintable(it.key() + QStringLiteral(" differs from its golden file")));
    }

    void formatsPlaceFilesWhereTheReadmeSays()
    {
        const QMap<QString, QByteArray> files = asMap(exportAll(m_sample->state()));
        for (const char *path : {"avro/Identity/ProfilePublished.avsc", "jsonschema/Collaboration/ParticipantAdded.schema.json",
                                 "proto/symphony.compliance.v1.proto", "proto/symphony.collaboration.v1.proto", "asyncapi/Identity/ProfileService.yaml",
                                 "strimzi/Identity/identity.profile-published.v1.yaml", "terraform/Identity.tf", "terraform/versions.tf",
                                 "registry/identity.profile-updated.v1-value/v2.json", "registry/README.md",
                                 "eventcatalog/events/ProfilePublished/index.mdx", "eventcatalog/domains/Identity/index.mdx"})
            QVERIFY2(files.contains(QLatin1String(path)), path);
        // A message shared across contexts becomes an import.
        QVERIFY(files.value(QStringLiteral("proto/symphony.collaboration.v1.proto")).contains("import \"symphony.compliance.v1.proto\";"));
        QVERIFY(files.value(QStringLiteral("proto/symphony.collaboration.v1.proto")).contains(".symphony.compliance.v1.ControlRuleChanged.Effect effect = 2;"));
        // Avro namespaces: as written, the same in avro/ and the registry body.
        QVERIFY(files.value(QStringLiteral("avro/Identity/ProfilePublished.avsc")).contains("\"namespace\": \"com.symphony.identity\""));
        // JSON Schema: draft 2020-12 with an id that follows the subject.
        const QByteArray schema = files.value(QStringLiteral("jsonschema/Collaboration/ParticipantAdded.schema.json"));
        QVERIFY(schema.startsWith("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"$id\": \"urn:uuid:"));
        // Terraform: the provider's resource with the topic's settings as strings.
        const QByteArray terraform = files.value(QStringLiteral("terraform/Identity.tf"));
        QVERIFY(terraform.contains("resource \"kafka_topic\" \"identity_profile_published_v1\" {"));
        QVERIFY(terraform.contains("partitions         = 12"));
        QVERIFY(terraform.contains("\"retention.ms\"        = \"604800000\""));
        // AsyncAPI: what the service publishes is a send operation on a Kafka channel.
        const QByteArray asyncApi = files.value(QStringLiteral("asyncapi/Identity/ProfileService.yaml"));
        QVERIFY(asyncApi.contains("asyncapi: 3.0.0"));
        QVERIFY(asyncApi.contains("action: send"));
        QVERIFY(asyncApi.contains("x-uptimeSloPercent: 99.95"));
        QVERIFY(asyncApi.contains("schemaFormat: application/vnd.apache.avro;version=1.9.0"));
        // AsyncAPI as JSON on request.
        ExportOptions json;
        json.formats = {ExportFormat::AsyncApi};
        json.asyncApiJson = true;
        const QMap<QString, QByteArray> asJson = asMap(exportAll(m_sample->state(), json));
        QVERIFY(asJson.contains(QStringLiteral("asyncapi/Identity/ProfileService.json")));
        QVERIFY(asJson.first().startsWith("{\n  \"asyncapi\": \"3.0.0\""));
    }

    void onlyApprovedLeavesProposedVersionsOut()
    {
        ExportOptions options;
        options.formats = {ExportFormat::Avro, ExportFormat::Registry, ExportFormat::Proto};
        const QMap<QString, QByteArray> all = asMap(exportAll(m_sample->state(), options));
        options.onlyApproved = true;
        const QMap<QString, QByteArray> approved = asMap(exportAll(m_sample->state(), options));
        // ProfileUpdated v2 is proposed: the registry gets v1 only and the .avsc is v1's.
        QVERIFY(all.contains(QStringLiteral("registry/identity.profile-updated.v1-value/v2.json")));
        QVERIFY(!approved.contains(QStringLiteral("registry/identity.profile-updated.v1-value/v2.json")));
        QVERIFY(approved.contains(QStringLiteral("registry/identity.profile-updated.v1-value/v1.json")));
        QVERIFY(all.value(QStringLiteral("avro/Identity/ProfileUpdated.avsc")) != approved.value(QStringLiteral("avro/Identity/ProfileUpdated.avsc")));
        // The proposed Protobuf schema of ControlRulesCache is not exported.
        QVERIFY(all.contains(QStringLiteral("proto/symphony.collaboration.v1.proto")));
        QVERIFY(!approved.contains(QStringLiteral("proto/symphony.collaboration.v1.proto")));
    }

    // Names are free text (no '/' nor control characters, which the catalog refuses): every
    // one of these must still give paths inside the folder.
    void hostileNamesMapToSafePaths_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("parent folder") << QStringLiteral("..");
        QTest::newRow("parent folders, Windows") << QStringLiteral("..\\..\\etc\\passwd");
        QTest::newRow("windows absolute") << QStringLiteral("C:\\Windows\\win.ini");
        QTest::newRow("reserved device") << QStringLiteral("CON");
        QTest::newRow("reserved device with extension") << QStringLiteral("nul.txt");
        QTest::newRow("shell characters") << QStringLiteral("<>:\"|?*$(rm -rf ~)");
        QTest::newRow("hidden") << QStringLiteral(".bashrc");
        QTest::newRow("unicode") << QStringLiteral("Événement réservé");
        QTest::newRow("very long") << QString(200, QLatin1Char('x'));
    }

    void hostileNamesMapToSafePaths()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        auto catalog = createCatalog(dir);
        const Element context{QUuid::createUuid(), ElementKind::BoundedContext, name};
        Element event{QUuid::createUuid(), ElementKind::Event, name};
        event.context = context.id;
        Element service{QUuid::createUuid(), ElementKind::Service, name};
        service.context = context.id;
        Element channel{QUuid::createUuid(), ElementKind::Channel, name};
        channel.context = context.id;
        SchemaVersion schema;
        schema.subject = event.id;
        schema.text = QStringLiteral(R"({"type": "record", "name": "X", "fields": []})");
        auto applied = catalog->apply({CreateElement{context}, CreateElement{event}, CreateElement{service}, CreateElement{channel},
                                       CreateRelation{{QUuid::createUuid(), RelationKind::Carries, channel.id, event.id, {}}},
                                       CreateRelation{{QUuid::createUuid(), RelationKind::Publishes, service.id, channel.id, {}}},
                                       AddSchemaVersion{schema}});
        QVERIFY2(applied, applied ? "" : qPrintable(applied.error().message));
        const QString target = dir.filePath(QStringLiteral("out"));
        exportInto(catalog->state(), target);
        const QMap<QString, QByteArray> written = filesOnDisk(target);
        QVERIFY(written.size() > 8);
        for (auto it = written.begin(); it != written.end(); ++it) {
            QString reason;
            QVERIFY2(it.key() == ExportWriter::manifestName() || isSafeRelativePath(it.key(), &reason), qPrintable(it.key() + reason));
        }
        // Nothing was written outside the export folder: it holds the catalog and "out".
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).size(), 4);
    }

    // Kafka's topic-name rule holds when a change sets a topic, with the reason; text that
    // does reach YAML with a control character (a description) stays in a quoted scalar: raw,
    // a carriage return is a line break to YAML 1.2 readers, and the document no longer parses.
    // Whatever a string holds, the YAML gives it back exactly as a string (read by yaml-cpp,
    // which also writes it), in a mapping key, a value and a sequence.
    void yamlGivesEveryStringBack()
    {
        const QStringList texts = {"", "plain", "null", "Null", "~", "true", "no", "y", "1", "0755", "1e3", "0x1F", ".inf", "- item", "? key",
                                   ": colon", "a: b", "#hash", "&anchor", "*alias", "!tag", "%directive", "@at", "`tick`", "'single'",
                                   "\"double\"", "{braces}", "[brackets]", "a, b", " leading", "trailing ", "tab\there", "cr\rhere",
                                   "line\nbreak", "two lines\n", "no final newline\nsecond", "\nleading newline\n", "  indented\nblock\n",
                                   "trailing newlines\n\n\n", "syntax = \"proto3\";\nmessage A {\n  string a = 1;\n}\n", "back\\slash",
                                   "ümlaut 漢字 \U0001F680", QString(300, QLatin1Char('x')) + QStringLiteral(": long"), "\x7f delete", "---", "..."};
        for (const QString &text : texts) {
            const std::string value = text.toStdString();
            const Json document = {{value, value}, {"list", Json::array({value})}};
            const QByteArray yaml = yamlBytes(document);
            try {
                const YAML::Node node = YAML::Load(yaml.toStdString());
                const YAML::Node read = node[value];
                QVERIFY2(read.IsScalar() && read.as<std::string>() == value, qPrintable(text + QStringLiteral(" → ") + QString::fromUtf8(yaml)));
                QVERIFY2(node["list"][0].as<std::string>() == value, qPrintable(text + QStringLiteral(" → ") + QString::fromUtf8(yaml)));
                // A plain scalar (tag "?") must not be one a reader takes for null, a boolean or a number.
                bool flag = false;
                double number = 0;
                const bool ambiguous = read.Tag() == "?" && (YAML::convert<bool>::decode(read, flag) || YAML::convert<double>::decode(read, number)
                                                             || value.empty() || value == "~" || QString::fromStdString(value).toLower() == "null");
                QVERIFY2(!ambiguous, qPrintable(text + QStringLiteral(" is written plain: ") + QString::fromUtf8(yaml)));
            } catch (const YAML::Exception &error) {
                QFAIL(qPrintable(text + QStringLiteral(": ") + QString::fromUtf8(error.what()) + QStringLiteral("\n") + QString::fromUtf8(yaml)));
            }
        }
        // Null stays null, numbers and booleans stay themselves.
        const YAML::Node node = YAML::Load(yamlBytes(Json{{"n", nullptr}, {"i", 42}, {"f", 1.5}, {"b", true}}).toStdString());
        QVERIFY(node["n"].IsNull());
        QCOMPARE(node["i"].as<int>(), 42);
        QCOMPARE(node["f"].as<double>(), 1.5);
        QCOMPARE(node["b"].as<bool>(), true);
    }

    void controlCharactersInYamlAreQuoted()
    {
        QTemporaryDir dir;
        auto catalog = createCatalog(dir);
        const Element context{QUuid::createUuid(), ElementKind::BoundedContext, QStringLiteral("Orders")};
        Element channel{QUuid::createUuid(), ElementKind::Channel, QStringLiteral("orders.created.v1")};
        channel.context = context.id;
        channel.attributes.insert(QStringLiteral("topic"), QStringLiteral("orders\r.created"));
        auto refused = catalog->apply({CreateElement{context}, CreateElement{channel}});
        QVERIFY(!refused.isOk());
        QVERIFY2(refused.error().message.contains("Kafka"), qPrintable(refused.error().message));
        for (const QString &topic : QStringList{"a b", ".", "..", QString(250, QLatin1Char('x')), "ümlaut"}) {
            channel.attributes.insert(QStringLiteral("topic"), topic);
            QVERIFY2(!catalog->apply({CreateElement{context}, CreateElement{channel}}).isOk(), qPrintable(topic));
        }
        channel.attributes.insert(QStringLiteral("topic"), QStringLiteral("orders.created_v1-x"));
        Element service{QUuid::createUuid(), ElementKind::Service, QStringLiteral("OrderService")};
        service.context = context.id;
        service.description = QStringLiteral("Takes orders\rand\ttells others");
        auto applied = catalog->apply({CreateElement{context}, CreateElement{channel}, CreateElement{service},
                                       CreateRelation{{QUuid::createUuid(), RelationKind::Publishes, service.id, channel.id, {}}}});
        QVERIFY2(applied, applied ? "" : qPrintable(applied.error().message));
        const QString target = dir.filePath(QStringLiteral("out"));
        exportInto(catalog->state(), target);
        int yamlFiles = 0;
        const QMap<QString, QByteArray> written = filesOnDisk(target);
        for (auto it = written.begin(); it != written.end(); ++it) {
            if (!it.key().endsWith(QLatin1String(".yaml")))
                continue;
            ++yamlFiles;
            QVERIFY2(!it.value().contains('\r') && !it.value().contains('\t'), qPrintable(it.key()));
            const YAML::Node document = YAML::Load(it.value().toStdString());
            if (it.key().startsWith(QLatin1String("asyncapi/")))
                QCOMPARE(QString::fromStdString(document["info"]["description"].as<std::string>()), service.description);
        }
        QVERIFY(yamlFiles >= 2);
    }

    // MDX runs a paragraph that starts with "import" or "export" as ES module code when the
    // catalog is built: a description never reaches a page as such a line.
    void descriptionsAreNeverCodeInMdx()
    {
        QTemporaryDir dir;
        auto catalog = createCatalog(dir);
        Element context{QUuid::createUuid(), ElementKind::BoundedContext, QStringLiteral("Orders")};
        context.description = QStringLiteral("export const pwned = require('child_process').execSync('id')\n\n  import fs from 'fs'\n"
                                             "{process.exit(1)} <script>x</script>\nexported goods are fine");
        QVERIFY(catalog->apply({CreateElement{context}}));
        const QString target = dir.filePath(QStringLiteral("out"));
        exportInto(catalog->state(), target);
        int pages = 0;
        const QMap<QString, QByteArray> written = filesOnDisk(target);
        for (auto it = written.begin(); it != written.end(); ++it) {
            if (!it.key().endsWith(QLatin1String(".mdx")) || !it.value().contains("pwned"))
                continue;
            ++pages;
            // The body, after the YAML front matter (where the text is a quoted string).
            const QByteArray body = it.value().mid(it.value().indexOf("\n---\n", 4) + 5);
            for (const QByteArray &line : body.split('\n')) {
                const QByteArray trimmed = line.trimmed();
                QVERIFY2(!trimmed.startsWith("import") && !trimmed.startsWith("export"), line.constData());
                QVERIFY2(!trimmed.contains("<script") && !trimmed.contains(" {process"), line.constData());
            }
            QVERIFY(it.value().contains("&#x65;xport const pwned"));
            QVERIFY(it.value().contains("&#x65;xported goods are fine"));
        }
        QCOMPARE(pages, 1);
    }

    void safeFileNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("ProfilePublished") << QStringLiteral("ProfilePublished");
        QTest::newRow("path") << QStringLiteral("../../etc/passwd") << QStringLiteral("etc-passwd");
        QTest::newRow("spaces") << QStringLiteral("Order placed!") << QStringLiteral("Order-placed");
        QTest::newRow("device") << QStringLiteral("aux") << QStringLiteral("_aux");
        QTest::newRow("device com") << QStringLiteral("COM1.avsc") << QStringLiteral("_COM1.avsc");
        QTest::newRow("empty") << QString() << QStringLiteral("unnamed");
        QTest::newRow("dots") << QStringLiteral("...") << QStringLiteral("unnamed");
    }

    void safeFileNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(safeFileName(name), expected);
        QVERIFY(isSafeRelativePath(safeFileName(name)));
    }

    void unsafeRelativePathsAreRefused()
    {
        for (const char *path : {"../x", "a/../../x", "/etc/passwd", "a//b", "a/./b", "C:/x", "a\\b", "a/CON", "a/b\tc", ""})
            QVERIFY2(!isSafeRelativePath(QString::fromLatin1(path)), path);
        QVERIFY(isSafeRelativePath(QStringLiteral("avro/Identity/ProfilePublished.avsc")));
    }

    // Names differing only by case get distinct files, deterministically.
    void caseCollisionsResolveDeterministically()
    {
        QTemporaryDir dir;
        auto catalog = createCatalog(dir);
        applyLines(*catalog, kCaseCollision);
        ExportOptions options;
        options.formats = {ExportFormat::Avro};
        const QStringList paths = asMap(exportAll(catalog->state(), options)).keys();
        QCOMPARE(paths, (QStringList{QStringLiteral("avro/Sales/ORDER.avsc"), QStringLiteral("avro/Sales/Order-2.avsc")}));
    }

    // A schema that does not parse is refused where it is added, naming the subject, the
    // version, the line and the column; the catalog is left as it was.
    void unreadableSchemaIsRefusedWithItsLine()
    {
        QTemporaryDir dir;
        auto catalog = createCatalog(dir);
        auto batch = ChangeJson::readJsonLines(kBrokenAvro, catalog->state());
        QVERIFY(!batch);
        QCOMPARE(batch.error().line, 3);   // of the JSON Lines; the schema's own line is in the message
        QCOMPARE(batch.error().field, QStringLiteral("text"));
        QVERIFY2(batch.error().message.contains(QLatin1String("Schema version 1 of Sales/OrderPlaced is not a valid avro schema: line 4, column 4")),
                 qPrintable(batch.error().message));
        QCOMPARE(catalog->state().elements().size(), 0);
    }

    void protobufConflictsAndUnknownTypesAreNamed()
    {
        QTemporaryDir dir;
        auto catalog = createCatalog(dir);
        applyLines(*catalog, kProtoMerge);
        ExportOptions options;
        options.formats = {ExportFormat::Proto};
        // Identical declarations merge into one message.
        const QMap<QString, QByteArray> merged = asMap(exportAll(catalog->state(), options));
        QCOMPARE(merged.value(QStringLiteral("proto/sales.proto")).count("message Address {"), 1);
        // Schemas without a package keep none: generated code names the types as the
        // registry bodies do (".Address", not ".sales.Address").
        QVERIFY(!merged.value(QStringLiteral("proto/sales.proto")).contains("package "));
        QVERIFY(merged.value(QStringLiteral("proto/sales.proto")).contains(".Address to = 1;"));

        applyLines(*catalog, kProtoConflict);
        auto conflict = Exporter::run(catalog->state(), options);
        QVERIFY(!conflict);
        QVERIFY2(conflict.error().message.contains(QLatin1String("Sales/OrderPlaced v1 and Sales/OrderShipped v2 both declare Address differently")),
                 qPrintable(conflict.error().message));

        // A type no schema declares is refused when the version is added, at its line and column.
        auto unknown = ChangeJson::readJsonLines(kProtoUnknown, catalog->state());
        QVERIFY(!unknown);
        QVERIFY2(unknown.error().message.contains(
                     QLatin1String("line 2, column 24: field by has the type Carrier, which neither this schema nor any other schema")),
                 qPrintable(unknown.error().message));
    }

    // A JSON Schema using another subject's document by its `$id` (relative to its own `$id`,
    // and into the other's `$defs`): the registry body lists the reference by the URI the
    // `$ref` resolves to (what Schema Registry looks it up by), and the files that must stand
    // alone carry a copy under `$defs` with every `$ref` pointing into it.
    void jsonSchemaReferencesResolveByTheirId()
    {
        QTemporaryDir dir;
        auto catalog = createCatalog(dir);
        const auto schemaLine = [](const char *subject, const QJsonObject &schema) {
            const QJsonObject change{{"op", "addSchemaVersion"}, {"subject", subject}, {"format", "jsonschema"},
                                     {"text", QString::fromUtf8(QJsonDocument(schema).toJson(QJsonDocument::Compact))}};
            return QJsonDocument(change).toJson(QJsonDocument::Compact) + '\n';
        };
        const QJsonObject money{{"$id", "https://shop.example/schemas/money.json"},
                                {"type", "object"},
                                {"properties", QJsonObject{{"cents", QJsonObject{{"$ref", "#/$defs/Cents"}}}}},
                                {"$defs", QJsonObject{{"Cents", QJsonObject{{"type", "integer"}}}}}};
        const QJsonObject paid{{"$id", "https://shop.example/schemas/order-paid.json"},
                               {"type", "object"},
                               {"properties", QJsonObject{{"amount", QJsonObject{{"$ref", "money.json"}}},
                                                          {"cents", QJsonObject{{"$ref", "money.json#/$defs/Cents"}}},
                                                          {"own", QJsonObject{{"$ref", "#/$defs/Own"}}}}},
                               {"$defs", QJsonObject{{"Own", QJsonObject{{"type", "string"}}}}}};
        applyLines(*catalog, "{\"op\":\"create\",\"kind\":\"BoundedContext\",\"name\":\"Shop\"}\n"
                             "{\"op\":\"create\",\"kind\":\"Event\",\"name\":\"Money\",\"context\":\"Shop\"}\n"
                             "{\"op\":\"create\",\"kind\":\"Event\",\"name\":\"OrderPaid\",\"context\":\"Shop\"}\n"
                             "{\"op\":\"create\",\"kind\":\"Channel\",\"name\":\"Payments\",\"context\":\"Shop\",\"set\":{\"topic\":\"shop.payments.v1\"}}\n"
                             "{\"op\":\"relate\",\"kind\":\"carries\",\"from\":\"Shop/Payments\",\"to\":\"Shop/OrderPaid\"}\n"
                       + schemaLine("Shop/Money", money) + schemaLine("Shop/OrderPaid", paid));
        ExportOptions options;
        options.formats = {ExportFormat::Registry, ExportFormat::JsonSchema};
        const QMap<QString, QByteArray> files = asMap(exportAll(catalog->state(), options));

        const QJsonObject body = QJsonDocument::fromJson(files.value("registry/shop.payments.v1-value/v1.json")).object();
        QCOMPARE(body.value("references").toArray().size(), 1);
        const QJsonObject reference = body.value("references").toArray().first().toObject();
        QCOMPARE(reference.value("name").toString(), QStringLiteral("https://shop.example/schemas/money.json"));
        QCOMPARE(reference.value("version").toInt(), 1);
        // No channel carries Money: it is registered under its reference name, before the body using it.
        QCOMPARE(reference.value("subject").toString(), reference.value("name").toString());
        QVERIFY(files.value("registry/subjects.tsv").startsWith("https-shop.example-schemas-money.json\t"));

        const QJsonObject alone = QJsonDocument::fromJson(files.value("jsonschema/Shop/OrderPaid.schema.json")).object();
        const QJsonObject properties = alone.value("properties").toObject();
        QCOMPARE(properties.value("amount").toObject().value("$ref").toString(), QStringLiteral("#/$defs/Money"));
        QCOMPARE(properties.value("cents").toObject().value("$ref").toString(), QStringLiteral("#/$defs/Money/$defs/Cents"));
        QCOMPARE(properties.value("own").toObject().value("$ref").toString(), QStringLiteral("#/$defs/Own"));
        const QJsonObject copy = alone.value("$defs").toObject().value("Money").toObject();
        QCOMPARE(copy.value("properties").toObject().value("cents").toObject().value("$ref").toString(), QStringLiteral("#/$defs/Money/$defs/Cents"));
        QVERIFY(!copy.contains("$id"));
        QCOMPARE(alone.value("$defs").toObject().value("Own").toObject().value("type").toString(), QStringLiteral("string"));

        // A $ref to a document no subject has is refused where it is written.
        const QJsonObject lost{{"properties", QJsonObject{{"x", QJsonObject{{"$ref", "nowhere.json"}}}}}};
        auto refused = ChangeJson::readJsonLines(schemaLine("Shop/Money", lost), catalog->state());
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QLatin1String("the $ref \"nowhere.json\" names no JSON Schema of this catalog")),
                 qPrintable(refused.error().message));
    }

    // A channel without a topic stands for its name made into one Kafka accepts, the same in
    // every export and in the naming rule: "Order events" is refused by Kafka (a space).
    void aChannelWithoutTopicGetsAKafkaName()
    {
        QTemporaryDir dir;
        auto catalog = createCatalog(dir);
        applyLines(*catalog, "{\"op\":\"create\",\"kind\":\"BoundedContext\",\"name\":\"Shop\"}\n"
                             "{\"op\":\"create\",\"kind\":\"Channel\",\"name\":\"Order events (EU)\",\"context\":\"Shop\"}\n"
                             "{\"op\":\"create\",\"kind\":\"Event\",\"name\":\"OrderPlaced\",\"context\":\"Shop\"}\n"
                             "{\"op\":\"relate\",\"kind\":\"carries\",\"from\":\"Shop/Order events (EU)\",\"to\":\"Shop/OrderPlaced\"}\n");
        ExportOptions options;
        options.formats = {ExportFormat::Strimzi};
        const QMap<QString, QByteArray> files = asMap(exportAll(catalog->state(), options));
        QCOMPARE(files.size(), 1);
        QVERIFY2(files.first().contains("topicName: Order-events-EU\n"), files.first().constData());
        const Element *channel = catalog->state().findElement(catalog->state().findElement({}, ElementKind::BoundedContext, "Shop")->id,
                                                              ElementKind::Channel, "Order events (EU)");
        QVERIFY(channel);
        QCOMPARE(channelTopic(*channel), QStringLiteral("Order-events-EU"));
        Element unnamed = *channel;
        unnamed.name = QStringLiteral("¿?");
        QCOMPARE(channelTopic(unnamed), QStringLiteral("channel-") + channel->id.toString(QUuid::WithoutBraces).left(8));
    }

    // A record written without a namespace is named the same in avro/ (where generated code
    // comes from) as in the registry body and the AsyncAPI payload: nothing is added.
    void avroWithoutNamespaceKeepsItsName()
    {
        QTemporaryDir dir;
        auto catalog = createCatalog(dir);
        applyLines(*catalog, "{\"op\":\"create\",\"kind\":\"BoundedContext\",\"name\":\"Shop\"}\n"
                             "{\"op\":\"create\",\"kind\":\"Event\",\"name\":\"OrderPlaced\",\"context\":\"Shop\"}\n"
                             "{\"op\":\"addSchemaVersion\",\"subject\":\"Shop/OrderPlaced\",\"format\":\"avro\",\"text\":"
                             "\"{\\\"type\\\":\\\"record\\\",\\\"name\\\":\\\"OrderPlaced\\\",\\\"fields\\\":[]}\"}\n");
        ExportOptions options;
        options.formats = {ExportFormat::Avro};
        const QMap<QString, QByteArray> files = asMap(exportAll(catalog->state(), options));
        QCOMPARE(files.size(), 1);
        const Json avro = Json::parse(files.first().toStdString());
        QCOMPARE(QString::fromStdString(avro.value("name", "")), QStringLiteral("OrderPlaced"));
        QVERIFY2(!avro.contains("namespace"), files.first().constData());
    }

    void retiredElementsAreNotExported()
    {
        QTemporaryDir dir;
        auto catalog = createCatalog(dir);
        applyLines(*catalog, kSmallModel);
        ExportOptions options;
        options.formats = {ExportFormat::Strimzi};
        QCOMPARE(exportAll(catalog->state(), options).size(), 1);
        applyLines(*catalog, R"({"op":"update","ref":"Identity/identity.profile-published.v1","set":{"owner":"identity-team"}})");
        applyLines(*catalog, R"({"op":"update","ref":"Identity/identity.profile-published.v1","set":{"owner":"identity-team"}})");
        for (const char *lifecycle : {"proposed", "approved", "deprecated", "retired"})
            applyLines(*catalog, QByteArray(R"({"op":"update","ref":"Identity/identity.profile-published.v1","set":{"lifecycle":")") + lifecycle + "\"}}");
        QCOMPARE(exportAll(catalog->state(), options).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestExporters)
#include "tst_exporters.moc"
