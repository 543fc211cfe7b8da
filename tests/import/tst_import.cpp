#include "app/samplecatalog.h"
#include "catalog/catalog.h"
#include "catalog/model/attributefield.h"
#include "catalog/schema/nextschemaversion.h"
#include "catalog/schema/schemafieldnames.h"
#include "exporters/exporter.h"
#include "exporters/exportformat.h"
#include "exporters/exportwriter.h"
#include "exporters/import/documentset.h"
#include "exporters/import/importplan.h"
#include "exporters/import/importsources.h"
#include "exporters/import/schemanormalform.h"
#include "hardcasecatalog.h"
#include "programrun.h"
#include "testcatalogs.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace mesh::catalog;
using namespace mesh::exporters;
using namespace mesh::testing;

namespace {

const QString kFixtures = QStringLiteral(MESH_IMPORT_FIXTURES);
const QString kConformanceDir = QStringLiteral(MESH_CONFORMANCE_DIR);
const QString kMeshStudio = QStringLiteral(MESHSTUDIO_BINARY);

QString fixture(const QString &relative)
{
    return kFixtures + QLatin1Char('/') + relative;
}

// Reads and plans; the test fails on an error.
ImportPlan planOf(const CatalogState &state, const QStringList &paths, const ImportOptions &options = {})
{
    auto mesh = ImportSources::read(paths, options);
    if (!mesh) {
        QTest::qFail(qPrintable(mesh.error().message), __FILE__, __LINE__);
        return {};
    }
    auto plan = ImportPlanner::plan(state, *mesh);
    if (!plan) {
        QTest::qFail(qPrintable(plan.error().message), __FILE__, __LINE__);
        return {};
    }
    return *plan;
}

bool importInto(Catalog &catalog, const QStringList &paths, const ImportOptions &options = {})
{
    const ImportPlan plan = planOf(catalog.state(), paths, options);
    if (plan.batch.isEmpty())
        return true;
    auto applied = catalog.apply(plan.batch);
    if (!applied)
        QTest::qFail(qPrintable(applied.error().message), __FILE__, __LINE__);
    return bool(applied);
}

// The files of `formats` as the export writes them, into `folder`.
QMap<QString, QByteArray> exportTo(const CatalogState &state, const QString &folder, QList<ExportFormat> formats, bool json = false)
{
    ExportOptions options;
    options.formats = formats;
    options.asyncApiJson = json;
    auto files = Exporter::run(state, options);
    if (!files) {
        QTest::qFail(qPrintable(files.error().message), __FILE__, __LINE__);
        return {};
    }
    // Written as the export writes them (with its manifest), into a new folder.
    auto plan = ExportWriter::plan(folder, *files, formats, QStringLiteral("tst_import"));
    if (!plan || !ExportWriter::write(*plan)) {
        QTest::qFail("the export could not be written", __FILE__, __LINE__);
        return {};
    }
    QMap<QString, QByteArray> written;
    for (const ExportFile &file : *files)
        written.insert(file.path, file.bytes);
    return written;
}

// A fresh catalog's schema numbering starts at 1 where the first one was further on: the
// one difference export → import → export may show.
QByteArray withoutVersionNumbers(QByteArray text)
{
    static const QRegularExpression numbers(QStringLiteral("(x-schema-version\"?: ?)\\d+|(\"?version\"?: ?\"?)\\d+\\.0\\.0"));
    return QString::fromUtf8(text).replace(numbers, QStringLiteral("\\1\\2N")).toUtf8();
}

const Element *channelAt(const CatalogState &state, const QString &address)
{
    for (const Element &element : state.elements()) {
        if (element.kind == ElementKind::Channel
            && (element.attributes.value(QLatin1String("address")).toString() == address || channelTopic(element) == address))
            return &element;
    }
    return nullptr;
}

QList<const Element *> elementsNamed(const CatalogState &state, ElementKind kind, const QString &name)
{
    QList<const Element *> found;
    for (const Element &element : state.elements()) {
        if (element.kind == kind && element.name == name)
            found.append(&element);
    }
    return found;
}

bool related(const CatalogState &state, RelationKind kind, const QUuid &from, const QUuid &to)
{
    for (const QUuid &id : state.relationsOf(from)) {
        const Relation *relation = state.relation(id);
        if (relation->kind == kind && relation->from == from && relation->to == to)
            return true;
    }
    return false;
}

QList<const Element *> carried(const CatalogState &state, const QUuid &channel)
{
    QList<const Element *> events;
    for (const QUuid &id : state.relationsOf(channel)) {
        const Relation *relation = state.relation(id);
        if (relation->kind == RelationKind::Carries && relation->from == channel)
            events.append(state.element(relation->to));
    }
    return events;
}

SchemaFormat formatOfMediaType(const QString &mediaType)
{
    if (mediaType.startsWith(QLatin1String("application/vnd.apache.avro")))
        return SchemaFormat::Avro;
    if (mediaType.startsWith(QLatin1String("application/vnd.google.protobuf")))
        return SchemaFormat::Protobuf;
    return SchemaFormat::JsonSchema;
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The documents written for this project, read by the official AsyncAPI parser and by
    // the import: the same channels, operations (send or receive), messages, payload
    // formats and numbers of payload properties. (Messages the parser calls
    // "<anonymous-message-N>" are counted, not named.)
    void readsWhatTheOfficialParserReads_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QStringList>("documents");
        QTest::addColumn<int>("operations");
        QTest::newRow("orders 3.0 and billing 2.6") << "asyncapi" << QStringList{"orders-3.0.yaml", "billing-2.6.json"} << 8;
        QTest::newRow("anchors, dynamic channels, anonymous messages") << "more" << QStringList{"lights-3.0.yaml", "anonymous-2.4.json"} << 5;
    }
    void readsWhatTheOfficialParserReads()
    {
        QFETCH(QString, folder);
        QFETCH(QStringList, documents);
        QFETCH(int, operations);
        QVERIFY2(QFileInfo::exists(kConformanceDir + QStringLiteral("/node_modules/@asyncapi/parser")),
                 "the validators are not installed: scripts/install-validators.sh");
        QStringList paths;
        for (const QString &document : documents)
            paths.append(fixture(folder + QLatin1Char('/') + document));
        const ProgramRun parser = runProgram(QStringLiteral("node"), QStringList{kConformanceDir + QStringLiteral("/asyncapi-summary.mjs")} + paths);
        QVERIFY2(parser.exitCode == 0, parser.err.constData());
        const QJsonArray summaries = QJsonDocument::fromJson(parser.out).array();
        QCOMPARE(summaries.size(), documents.size());

        QTemporaryDir dir;
        auto catalog = createCatalog(dir);
        QVERIFY(importInto(*catalog, {fixture(folder)}));
        const CatalogState &state = catalog->state();
        auto isAnonymous = [](const QJsonValue &name) { return name.toString().startsWith(QLatin1String("<anonymous-")); };
        auto channelOf = [&state](const QJsonObject &channel) {
            // A channel without an address (a dynamic one) is known by its id.
            return channel["address"].isNull() ? elementsNamed(state, ElementKind::Channel, channel["id"].toString()).value(0)
                                               : channelAt(state, channel["address"].toString());
        };
        int operationCount = 0, messages = 0;
        for (const QJsonValue &value : summaries) {
            const QJsonObject summary = value.toObject();
            const QList<const Element *> services = elementsNamed(state, ElementKind::Service, summary["title"].toString());
            QCOMPARE(services.size(), 1);
            const Element &service = *services.first();
            QHash<QString, QJsonObject> channelsById;
            for (const QJsonValue &channelValue : summary["channels"].toArray()) {
                const QJsonObject channel = channelValue.toObject();
                channelsById.insert(channel["id"].toString(), channel);
                const Element *found = channelOf(channel);
                QVERIFY2(found, qPrintable(channel["id"].toString()));
                QStringList names;
                for (const Element *event : carried(state, found->id))
                    names.append(event->name);
                QVERIFY(names.size() >= channel["messages"].toArray().size());   // other documents may add to a channel
                for (const QJsonValue &message : channel["messages"].toArray())
                    QVERIFY2(isAnonymous(message) || names.contains(message.toString()), qPrintable(channel["id"].toString() + QLatin1Char(' ') + message.toString()));
            }
            for (const QJsonValue &operationValue : summary["operations"].toArray()) {
                const QJsonObject operation = operationValue.toObject();
                const Element *channel = channelOf(channelsById.value(operation["channelIds"].toArray().first().toString()));
                QVERIFY(channel);
                const bool send = operation["send"].toBool();
                QCOMPARE(operation["receive"].toBool(), !send);
                QVERIFY2(related(state, send ? RelationKind::Publishes : RelationKind::Subscribes, service.id, channel->id),
                         qPrintable(service.name + (send ? QStringLiteral(" sends to ") : QStringLiteral(" receives from ")) + channel->name));
                QStringList names;
                for (const Element *event : carried(state, channel->id))
                    names.append(event->name);
                for (const QJsonValue &message : operation["messages"].toArray())
                    QVERIFY2(isAnonymous(message) || names.contains(message.toString()), qPrintable(message.toString()));
                ++operationCount;
            }
            const QJsonObject read = summary["messages"].toObject();
            for (auto it = read.begin(); it != read.end(); ++it) {
                if (!it.value().toObject()["hasPayload"].toBool() || isAnonymous(it.key()))
                    continue;   // a message restated without its payload: the sender's document has it
                const QList<const Element *> events = elementsNamed(state, ElementKind::Event, it.key());
                QCOMPARE(events.size(), 1);
                const SchemaVersion *schema = state.latestSchema(events.first()->id);
                const int properties = it.value().toObject()["properties"].toInt();
                QVERIFY2(schema, qPrintable(it.key()));
                QCOMPARE(schemaFormatId(schema->format), schemaFormatId(formatOfMediaType(it.value().toObject()["schemaFormat"].toString())));
                const auto fields = schemaFieldNames(schema->format, schema->text, events.first()->name);
                QVERIFY2(fields, qPrintable(schema->text));
                QVERIFY2(int(fields->size()) == properties, qPrintable(QStringLiteral("%1: %2 fields, the parser reads %3").arg(it.key()).arg(fields->size()).arg(properties)));
                ++messages;
            }
        }
        QCOMPARE(operationCount, operations);   // none lost
        QVERIFY(messages >= 3);
    }

