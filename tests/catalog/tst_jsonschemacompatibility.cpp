// JSON Schema compatibility as Confluent Schema Registry checks it: the new schema must
// accept what the earlier one accepted (BACKWARD), and the other way round (FORWARD). One
// case per rule, named after it; open and closed content models.

#include "catalog/schema/jsonschemacompatibility.h"
#include "catalog/schema/schemacompatibility.h"

#include <QTest>

using namespace mesh::catalog;

namespace {

QString object(const QString &properties, const QString &extra = QString())
{
    return QStringLiteral(R"({"type":"object","properties":{%1}%2})").arg(properties, extra);
}

const QString kClosed = QStringLiteral(R"(,"additionalProperties":false)");

} // namespace

class TestJsonSchemaCompatibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Found by fuzz_jsonschema: nesting Qt's parser accepts (up to 1,024 levels) overflowed
    // the stack of the compatibility walk. Refused when read, for JSON Schema and Avro.
    // Found by fuzz_jsonschema: a recursive type (a tree, a money amount holding another)
    // sent the compatibility walk round its $ref forever.
    void recursiveTypesAreCheckedOnce()
    {
        const QString tree = QStringLiteral(R"({"$ref": "#/$defs/Node", "$defs": {"Node": {"type": "object",
            "properties": {"name": {"type": "string"}, "children": {"type": "array", "items": {"$ref": "#/$defs/Node"}}}}}})");
        QString narrowed = tree;
        narrowed.replace(QStringLiteral(R"("name": {"type": "string"})"), QStringLiteral(R"("name": {"type": "string", "maxLength": 3})"));
        auto same = SchemaCompatibility::check(SchemaFormat::JsonSchema, CompatibilityMode::FullTransitive, {tree, tree});
        QVERIFY(same.isOk());
        QVERIFY(same->isEmpty());
        // A change inside the recursive type is still found (old data may be refused by the new reader).
        auto changed = SchemaCompatibility::check(SchemaFormat::JsonSchema, CompatibilityMode::Backward, {tree, narrowed});
        QVERIFY(changed.isOk());
        QVERIFY(!changed->isEmpty());
    }

    void refusesSchemasNestedTooDeep()
    {
        QString deep = QStringLiteral("{\"type\": \"string\"}");
        for (int i = 0; i < 500; ++i)
            deep = QStringLiteral("{\"properties\": {\"a\": %1}}").arg(deep);
        auto checked = SchemaCompatibility::check(SchemaFormat::JsonSchema, CompatibilityMode::Full, {deep, deep});
        QVERIFY(!checked.isOk());
        QVERIFY2(checked.error().message.contains("deeper than 64"), qPrintable(checked.error().message));
        QString avro = QStringLiteral("\"string\"");
        for (int i = 0; i < 500; ++i)
            avro = QStringLiteral("{\"type\": \"array\", \"items\": %1}").arg(avro);
        QVERIFY(!SchemaCompatibility::check(SchemaFormat::Avro, CompatibilityMode::Full, {avro, avro}).isOk());
        // A real schema's depth is far from the limit.
        QString fine = QStringLiteral("{\"type\": \"string\"}");
        for (int i = 0; i < 20; ++i)
            fine = QStringLiteral("{\"properties\": {\"a\": %1}}").arg(fine);
        QVERIFY(SchemaCompatibility::check(SchemaFormat::JsonSchema, CompatibilityMode::Full, {fine, fine}).isOk());
    }

    void accepts_data()
    {
        QTest::addColumn<QString>("writer");
        QTest::addColumn<QString>("reader");
        QTest::addColumn<bool>("compatible");
        QTest::addColumn<QString>("path");
        auto row = [](const char *rule, const QString &writer, const QString &reader, bool compatible, const QString &path = {}) {
            QTest::newRow(rule) << writer << reader << compatible << path;
        };
        const QString id = R"("id":{"type":"string"})";
        // Types.
        row("type: same", R"({"type":"string"})", R"({"type":"string"})", true);
        row("type: integer widened to number", R"({"type":"integer"})", R"({"type":"number"})", true);
        row("type: number narrowed to integer", R"({"type":"number"})", R"({"type":"integer"})", false, "#");
        row("type: union widened", R"({"type":"string"})", R"({"type":["string","null"]})", true);
        row("type: union narrowed", R"({"type":["string","null"]})", R"({"type":"string"})", false, "#");
        row("type: changed", R"({"type":"string"})", R"({"type":"boolean"})", false, "#");
        row("type: constraint removed", R"({"type":"string"})", R"({})", true);
        row("type: constraint added", R"({})", R"({"type":"string"})", false, "#");
        // Required properties.
        row("required: unchanged", object(id, R"(,"required":["id"])"), object(id, R"(,"required":["id"])"), true);
        row("required: dropped", object(id, R"(,"required":["id"])"), object(id), true);
        row("required: added", object(id), object(id, R"(,"required":["id"])"), false, "#/id");
        // Open and closed content models.
        row("open model: property added", object(id), object(id + R"(,"note":{"type":"string"})"), false, "#/properties/note");
        row("open model: property added accepting anything", object(id), object(id + R"(,"note":{})"), true);
        row("closed model: property added", object(id, kClosed), object(id + R"(,"note":{"type":"string"})", kClosed), true);
        row("open model: property removed", object(id + R"(,"note":{"type":"string"})"), object(id), true);
        row("closed model: property removed", object(id + R"(,"note":{"type":"string"})", kClosed), object(id, kClosed), false, "#/properties/note");
        row("model closed", object(id), object(id, kClosed), false, "#");
        row("model opened", object(id, kClosed), object(id), true);
        row("open model with typed additionalProperties: property added of that type",
            object(id, R"(,"additionalProperties":{"type":"string"})"), object(id + R"(,"note":{"type":"string"})", R"(,"additionalProperties":{"type":"string"})"), true);
        row("property type narrowed", object(R"("n":{"type":"number"})"), object(R"("n":{"type":"integer"})"), false, "#/properties/n");
        row("property type widened", object(R"("n":{"type":"integer"})"), object(R"("n":{"type":"number"})"), true);
        row("nested property changed", object(R"("a":{"type":"object","properties":{"b":{"type":"number"}}})"),
            object(R"("a":{"type":"object","properties":{"b":{"type":"string"}}})"), false, "#/properties/a/properties/b");
        // Enumerations and constants.
        row("enum: value added", R"({"enum":["a","b"]})", R"({"enum":["a","b","c"]})", true);
        row("enum: value removed", R"({"enum":["a","b"]})", R"({"enum":["a"]})", false, "#");
        row("enum: introduced", R"({"type":"string"})", R"({"type":"string","enum":["a"]})", false, "#");
        row("const: introduced", R"({"type":"string"})", R"({"type":"string","const":"a"})", false, "#");
        row("const: unchanged", R"({"const":"a"})", R"({"const":"a"})", true);
        // Numbers.
        row("maximum: raised", R"({"type":"number","maximum":10})", R"({"type":"number","maximum":20})", true);
        row("maximum: lowered", R"({"type":"number","maximum":10})", R"({"type":"number","maximum":5})", false, "#");
        row("minimum: lowered", R"({"type":"number","minimum":10})", R"({"type":"number","minimum":5})", true);
        row("minimum: raised", R"({"type":"number","minimum":10})", R"({"type":"number","minimum":20})", false, "#");
        row("minimum: introduced", R"({"type":"number"})", R"({"type":"number","minimum":0})", false, "#");
        row("exclusiveMaximum: lowered", R"({"type":"number","exclusiveMaximum":10})", R"({"type":"number","exclusiveMaximum":9})", false, "#");
        row("multipleOf: divides the earlier one", R"({"type":"number","multipleOf":4})", R"({"type":"number","multipleOf":2})", true);
        row("multipleOf: does not divide", R"({"type":"number","multipleOf":2})", R"({"type":"number","multipleOf":4})", false, "#");
        // Strings.
        row("maxLength: raised", R"({"type":"string","maxLength":10})", R"({"type":"string","maxLength":20})", true);
        row("maxLength: lowered", R"({"type":"string","maxLength":10})", R"({"type":"string","maxLength":5})", false, "#");
        row("minLength: raised", R"({"type":"string","minLength":1})", R"({"type":"string","minLength":2})", false, "#");
        row("pattern: introduced", R"({"type":"string"})", R"({"type":"string","pattern":"^[a-z]+$"})", false, "#");
        row("pattern: removed", R"({"type":"string","pattern":"^[a-z]+$"})", R"({"type":"string"})", true);
        // Arrays.
        row("items: widened", R"({"type":"array","items":{"type":"integer"}})", R"({"type":"array","items":{"type":"number"}})", true);
        row("items: narrowed", R"({"type":"array","items":{"type":"number"}})", R"({"type":"array","items":{"type":"integer"}})", false, "#/items");
        row("maxItems: lowered", R"({"type":"array","maxItems":5})", R"({"type":"array","maxItems":3})", false, "#");
        row("minItems: lowered", R"({"type":"array","minItems":2})", R"({"type":"array","minItems":1})", true);
        row("uniqueItems: introduced", R"({"type":"array"})", R"({"type":"array","uniqueItems":true})", false, "#");
        // Alternatives and references.
        row("anyOf: branch added", R"({"anyOf":[{"type":"string"}]})", R"({"anyOf":[{"type":"string"},{"type":"number"}]})", true);
        row("anyOf: branch removed", R"({"anyOf":[{"type":"string"},{"type":"number"}]})", R"({"anyOf":[{"type":"string"}]})", false, "#/anyOf/1");
        row("oneOf: plain type into alternatives", R"({"type":"string"})", R"({"oneOf":[{"type":"string"},{"type":"null"}]})", true);
        // (Written as ordinary literals: moc misreads "$ref" inside raw strings.)
        row("$ref: followed", "{\"$defs\":{\"N\":{\"type\":\"integer\"}},\"type\":\"object\",\"properties\":{\"n\":{\"$ref\":\"#/$defs/N\"}}}",
            "{\"$defs\":{\"N\":{\"type\":\"number\"}},\"type\":\"object\",\"properties\":{\"n\":{\"$ref\":\"#/$defs/N\"}}}", true);
        row("$ref: narrowed target", "{\"definitions\":{\"N\":{\"type\":\"number\"}},\"type\":\"object\",\"properties\":{\"n\":{\"$ref\":\"#/definitions/N\"}}}",
            "{\"definitions\":{\"N\":{\"type\":\"integer\"}},\"type\":\"object\",\"properties\":{\"n\":{\"$ref\":\"#/definitions/N\"}}}", false, "#/properties/n");
        // Boolean schemas.
        row("boolean: true reads anything", R"({"type":"string"})", "true", true);
        row("boolean: false reads nothing", R"({"type":"string"})", "false", false, "#");
    }

    void accepts()
    {
        QFETCH(QString, writer);
        QFETCH(QString, reader);
        QFETCH(bool, compatible);
        QFETCH(QString, path);
        // Boolean schemas are not JSON documents QJsonDocument reads alone: wrap them.
        auto parse = [](const QString &text) {
            if (text == QLatin1String("true") || text == QLatin1String("false"))
                return QJsonValue(text == QLatin1String("true"));
            auto parsed = JsonSchemaCompatibility::parse(text);
            return parsed ? *parsed : QJsonValue();
        };
        const QJsonValue w = parse(writer), r = parse(reader);
        QVERIFY(!w.isUndefined() && !r.isUndefined());
        const QList<CompatibilityIssue> issues = JsonSchemaCompatibility::canRead(r, w, CompatibilityIssue::Breaks::OldWriters, 1);
        QStringList found;
        for (const CompatibilityIssue &issue : issues)
            found << issue.path + ": " + issue.message;
        QVERIFY2(issues.isEmpty() == compatible, qPrintable(found.join("; ")));
        if (!compatible)
            QVERIFY2(issues.first().path == path, qPrintable(found.join("; ")));
    }

    void modes()
    {
        const QString v1 = object(R"("id":{"type":"string"})", kClosed);
        const QString v2 = object(R"("id":{"type":"string"},"note":{"type":"string"})", kClosed + R"(,"required":["note"])");
        // A new required property: old data lacks it (BACKWARD fails); new data still
        // reads with the old closed schema? No: the old schema rejects "note" (FORWARD fails).
        auto backward = SchemaCompatibility::check(SchemaFormat::JsonSchema, CompatibilityMode::Backward, {v1, v2});
        auto forward = SchemaCompatibility::check(SchemaFormat::JsonSchema, CompatibilityMode::Forward, {v1, v2});
        QVERIFY(backward.isOk() && forward.isOk());
        QCOMPARE(backward->size(), 1);
        QCOMPARE(backward->first().breaks, CompatibilityIssue::Breaks::OldWriters);
        QCOMPARE(forward->size(), 1);
        QCOMPARE(forward->first().breaks, CompatibilityIssue::Breaks::OldReaders);
        auto none = SchemaCompatibility::check(SchemaFormat::JsonSchema, CompatibilityMode::None, {v1, v2});
        QVERIFY(none->isEmpty());
        auto bad = SchemaCompatibility::check(SchemaFormat::JsonSchema, CompatibilityMode::Backward, {v1, "{\"type\":\n}"});
        QVERIFY(!bad.isOk());
        QVERIFY(bad.error().message.contains("line 2"));
    }
};

QTEST_GUILESS_MAIN(TestJsonSchemaCompatibility)
#include "tst_jsonschemacompatibility.moc"
