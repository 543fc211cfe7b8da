// Protobuf compatibility at the wire level, as Confluent Schema Registry checks it: one
// case per rule, named after it (field numbers, wire-compatible type groups, cardinality,
// required fields, oneofs, messages, package), parsed by libprotoc.

#include "catalog/schema/protobufcompatibility.h"
#include "catalog/schema/schemacompatibility.h"

#include <QTest>

using namespace mesh::catalog;

namespace {

QString proto(const QString &body, const QString &syntax = QStringLiteral("proto3"), const QString &package = QStringLiteral("shop.v1"))
{
    return QStringLiteral("syntax = \"%1\";\npackage %2;\n%3\n").arg(syntax, package, body);
}

QString order(const QString &fields)
{
    return proto(QStringLiteral("message Order {\n%1\n}").arg(fields));
}

QStringList found(const QList<CompatibilityIssue> &issues)
{
    QStringList changes;
    for (const CompatibilityIssue &issue : issues)
        changes << issue.change + QLatin1Char(' ') + issue.path;
    changes.sort();
    return changes;
}

QString order2(const QString &fields)
{
    return proto(QStringLiteral("message Order {\n%1\n}").arg(fields), QStringLiteral("proto2"));
}

} // namespace

class TestProtobufCompatibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wire_data()
    {
        QTest::addColumn<QString>("writer");
        QTest::addColumn<QString>("reader");
        QTest::addColumn<bool>("compatible");
        QTest::addColumn<QString>("path");
        auto row = [](const char *rule, const QString &writer, const QString &reader, bool compatible, const QString &path = {}) {
            QTest::newRow(rule) << writer << reader << compatible << path;
        };
        // Fields are identified by number.
        row("field: unchanged", order("string id = 1;"), order("string id = 1;"), true);
        row("field: renamed, same number", order("string id = 1;"), order("string order_id = 1;"), true);
        row("field: added", order("string id = 1;"), order("string id = 1; string note = 2;"), true);
        row("field: removed", order("string id = 1; string note = 2;"), order("string id = 1;"), true);
        row("field: number changed reads as removed plus added", order("string id = 1;"), order("string id = 2;"), true);
        // Varint group.
        row("varint: int32 to int64", order("int32 n = 1;"), order("int64 n = 1;"), true);
        row("varint: int32 to uint32", order("int32 n = 1;"), order("uint32 n = 1;"), true);
        row("varint: int64 to uint64", order("int64 n = 1;"), order("uint64 n = 1;"), true);
        row("varint: int32 to bool", order("int32 n = 1;"), order("bool n = 1;"), true);
        row("varint: enum to int32", proto("enum Kind { A = 0; } message Order { Kind k = 1; }"), order("int32 k = 1;"), true);
        row("varint: int32 to enum", order("int32 k = 1;"), proto("enum Kind { A = 0; } message Order { Kind k = 1; }"), true);
        row("varint: int32 to sint32 is another encoding", order("int32 n = 1;"), order("sint32 n = 1;"), false, "FIELD_SCALAR_KIND_CHANGED Order.n");
        row("varint: int32 to fixed32", order("int32 n = 1;"), order("fixed32 n = 1;"), false, "FIELD_SCALAR_KIND_CHANGED Order.n");
        // Zigzag and fixed groups.
        row("zigzag: sint32 to sint64", order("sint32 n = 1;"), order("sint64 n = 1;"), true);
        row("fixed32: fixed32 to sfixed32", order("fixed32 n = 1;"), order("sfixed32 n = 1;"), true);
        row("fixed64: fixed64 to sfixed64", order("fixed64 n = 1;"), order("sfixed64 n = 1;"), true);
        row("fixed: fixed32 to fixed64", order("fixed32 n = 1;"), order("fixed64 n = 1;"), false, "FIELD_SCALAR_KIND_CHANGED Order.n");
        row("float: float to double", order("float n = 1;"), order("double n = 1;"), false, "FIELD_SCALAR_KIND_CHANGED Order.n");
        row("double: double to int64", order("double n = 1;"), order("int64 n = 1;"), false, "FIELD_SCALAR_KIND_CHANGED Order.n");
        // Length-delimited group.
        row("length-delimited: string to bytes", order("string s = 1;"), order("bytes s = 1;"), true);
        row("length-delimited: bytes to string", order("bytes s = 1;"), order("string s = 1;"), true);
        row("length-delimited: string to int32", order("string s = 1;"), order("int32 s = 1;"), false, "FIELD_SCALAR_KIND_CHANGED Order.s");
        row("message: same message type", proto("message Line { int32 q = 1; } message Order { Line l = 1; }"),
            proto("message Line { int32 q = 1; } message Order { Line l = 1; }"), true);
        row("message: another message type", proto("message Line { int32 q = 1; } message Order { Line l = 1; }"),
            proto("message Line { int32 q = 1; } message Item { int32 q = 1; } message Order { Item l = 1; }"), false, "FIELD_NAMED_TYPE_CHANGED Order.l");
        row("message: to string", proto("message Line { int32 q = 1; } message Order { Line l = 1; }"),
            proto("message Line { int32 q = 1; } message Order { string l = 1; }"), false, "FIELD_KIND_CHANGED Order.l");
        row("message: nested field changed", proto("message Line { int32 q = 1; } message Order { Line l = 1; }"),
            proto("message Line { string q = 1; } message Order { Line l = 1; }"), false, "FIELD_SCALAR_KIND_CHANGED Line.q");
        // Cardinality.
        row("cardinality: optional string to repeated", order("string s = 1;"), order("repeated string s = 1;"), true);
        row("cardinality: optional message to repeated", proto("message L {} message Order { L l = 1; }"),
            proto("message L {} message Order { repeated L l = 1; }"), true);
        // The registry compares labels only where the file writes them: a proto3 field
        // without one may become repeated (and back); proto2 numbers may not.
        row("cardinality: proto3 int32 to repeated", order("int32 n = 1;"), order("repeated int32 n = 1;"), true);
        row("cardinality: proto3 repeated string to single", order("repeated string s = 1;"), order("string s = 1;"), true);
        row("cardinality: proto2 optional int32 to repeated", order2("optional int32 n = 1;"), order2("repeated int32 n = 1;"), false,
            "FIELD_NUMERIC_LABEL_CHANGED Order.n");
        row("cardinality: proto2 optional string to repeated", order2("optional string s = 1;"), order2("repeated string s = 1;"), true);
        row("cardinality: proto3 optional int32 to repeated", order("optional int32 n = 1;"), order("repeated int32 n = 1;"), false,
            "FIELD_NUMERIC_LABEL_CHANGED Order.n");
        row("cardinality: proto2 optional message to repeated", proto("message L {} message Order { optional L l = 1; }", "proto2"),
            proto("message L {} message Order { repeated L l = 1; }", "proto2"), true);
        // proto2 required fields.
        row("required: kept", order2("required string id = 1;"), order2("required string id = 1;"), true);
        row("required: became optional", order2("required string id = 1;"), order2("optional string id = 1;"), true);
        row("required: optional string became required", order2("optional string id = 1;"), order2("required string id = 1;"), true);
        row("required: required number became optional", order2("required int32 n = 1;"), order2("optional int32 n = 1;"), false,
            "FIELD_NUMERIC_LABEL_CHANGED Order.n");
        row("required: field added", order2("optional string id = 1;"), order2("optional string id = 1; required int32 n = 2;"), false, "REQUIRED_FIELD_ADDED Order.n");
        row("required: field removed", order2("required string id = 1; optional int32 n = 2;"), order2("optional int32 n = 2;"), false, "REQUIRED_FIELD_REMOVED Order.id");
        // Oneofs.
        row("oneof: field added to a new oneof", order("string id = 1;"), order("string id = 1; oneof pay { string card = 2; }"), true);
        row("oneof: single field moved into a new oneof", order("string card = 2;"), order("oneof pay { string card = 2; }"), true);
        row("oneof: field moved into an existing oneof", order("oneof pay { string card = 2; } string iban = 3;"),
            order("oneof pay { string card = 2; string iban = 3; }"), false, "FIELD_MOVED_TO_EXISTING_ONEOF Order.pay");
        row("oneof: field left its oneof", order("oneof pay { string card = 2; string iban = 3; }"),
            order("oneof pay { string card = 2; } string iban = 3;"), true);
        row("oneof: field removed from its oneof", order("oneof pay { string card = 2; string iban = 3; }"),
            order("oneof pay { string card = 2; }"), false, "ONEOF_FIELD_REMOVED Order.pay.iban");
        row("oneof: two fields moved into a new oneof", order("string card = 2; string iban = 3;"),
            order("oneof pay { string card = 2; string iban = 3; }"), false, "MULTIPLE_FIELDS_MOVED_TO_ONEOF Order.pay");
        row("oneof: renamed", order("oneof pay { string card = 2; string iban = 3; }"), order("oneof payment { string card = 2; string iban = 3; }"), true);
        row("oneof: two merged", order("oneof a { string card = 2; } oneof b { string iban = 3; }"),
            order("oneof pay { string card = 2; string iban = 3; }"), true);
        row("oneof: deleted with its fields", order("string id = 1; oneof pay { string card = 2; string iban = 3; }"), order("string id = 1;"), true);
        row("oneof: a field's type changed while it moved out", order("oneof pay { string card = 2; int32 n = 3; }"),
            order("oneof pay { string card = 2; } sint32 n = 3;"), false, "FIELD_SCALAR_KIND_CHANGED Order.n");
        row("oneof: proto3 optional is not a oneof", order("optional string note = 1;"), order("string note = 1;"), true);
        // Type names resolve as protoc resolves them: the nested enum first, not a top-level one.
        row("names: a nested enum shadows a top-level message", proto("message Status { string s = 1; } message Order { enum Status { A = 0; } Status st = 1; }"),
            proto("message Status { string s = 1; } message Order { enum Status { A = 0; } int32 st = 1; }"), true);
        row("names: a nested message shadows a top-level enum", proto("enum Status { A = 0; } message Order { message Status { string s = 1; } Status st = 1; }"),
            proto("enum Status { A = 0; } message Order { message Status { string s = 1; } int32 st = 1; }"), false, "FIELD_KIND_CHANGED Order.st");
        row("names: a fully qualified name", proto("enum Status { A = 0; } message Order { message Status { string s = 1; } .shop.v1.Status st = 1; }"),
            proto("enum Status { A = 0; } message Order { message Status { string s = 1; } int64 st = 1; }"), true);
        // Messages, enums, package, services, syntax.
        row("message: added", order("string id = 1;"), proto("message Order { string id = 1; } message Refund { string id = 1; }"), true);
        row("message: removed", proto("message Order { string id = 1; } message Refund { string id = 1; }"), order("string id = 1;"), false, "MESSAGE_REMOVED Refund");
        row("enum: value added", proto("enum K { A = 0; } message Order { K k = 1; }"), proto("enum K { A = 0; B = 1; } message Order { K k = 1; }"), true);
        // The registry lets a package change through: data carries field numbers, not names.
        row("package: changed", order("string id = 1;"), proto("message Order { string id = 1; }", "proto3", "shop.v2"), true);
        row("service: changes do not matter", proto("message Order { string id = 1; } service S { rpc Get(Order) returns (Order); }"),
            order("string id = 1;"), true);
        row("syntax: proto2 to proto3", order2("optional string id = 1;"), order("string id = 1;"), true);
    }

    void wire()
    {
        QFETCH(QString, writer);
        QFETCH(QString, reader);
        QFETCH(bool, compatible);
        QFETCH(QString, path);
        auto w = ProtobufCompatibility::parse(writer);
        auto r = ProtobufCompatibility::parse(reader);
        QVERIFY2(w.isOk(), qPrintable(w.isOk() ? QString() : w.error().message));
        QVERIFY2(r.isOk(), qPrintable(r.isOk() ? QString() : r.error().message));
        const QList<CompatibilityIssue> issues = ProtobufCompatibility::canRead(*r, *w, CompatibilityIssue::Breaks::OldWriters, 1);
        const QStringList changes = found(issues);
        QVERIFY2(issues.isEmpty() == compatible, qPrintable(changes.join("; ")));
        // The registry's name for the change and where it is.
        if (!compatible)
            QVERIFY2(changes.contains(path), qPrintable(changes.join("; ")));
    }

    // A field whose message type lives in an imported file is compared by what that message
    // holds, as the registry does with a schema's references; without the file, by its name.
    void changesInsideImportedFiles()
    {
        const QString order = QStringLiteral("syntax = \"proto3\";\npackage shop.v1;\nimport \"common/money.proto\";\n"
                                             "message Order { common.Money total = 1; }\n");
        auto money = [](const QString &fields) {
            return QList<ImportedFile>{{QStringLiteral("common/money.proto"),
                                        QStringLiteral("syntax = \"proto3\";\npackage common;\nmessage Money { %1 }\n").arg(fields)}};
        };
        const auto before = money(QStringLiteral("int64 units = 1; string currency = 2;"));
        // units as a double: not read the same way on the wire.
        auto broken = SchemaCompatibility::check(SchemaFormat::Protobuf, CompatibilityMode::Backward, {order, order},
                                                 JsonSchemaPolicy::Strict, {before, money(QStringLiteral("double units = 1; string currency = 2;"))});
        QVERIFY(broken.isOk());
        // Named where it changed, in the imported file's package, and where it is used.
        QCOMPARE(found(*broken), QStringList({QStringLiteral("FIELD_NAMED_TYPE_CHANGED Order.total"),
                                               QStringLiteral("FIELD_SCALAR_KIND_CHANGED common.Money.units")}));
        // A field added to the imported message is safe.
        auto grown = SchemaCompatibility::check(SchemaFormat::Protobuf, CompatibilityMode::Full, {order, order}, JsonSchemaPolicy::Strict,
                                                {before, money(QStringLiteral("int64 units = 1; string currency = 2; int32 nanos = 3;"))});
        QVERIFY(grown.isOk());
        QVERIFY(grown->isEmpty());
        // Without the imported files only the type's name is compared: the same name passes.
        QVERIFY(SchemaCompatibility::check(SchemaFormat::Protobuf, CompatibilityMode::Backward, {order, order})->isEmpty());
        // A file imported by an imported file counts too.
        const auto nested = [](const QString &amount) {
            return QList<ImportedFile>{{QStringLiteral("common/money.proto"),
                                        QStringLiteral("syntax = \"proto3\";\npackage common;\nimport \"common/amount.proto\";\n"
                                                       "message Money { Amount amount = 1; }\n")},
                                       {QStringLiteral("common/amount.proto"),
                                        QStringLiteral("syntax = \"proto3\";\npackage common;\nmessage Amount { %1 }\n").arg(amount)}};
        };
        auto deep = SchemaCompatibility::check(SchemaFormat::Protobuf, CompatibilityMode::Backward, {order, order}, JsonSchemaPolicy::Strict,
                                               {nested(QStringLiteral("int64 units = 1;")), nested(QStringLiteral("string units = 1;"))});
        QVERIFY(deep.isOk());
        QCOMPARE(found(*deep), QStringList({QStringLiteral("FIELD_NAMED_TYPE_CHANGED Order.total"),
                                             QStringLiteral("FIELD_NAMED_TYPE_CHANGED common.Money.amount"),
                                             QStringLiteral("FIELD_SCALAR_KIND_CHANGED common.Amount.units")}));
        // An imported message is the same type when its file moved to another package, as long
        // as it holds the same fields.
        const QString renamed = QStringLiteral("syntax = \"proto3\";\npackage shop.v1;\nimport \"finance/money.proto\";\n"
                                               "message Order { finance.Money total = 1; }\n");
        const auto moved = [](const QString &fields) {
            return QList<ImportedFile>{{QStringLiteral("finance/money.proto"),
                                        QStringLiteral("syntax = \"proto3\";\npackage finance;\nmessage Money { %1 }\n").arg(fields)}};
        };
        QVERIFY(SchemaCompatibility::check(SchemaFormat::Protobuf, CompatibilityMode::Full, {order, renamed}, JsonSchemaPolicy::Strict,
                                           {before, moved(QStringLiteral("int64 units = 1; string currency = 2;"))})
                    ->isEmpty());
        auto movedAndChanged = SchemaCompatibility::check(SchemaFormat::Protobuf, CompatibilityMode::Backward, {order, renamed}, JsonSchemaPolicy::Strict,
                                                          {before, moved(QStringLiteral("double units = 1; bytes currency = 2;"))});
        QVERIFY(movedAndChanged.isOk());
        QCOMPARE(found(*movedAndChanged), QStringList({QStringLiteral("FIELD_NAMED_TYPE_CHANGED Order.total"),
                                                        QStringLiteral("FIELD_SCALAR_KIND_CHANGED common.Money.units")}));
        // A message moved out of the file into an import is gone from the file (the registry
        // refuses it); one moved in from an import is an addition.
        const QString local = QStringLiteral("syntax = \"proto3\";\npackage shop.v1;\nmessage Order { Money total = 1; }\n"
                                             "message Money { int64 units = 1; string currency = 2; }\n");
        auto outOfFile = SchemaCompatibility::check(SchemaFormat::Protobuf, CompatibilityMode::Backward, {local, order}, JsonSchemaPolicy::Strict,
                                                    {{}, before});
        QVERIFY(outOfFile.isOk());
        QCOMPARE(found(*outOfFile), QStringList({QStringLiteral("MESSAGE_REMOVED Money")}));
        QVERIFY(SchemaCompatibility::check(SchemaFormat::Protobuf, CompatibilityMode::Backward, {order, local}, JsonSchemaPolicy::Strict, {before, {}})
                    ->isEmpty());
        // An imported file that does not parse names the version and the file.
        auto bad = SchemaCompatibility::check(SchemaFormat::Protobuf, CompatibilityMode::Backward, {order, order}, JsonSchemaPolicy::Strict,
                                              {before, {{QStringLiteral("common/money.proto"), QStringLiteral("message {")}}});
        QVERIFY(!bad.isOk());
        QCOMPARE(bad.error().index, 1);
        QVERIFY2(bad.error().message.contains(QStringLiteral("common/money.proto")), qPrintable(bad.error().message));
    }

    void modesAndErrors()
    {
        const QString v1 = order2("optional string id = 1;");
        const QString v2 = order2("optional string id = 1; required int32 n = 2;");
        // A required field added (or removed) is incompatible whichever way Confluent looks.
        QCOMPARE(SchemaCompatibility::check(SchemaFormat::Protobuf, CompatibilityMode::Backward, {v1, v2})->size(), 1);
        QCOMPARE(SchemaCompatibility::check(SchemaFormat::Protobuf, CompatibilityMode::Forward, {v1, v2})->size(), 1);
        QCOMPARE(SchemaCompatibility::check(SchemaFormat::Protobuf, CompatibilityMode::Full, {v1, v2})->size(), 2);
        // An optional field added: fine both ways.
        const QString v3 = order2("optional string id = 1; optional int32 n = 2;");
        QVERIFY(SchemaCompatibility::check(SchemaFormat::Protobuf, CompatibilityMode::FullTransitive, {v1, v3, v3})->isEmpty());
        QCOMPARE(SchemaCompatibility::check(SchemaFormat::Protobuf, CompatibilityMode::None, {v1, v2})->size(), 0);
        auto bad = SchemaCompatibility::check(SchemaFormat::Protobuf, CompatibilityMode::Backward, {v1, "syntax = \"proto3\";\nmessage {"});
        QVERIFY(!bad.isOk());
        QCOMPARE(bad.error().index, 1);
        QVERIFY2(bad.error().message.contains("line 2"), qPrintable(bad.error().message));
    }
};

QTEST_GUILESS_MAIN(TestProtobufCompatibility)
#include "tst_protobufcompatibility.moc"
