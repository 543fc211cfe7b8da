// The JSON form of changes: what `apply` reads and `log` prints. A logged change read back
// is the same change; references by path resolve; errors carry the line and field.

#include "catalog/changes/changeapplier.h"
#include "catalog/changes/changejson.h"
#include "testcatalogs.h"

#include <QJsonDocument>
#include <QTest>

using namespace mesh::catalog;

class TestChangeJson : public QObject
{
    Q_OBJECT

private:
    CatalogState m_state;
    Batch m_batch;

private Q_SLOTS:
    void initTestCase()
    {
        auto batch = ChangeJson::readJsonLines(mesh::testing::kSmallModel, m_state);
        QVERIFY(batch.isOk());
        m_batch = *batch;
        QVERIFY(ChangeApplier::apply(m_state, m_batch, nullptr).isOk());
    }

    void canonicalFormRoundTrips()
    {
        // Read back against the state before each change, as a replay does.
        CatalogState replay;
        for (const Change &change : m_batch) {
            const QByteArray line = ChangeJson::toJsonLine(change);
            QVERIFY2(line.startsWith("{\"op\":\""), line.constData());
            QVERIFY(!line.contains('\n'));
            auto document = QJsonDocument::fromJson(line);
            QVERIFY(document.isObject());
            auto read = ChangeJson::fromJson(document.object(), replay);
            QVERIFY2(read.isOk(), qPrintable(line + " → " + (read.isOk() ? QString() : read.error().message)));
            QCOMPARE(ChangeJson::toJsonLine(*read), line);
            QVERIFY(ChangeApplier::apply(replay, Batch{*read}, nullptr).isOk());
        }
        QString difference;
        QVERIFY2(replay.hasSameContent(m_state, &difference), qPrintable(difference));
    }

    void canonicalFormUsesIds()
    {
        for (const Change &change : m_batch) {
            const QJsonObject object = ChangeJson::toJson(change);
            for (const char *key : {"ref", "from", "to", "context", "subject", "diagram", "element"}) {
                if (object.contains(key))
                    QVERIFY2(!QUuid::fromString(object.value(key).toString()).isNull(), key);
            }
        }
    }

    void metaIsIgnored()
    {
        auto batch = ChangeJson::readJsonLines(
            R"({"op":"update","ref":"Identity/ProfilePublished","set":{"lifecycle":"proposed"},"meta":{"revision":3,"author":"x"}})",
            m_state);
        QVERIFY(batch.isOk());
        QCOMPARE(batch->size(), 1);
    }

    void blankAndCommentLinesAreSkipped()
    {
        auto batch = ChangeJson::readJsonLines("\n# a comment\n\n{\"op\":\"create\",\"kind\":\"Actor\",\"name\":\"A\"}\n\n", m_state);
        QVERIFY(batch.isOk());
        QCOMPARE(batch->size(), 1);
    }

    void errorsNameLineAndField()
    {
        const QByteArray text = "# header\n"
                                "{\"op\":\"create\",\"kind\":\"BoundedContext\",\"name\":\"Billing\"}\n"
                                "\n"
                                "{\"op\":\"create\",\"kind\":\"Event\",\"name\":\"InvoiceSent\",\"context\":\"Billing\",\"set\":{\"cardinality\":\"lots\"}}\n";
        auto batch = ChangeJson::readJsonLines(text, m_state);
        QVERIFY(!batch.isOk());
        QCOMPARE(batch.error().line, 4);
        QCOMPARE(batch.error().field, QStringLiteral("cardinality"));
        QVERIFY(batch.error().message.contains("cardinality"));
    }

    void laterLinesSeeEarlierOnes()
    {
        auto batch = ChangeJson::readJsonLines(R"({"op":"create","kind":"BoundedContext","name":"Billing"}
{"op":"create","kind":"Event","name":"InvoiceSent","context":"Billing"}
{"op":"update","ref":"Billing/InvoiceSent","set":{"name":"InvoiceIssued"}}
{"op":"relate","kind":"customer-supplier","from":"Billing","to":"Identity"}
{"op":"delete","ref":"Billing/InvoiceIssued"})", m_state);
        QVERIFY2(batch.isOk(), qPrintable(batch.isOk() ? QString() : batch.error().message));
        QCOMPARE(batch->size(), 5);
    }

    void givenIdsAreKept()
    {
        const QUuid id = QUuid::createUuid();
        auto batch = ChangeJson::readJsonLines(
            QStringLiteral(R"({"op":"create","id":"%1","kind":"Actor","name":"Auditor"})").arg(id.toString(QUuid::WithoutBraces)).toUtf8(),
            m_state);
        QVERIFY(batch.isOk());
        QCOMPARE(std::get<CreateElement>(batch->first()).element.id, id);
    }

