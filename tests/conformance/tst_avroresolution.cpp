// Avro compatibility against an independent oracle: avsc, a separate implementation of the
// specification's schema resolution, judges a generated set of writer/reader pairs by whether
// reader.createResolver(writer) succeeds, and our check must agree on every pair. The pairs
// are every ordered pair of records that differ in one field (its type: primitives and their
// promotions, unions, arrays, maps, enums, fixed, nested records; with and without a
// default; added or removed), plus the same types at the root. Names keep one namespace:
// avsc matches named types by full name where the Java library (and so the registry) reads
// the unqualified name, and that difference is not ours to judge.

#include "catalog/schema/schemacompatibility.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace mesh::catalog;

namespace {

const QString kConformanceDir = QStringLiteral(MESH_CONFORMANCE_DIR);

QJsonValue json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray("[") + text + "]").array().first();
}

// The types a field (or a root) is given, with a default each type accepts where one is easy.
struct FieldType {
    const char *type;
    const char *defaultValue; // nullptr: none
};

const QList<FieldType> &fieldTypes()
{
    static const QList<FieldType> types = {
        {R"("int")", "0"},
        {R"("long")", "0"},
        {R"("float")", "0.5"},
        {R"("double")", "0.5"},
        {R"("string")", R"("")"},
        {R"("bytes")", R"("")"},
        {R"("boolean")", "false"},
        {R"("null")", "null"},
        {R"(["null","int"])", "null"},
        {R"(["null","long"])", "null"},
        {R"(["null","string"])", "null"},
        {R"(["int","string"])", "0"},
        {R"(["string","int"])", R"("")"},
        {R"(["null","int","string"])", "null"},
        {R"({"type":"array","items":"int"})", "[]"},
        {R"({"type":"array","items":"long"})", "[]"},
        {R"({"type":"array","items":"string"})", "[]"},
        {R"({"type":"map","values":"int"})", "{}"},
        {R"({"type":"map","values":"double"})", "{}"},
        {R"({"type":"enum","name":"Status","symbols":["NEW","PAID"]})", R"("NEW")"},
        {R"({"type":"enum","name":"Status","symbols":["NEW","PAID","SHIPPED"]})", R"("NEW")"},
        {R"({"type":"enum","name":"Status","symbols":["NEW","PAID"],"default":"NEW"})", R"("NEW")"},
        {R"({"type":"enum","name":"Kind","symbols":["NEW","PAID"]})", R"("NEW")"},
        {R"({"type":"fixed","name":"Hash","size":4})", nullptr},
        {R"({"type":"fixed","name":"Hash","size":8})", nullptr},
        {R"({"type":"record","name":"Line","fields":[{"name":"q","type":"int"}]})", R"({"q":0})"},
        {R"({"type":"record","name":"Line","fields":[{"name":"q","type":"long"}]})", R"({"q":0})"},
        {R"({"type":"record","name":"Line","fields":[{"name":"q","type":"int"},{"name":"n","type":"string","default":""}]})", R"({"q":0})"},
        {R"({"type":"record","name":"Line","fields":[{"name":"q","type":"int"},{"name":"n","type":"string"}]})", nullptr},
        {R"({"type":"record","name":"Item","fields":[{"name":"q","type":"int"}]})", R"({"q":0})"},
        {R"({"type":"record","name":"Item","aliases":["Line"],"fields":[{"name":"q","type":"int"}]})", R"({"q":0})"},
    };
    return types;
}

QJsonObject field(const QString &name, const QJsonValue &type, const char *defaultValue = nullptr)
{
    QJsonObject object{{"name", name}, {"type", type}};
    if (defaultValue)
        object.insert("default", json(defaultValue));
    return object;
}

QJsonObject order(const QJsonArray &fields)
{
    return QJsonObject{{"type", "record"}, {"name", "Order"}, {"namespace", "shop"}, {"fields", fields}};
}

