// JSON Schema compatibility as Confluent Schema Registry checks it: the new schema must
// accept what the earlier one accepted (BACKWARD), and the other way round (FORWARD). One
// case per rule, named after it; open and closed content models.

#include "catalog/schema/jsonschemacompatibility.h"
#include "catalog/schema/schemacompatibility.h"

#include <QTest>

Q_DECLARE_METATYPE(mesh::catalog::JsonSchemaPolicy)

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
        QTest::addColumn<JsonSchemaPolicy>("policy");
        auto row = [](const char *rule, const QString &writer, const QString &reader, bool compatible, const QString &path = {},
                      JsonSchemaPolicy policy = JsonSchemaPolicy::Strict) {
            QTest::newRow(rule) << writer << reader << compatible << path << policy;
        };
        const QString id = R"("id":{"type":"string"})";
        // Types.
        row("type: same", R"({"type":"string"})", R"({"type":"string"})", true);
        row("type: integer widened to number", R"({"type":"integer"})", R"({"type":"number"})", true);
        row("type: number narrowed to integer", R"({"type":"number"})", R"({"type":"integer"})", false, "TYPE_NARROWED #/");
        row("type: union widened", R"({"type":"string"})", R"({"type":["string","null"]})", true);
        row("type: union narrowed", R"({"type":["string","null"]})", R"({"type":"string"})", false, "TYPE_CHANGED #/");
        row("type: changed", R"({"type":"string"})", R"({"type":"boolean"})", false, "TYPE_CHANGED #/");
        row("type: constraint removed", R"({"type":"string"})", R"({})", true);
        row("type: constraint added", R"({})", R"({"type":"string"})", false, "TYPE_CHANGED #/");
        // Required properties.
        row("required: unchanged", object(id, R"(,"required":["id"])"), object(id, R"(,"required":["id"])"), true);
        row("required: dropped", object(id, R"(,"required":["id"])"), object(id), true);
        row("required: added", object(id), object(id, R"(,"required":["id"])"), false, "REQUIRED_ATTRIBUTE_ADDED #/required/id");
        // Open and closed content models.
        row("open model: property added", object(id), object(id + R"(,"note":{"type":"string"})"), false, "PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL #/properties/note");
        row("open model: property added accepting anything", object(id), object(id + R"(,"note":{})"), true);
        row("closed model: property added", object(id, kClosed), object(id + R"(,"note":{"type":"string"})", kClosed), true);
        row("open model: property removed", object(id + R"(,"note":{"type":"string"})"), object(id), true);
        row("closed model: property removed", object(id + R"(,"note":{"type":"string"})", kClosed), object(id, kClosed), false, "PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL #/properties/note");
        row("model closed", object(id), object(id, kClosed), false, "ADDITIONAL_PROPERTIES_REMOVED #/additionalProperties");
        row("model opened", object(id, kClosed), object(id), true);
        row("open model with typed additionalProperties: property added of that type",
            object(id, R"(,"additionalProperties":{"type":"string"})"), object(id + R"(,"note":{"type":"string"})", R"(,"additionalProperties":{"type":"string"})"), true);
        row("property type narrowed", object(R"("n":{"type":"number"})"), object(R"("n":{"type":"integer"})"), false, "TYPE_NARROWED #/properties/n");
        row("property type widened", object(R"("n":{"type":"integer"})"), object(R"("n":{"type":"number"})"), true);
        row("nested property changed", object(R"("a":{"type":"object","properties":{"b":{"type":"number"}}})"),
            object(R"("a":{"type":"object","properties":{"b":{"type":"string"}}})"), false, "TYPE_CHANGED #/properties/a/properties/b");
        // Enumerations and constants.
        row("enum: value added", R"({"enum":["a","b"]})", R"({"enum":["a","b","c"]})", true);
        row("enum: value removed", R"({"enum":["a","b"]})", R"({"enum":["a"]})", false, "ENUM_ARRAY_NARROWED #/enum");
        row("enum: introduced", R"({"type":"string"})", R"({"type":"string","enum":["a"]})", false, "TYPE_CHANGED #/");
        row("const: introduced", R"({"type":"string"})", R"({"type":"string","const":"a"})", false, "TYPE_CHANGED #/");
        row("const: unchanged", R"({"const":"a"})", R"({"const":"a"})", true);
        // Numbers.
        row("maximum: raised", R"({"type":"number","maximum":10})", R"({"type":"number","maximum":20})", true);
        row("maximum: lowered", R"({"type":"number","maximum":10})", R"({"type":"number","maximum":5})", false, "MAXIMUM_DECREASED #/maximum");
        row("minimum: lowered", R"({"type":"number","minimum":10})", R"({"type":"number","minimum":5})", true);
        row("minimum: raised", R"({"type":"number","minimum":10})", R"({"type":"number","minimum":20})", false, "MINIMUM_INCREASED #/minimum");
        row("minimum: introduced", R"({"type":"number"})", R"({"type":"number","minimum":0})", false, "MINIMUM_ADDED #/minimum");
        row("exclusiveMaximum: lowered", R"({"type":"number","exclusiveMaximum":10})", R"({"type":"number","exclusiveMaximum":9})", false, "EXCLUSIVE_MAXIMUM_DECREASED #/exclusiveMaximum");
        row("multipleOf: divides the earlier one", R"({"type":"number","multipleOf":4})", R"({"type":"number","multipleOf":2})", true);
        row("multipleOf: does not divide", R"({"type":"number","multipleOf":2})", R"({"type":"number","multipleOf":4})", false, "MULTIPLE_OF_EXPANDED #/multipleOf");
        // Strings.
        row("maxLength: raised", R"({"type":"string","maxLength":10})", R"({"type":"string","maxLength":20})", true);
        row("maxLength: lowered", R"({"type":"string","maxLength":10})", R"({"type":"string","maxLength":5})", false, "MAX_LENGTH_DECREASED #/maxLength");
        row("minLength: raised", R"({"type":"string","minLength":1})", R"({"type":"string","minLength":2})", false, "MIN_LENGTH_INCREASED #/minLength");
        row("pattern: introduced", R"({"type":"string"})", R"({"type":"string","pattern":"^[a-z]+$"})", false, "PATTERN_ADDED #/pattern");
        row("pattern: removed", R"({"type":"string","pattern":"^[a-z]+$"})", R"({"type":"string"})", true);
        // Arrays.
        row("items: widened", R"({"type":"array","items":{"type":"integer"}})", R"({"type":"array","items":{"type":"number"}})", true);
        row("items: narrowed", R"({"type":"array","items":{"type":"number"}})", R"({"type":"array","items":{"type":"integer"}})", false, "TYPE_NARROWED #/items");
        row("maxItems: lowered", R"({"type":"array","maxItems":5})", R"({"type":"array","maxItems":3})", false, "MAX_ITEMS_DECREASED #/maxItems");
        row("minItems: lowered", R"({"type":"array","minItems":2})", R"({"type":"array","minItems":1})", true);
        row("uniqueItems: introduced", R"({"type":"array"})", R"({"type":"array","uniqueItems":true})", false, "UNIQUE_ITEMS_ADDED #/uniqueItems");
        // Alternatives and references.
        row("anyOf: branch added", R"({"anyOf":[{"type":"string"}]})", R"({"anyOf":[{"type":"string"},{"type":"number"}]})", true);
        row("anyOf: branch removed", R"({"anyOf":[{"type":"string"},{"type":"number"}]})", R"({"anyOf":[{"type":"string"}]})", false, "SUM_TYPE_NARROWED #/");
        row("oneOf: plain type into alternatives", R"({"type":"string"})", R"({"oneOf":[{"type":"string"},{"type":"null"}]})", true);
        // (Written as ordinary literals: moc misreads "$ref" inside raw strings.)
        row("$ref: followed", "{\"$defs\":{\"N\":{\"type\":\"integer\"}},\"type\":\"object\",\"properties\":{\"n\":{\"$ref\":\"#/$defs/N\"}}}",
            "{\"$defs\":{\"N\":{\"type\":\"number\"}},\"type\":\"object\",\"properties\":{\"n\":{\"$ref\":\"#/$defs/N\"}}}", true);
        row("$ref: narrowed target", "{\"definitions\":{\"N\":{\"type\":\"number\"}},\"type\":\"object\",\"properties\":{\"n\":{\"$ref\":\"#/definitions/N\"}}}",
            "{\"definitions\":{\"N\":{\"type\":\"integer\"}},\"type\":\"object\",\"properties\":{\"n\":{\"$ref\":\"#/definitions/N\"}}}", false, "TYPE_NARROWED #/properties/n");
        // allOf, and alternatives matched one to one.
        const QString str = R"({"type":"string"})", shortStr = R"({"type":"string","maxLength":5})";
        auto all = [](const char *keyword, const QStringList &parts) { return QStringLiteral("{\"%1\":[%2]}").arg(QLatin1String(keyword), parts.join(',')); };
        row("allOf: a part's property changed", all("allOf", {object(R"("a":{"type":"string"})"), R"({"required":["a"]})"}),
            all("allOf", {object(R"("a":{"type":"number"})"), R"({"required":["a"]})"}), false, "COMBINED_TYPE_SUBSCHEMAS_CHANGED #/");
        row("allOf: unchanged", all("allOf", {str, shortStr}), all("allOf", {str, shortStr}), true);
        row("allOf to anyOf", all("allOf", {str, shortStr}), all("anyOf", {str, shortStr}), true);
        row("allOf to oneOf", all("allOf", {str, shortStr}), all("oneOf", {str, shortStr}), false, "COMBINED_TYPE_CHANGED #/");
        row("anyOf to allOf", all("anyOf", {str, shortStr}), all("allOf", {str, shortStr}), false, "COMBINED_TYPE_CHANGED #/");
        row("allOf gives way to one part", all("allOf", {str, shortStr}), str, true);
        row("allOf gains a part", all("allOf", {str}), all("allOf", {str, shortStr}), false, "PRODUCT_TYPE_EXTENDED #/");
        row("oneOf: reordered", all("oneOf", {str, R"({"type":"number"})"}), all("oneOf", {R"({"type":"number"})", str}), true);
        row("anyOf: duplicates collapse", all("anyOf", {str, str}), all("anyOf", {str}), true);
        row("oneOf: single alternative to plain", all("oneOf", {str}), str, true);
        row("oneOf: alternative narrowed", all("oneOf", {str, R"({"type":"number"})"}), all("oneOf", {shortStr, R"({"type":"number"})"}),
            false, "COMBINED_TYPE_SUBSCHEMAS_CHANGED #/");
        row("type list extended", R"({"type":["object"]})", R"({"type":["object","array"]})", true);
        // Tuples: items as a list (draft 7), prefixItems (2020-12), additionalItems.
        const QString d2020 = R"("$schema":"https://json-schema.org/draft/2020-12/schema",)";
        row("tuple: item removed from an open model", R"({"type":"array","items":[{"type":"string"},{"type":"number"}]})",
            R"({"type":"array","items":[{"type":"string"}]})", true);
        row("tuple: item added to an open model", R"({"type":"array","items":[{"type":"string"}]})",
            R"({"type":"array","items":[{"type":"string"},{"type":"number"}]})", false, "ITEM_ADDED_TO_OPEN_CONTENT_MODEL #/items/1");
        row("tuple: item added to a closed model", R"({"type":"array","items":[{"type":"string"}],"additionalItems":false})",
            R"({"type":"array","items":[{"type":"string"},{"type":"number"}],"additionalItems":false})", true);
        row("tuple: item removed from a closed model", R"({"type":"array","items":[{"type":"string"},{"type":"number"}],"additionalItems":false})",
            R"({"type":"array","items":[{"type":"string"}],"additionalItems":false})", false, "ITEM_REMOVED_FROM_CLOSED_CONTENT_MODEL #/items/1");
        row("tuple: additionalItems closed", R"({"type":"array","items":[{"type":"string"}]})",
            R"({"type":"array","items":[{"type":"string"}],"additionalItems":false})", false, "ADDITIONAL_ITEMS_REMOVED #/additionalItems");
        row("prefixItems: item added to a closed model", "{" + d2020 + R"("type":"array","prefixItems":[{"type":"string"}],"items":false})",
            "{" + d2020 + R"("type":"array","prefixItems":[{"type":"string"},{"type":"integer"}],"items":false})", true);
        row("prefixItems: item added, covered by items", "{" + d2020 + R"("type":"array","prefixItems":[{"type":"string"}],"items":{"type":"integer"}})",
            "{" + d2020 + R"("type":"array","prefixItems":[{"type":"string"},{"type":"number"}],"items":{"type":"integer"}})", true);
        row("prefixItems: item added, not covered by items", "{" + d2020 + R"("type":"array","prefixItems":[{"type":"string"}],"items":{"type":"number"}})",
            "{" + d2020 + R"("type":"array","prefixItems":[{"type":"string"},{"type":"integer"}],"items":{"type":"number"}})", false,
            "ITEM_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL #/items/1");
        // additionalProperties given as a schema.
        const QString apString = R"(,"additionalProperties":{"type":"string"})";
        row("additionalProperties: schema introduced", object(id), object(id, apString), false, "ADDITIONAL_PROPERTIES_NARROWED #/additionalProperties");
        row("additionalProperties: schema introduced, lenient", object(id), object(id, apString), true, {}, JsonSchemaPolicy::Lenient);
        row("additionalProperties: schema dropped", object(id, apString), object(id), true);
        row("additionalProperties: schema narrowed", object(id, R"(,"additionalProperties":{"type":"number"})"),
            object(id, R"(,"additionalProperties":{"type":"integer"})"), false, "TYPE_NARROWED #/additionalProperties");
        row("additionalProperties: schema widened", object(id, R"(,"additionalProperties":{"type":"integer"})"),
            object(id, R"(,"additionalProperties":{"type":"number"})"), true);
        // Dependencies (draft 7) and dependentRequired / dependentSchemas (2019-09 on).
        row("dependencies: added", object(id), object(id, R"(,"dependencies":{"id":["note"]})"), false, "DEPENDENCY_ARRAY_ADDED #/dependencies/id");
        row("dependencies: narrowed", object(id, R"(,"dependencies":{"id":["a","b"]})"), object(id, R"(,"dependencies":{"id":["a"]})"), true);
        row("dependencies: changed", object(id, R"(,"dependencies":{"id":["a"]})"), object(id, R"(,"dependencies":{"id":["b"]})"), false,
            "DEPENDENCY_ARRAY_CHANGED #/dependencies/id");
        const QString d2019 = R"("$schema":"https://json-schema.org/draft/2019-09/schema",)";
        row("dependentRequired: extended", "{" + d2019 + R"("type":"object","dependentRequired":{"id":["a"]}})",
            "{" + d2019 + R"("type":"object","dependentRequired":{"id":["a","b"]}})", false, "DEPENDENCY_ARRAY_EXTENDED #/dependencies/id");
        row("dependentSchemas: added", "{" + d2019 + R"("type":"object"})", "{" + d2019 + R"("type":"object","dependentSchemas":{"id":{"required":["x"]}}})",
            false, "DEPENDENCY_SCHEMA_ADDED #/dependencies/id");
        row("dependentSchemas: removed", "{" + d2019 + R"("type":"object","dependentSchemas":{"id":{"required":["x"]}}})", "{" + d2019 + R"("type":"object"})",
            true);
        // not.
        row("not: narrowed", R"({"not":{"type":"number"}})", R"({"not":{"type":"integer"}})", true);
        row("not: extended", R"({"not":{"type":"integer"}})", R"({"not":{"type":"number"}})", false, "NOT_TYPE_EXTENDED #/not");
        // Partially open content models (patternProperties), false properties, defaults.
        const QString patternS = R"(,"additionalProperties":false,"patternProperties":{"^S_":{"type":"string"}})";
        row("patternProperties cover a removed property", object(R"("S_name":{"type":"string"})", patternS), object({}, patternS), true);
        row("patternProperties do not cover a removed property", object(R"("S_count":{"type":"integer"})", patternS), object({}, patternS), false,
            "PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL #/properties/S_count");
        row("patternProperties cover an added property", object({}, patternS), object(R"("S_name":{"type":"string"})", patternS), true);
        row("false property removed from a closed model", object(id + R"(,"gone":false)", kClosed), object(id, kClosed), true);
        row("required property with a default added to a closed model", object(id, kClosed),
            object(id + R"(,"note":{"type":"string","default":""})", kClosed + R"(,"required":["note"])"), true);
        row("required property without a default added to a closed model", object(id, kClosed),
            object(id + R"(,"note":{"type":"string"})", kClosed + R"(,"required":["note"])"), false,
            "REQUIRED_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL #/properties/note");
        row("property with a default made required", object(R"("note":{"type":"string","default":""})"),
            object(R"("note":{"type":"string","default":""})", R"(,"required":["note"])"), true);
        // LENIENT lets an open content model's properties come and go.
        row("lenient: property added to an open model", object(id), object(id + R"(,"note":{"type":"string"})"), true, {}, JsonSchemaPolicy::Lenient);
        row("lenient: model closed", object(id), object(id, kClosed), true, {}, JsonSchemaPolicy::Lenient);
        row("lenient: still refuses a narrowed type", object(R"("n":{"type":"number"})"), object(R"("n":{"type":"integer"})"), false,
            "TYPE_NARROWED #/properties/n", JsonSchemaPolicy::Lenient);
        // Numbers: fractional multipleOf, draft 4's boolean exclusive bounds.
        row("multipleOf: fractional divides", R"({"type":"number","multipleOf":0.5})", R"({"type":"number","multipleOf":10})", false,
            "MULTIPLE_OF_EXPANDED #/multipleOf");
        row("multipleOf: same value, other scale", R"({"type":"number","multipleOf":0.5})", R"({"type":"number","multipleOf":0.50})", true);
        const QString d4 = R"("$schema":"http://json-schema.org/draft-04/schema#",)";
        row("draft 4: exclusiveMaximum flag set", "{" + d4 + R"("type":"number","maximum":10})", "{" + d4 + R"("type":"number","maximum":10,"exclusiveMaximum":true})",
            false, "EXCLUSIVE_MAXIMUM_ADDED #/exclusiveMaximum");
        // Keywords the registry does not compare.
        row("unevaluatedProperties is not compared", "{" + d2020 + R"("type":"object"})", "{" + d2020 + R"("type":"object","unevaluatedProperties":false})", true);
        row("minContains is not compared", R"({"type":"array"})", R"({"type":"array","contains":{"type":"string"},"minContains":2})", true);
        // Boolean schemas.
        row("boolean: true reads anything", R"({"type":"string"})", "true", true);
        row("boolean: false reads nothing", R"({"type":"string"})", "false", false, "TYPE_CHANGED #/");
    }

    void accepts()
    {
        QFETCH(QString, writer);
        QFETCH(QString, reader);
        QFETCH(bool, compatible);
        QFETCH(QString, path);
        QFETCH(JsonSchemaPolicy, policy);
        // Boolean schemas are not JSON documents QJsonDocument reads alone: wrap them.
        auto parse = [](const QString &text) {
            if (text == QLatin1String("true") || text == QLatin1String("false"))
                return QJsonValue(text == QLatin1String("true"));
            auto parsed = JsonSchemaCompatibility::parse(text);
            return parsed ? *parsed : QJsonValue();
        };
        const QJsonValue w = parse(writer), r = parse(reader);
        QVERIFY(!w.isUndefined() && !r.isUndefined());
        const QList<CompatibilityIssue> issues = JsonSchemaCompatibility::canRead(r, w, CompatibilityIssue::Breaks::OldWriters, 1, policy);
        QStringList found;
        for (const CompatibilityIssue &issue : issues)
            found << issue.change + QLatin1Char(' ') + issue.path;
        QVERIFY2(issues.isEmpty() == compatible, qPrintable(found.join("; ")));
        // The registry's name for the change and where it is.
        if (!compatible)
            QVERIFY2(found.contains(path), qPrintable(found.join("; ")));
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
