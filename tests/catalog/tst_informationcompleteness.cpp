// Event Modeling's information completeness (eventmodeling.information-completeness) on
// catalogs made for it: which fields it reports lost, worked out by hand for each case,
// across the three schema formats and the ways a field may be accounted for.

#include "catalog/changes/changeapplier.h"
#include "catalog/changes/changejson.h"
#include "catalog/governance/fieldlineage.h"
#include "catalog/governance/governancechecker.h"
#include "catalog/schema/schemafieldnames.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace mesh::catalog;

namespace {

const char *const kRule = "eventmodeling.information-completeness";

// A command handled by an aggregate that emits an event feeding a read model, no schemas yet.
const QByteArray kFlow = R"(
{"op":"create","kind":"BoundedContext","name":"Shop"}
{"op":"create","kind":"Command","name":"PlaceOrder","context":"Shop"}
{"op":"create","kind":"Aggregate","name":"Order","context":"Shop"}
{"op":"relate","kind":"handled-by","from":"Shop/PlaceOrder","to":"Shop/Order"}
{"op":"create","kind":"Event","name":"OrderPlaced","context":"Shop"}
{"op":"relate","kind":"emits","from":"Shop/Order","to":"Shop/OrderPlaced"}
{"op":"create","kind":"ReadModel","name":"OrderSummary","context":"Shop"}
{"op":"relate","kind":"feeds","from":"Shop/OrderPlaced","to":"Shop/OrderSummary"}
)";

QByteArray line(const QJsonObject &change)
{
    return QJsonDocument(change).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray schema(const QString &subject, const QString &format, const QString &text)
{
    return line({{"op", "addSchemaVersion"}, {"subject", subject}, {"format", format}, {"text", text}});
}

// Records with these fields, in each format.
QString avro(const QString &name, const QStringList &fields)
{
    QJsonArray list;
    for (const QString &field : fields)
        list.append(QJsonObject{{"name", field}, {"type", "string"}});
    return QString::fromUtf8(QJsonDocument(QJsonObject{{"type", "record"}, {"name", name}, {"fields", list}}).toJson());
}

QString jsonSchema(const QStringList &fields)
{
    QJsonObject properties;
    for (const QString &field : fields)
        properties.insert(field, QJsonObject{{"type", "string"}});
    return QString::fromUtf8(QJsonDocument(QJsonObject{{"type", "object"}, {"properties", properties}}).toJson());
}

QString proto(const QString &name, const QStringList &fields)
{
    QString text = QStringLiteral("syntax = \"proto3\";\nmessage %1 {\n").arg(name);
    for (qsizetype i = 0; i < fields.size(); ++i)
        text += QStringLiteral("  string %1 = %2;\n").arg(fields[i]).arg(i + 1);
    return text + QStringLiteral("}\n");
}

QByteArray set(const QString &ref, const QString &key, const QStringList &values)
{
    return line({{"op", "update"}, {"ref", ref}, {"set", QJsonObject{{key, QJsonArray::fromStringList(values)}}}});
}

// The lost fields reported, as "element path: field", sorted.
QStringList reportedLost(const QByteArray &lines)
{
    CatalogState state;
    auto batch = ChangeJson::readJsonLines(kFlow + lines, state);
    if (!batch) {
        qWarning("line %d: %s", batch.error().line, qPrintable(batch.error().message));
        return {QStringLiteral("(the catalog did not load)")};
    }
    if (!ChangeApplier::apply(state, *batch, nullptr))
        return {QStringLiteral("(the changes were refused)")};
    static const QRegularExpression field(QStringLiteral("^Field (\\S+) of"));
    QStringList lost;
    for (const Finding &finding : GovernanceChecker::checkAll(state)) {
        if (finding.ruleId != QLatin1String(kRule))
            continue;
        const auto match = field.match(finding.message);
        lost.append(state.pathOf(finding.element) + ": " + (match.hasMatch() ? match.captured(1) : finding.message));
        if (finding.fix.isEmpty())
            lost.append(QStringLiteral("(no fix said)"));
    }
    lost.sort();
    return lost;
}

} // namespace