    // The same address in two documents is one channel; a message the receiving document
    // restates is the sender's event, not a second one.
    void oneChannelAndOneEventAcrossDocuments()
    {
        QTemporaryDir dir;
        auto catalog = createCatalog(dir);
        QVERIFY(importInto(*catalog, {fixture(QStringLiteral("asyncapi"))}));
        const CatalogState &state = catalog->state();
        int ordersChannels = 0;
        for (const Element &element : state.elements())
            ordersChannels += element.kind == ElementKind::Channel && channelTopic(element) == QLatin1String("shop.orders.v1");
        QCOMPARE(ordersChannels, 1);
        QCOMPARE(elementsNamed(state, ElementKind::Event, QStringLiteral("PaymentReceived")).size(), 1);
        QCOMPARE(elementsNamed(state, ElementKind::Event, QStringLiteral("OrderPlaced")).size(), 1);
    }

    // YAML anchors and merge keys, a recursive schema, anonymous messages named after their
    // operation or channel, one document read twice changes nothing.
    void readsWhatHandWrittenDocumentsHave()
    {
        QTemporaryDir dir;
        auto catalog = createCatalog(dir);
        QVERIFY(importInto(*catalog, {fixture(QStringLiteral("more"))}));
        const CatalogState &state = catalog->state();
        const Element *user = elementsNamed(state, ElementKind::Event, QStringLiteral("UserSignedUp")).value(0);
        QVERIFY(user);
        const QJsonObject schema = QJsonDocument::fromJson(state.latestSchema(user->id)->text.toUtf8()).object();
        // The payload is the recursive component itself: its reference to itself is to the root.
        QCOMPARE(schema["properties"].toObject()["friends"].toObject()["items"].toObject()["$ref"].toString(), QStringLiteral("#"));
        const Element *light = elementsNamed(state, ElementKind::Event, QStringLiteral("lightMeasured")).value(0);
        QVERIFY(light);
        QVERIFY(state.latestSchema(light->id)->text.contains(QLatin1String("\"#/$defs/sentAt\"")));
        QCOMPARE(elementsNamed(state, ElementKind::Event, QStringLiteral("sendBothMessage1")).size(), 1);
        QCOMPARE(elementsNamed(state, ElementKind::Event, QStringLiteral("Second")).size(), 1);
        QCOMPARE(planOf(state, {fixture(QStringLiteral("more"))}).batch.size(), 0);
    }