// The schemas paired with each other: records of an id and a field of each type, with
// and without its default, the record without the field, and each type alone.
QList<QJsonValue> variants()
{
    const QJsonObject id = field("id", QStringLiteral("string"));
    QList<QJsonValue> schemas{order({id})};
    for (const FieldType &type : fieldTypes()) {
        schemas.append(order({id, field("x", json(type.type))}));
        if (type.defaultValue)
            schemas.append(order({id, field("x", json(type.type), type.defaultValue)}));
        QJsonValue root = json(type.type);
        if (root.isObject()) {
            QJsonObject named = root.toObject();
            if (named.contains("name"))
                named.insert("namespace", "shop");
            root = named;
        }
        schemas.append(root);
    }
    // A field renamed, read through its alias; the record read through its own alias.
    schemas.append(order({id, QJsonObject{{"name", "y"}, {"type", "int"}, {"aliases", QJsonArray{"x"}}}}));
    schemas.append(QJsonObject{{"type", "record"}, {"name", "Purchase"}, {"namespace", "shop"}, {"aliases", QJsonArray{"shop.Order"}}, {"fields", QJsonArray{id}}});
    return schemas;
}

QString text(const QJsonValue &schema)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{schema}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

} // namespace

class TestAvroResolution : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreesWithAvscOnEveryPair()
    {
        QVERIFY2(QFileInfo::exists(kConformanceDir + QStringLiteral("/node_modules/avsc")),
                 "avsc is missing: run scripts/install-validators.sh");
        const QList<QJsonValue> schemas = variants();
        QJsonArray pairs;
        for (const QJsonValue &writer : schemas) {
            for (const QJsonValue &reader : schemas)
                pairs.append(QJsonObject{{"writer", writer}, {"reader", reader}});
        }
        QTemporaryDir dir;
        QFile file(dir.filePath("pairs.json"));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(pairs).toJson(QJsonDocument::Compact)) > 0);
        file.close();

        QProcess node;
        node.setWorkingDirectory(kConformanceDir);
        node.start(QStringLiteral("node"), {kConformanceDir + QStringLiteral("/avro-resolve.mjs"), file.fileName()});
        QVERIFY2(node.waitForFinished(120000), "avsc timed out");
        QVERIFY2(node.exitStatus() == QProcess::NormalExit && node.exitCode() == 0, node.readAllStandardError().constData());
        const QJsonArray verdicts = QJsonDocument::fromJson(node.readAllStandardOutput()).array();
        QCOMPARE(verdicts.size(), pairs.size());

        int compatible = 0, incompatible = 0;
        QStringList disagreements;
        for (qsizetype i = 0; i < pairs.size(); ++i) {
            const QJsonObject verdict = verdicts[i].toObject();
            const QString writer = text(pairs[i].toObject().value("writer")), reader = text(pairs[i].toObject().value("reader"));
            QVERIFY2(!verdict.contains("error"), qPrintable(QStringLiteral("avsc cannot read %1 or %2: %3").arg(writer, reader, verdict.value("error").toString())));
            // BACKWARD over [writer, reader]: the reader (the new version) reads the writer's data.
            auto issues = SchemaCompatibility::check(SchemaFormat::Avro, CompatibilityMode::Backward, {writer, reader});
            QVERIFY2(issues.isOk(), qPrintable(issues.isOk() ? QString() : issues.error().message));
            const bool ours = issues->isEmpty(), theirs = verdict.value("compatible").toBool();
            (theirs ? compatible : incompatible) += 1;
            if (ours != theirs)
                disagreements << QStringLiteral("writer %1\n  reader %2\n  avsc: %3, ours: %4")
                                     .arg(writer, reader, theirs ? QStringLiteral("compatible") : verdict.value("reason").toString(),
                                          ours ? QStringLiteral("compatible") : issues->first().message);
        }
        qInfo("%lld pairs: avsc finds %d compatible, %d not; %lld disagreements", qlonglong(pairs.size()), compatible, incompatible,
              qlonglong(disagreements.size()));
        // An oracle that says the same thing about everything tells nothing.
        QVERIFY(pairs.size() > 4000 && compatible > 300 && incompatible > 300);
        QVERIFY2(disagreements.isEmpty(), qPrintable(QStringLiteral("%1 of %2 pairs:\n").arg(disagreements.size()).arg(pairs.size())
                                                     + disagreements.mid(0, 15).join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestAvroResolution)
#include "tst_avroresolution.moc"