class TestInformationCompleteness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lostFields_data()
    {
        QTest::addColumn<QByteArray>("catalog");
        QTest::addColumn<QStringList>("lost");
        const QByteArray command = schema("Shop/PlaceOrder", "avro", avro("PlaceOrder", {"orderId", "amount"}));
        const QByteArray event = schema("Shop/OrderPlaced", "avro", avro("OrderPlaced", {"orderId", "amount"}));

        QTest::newRow("every field accounted for")
            << command + event + schema("Shop/OrderSummary", "avro", avro("OrderSummary", {"orderId", "amount"})) << QStringList{};
        QTest::newRow("a read-model field no event has")
            << command + event + schema("Shop/OrderSummary", "jsonschema", jsonSchema({"orderId", "total"}))
            << QStringList{"Shop/OrderSummary: total"};
        QTest::newRow("an event field no command has")
            << command + schema("Shop/OrderPlaced", "avro", avro("OrderPlaced", {"orderId", "amount", "placedAt"}))
            << QStringList{"Shop/OrderPlaced: placedAt"};
        QTest::newRow("a field the event generates")
            << command + schema("Shop/OrderPlaced", "avro", avro("OrderPlaced", {"orderId", "amount", "placedAt"}))
                   + set("Shop/OrderPlaced", "generatedFields", {"placed_at"})
            << QStringList{};
        QTest::newRow("a field the projection stamps")
            << command + event + schema("Shop/OrderSummary", "avro", avro("OrderSummary", {"orderId", "refreshedAt"}))
                   + set("Shop/OrderSummary", "generatedFields", {"refreshedAt"})
            << QStringList{};
        QTest::newRow("names matched across case and separators")
            << schema("Shop/PlaceOrder", "protobuf", proto("PlaceOrder", {"order_id", "amount"}))
                   + schema("Shop/OrderPlaced", "jsonschema", jsonSchema({"orderId", "Amount"}))
                   + schema("Shop/OrderSummary", "avro", avro("OrderSummary", {"OrderID"}))
            << QStringList{};
        QTest::newRow("mapped in the field sources")
            << command + event + schema("Shop/OrderSummary", "avro", avro("OrderSummary", {"orderId", "total"}))
                   + set("Shop/OrderSummary", "fieldSources", {"total=OrderPlaced.amount"})
            << QStringList{};
        QTest::newRow("mapped to a field the event does not have")
            << command + event + schema("Shop/OrderSummary", "avro", avro("OrderSummary", {"orderId", "total"}))
                   + set("Shop/OrderSummary", "fieldSources", {"total=OrderPlaced.price"})
            << QStringList{"Shop/OrderSummary: total"};
        QTest::newRow("mapped to an element that does not feed it")
            << command + event + schema("Shop/OrderSummary", "avro", avro("OrderSummary", {"orderId", "total"}))
                   + set("Shop/OrderSummary", "fieldSources", {"total=PlaceOrder.amount"})
            << QStringList{"Shop/OrderSummary: total"};
        QTest::newRow("mapped by field name alone")
            << command + event + schema("Shop/OrderSummary", "avro", avro("OrderSummary", {"orderId", "total"}))
                   + set("Shop/OrderSummary", "fieldSources", {"total = amount"})
            << QStringList{};
        QTest::newRow("an event's field mapped from the command")
            << command + schema("Shop/OrderPlaced", "avro", avro("OrderPlaced", {"orderId", "sum"}))
                   + set("Shop/OrderPlaced", "fieldSources", {"sum=PlaceOrder.amount"})
            << QStringList{};
        QTest::newRow("JSON Schema through $ref and allOf")
            << command
                   + schema("Shop/OrderPlaced", "jsonschema",
                            "{\"$ref\": \"#/$defs/Placed\", \"$defs\": {\"Placed\": {\"allOf\": [{\"properties\": {\"orderId\": {}}}, "
                            "{\"properties\": {\"amount\": {}, \"secret\": {}}}]}}}")
            << QStringList{"Shop/OrderPlaced: secret"};
        QTest::newRow("the .proto message named like the element")
            << command
                   + schema("Shop/OrderPlaced", "protobuf",
                            "syntax = \"proto3\";\nmessage Money { int64 cents = 1; }\nmessage OrderPlaced {\n  string order_id = 1;\n"
                            "  Money amount = 2;\n  string coupon = 3;\n}\n")
            << QStringList{"Shop/OrderPlaced: coupon"};
        QTest::newRow("two events feed the read model")
            << command + event + line({{"op", "create"}, {"kind", "Event"}, {"name", "OrderShipped"}, {"context", "Shop"}})
                   + line({{"op", "relate"}, {"kind", "feeds"}, {"from", "Shop/OrderShipped"}, {"to", "Shop/OrderSummary"}})
                   + schema("Shop/OrderShipped", "avro", avro("OrderShipped", {"orderId", "shippedAt"}))
                   + schema("Shop/OrderSummary", "avro", avro("OrderSummary", {"orderId", "amount", "shippedAt", "carrier"}))
            << QStringList{"Shop/OrderSummary: carrier"};
        QTest::newRow("two commands lead to the event")
            << command + line({{"op", "create"}, {"kind", "Command"}, {"name", "ReorderLast"}, {"context", "Shop"}})
                   + line({{"op", "relate"}, {"kind", "handled-by"}, {"from", "Shop/ReorderLast"}, {"to", "Shop/Order"}})
                   + schema("Shop/ReorderLast", "jsonschema", jsonSchema({"orderId", "previousOrderId"}))
                   + schema("Shop/OrderPlaced", "avro", avro("OrderPlaced", {"orderId", "amount", "previousOrderId", "note"}))
            << QStringList{"Shop/OrderPlaced: note"};
        // Unknown is not lost: without the origins' fields the rule says nothing.
        QTest::newRow("the command has no schema")
            << schema("Shop/OrderPlaced", "avro", avro("OrderPlaced", {"orderId", "placedAt"})) << QStringList{};
        QTest::newRow("a schema that holds no record")
            << command + event + schema("Shop/OrderSummary", "avro", "\"string\"") << QStringList{};
        QTest::newRow("nothing feeds the read model")
            << command + event + line({{"op", "unrelate"}, {"kind", "feeds"}, {"from", "Shop/OrderPlaced"}, {"to", "Shop/OrderSummary"}})
                   + schema("Shop/OrderSummary", "avro", avro("OrderSummary", {"total"}))
            << QStringList{};
    }

    void lostFields()
    {
        QFETCH(QByteArray, catalog);
        QFETCH(QStringList, lost);
        QCOMPARE(reportedLost(catalog), lost);
    }

    // Where a field comes from and goes to, worked out by hand on the flow above: the command's
    // amount into the event's, which the summary shows as its total (mapped).
    void lineageOfAField()
    {
        CatalogState state;
        auto batch = ChangeJson::readJsonLines(kFlow + schema("Shop/PlaceOrder", "avro", avro("PlaceOrder", {"order_id", "amount"}))
                                                   + schema("Shop/OrderPlaced", "jsonschema", jsonSchema({"orderId", "amount", "placedAt"}))
                                                   + schema("Shop/OrderSummary", "avro", avro("OrderSummary", {"orderId", "total"}))
                                                   + set("Shop/OrderPlaced", "generatedFields", {"placedAt"})
                                                   + set("Shop/OrderSummary", "fieldSources", {"total=OrderPlaced.amount"}),
                                               state);
        QVERIFY(batch);
        QVERIFY(ChangeApplier::apply(state, *batch, nullptr));
        const auto id = [&state](const QString &name) {
            for (const Element &element : state.elements()) {
                if (element.name == name)
                    return element.id;
            }
            return QUuid();
        };
        const QUuid command = id("PlaceOrder"), event = id("OrderPlaced"), summary = id("OrderSummary");
        FieldLineage amount = fieldLineage(state, event, "amount");
        QCOMPARE(amount.from, QList<FieldRef>({{command, "amount"}}));
        QCOMPARE(amount.to, QList<FieldRef>({{summary, "total"}}));
        QVERIFY(!amount.generated);
        QCOMPARE(fieldLineage(state, summary, "total").from, QList<FieldRef>({{event, "amount"}}));
        QVERIFY(fieldLineage(state, summary, "total").to.isEmpty());
        QCOMPARE(fieldLineage(state, command, "order_id").to, QList<FieldRef>({{event, "orderId"}}));
        QVERIFY(fieldLineage(state, command, "order_id").from.isEmpty());
        QCOMPARE(fieldLineage(state, event, "orderId").to, QList<FieldRef>({{summary, "orderId"}}));
        const FieldLineage placedAt = fieldLineage(state, event, "placedAt");
        QVERIFY(placedAt.generated);
        QVERIFY(placedAt.from.isEmpty() && placedAt.to.isEmpty());
    }

    void fieldNamesOfEachFormat()
    {
        QCOMPARE(schemaFieldNames(SchemaFormat::Avro, avro("A", {"x", "y"}), "A"), QStringList({"x", "y"}));
        QCOMPARE(schemaFieldNames(SchemaFormat::Avro, R"([{"type":"record","name":"B","fields":[{"name":"b","type":"int"}]},
                                                          {"type":"record","name":"A","fields":[{"name":"a","type":"int"}]}])",
                                  "A"),
                 QStringList({"a"}));
        QCOMPARE(schemaFieldNames(SchemaFormat::Protobuf, "syntax = \"proto3\";\nmessage Other { int32 o = 1; }\n", "A"), QStringList({"o"}));
        QCOMPARE(schemaFieldNames(SchemaFormat::JsonSchema, R"({"type": "object"})", "A"), QStringList());
        QVERIFY(!schemaFieldNames(SchemaFormat::JsonSchema, R"({"type": "string"})", "A"));
        QVERIFY(!schemaFieldNames(SchemaFormat::JsonSchema, "{ not json", "A"));
        QVERIFY(!schemaFieldNames(SchemaFormat::Protobuf, "message {", "A"));
        QCOMPARE(fieldKey("participant_id"), fieldKey("ParticipantID"));
    }
};

QTEST_MAIN(TestInformationCompleteness)
#include "tst_informationcompleteness.moc"
