// Avro compatibility as Confluent Schema Registry checks it (the Avro specification's
// schema resolution), one case per rule, each named after the rule it covers; the modes
// (backward, forward, full, transitive); explanations that say where and who breaks.

#include "catalog/schema/avrocompatibility.h"
#include "catalog/schema/schemacompatibility.h"

#include <QTest>

using namespace mesh::catalog;

namespace {

QString record(const QString &fields, const QString &name = QStringLiteral("Order"), const QString &extra = QString())
{
    return QStringLiteral(R"({"type":"record","name":"%1","namespace":"shop"%3,"fields":[%2]})").arg(name, fields, extra);
}

QString field(const QString &name, const QString &type, const QString &extra = QString())
{
    return QStringLiteral(R"({"name":"%1","type":%2%3})").arg(name, type, extra);
}

} // namespace

class TestAvroCompatibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolution_data()
    {
        // reader reads data written by writer?
        QTest::addColumn<QString>("writer");
        QTest::addColumn<QString>("reader");
        QTest::addColumn<bool>("compatible");
        QTest::addColumn<QString>("path");

        const QString id = field("id", "\"string\"");
        auto row = [](const char *rule, const QString &writer, const QString &reader, bool compatible, const QString &path = {}) {
            QTest::newRow(rule) << writer << reader << compatible << path;
        };
        // Primitive types and promotions (specification: "Schema Resolution").
        row("primitive: same type", "\"int\"", "\"int\"", true);
        row("primitive: int read as long", "\"int\"", "\"long\"", true);
        row("primitive: int read as float", "\"int\"", "\"float\"", true);
        row("primitive: int read as double", "\"int\"", "\"double\"", true);
        row("primitive: long read as float", "\"long\"", "\"float\"", true);
        row("primitive: long read as double", "\"long\"", "\"double\"", true);
        row("primitive: float read as double", "\"float\"", "\"double\"", true);
        row("primitive: string read as bytes", "\"string\"", "\"bytes\"", true);
        row("primitive: bytes read as string", "\"bytes\"", "\"string\"", true);
        row("primitive: long not read as int", "\"long\"", "\"int\"", false, "(root)");
        row("primitive: double not read as float", "\"double\"", "\"float\"", false, "(root)");
        row("primitive: string not read as int", "\"string\"", "\"int\"", false, "(root)");
        row("primitive: boolean not read as int", "\"boolean\"", "\"int\"", false, "(root)");
        row("primitive: null only as null", "\"null\"", "\"string\"", false, "(root)");
        // Records.
        row("record: same fields", record(id), record(id), true);
        row("record: reader adds a field with a default", record(id), record(id + "," + field("note", "\"string\"", ",\"default\":\"\"")), true);
        row("record: reader adds a field without default", record(id), record(id + "," + field("note", "\"string\"")), false, "Order.note");
        row("record: reader adds an optional field", record(id), record(id + "," + field("note", R"(["null","string"])", ",\"default\":null")), true);
        row("record: reader drops a field", record(id + "," + field("note", "\"string\"")), record(id), true);
        row("record: field type promoted", record(field("n", "\"int\"")), record(field("n", "\"long\"")), true);
        row("record: field type narrowed", record(field("n", "\"long\"")), record(field("n", "\"int\"")), false, "Order.n");
        row("record: field renamed with an alias", record(field("n", "\"int\"")), record(field("count", "\"int\"", ",\"aliases\":[\"n\"]")), true);
        row("record: field renamed without alias", record(field("n", "\"int\"")), record(field("count", "\"int\"")), false, "Order.count");
        row("record: name changed", record(id, "Order"), record(id, "Purchase"), false, "(root)");
        row("record: name changed with an alias", record(id, "Order"), record(id, "Purchase", ",\"aliases\":[\"Order\"]"), true);
        row("record: namespace changed", record(id), QStringLiteral(R"({"type":"record","name":"Order","namespace":"store","fields":[%1]})").arg(id), true);
        row("record: nested record field changes", record(field("line", record(field("qty", "\"long\""), "Line"))),
            record(field("line", record(field("qty", "\"int\""), "Line"))), false, "Order.line.qty");
        row("record: recursive record", record(id + "," + field("next", R"(["null","Order"])", ",\"default\":null")),
            record(id + "," + field("next", R"(["null","Order"])", ",\"default\":null")), true);
        // Enums.
        const QString colours = R"({"type":"enum","name":"Colour","symbols":["RED","GREEN"]})";
        row("enum: same symbols", colours, colours, true);
        row("enum: reader adds a symbol", colours, R"({"type":"enum","name":"Colour","symbols":["RED","GREEN","BLUE"]})", true);
        row("enum: reader removes a symbol", colours, R"({"type":"enum","name":"Colour","symbols":["RED"]})", false, "Colour");
        row("enum: reader removes a symbol but has a default", colours,
            R"({"type":"enum","name":"Colour","symbols":["RED","UNKNOWN"],"default":"UNKNOWN"})", true);
        row("enum: name changed", colours, R"({"type":"enum","name":"Hue","symbols":["RED","GREEN"]})", false, "(root)");
        // Fixed.
        row("fixed: same size", R"({"type":"fixed","name":"Hash","size":16})", R"({"type":"fixed","name":"Hash","size":16})", true);
        row("fixed: size changed", R"({"type":"fixed","name":"Hash","size":16})", R"({"type":"fixed","name":"Hash","size":32})", false, "(root)");
        row("fixed: name changed", R"({"type":"fixed","name":"Hash","size":16})", R"({"type":"fixed","name":"Digest","size":16})", false, "(root)");
        // Arrays and maps.
        row("array: items promoted", R"({"type":"array","items":"int"})", R"({"type":"array","items":"long"})", true);
        row("array: items narrowed", R"({"type":"array","items":"long"})", R"({"type":"array","items":"int"})", false, "[]");
        row("map: values promoted", R"({"type":"map","values":"float"})", R"({"type":"map","values":"double"})", true);
        row("map: values changed", R"({"type":"map","values":"string"})", R"({"type":"map","values":"int"})", false, "{}");
        row("array vs map", R"({"type":"array","items":"int"})", R"({"type":"map","values":"int"})", false, "(root)");
        // Unions.
        row("union: writer union, reader reads every branch", R"(["null","int"])", R"(["null","long"])", true);
        row("union: writer branch the reader lacks", R"(["null","int","string"])", R"(["null","int"])", false, "[2]");
        row("union: reader union contains the writer", "\"int\"", R"(["null","int"])", true);
        row("union: reader union promotes the writer", "\"int\"", R"(["null","double"])", true);
        row("union: reader union lacks the writer", "\"string\"", R"(["null","int"])", false, "(root)");
        row("union: writer union into a plain reader", R"(["null","int"])", "\"int\"", false, "[0]");
        row("union: single-branch union into its type", R"(["int"])", "\"long\"", true);
        // Logical types are read as their underlying types.
        row("logical: timestamp-millis stays a long", R"({"type":"long","logicalType":"timestamp-millis"})", R"({"type":"long","logicalType":"timestamp-millis"})", true);
        row("logical: date read as long", R"({"type":"int","logicalType":"date"})", "\"long\"", true);
    }

    void resolution()
    {
        QFETCH(QString, writer);
        QFETCH(QString, reader);
        QFETCH(bool, compatible);
        QFETCH(QString, path);
        auto w = AvroCompatibility::parse(writer);
        auto r = AvroCompatibility::parse(reader);
        QVERIFY2(w.isOk(), qPrintable(w.isOk() ? QString() : w.error().message));
        QVERIFY2(r.isOk(), qPrintable(r.isOk() ? QString() : r.error().message));
        const QList<CompatibilityIssue> issues = AvroCompatibility::canRead(*r, *w, CompatibilityIssue::Breaks::OldWriters, 1);
        QStringList found;
        for (const CompatibilityIssue &issue : issues)
            found << issue.path + ": " + issue.message;
        QCOMPARE(issues.isEmpty(), compatible);
        if (!compatible) {
            QVERIFY2(issues.first().path == path, qPrintable(found.join("; ")));
            QVERIFY(!issues.first().message.isEmpty());
        }
    }

    void modes_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QStringList>("versions");
        QTest::addColumn<int>("issues");
        const QString v1 = record(field("id", "\"string\""));
        const QString v2 = record(field("id", "\"string\"") + "," + field("note", "\"string\"", ",\"default\":\"\""));
        const QString v3 = record(field("id", "\"string\"") + "," + field("note", "\"string\""));          // note lost its default
        const QString v4 = record(field("id", "\"string\"") + "," + field("count", "\"int\""));           // new required field
        QTest::newRow("NONE accepts anything") << "NONE" << QStringList{v1, v4} << 0;
        QTest::newRow("BACKWARD: optional field added") << "BACKWARD" << QStringList{v1, v2} << 0;
        QTest::newRow("BACKWARD: required field added") << "BACKWARD" << QStringList{v1, v4} << 1;
        QTest::newRow("FORWARD: required field added is fine for old readers") << "FORWARD" << QStringList{v1, v4} << 0;
        QTest::newRow("FORWARD: field removed without default breaks old readers") << "FORWARD" << QStringList{v3, v1} << 1;
        QTest::newRow("FULL: both directions") << "FULL" << QStringList{v3, v1} << 1;
        QTest::newRow("FULL: optional field both ways") << "FULL" << QStringList{v1, v2} << 0;
        QTest::newRow("BACKWARD checks only the previous version") << "BACKWARD" << QStringList{v1, v3, v3} << 0;
        QTest::newRow("BACKWARD_TRANSITIVE checks every earlier version") << "BACKWARD_TRANSITIVE" << QStringList{v1, v3, v3} << 1;
        QTest::newRow("FORWARD_TRANSITIVE") << "FORWARD_TRANSITIVE" << QStringList{v3, v1, v1} << 1;
        QTest::newRow("FULL_TRANSITIVE") << "FULL_TRANSITIVE" << QStringList{v1, v2, v2} << 0;
    }

    void modes()
    {
        QFETCH(QString, mode);
        QFETCH(QStringList, versions);
        QFETCH(int, issues);
        auto result = SchemaCompatibility::check(SchemaFormat::Avro, *compatibilityModeFromId(mode), versions);
        QVERIFY(result.isOk());
        QCOMPARE(int(result->size()), issues);
    }

    void explainsWhoBreaks()
    {
        const QString v1 = record(field("n", "\"long\""));
        const QString v2 = record(field("n", "\"int\""));
        auto result = SchemaCompatibility::check(SchemaFormat::Avro, CompatibilityMode::Full, {v1, v2});
        QVERIFY(result.isOk());
        QCOMPARE(result->size(), 1);
        QCOMPARE(result->first().path, QStringLiteral("Order.n"));
        QCOMPARE(result->first().breaks, CompatibilityIssue::Breaks::OldWriters); // the new int cannot read old longs
        QCOMPARE(result->first().againstVersion, 1);
        QVERIFY(result->first().message.contains("long") && result->first().message.contains("int"));
    }

    void unreadableInputNamesWhere()
    {
        auto result = SchemaCompatibility::check(SchemaFormat::Avro, CompatibilityMode::Backward, {record(field("n", "\"int\"")), "{\"type\":\"record\",\n \"name\": }"});
        QVERIFY(!result.isOk());
        QCOMPARE(result.error().index, 1);
        QVERIFY2(result.error().message.contains("version 2") && result.error().message.contains("line 2"), qPrintable(result.error().message));
        auto unknown = AvroCompatibility::parse(record(field("n", "\"Missing\"")));
        QVERIFY(!unknown.isOk());
        QVERIFY(unknown.error().message.contains("Missing"));
        auto other = SchemaCompatibility::check(SchemaFormat::Protobuf, CompatibilityMode::Backward, {"a", "b"});
        QVERIFY(!other.isOk());
    }
};

QTEST_GUILESS_MAIN(TestAvroCompatibility)
#include "tst_avrocompatibility.moc"