    // YAML as the core schema reads it: quoted scalars stay text, anchors are copied, a
    // merge key gives what the mapping does not set itself.
    void readsYamlAsItsSpecificationSays()
    {
        auto json = yamlToJson("base: &b {a: 1, b: two}\n"
                               "x:\n  <<: *b\n  b: 3\n"
                               "y: [*b, '42', 42, 0x1F, 1.5e3, ~, true, 'true', .inf]\n",
                               QStringLiteral("test.yaml"));
        QVERIFY(json);
        QCOMPARE(QString::fromStdString((*json)["x"].dump()), QStringLiteral(R"({"b":3,"a":1})"));
        QCOMPARE(QString::fromStdString((*json)["y"].dump()), QStringLiteral(R"([{"a":1,"b":"two"},"42",42,31,1500.0,null,true,"true",".inf"])"));
        // Keys are text whatever their scalar reads as; a repeated key keeps its place and
        // takes the last value, in a small mapping and in one of twenty keys.
        QByteArray many = "small: {a: 1, b: 2, a: 3}\nmany:\n";
        for (int i = 0; i < 20; ++i)
            many += "  k" + QByteArray::number(i) + ": " + QByteArray::number(i) + "\n";
        many += "  k3: again\n  0x10: hex\n  ~: tilde\n  'true': quoted\n  k19: last\n";
        auto keys = yamlToJson(many, QStringLiteral("keys.yaml"));
        QVERIFY(keys);
        QCOMPARE(QString::fromStdString((*keys)["small"].dump()), QStringLiteral(R"({"a":3,"b":2})"));
        const auto &manyKeys = (*keys)["many"];
        QStringList order;
        for (const auto &[key, value] : manyKeys.items())
            order.append(QString::fromStdString(key));
        QStringList expected;
        for (int i = 0; i < 20; ++i)
            expected.append(QStringLiteral("k%1").arg(i));
        expected += {QStringLiteral("16"), QString(), QStringLiteral("true")};
        QCOMPARE(order, expected);
        QCOMPARE(QString::fromStdString(manyKeys["k3"].dump()), QStringLiteral(R"("again")"));
        QCOMPARE(QString::fromStdString(manyKeys["k19"].dump()), QStringLiteral(R"("last")"));
        QCOMPARE(QString::fromStdString(manyKeys["16"].dump()), QStringLiteral(R"("hex")"));
        QCOMPARE(QString::fromStdString(manyKeys[""].dump()), QStringLiteral(R"("tilde")"));
        QCOMPARE(QString::fromStdString(manyKeys["true"].dump()), QStringLiteral(R"("quoted")"));
        auto broken = yamlToJson("a: [1, 2\nb: 3\n", QStringLiteral("broken.yaml"));
        QVERIFY(!broken);
        QCOMPARE(broken.error().line, 2);
    }

