// Slices with Given/When/Then scenarios: kept as changes (undone, kept in the file), refused
// when they speak of the wrong kinds, checked against the schemas (the example fields), and
// exported as a Markdown page and a Gherkin feature per slice — the text worked out by hand.

#include "catalog/catalog.h"
#include "catalog/changes/changejson.h"
#include "catalog/governance/governancechecker.h"
#include "catalog/governance/reviewsession.h"
#include "exporters/exporter.h"
#include "testcatalogs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace mesh::catalog;
using namespace mesh::exporters;

namespace {

// A command, its event and a read model, with schemas, on a timeline.
const QByteArray kStory = R"(
{"op":"create","kind":"BoundedContext","name":"Shop"}
{"op":"create","id":"00000000-0000-4000-8000-000000000001","kind":"Command","name":"PlaceOrder","context":"Shop"}
{"op":"create","id":"00000000-0000-4000-8000-000000000002","kind":"Event","name":"OrderPlaced","context":"Shop"}
{"op":"create","id":"00000000-0000-4000-8000-000000000003","kind":"ReadModel","name":"OrderSummary","context":"Shop"}
{"op":"createDiagram","id":"00000000-0000-4000-8000-0000000000d1","name":"Ordering","kind":"timeline"}
{"op":"place","diagram":"00000000-0000-4000-8000-0000000000d1","element":"Shop/PlaceOrder","x":100,"y":0}
{"op":"place","diagram":"00000000-0000-4000-8000-0000000000d1","element":"Shop/OrderPlaced","x":120,"y":300}
)";

// OrderPlaced's schema: an object of orderId and lines.
QByteArray schemaLine()
{
    const QJsonObject schema{{"type", "object"}, {"properties", QJsonObject{{"orderId", QJsonObject{}}, {"lines", QJsonObject{}}}}};
    return QJsonDocument(QJsonObject{{"op", "addSchemaVersion"}, {"subject", "Shop/OrderPlaced"}, {"format", "jsonschema"},
                                     {"text", QString::fromUtf8(QJsonDocument(schema).toJson(QJsonDocument::Compact))}})
        .toJson(QJsonDocument::Compact);
}

const char *const kCommand = "00000000-0000-4000-8000-000000000001";
const char *const kEvent = "00000000-0000-4000-8000-000000000002";
const char *const kReadModel = "00000000-0000-4000-8000-000000000003";
const char *const kTimeline = "00000000-0000-4000-8000-0000000000d1";

QJsonObject step(const char *element, const QJsonObject &values = {})
{
    QJsonObject object{{"element", element}};
    if (!values.isEmpty())
        object.insert("values", values);
    return object;
}

// One state-change slice with one scenario: given nothing, when PlaceOrder, then OrderPlaced.
QJsonArray slices(const QJsonObject &scenario, const QString &kind = "state-change")
{
    return QJsonArray{QJsonObject{{"name", "Place an order"}, {"left", 80}, {"right", 280}, {"kind", kind}, {"scenarios", QJsonArray{scenario}}}};
}

QByteArray update(const QJsonArray &slices)
{
    return QJsonDocument(QJsonObject{{"op", "updateDiagram"}, {"diagram", kTimeline}, {"set", QJsonObject{{"slices", slices}}}})
        .toJson(QJsonDocument::Compact);
}

const QJsonObject kPlace{{"name", "A first order"},
                         {"when", step(kCommand, {{"orderId", "o-1"}, {"lines", 2}})},
                         {"then", QJsonArray{step(kEvent, {{"orderId", "o-1"}, {"lines", 2}})}}};

} // namespace