    void schemaVersionNumbersFollow()
    {
        auto batch = ChangeJson::readJsonLines(R"({"op":"addSchemaVersion","subject":"Identity/ProfilePublished","format":"avro","text":"\u0022string\u0022"}
{"op":"addSchemaVersion","subject":"Identity/ProfilePublished","format":"avro","text":" \u0022string\u0022"})", m_state);
        QVERIFY(batch.isOk());
        QCOMPARE(std::get<AddSchemaVersion>(batch->at(0)).version.version, 2);
        QCOMPARE(std::get<AddSchemaVersion>(batch->at(1)).version.version, 3);
        // The compatibility mode is inherited from the previous version unless given.
        QCOMPARE(std::get<AddSchemaVersion>(batch->at(1)).version.compatibility, CompatibilityMode::Backward);
    }

    // Found by fuzz_changejson (UndefinedBehaviorSanitizer): a version number too large for
    // an int was cast into one.
    void schemaVersionNumbersAreWholeAndInRange_data()
    {
        QTest::addColumn<QString>("version");
        QTest::newRow("huge") << "18888888888888888888888888";
        QTest::newRow("past the limit") << "1000001";
        QTest::newRow("zero") << "0";
        QTest::newRow("negative") << "-3";
        QTest::newRow("fraction") << "1.5";
    }

    void schemaVersionNumbersAreWholeAndInRange()
    {
        QFETCH(QString, version);
        for (const QString op : {"removeSchemaVersion", "updateSchemaVersion", "addSchemaVersion"}) {
            const QString line = QStringLiteral(R"({"op":"%1","subject":"Identity/ProfilePublished","version":%2,"set":{},"format":"avro","text":"\u0022string\u0022"})")
                                     .arg(op, version);
            auto batch = ChangeJson::readJsonLines(line.toUtf8(), m_state);
            QVERIFY2(!batch.isOk(), qPrintable(line));
            QCOMPARE(batch.error().field, QStringLiteral("version"));
        }
    }

    void newSchemaOfAnApprovedElementIsProposed()
    {
        CatalogState state = m_state;
        auto approve = ChangeJson::readJsonLines(R"({"op":"update","ref":"Identity/ProfilePublished","set":{"lifecycle":"approved"}})", state);
        QVERIFY(approve.isOk());
        QVERIFY(ChangeApplier::apply(state, *approve, nullptr).isOk());
        auto batch = ChangeJson::readJsonLines(R"({"op":"addSchemaVersion","subject":"Identity/ProfilePublished","format":"avro","text":"\u0022string\u0022"})", state);
        QVERIFY(batch.isOk());
        QCOMPARE(std::get<AddSchemaVersion>(batch->first()).version.lifecycle, Lifecycle::Proposed);
        QVERIFY(ChangeApplier::apply(state, *batch, nullptr).isOk());
        QCOMPARE(state.schemaVersions(std::get<AddSchemaVersion>(batch->first()).version.subject).first().text,
                 m_state.schemaVersions(std::get<AddSchemaVersion>(batch->first()).version.subject).first().text);
    }

    void describeIsReadable()
    {
        const QString summary = ChangeJson::describe(m_batch.at(1), CatalogState());
        QCOMPARE(summary, QStringLiteral("create BoundedContext Identity"));
    }

    // A relation's description is changed by id or by its kind and ends; its kind is not, and
    // the refusal names the field.
    void relationsAreDescribedNotRekinded()
    {
        CatalogState state = m_state;
        auto read = ChangeJson::readJsonLines(
            R"({"op":"updateRelation","kind":"emits","from":"Identity/ProfileService","to":"Identity/ProfilePublished","set":{"description":"Once a profile turns public."}})",
            state);
        QVERIFY2(read.isOk(), qPrintable(read.isOk() ? QString() : read.error().message));
        QVERIFY(ChangeApplier::apply(state, *read, nullptr).isOk());
        const auto *update = std::get_if<UpdateRelation>(&read->first());
        QVERIFY(update);
        QCOMPARE(state.relation(update->id)->description, QStringLiteral("Once a profile turns public."));
        QCOMPARE(ChangeJson::describe(read->first(), state),
                 QStringLiteral("updateRelation Identity/ProfileService emits Identity/ProfilePublished (description)"));
        const auto refused = ChangeApplier::apply(state, {UpdateRelation{update->id, {{"kind", "feeds"}}}}, nullptr);
        QVERIFY(!refused.isOk());
        QCOMPARE(refused.error().field, QStringLiteral("kind"));
        auto missing = ChangeJson::readJsonLines(R"({"op":"updateRelation","kind":"feeds","from":"Identity/ProfileService","to":"Identity/ProfilePublished","set":{}})",
                                                 state);
        QVERIFY(!missing.isOk());
        QCOMPARE(missing.error().field, QStringLiteral("to"));
    }
};

QTEST_GUILESS_MAIN(TestChangeJson)
#include "tst_changejson.moc"