    // What each construct becomes: traits merged as each version says, Kafka settings,
    // parameters kept in the address, payloads with their references inside.
    void mapsEachConstruct()
    {
        QTemporaryDir dir;
        auto catalog = createCatalog(dir);
        QVERIFY(importInto(*catalog, {fixture(QStringLiteral("asyncapi"))}));
        const CatalogState &state = catalog->state();

        const Element *orders = channelAt(state, QStringLiteral("shop.orders.v1"));
        QVERIFY(orders);
        QCOMPARE(orders->attributes.value("partitions").toInt(), 12);
        QCOMPARE(orders->attributes.value("cleanupPolicy").toString(), QStringLiteral("delete"));
        QCOMPARE(orders->attributes.value("retentionMs").toDouble(), 604800000.0);
        QCOMPARE(state.pathOf(orders->context), QStringLiteral("Order Service"));   // its sender's context
        const Element *customer = channelAt(state, QStringLiteral("customers/{customerId}/orders"));
        QVERIFY(customer);
        QVERIFY(isKafkaTopicName(channelTopic(*customer)));

        // 3.0: the message's own summary wins over its trait's; the trait's tags come in.
        const Element *cancelled = elementsNamed(state, ElementKind::Event, QStringLiteral("OrderCancelled")).first();
        QCOMPARE(cancelled->description, QStringLiteral("The order was cancelled before shipping."));
        QCOMPARE(cancelled->tags, QStringList{QStringLiteral("orders")});
        // 2.x: the trait patches the message.
        const Element *refunded = elementsNamed(state, ElementKind::Event, QStringLiteral("PaymentRefunded")).first();
        QCOMPARE(refunded->description, QStringLiteral("A payment was refunded."));
        QCOMPARE(state.latestSchema(refunded->id)->format, SchemaFormat::Avro);

        // The payload's references (a component, another file used twice) are inside it.
        const Element *placed = elementsNamed(state, ElementKind::Event, QStringLiteral("OrderPlaced")).first();
        const SchemaVersion *payload = state.latestSchema(placed->id);
        QVERIFY(payload);
        QCOMPARE(payload->format, SchemaFormat::JsonSchema);
        const QJsonObject schema = QJsonDocument::fromJson(payload->text.toUtf8()).object();
        QCOMPARE(schema["$defs"].toObject().keys(), (QStringList{QStringLiteral("OrderLine"), QStringLiteral("money")}));
        QCOMPARE(schema["properties"].toObject()["total"].toObject()["$ref"].toString(), QStringLiteral("#/$defs/money"));
        QVERIFY(!payload->text.contains(QLatin1String("components")));

        // Sends with messages emit them; a send without messages publishes; receives subscribe and are fed.
        const Element *service = elementsNamed(state, ElementKind::Service, QStringLiteral("Order Service")).first();
        QVERIFY(related(state, RelationKind::Emits, service->id, placed->id));
        QVERIFY(related(state, RelationKind::Publishes, service->id, customer->id));
        const Element *payment = elementsNamed(state, ElementKind::Event, QStringLiteral("PaymentReceived")).first();
        QVERIFY(related(state, RelationKind::Feeds, payment->id, service->id));
        QCOMPARE(state.pathOf(payment->context), QStringLiteral("Billing"));
        QCOMPARE(state.latestSchema(payment->id)->format, SchemaFormat::Protobuf);
    }