class TestSliceSpecs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void scenariosAreChangesKeptInTheFile()
    {
        auto catalog = mesh::testing::createCatalog(m_dir, "kept.meshcat");
        mesh::testing::applyLines(*catalog, kStory + schemaLine());
        const Batch inverse = mesh::testing::applyLines(*catalog, update(slices(kPlace)));
        const QUuid timeline = QUuid::fromString(QLatin1String(kTimeline));
        const DiagramSlice slice = catalog->state().diagram(timeline)->slices.value(0);
        QCOMPARE(slice.kind, SliceKind::StateChange);
        QCOMPARE(slice.scenarios.size(), 1);
        QCOMPARE(slice.scenarios[0].when->element, QUuid::fromString(QLatin1String(kCommand)));
        QCOMPARE(slice.scenarios[0].then[0].values.value("lines").toInt(), 2);
        auto reopened = Catalog::open(catalog->location());
        QVERIFY(reopened);
        QCOMPARE((*reopened)->state().diagram(timeline)->slices, catalog->state().diagram(timeline)->slices);
        reopened->reset();
        QVERIFY(catalog->apply(inverse));
        QVERIFY(catalog->state().diagram(timeline)->slices.isEmpty());
    }

    void scenariosSpeakOfTheRightKinds_data()
    {
        QTest::addColumn<QByteArray>("change");
        QTest::addColumn<QString>("reason");
        QTest::newRow("a command in Given") << update(slices({{"name", "s"}, {"given", QJsonArray{step(kCommand)}}})) << "Shop/PlaceOrder is no event";
        QTest::newRow("an event in When") << update(slices({{"name", "s"}, {"when", step(kEvent)}})) << "Shop/OrderPlaced is no command";
        QTest::newRow("a read model in a state change's Then") << update(slices({{"name", "s"}, {"then", QJsonArray{step(kReadModel)}}}))
                                                               << "Shop/OrderSummary is no event";
        QTest::newRow("an element that is not there")
            << update(slices({{"name", "s"}, {"then", QJsonArray{step("00000000-0000-4000-8000-00000000dead")}}})) << "00000000-0000-4000-8000-00000000dead is no event";
        QTest::newRow("an unknown slice kind") << update(slices(kPlace, "saga")) << "kind \"saga\"";
        QTest::newRow("a scenario without a name") << update(slices({{"when", step(kCommand)}})) << "a scenario has a name";
        QTest::newRow("values that are not an object") << update(slices({{"name", "s"}, {"when", QJsonObject{{"element", kCommand}, {"values", 3}}}}))
                                                       << "\"values\" is an object";
        QTest::newRow("a line break in a scenario's name") << update(slices({{"name", "one\ntwo"}, {"when", step(kCommand)}})) << "control character";
    }

    void scenariosSpeakOfTheRightKinds()
    {
        QFETCH(QByteArray, change);
        QFETCH(QString, reason);
        auto catalog = mesh::testing::createCatalog(m_dir, QStringLiteral("kinds-%1.meshcat").arg(QTest::currentDataTag()).replace(' ', '-'));
        mesh::testing::applyLines(*catalog, kStory + schemaLine());
        const qint64 revision = catalog->revision();
        auto batch = ChangeJson::readJsonLines(change, catalog->state());
        QString message = batch ? QString() : batch.error().message;
        if (batch) {
            auto applied = catalog->apply(*batch);
            QVERIFY(!applied);
            message = applied.error().message;
        }
        QVERIFY2(message.contains(reason), qPrintable(message));
        QCOMPARE(catalog->revision(), revision);
    }

    // A state view's Then shows a read model; the values are held against its schema.
    void exampleFieldsAreFieldsOfTheSchema()
    {
        auto catalog = mesh::testing::createCatalog(m_dir, "fields.meshcat");
        mesh::testing::applyLines(*catalog, kStory + schemaLine());
        QJsonObject typo = kPlace;
        typo["then"] = QJsonArray{step(kEvent, {{"orderId", "o-1"}, {"lineCount", 2}})};
        mesh::testing::applyLines(*catalog, update(slices(typo)));
        GovernanceChecker checker;
        checker.reset(catalog->state());
        QStringList found;
        for (const Finding &finding : checker.findings(catalog->state())) {
            if (finding.ruleId == QLatin1String("eventmodeling.information-completeness"))
                found.append(finding.message);
        }
        QCOMPARE(found, QStringList{"Field lineCount in the scenario \"A first order\" of the slice \"Place an order\" (Ordering) is not a "
                                    "field of Shop/OrderPlaced"});
        // Corrected, the finding goes, through the incremental check the studio runs.
        const Batch fixed = mesh::testing::applyLines(*catalog, update(slices(kPlace)));
        Q_UNUSED(fixed);
        checker.update(catalog->state(), *ChangeJson::readJsonLines(update(slices(kPlace)), catalog->state()));
        for (const Finding &finding : checker.findings(catalog->state()))
            QVERIFY2(finding.ruleId != QLatin1String("eventmodeling.information-completeness"), qPrintable(finding.message));
    }

    // A review lists a slice whose scenario changed and a slice added, each field by field;
    // rejecting both and reverting gives the slices back as they were.
    void slicesAreReviewable()
    {
        auto catalog = mesh::testing::createCatalog(m_dir, "review.meshcat");
        mesh::testing::applyLines(*catalog, kStory + schemaLine());
        mesh::testing::applyLines(*catalog, update(slices(kPlace)));
        const CatalogState before = catalog->state();
        QJsonObject changed = kPlace;
        changed["then"] = QJsonArray{step(kEvent, {{"orderId", "o-2"}})};
        mesh::testing::applyLines(*catalog, update(slices(changed) + QJsonObject{{"name", "Show the summary"}, {"left", 400}, {"right", 500}, {"kind", "state-view"}}));
        const SemanticDiff diff = SemanticDiff::between(before, catalog->state());
        QList<DiffItem> sliceItems;
        for (const DiffItem &item : diff.items) {
            if (item.subject == DiffItem::Subject::Slice)
                sliceItems.append(item);
        }
        QCOMPARE(sliceItems.size(), 2);
        QCOMPARE(sliceItems[0].change, DiffItem::Change::Changed);
        QCOMPARE(sliceItems[0].path, QStringLiteral("Ordering / Place an order"));
        QCOMPARE(sliceItems[0].fields.size(), 1);
        QCOMPARE(sliceItems[0].fields[0].field, QStringLiteral("scenario A first order"));
        QCOMPARE(sliceItems[0].fields[0].after.toObject().value("then").toArray()[0].toObject().value("values").toObject().value("orderId").toString(),
                 QStringLiteral("o-2"));
        QCOMPARE(sliceItems[1].change, DiffItem::Change::Added);
        QCOMPARE(sliceItems[1].path, QStringLiteral("Ordering / Show the summary"));
        Review review = ReviewSession::open(catalog->state(), catalog->revision(), "Slices", "tester");
        for (const DiffItem &item : sliceItems) {
            auto decided = ReviewSession::decide(review, ReviewSession::itemKey(item), "reject");
            QVERIFY(decided);
            review = *decided;
        }
        QVERIFY(catalog->apply(ReviewSession::revertRejected(review, before, catalog->state(), sliceItems)));
        const QUuid timeline = QUuid::fromString(QLatin1String(kTimeline));
        QCOMPARE(catalog->state().diagram(timeline)->slices, before.diagram(timeline)->slices);
    }

    void exportedAsMarkdownAndGherkin()
    {
        auto catalog = mesh::testing::createCatalog(m_dir, "export.meshcat");
        mesh::testing::applyLines(*catalog, kStory + schemaLine());
        QJsonObject refused{{"name", "No lines"}, {"when", step(kCommand, {{"lines", 0}})}, {"error", "an order has lines"}};
        mesh::testing::applyLines(*catalog, update(slices(kPlace) + QJsonObject{{"name", "Empty"}, {"left", 400}, {"right", 500}}));
        QJsonArray both = slices(kPlace);
        QJsonObject first = both[0].toObject();
        first["scenarios"] = QJsonArray{kPlace, refused};
        both[0] = first;
        mesh::testing::applyLines(*catalog, update(both));
        ExportOptions options;
        options.formats = {ExportFormat::Specs};
        auto files = Exporter::run(catalog->state(), options);
        QVERIFY(files);
        QMap<QString, QByteArray> byPath;
        for (const ExportFile &file : *files)
            byPath.insert(file.path, file.bytes);
        QCOMPARE(byPath.keys(), QStringList({"specs/Ordering/Place-an-order.feature", "specs/Ordering/Place-an-order.md"}));
        QCOMPARE(QString::fromUtf8(byPath.value("specs/Ordering/Place-an-order.feature")),
                 QStringLiteral("# A slice of the timeline \"Ordering\", written by Mesh Studio.\n"
                                "Feature: Place an order\n"
                                "  State change (screen → command → event)\n"
                                "\n"
                                "  Scenario: A first order\n"
                                "    When Shop/PlaceOrder\n"
                                "      | field | value |\n"
                                "      | lines | 2 |\n"
                                "      | orderId | \"o-1\" |\n"
                                "    Then Shop/OrderPlaced\n"
                                "      | field | value |\n"
                                "      | lines | 2 |\n"
                                "      | orderId | \"o-1\" |\n"
                                "\n"
                                "  Scenario: No lines\n"
                                "    When Shop/PlaceOrder\n"
                                "      | field | value |\n"
                                "      | lines | 0 |\n"
                                "    Then the command is refused with \"an order has lines\"\n"));
        QCOMPARE(QString::fromUtf8(byPath.value("specs/Ordering/Place-an-order.md")),
                 QStringLiteral("# Place an order\n\n"
                                "*State change \\(screen → command → event\\)* — a slice of the timeline **Ordering**.\n\n"
                                "| Element | Kind |\n|---|---|\n"
                                "| Shop/PlaceOrder | Command |\n"
                                "| Shop/OrderPlaced | Event |\n\n"
                                "## Scenario: A first order\n\n"
                                "**When**\n\n- Shop/PlaceOrder: `lines` = `2`, `orderId` = `\"o-1\"`\n\n"
                                "**Then**\n\n- Shop/OrderPlaced: `lines` = `2`, `orderId` = `\"o-1\"`\n\n"
                                "## Scenario: No lines\n\n"
                                "**When**\n\n- Shop/PlaceOrder: `lines` = `0`\n\n"
                                "**Then** the command is refused: `an order has lines`\n"));
    }
};

QTEST_MAIN(TestSliceSpecs)
#include "tst_slicespecs.moc"
