#include "catalog/schema/schemacompatibility.h"
#include "catalog/schema/schemafields.h"

#include <QTest>

using namespace mesh::catalog;

Q_DECLARE_METATYPE(mesh::catalog::SchemaFormat)

namespace {

QList<SchemaField> everyType()
{
    QList<SchemaField> fields;
    for (const QString &type : SchemaFields::types())
        fields.append({type + QStringLiteral("Field"), type, true, QStringLiteral("A %1").arg(type), {}});
    fields.append({QStringLiteral("note"), QStringLiteral("string"), false, {}, {}});
    fields.append({QStringLiteral("retries"), QStringLiteral("integer"), true, {}, QStringLiteral("3")});
    return fields;
}

} // namespace

class TestSchemaFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formats_data()
    {
        QTest::addColumn<SchemaFormat>("format");
        QTest::newRow("avro") << SchemaFormat::Avro;
        QTest::newRow("protobuf") << SchemaFormat::Protobuf;
        QTest::newRow("jsonschema") << SchemaFormat::JsonSchema;
    }

    // Every type in every format gives a schema the format's parser reads, and the table
    // reads back the fields it wrote (Protobuf has no place for descriptions or defaults).
    void generatesAndReadsBack_data() { formats_data(); }
    void generatesAndReadsBack()
    {
        QFETCH(SchemaFormat, format);
        const QList<SchemaField> fields = everyType();
        auto text = SchemaFields::generate(format, QStringLiteral("Order placed"), QStringLiteral("sales"), QStringLiteral("An order was placed."), fields);
        QVERIFY2(text, text ? "" : qPrintable(text.error().message));
        auto parsed = SchemaCompatibility::parse(format, *text);
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message + QLatin1Char('\n') + *text));
        QVERIFY(text->contains(QLatin1String("OrderPlaced")));
        const auto read = SchemaFields::read(format, *text);
        QVERIFY2(read, qPrintable(*text));
        QCOMPARE(read->size(), fields.size());
        for (int i = 0; i < fields.size(); ++i) {
            QCOMPARE(read->at(i).name, fields.at(i).name);
            QCOMPARE(read->at(i).required, fields.at(i).required);
            // JSON has one integer type; Protobuf writes dates and UUIDs as strings.
            const QString type = fields.at(i).type;
            if (format == SchemaFormat::JsonSchema && type == QLatin1String("integer"))
                QCOMPARE(read->at(i).type, QStringLiteral("long"));
            else if (format == SchemaFormat::Protobuf && (type == QLatin1String("date") || type == QLatin1String("uuid")))
                QCOMPARE(read->at(i).type, QStringLiteral("string"));
            else
                QCOMPARE(read->at(i).type, type);
            if (format != SchemaFormat::Protobuf) {
                QCOMPARE(read->at(i).description, fields.at(i).description);
                QCOMPARE(read->at(i).defaultValue, fields.at(i).defaultValue);
            }
        }
    }

    // Adding an optional field to a generated schema keeps it BACKWARD compatible; adding a
    // required one without a default does not (in Avro and JSON Schema with a closed
    // model, the reader could not read old data).
    void evolvingTheTableIsCheckedLikeAnyVersion()
    {
        QList<SchemaField> fields{{QStringLiteral("id"), QStringLiteral("string"), true, {}, {}}};
        const QString v1 = *SchemaFields::generate(SchemaFormat::Avro, QStringLiteral("OrderPlaced"), {}, {}, fields);
        fields.append({QStringLiteral("coupon"), QStringLiteral("string"), false, {}, {}});
        const QString v2 = *SchemaFields::generate(SchemaFormat::Avro, QStringLiteral("OrderPlaced"), {}, {}, fields);
        auto issues = SchemaCompatibility::check(SchemaFormat::Avro, CompatibilityMode::Full, {v1, v2});
        QVERIFY(issues && issues->isEmpty());
        fields.append({QStringLiteral("total"), QStringLiteral("double"), true, {}, {}});
        const QString v3 = *SchemaFields::generate(SchemaFormat::Avro, QStringLiteral("OrderPlaced"), {}, {}, fields);
        issues = SchemaCompatibility::check(SchemaFormat::Avro, CompatibilityMode::Backward, {v1, v2, v3});
        QVERIFY(issues && !issues->isEmpty());
        QVERIFY(issues->first().path.contains(QLatin1String("total")));
    }

    void badFieldsAreNamed_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("defaultValue");
        QTest::addColumn<QString>("mention");
        QTest::newRow("space in name") << "order id" << "string" << "" << "\"order id\"";
        QTest::newRow("leading digit") << "1st" << "string" << "" << "\"1st\"";
        QTest::newRow("unknown type") << "id" << "decimal" << "" << "\"decimal\"";
        QTest::newRow("bad integer default") << "count" << "integer" << "many" << "\"many\"";
        QTest::newRow("bad boolean default") << "flag" << "boolean" << "yes" << "\"yes\"";
    }

    void badFieldsAreNamed()
    {
        QFETCH(QString, name);
        QFETCH(QString, type);
        QFETCH(QString, defaultValue);
        QFETCH(QString, mention);
        const QList<SchemaField> fields{{QStringLiteral("ok"), QStringLiteral("string"), true, {}, {}}, {name, type, true, {}, defaultValue}};
        auto text = SchemaFields::generate(SchemaFormat::Avro, QStringLiteral("X"), {}, {}, fields);
        QVERIFY(!text);
        QCOMPARE(text.error().index, 1);
        QVERIFY2(text.error().message.contains(QLatin1String("Field 2")) && text.error().message.contains(mention), qPrintable(text.error().message));
    }

    void duplicateNamesAreRefused()
    {
        const QList<SchemaField> fields{{QStringLiteral("id"), QStringLiteral("string"), true, {}, {}},
                                        {QStringLiteral("id"), QStringLiteral("long"), true, {}, {}}};
        auto text = SchemaFields::generate(SchemaFormat::JsonSchema, QStringLiteral("X"), {}, {}, fields);
        QVERIFY(!text);
        QVERIFY(text.error().message.contains(QLatin1String("twice")));
    }

    // What the table cannot show is left to the text editor, never rewritten by the table.
    void handWrittenSchemasAreNotRead_data()
    {
        QTest::addColumn<SchemaFormat>("format");
        QTest::addColumn<QString>("text");
        QTest::newRow("avro enum") << SchemaFormat::Avro
                                   << R"({"type":"record","name":"X","fields":[{"name":"kind","type":{"type":"enum","name":"K","symbols":["A"]}}]})";
        QTest::newRow("avro aliases") << SchemaFormat::Avro << R"({"type":"record","name":"X","aliases":["Y"],"fields":[]})";
        QTest::newRow("json enum") << SchemaFormat::JsonSchema << R"({"type":"object","properties":{"kind":{"type":"string","enum":["a"]}}})";
        QTest::newRow("json array") << SchemaFormat::JsonSchema << R"({"type":"object","properties":{"tags":{"type":"array"}}})";
        QTest::newRow("proto nested enum") << SchemaFormat::Protobuf << "syntax = \"proto3\";\nmessage X { enum E { A = 0; } E e = 1; }\n";
        QTest::newRow("proto two messages") << SchemaFormat::Protobuf << "syntax = \"proto3\";\nmessage X { string a = 1; }\nmessage Y { string b = 1; }\n";
        QTest::newRow("proto repeated") << SchemaFormat::Protobuf << "syntax = \"proto3\";\nmessage X { repeated string a = 1; }\n";
    }

    void handWrittenSchemasAreNotRead()
    {
        QFETCH(SchemaFormat, format);
        QFETCH(QString, text);
        QVERIFY(!SchemaFields::read(format, text));
    }
};

QTEST_GUILESS_MAIN(TestSchemaFields)
#include "tst_schemafields.moc"