    // A second import of the same files changes nothing, and so does importing the
    // sample's and the hard cases' exports into the catalogs they came from.
    void reimportChangesNothing()
    {
        QTemporaryDir dir;
        auto catalog = createCatalog(dir);
        QVERIFY(importInto(*catalog, {fixture(QStringLiteral("asyncapi")), fixture(QStringLiteral("avro")),
                                      fixture(QStringLiteral("jsonschema")), fixture(QStringLiteral("proto"))}));
        const ImportPlan again = planOf(catalog->state(), {fixture(QStringLiteral("asyncapi")), fixture(QStringLiteral("avro")),
                                                           fixture(QStringLiteral("jsonschema")), fixture(QStringLiteral("proto"))});
        QVERIFY2(again.batch.isEmpty(), qPrintable(again.steps.isEmpty() ? QString() : again.steps.first().what + QLatin1Char(' ') + again.steps.first().detail));

        auto sample = mesh::app::SampleCatalog::create(dir.filePath(QStringLiteral("sample.meshcat")));
        QVERIFY(sample);
        auto hard = createCatalog(dir, QStringLiteral("hard.meshcat"));
        populateHardCases(*hard);
        for (Catalog *source : {sample->get(), hard.get()}) {
            for (const bool json : {false, true}) {
                const QString folder = dir.filePath(QStringLiteral("export-%1-%2").arg(source == hard.get()).arg(json));
                // The whole export folder: every format (the diagrams are pictures only).
                QList<ExportFormat> formats = allExportFormats();
                formats.removeAll(ExportFormat::Diagrams);
                exportTo(source->state(), folder, formats, json);
                const ImportPlan plan = planOf(source->state(), {folder});
                QVERIFY2(plan.batch.isEmpty(), qPrintable(folder + QLatin1String(": ") + (plan.steps.isEmpty() ? QString() : plan.steps.first().what + QLatin1Char(' ') + plan.steps.first().detail)));
            }
        }
    }

    // export → import into a new catalog → export gives the same documents (but for the
    // schema version numbers a new catalog starts again at 1), and once more gives the
    // same bytes: a fixed point, for YAML and JSON documents and the schema folders.
    void exportImportExportIsAFixedPoint_data()
    {
        QTest::addColumn<bool>("hardCases");
        QTest::addColumn<bool>("json");
        QTest::newRow("sample, YAML") << false << false;
        QTest::newRow("sample, JSON") << false << true;
        QTest::newRow("hard cases, YAML") << true << false;
        QTest::newRow("hard cases, JSON") << true << true;
    }
    void exportImportExportIsAFixedPoint()
    {
        QFETCH(bool, hardCases);
        QFETCH(bool, json);
        QTemporaryDir dir;
        dir.setAutoRemove(!qEnvironmentVariableIsSet("MESH_IMPORT_KEEP"));
        std::unique_ptr<Catalog> source;
        if (hardCases) {
            source = createCatalog(dir, QStringLiteral("source.meshcat"));
            populateHardCases(*source);
        } else {
            auto sample = mesh::app::SampleCatalog::create(dir.filePath(QStringLiteral("source.meshcat")));
            QVERIFY(sample);
            source = std::move(sample).value();
        }
        const QMap<QString, QByteArray> first = exportTo(source->state(), dir.filePath(QStringLiteral("first")), {ExportFormat::AsyncApi}, json);
        QVERIFY(first.size() >= 2);
        auto second = createCatalog(dir, QStringLiteral("second.meshcat"));
        QVERIFY(importInto(*second, {dir.filePath(QStringLiteral("first"))}));
        const QMap<QString, QByteArray> again = exportTo(second->state(), dir.filePath(QStringLiteral("second")), {ExportFormat::AsyncApi}, json);
        QCOMPARE(again.keys(), first.keys());
        for (auto it = first.begin(); it != first.end(); ++it) {
            if (withoutVersionNumbers(again.value(it.key())) != withoutVersionNumbers(it.value()) && qEnvironmentVariableIsSet("MESH_IMPORT_KEEP"))
                qDebug() << "differs:" << dir.filePath(QStringLiteral("first/")) + it.key() << dir.filePath(QStringLiteral("second/")) + it.key();
            QCOMPARE(withoutVersionNumbers(again.value(it.key())), withoutVersionNumbers(it.value()));
        }
        auto third = createCatalog(dir, QStringLiteral("third.meshcat"));
        QVERIFY(importInto(*third, {dir.filePath(QStringLiteral("second"))}));
        const QMap<QString, QByteArray> once = exportTo(third->state(), dir.filePath(QStringLiteral("third")), {ExportFormat::AsyncApi}, json);
        QCOMPARE(once, again);
    }

    void schemaFoldersComeBackAsTheyWere_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("avro") << int(ExportFormat::Avro);
        QTest::newRow("jsonschema") << int(ExportFormat::JsonSchema);
    }
    void schemaFoldersComeBackAsTheyWere()
    {
        QFETCH(int, format);
        QTemporaryDir dir;
        auto sample = mesh::app::SampleCatalog::create(dir.filePath(QStringLiteral("sample.meshcat")));
        QVERIFY(sample);
        const QMap<QString, QByteArray> first = exportTo((*sample)->state(), dir.filePath(QStringLiteral("first")), {ExportFormat(format)});
        QVERIFY(!first.isEmpty());
        auto fresh = createCatalog(dir, QStringLiteral("fresh.meshcat"));
        QVERIFY(importInto(*fresh, {dir.filePath(QStringLiteral("first"))}));
        QCOMPARE(exportTo(fresh->state(), dir.filePath(QStringLiteral("second")), {ExportFormat(format)}).values(), first.values());
    }

    // An EventCatalog folder: its domains, services, channels, messages (every version of
    // their schemas), teams, and what the services send and receive.
    void readsAnEventCatalogFolder()
    {
        QTemporaryDir dir;
        auto sample = mesh::app::SampleCatalog::create(dir.filePath(QStringLiteral("sample.meshcat")));
        QVERIFY(sample);
        exportTo((*sample)->state(), dir.filePath(QStringLiteral("export")), {ExportFormat::EventCatalog});
        auto fresh = createCatalog(dir, QStringLiteral("fresh.meshcat"));
        QVERIFY(importInto(*fresh, {dir.filePath(QStringLiteral("export"))}));
        const CatalogState &state = fresh->state();
        const CatalogState &original = (*sample)->state();
        for (ElementKind kind : {ElementKind::BoundedContext, ElementKind::Service, ElementKind::Channel, ElementKind::Team}) {
            int before = 0, after = 0;
            for (const Element &element : original.elements())
                before += element.kind == kind;
            for (const Element &element : state.elements())
                after += element.kind == kind;
            QVERIFY2(before == after, qPrintable(elementKindId(kind) + QStringLiteral(": %1 → %2").arg(before).arg(after)));
        }
        // Every version of a schema comes back, in order.
        const Element *updated = elementsNamed(state, ElementKind::Event, QStringLiteral("ProfileUpdated")).value(0);
        QVERIFY(updated);
        const Element *source = elementsNamed(original, ElementKind::Event, QStringLiteral("ProfileUpdated")).first();
        QCOMPARE(state.schemaVersions(updated->id).size(), original.schemaVersions(source->id).size());
        for (int i = 0; i < state.schemaVersions(updated->id).size(); ++i)
            QCOMPARE(schemaNormalForm(state.schemaVersions(updated->id)[i].format, state.schemaVersions(updated->id)[i].text),
                     schemaNormalForm(original.schemaVersions(source->id)[i].format, original.schemaVersions(source->id)[i].text));
        QCOMPARE(state.pathOf(updated->context), state.pathOf(state.findElement({}, ElementKind::BoundedContext, QStringLiteral("Identity"))->id));
        // What a service sends: its channel, carrying the event.
        const Element *service = elementsNamed(state, ElementKind::Service, QStringLiteral("ProfileService")).first();
        const Element *channel = channelAt(state, QStringLiteral("identity.profile-updated.v1"));
        QVERIFY(channel);
        QVERIFY(related(state, RelationKind::Publishes, service->id, channel->id));
        QVERIFY(related(state, RelationKind::Carries, channel->id, updated->id));
        QCOMPARE(planOf(fresh->state(), {dir.filePath(QStringLiteral("export"))}).batch.size(), 0);
    }

    // The registry folder: each subject with every version, in order, and the channel its
    // topic strategy names.
    void readsARegistryFolder()
    {
        QTemporaryDir dir;
        auto hard = createCatalog(dir, QStringLiteral("hard.meshcat"));
        populateHardCases(*hard);
        exportTo(hard->state(), dir.filePath(QStringLiteral("export")), {ExportFormat::Registry});
        auto fresh = createCatalog(dir, QStringLiteral("fresh.meshcat"));
        QVERIFY(importInto(*fresh, {dir.filePath(QStringLiteral("export/registry"))}));
        // Each subject's element has every version its element in the source had.
        int subjects = 0;
        for (const Element &element : fresh->state().elements()) {
            if (!hasSchemaSubject(element.kind))
                continue;
            ++subjects;
            QList<const Element *> sources;
            for (const Element &source : hard->state().elements()) {
                if (source.kind == element.kind && pascalIdentifier(source.name) == pascalIdentifier(element.name))
                    sources.append(&source);
            }
            QVERIFY2(sources.size() == 1, qPrintable(element.name));
            QCOMPARE(fresh->state().schemaVersions(element.id).size(), hard->state().schemaVersions(sources.first()->id).size());
        }
        QVERIFY(subjects >= 5);
        QCOMPARE(planOf(fresh->state(), {dir.filePath(QStringLiteral("export/registry"))}).batch.size(), 0);
    }

    // A changed payload is the subject's next version with the verdict of its mode; an
    // operation gone from the document takes its relation with it.
    void aChangedDocumentUpdatesTheCatalog()
    {
        QTemporaryDir dir;
        auto catalog = createCatalog(dir);
        const QString path = dir.filePath(QStringLiteral("orders.yaml"));
        auto write = [&path](const QByteArray &text) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(text);
        };
        const QByteArray document = "asyncapi: 3.0.0\n"
                                    "info: {title: Orders, version: 1.0.0}\n"
                                    "channels:\n"
                                    "  orders: {address: shop.orders.v1, messages: {placed: {$ref: '#/components/messages/OrderPlaced'}}}\n"
                                    "  payments: {address: billing.payments.v1, messages: {paid: {name: PaymentReceived}}}\n"
                                    "operations:\n"
                                    "  place: {action: send, channel: {$ref: '#/channels/orders'}, messages: [{$ref: '#/channels/orders/messages/placed'}]}\n"
                                    "  paid: {action: receive, channel: {$ref: '#/channels/payments'}}\n"
                                    "components:\n"
                                    "  messages:\n"
                                    "    OrderPlaced:\n"
                                    "      payload: {type: object, additionalProperties: false, required: [orderId], properties: {orderId: {type: string}}}\n";
        write(document);
        QVERIFY(importInto(*catalog, {path}));
        const Element *placed = elementsNamed(catalog->state(), ElementKind::Event, QStringLiteral("OrderPlaced")).first();
        const QUuid placedId = placed->id;

        // An optional property added: compatible in BACKWARD, version 2.
        QByteArray changed = document;
        changed.replace("properties: {orderId: {type: string}}", "properties: {orderId: {type: string}, note: {type: string}}");
        write(changed);
        ImportPlan plan = planOf(catalog->state(), {path});
        QCOMPARE(plan.batch.size(), 1);
        const auto *added = std::get_if<AddSchemaVersion>(&plan.batch.first());
        QVERIFY(added);
        QCOMPARE(added->version.version, 2);
        QVERIFY(plan.incompatible.isEmpty());
        QVERIFY2(plan.steps.first().detail.contains(QLatin1String("compatible")), qPrintable(plan.steps.first().detail));
        QVERIFY(importInto(*catalog, {path}));
        QCOMPARE(catalog->state().schemaVersions(placedId).size(), 2);

        // A required property added: BACKWARD refuses it, and says where.
        QByteArray breaking = changed;
        breaking.replace("required: [orderId]", "required: [orderId, customerId]");
        breaking.replace("note: {type: string}}", "note: {type: string}, customerId: {type: string}}");
        write(breaking);
        plan = planOf(catalog->state(), {path});
        QCOMPARE(plan.incompatible.size(), 1);
        QVERIFY2(plan.incompatible.first().contains(QLatin1String("OrderPlaced version 3")), qPrintable(plan.incompatible.first()));

        // The receive operation removed: the subscription goes, nothing else.
        QByteArray fewer = changed;
        fewer.replace("  paid: {action: receive, channel: {$ref: '#/channels/payments'}}\n", "");
        write(fewer);
        plan = planOf(catalog->state(), {path});
        QCOMPARE(plan.batch.size(), 1);
        const auto *removed = std::get_if<DeleteRelation>(&plan.batch.first());
        QVERIFY(removed);
        QCOMPARE(catalog->state().relation(removed->id)->kind, RelationKind::Subscribes);
    }

    // Schema files: Avro types used across files (in whatever order the files come),
    // JSON Schema `$ref`s to other files, .proto imports through -I.
    void readsSchemaFiles()
    {
        QTemporaryDir dir;
        auto catalog = createCatalog(dir);
        QVERIFY(importInto(*catalog, {fixture(QStringLiteral("avro")), fixture(QStringLiteral("jsonschema")),
                                      fixture(QStringLiteral("proto/invoice_issued.proto"))},
                           ImportOptions{{}, {fixture(QStringLiteral("proto"))}}));
        const CatalogState &state = catalog->state();
        const Element *order = state.findElement(state.findElement({}, ElementKind::BoundedContext, QStringLiteral("shop"))->id,
                                                 ElementKind::Event, QStringLiteral("OrderPlaced"));
        QVERIFY(order);
        QVERIFY(state.latestSchema(order->id)->text.contains(QLatin1String("money.Money")));
        QCOMPARE(elementsNamed(state, ElementKind::Event, QStringLiteral("Money")).size(), 1);

        const QList<const Element *> customers = elementsNamed(state, ElementKind::Event, QStringLiteral("CustomerRegistered"));
        QCOMPARE(customers.size(), 1);
        const QJsonObject customer = QJsonDocument::fromJson(state.latestSchema(customers.first()->id)->text.toUtf8()).object();
        QCOMPARE(customer["$defs"].toObject().keys(), (QStringList{QStringLiteral("Country"), QStringLiteral("Tier"), QStringLiteral("address")}));
        QCOMPARE(customer["properties"].toObject()["billing"].toObject()["$ref"].toString(), QStringLiteral("#/$defs/address"));
        QVERIFY(elementsNamed(state, ElementKind::Event, QStringLiteral("address")).isEmpty());   // part of the one using it

        QCOMPARE(elementsNamed(state, ElementKind::Event, QStringLiteral("InvoiceIssued")).size(), 1);
        QCOMPARE(elementsNamed(state, ElementKind::Event, QStringLiteral("Amount")).size(), 1);
    }

    // Bad input names the problem (the pointer, the version, the line and column) and the
    // catalog stays as it was: the command exits 2 and nothing is imported.
    void badInputIsNamedAndNothingIsImported_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unresolvable $ref") << "broken/unresolvable-ref.yaml" << "\"#/components/messages/Missing\"";
        QTest::newRow("unsupported version") << "broken/unsupported-version.yaml" << "AsyncAPI 1.2.0 is not supported";
        QTest::newRow("invalid YAML") << "broken/invalid-yaml.yaml" << "invalid-yaml.yaml:8:13: invalid YAML";
        QTest::newRow("missing file") << "broken/missing-file.yaml" << "nowhere/thing.yaml";
        QTest::newRow("topic Kafka refuses") << "broken/bad-topic.yaml" << "not a topic name Kafka accepts";
        QTest::newRow(".proto error") << "broken/bad.proto" << "bad.proto:6:3: \"Undefined\" is not defined";
    }
    void badInputIsNamedAndNothingIsImported()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString catalogPath = dir.filePath(QStringLiteral("c.meshcat"));
        {
            auto catalog = createCatalog(dir, QStringLiteral("c.meshcat"));
            QVERIFY(importInto(*catalog, {fixture(QStringLiteral("avro"))}));
        }
        const ProgramRun run = runProgram(kMeshStudio, {QStringLiteral("import"), fixture(QStringLiteral("asyncapi")), fixture(file),
                                                        QStringLiteral("--into"), catalogPath});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(expected.toUtf8()), run.err.constData());
        QVERIFY2(run.err.contains("nothing was imported"), run.err.constData());
        auto reopened = Catalog::open(catalogPath);
        QVERIFY(reopened);
        QCOMPARE((*reopened)->revision(), qint64(1));
        QVERIFY(elementsNamed((*reopened)->state(), ElementKind::Service, QStringLiteral("Order Service")).isEmpty());
    }

    // The command: one batch (one revision), --dry-run changes nothing, JSON for pipelines,
    // exit 1 and nothing imported when a new version breaks its subject's mode.
    void theCommandLine()
    {
        QTemporaryDir dir;
        const QString catalogPath = dir.filePath(QStringLiteral("c.meshcat"));
        createCatalog(dir, QStringLiteral("c.meshcat"));
        const QStringList files = {fixture(QStringLiteral("asyncapi")), QStringLiteral("--into"), catalogPath};

        ProgramRun run = runProgram(kMeshStudio, QStringList{QStringLiteral("import")} + files + QStringList{QStringLiteral("--dry-run"), QStringLiteral("--output"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        QJsonObject result = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(result["imported"].toBool(), false);
        const int added = int(result["added"].toArray().size());
        QVERIFY(added > 20);
        QCOMPARE((*Catalog::open(catalogPath))->revision(), qint64(0));

        run = runProgram(kMeshStudio, QStringList{QStringLiteral("import")} + files + QStringList{QStringLiteral("--output"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        result = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(result["revision"].toInt(), 1);
        QCOMPARE(int(result["added"].toArray().size()), added);
        QCOMPARE((*Catalog::open(catalogPath))->revision(), qint64(1));

        run = runProgram(kMeshStudio, QStringList{QStringLiteral("import")} + files);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("Nothing to import"), run.out.constData());
        QCOMPARE((*Catalog::open(catalogPath))->revision(), qint64(1));

        // Avro's StockReserved loses a field with no default: FULL... here BACKWARD refuses
        // a new required field; the import stops with exit 1.
        const QString changed = dir.filePath(QStringLiteral("orders.yaml"));
        QFile original(fixture(QStringLiteral("asyncapi/orders-3.0.yaml")));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray text = original.readAll();
        text.replace("            - name: reservedAt\n              type: long\n",
                     "            - name: reservedAt\n              type: long\n            - name: warehouse\n              type: string\n");
        QFile out(changed);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text);
        out.close();
        QDir().mkpath(dir.filePath(QStringLiteral("shared")));
        QFile::copy(fixture(QStringLiteral("asyncapi/shared/money.json")), dir.filePath(QStringLiteral("shared/money.json")));
        QFile::copy(fixture(QStringLiteral("asyncapi/shared/payments.yaml")), dir.filePath(QStringLiteral("shared/payments.yaml")));
        run = runProgram(kMeshStudio, {QStringLiteral("import"), changed, QStringLiteral("--into"), catalogPath});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("StockReserved version 2"), run.err.constData());
        QCOMPARE((*Catalog::open(catalogPath))->revision(), qint64(1));
        run = runProgram(kMeshStudio, {QStringLiteral("import"), changed, QStringLiteral("--into"), catalogPath, QStringLiteral("--allow-incompatible")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE((*Catalog::open(catalogPath))->revision(), qint64(2));
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
