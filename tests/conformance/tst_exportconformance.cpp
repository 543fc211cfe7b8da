#include "app/cli/findingsoutput.h"
#include "app/samplecatalog.h"
#include "catalog/governance/governancechecker.h"
#include "cataloggenerator.h"
#include "hardcasecatalog.h"
#include "catalog/schema/schemafields.h"
#include "exporters/exporter.h"
#include "exporters/exportwriter.h"
#include "testcatalogs.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace mesh::catalog;
using namespace mesh::exporters;

namespace {

const QString kConformanceDir = QStringLiteral(MESH_CONFORMANCE_DIR);
const QString kStrimziSchema = QStringLiteral(MESH_STRIMZI_SCHEMA);

// Runs a validator; fails the test with its output when it does not exit with 0.
void runValidator(const QString &program, const QStringList &arguments, const QString &what)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(kConformanceDir);
    process.start(program, arguments);
    QVERIFY2(process.waitForStarted(), qPrintable(what + QStringLiteral(": cannot start ") + program));
    QVERIFY2(process.waitForFinished(280000), qPrintable(what + QStringLiteral(": timed out")));
    const QString output = QString::fromUtf8(process.readAll()).trimmed();
    qInfo().noquote() << what << "→" << output.section(QLatin1Char('\n'), -1);
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, qPrintable(what + QStringLiteral(":\n") + output));
}

// What validate.mjs counts a format's files as (empty: checked here, or not at all).
QString validatorKind(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Avro:
        return QStringLiteral("avro");
    case ExportFormat::JsonSchema:
        return QStringLiteral("jsonschema");
    case ExportFormat::AsyncApi:
        return QStringLiteral("asyncapi");
    case ExportFormat::Strimzi:
        return QStringLiteral("strimzi");
    case ExportFormat::Registry:
        return QStringLiteral("registry");
    case ExportFormat::EventCatalog:
        return QStringLiteral("eventcatalog");
    default:
        break;
    }
    return {};
}

// `protocEvery` > 1 runs protoc on every Nth Protobuf file only (the generated catalog's
// thousands are alike); every file is still parsed by protobufjs.
void exportAndValidate(const CatalogState &state, const QString &name, ExportOptions options = {}, int protocEvery = 1)
{
    QTemporaryDir target;
    // MESH_CONFORMANCE_KEEP=1 leaves the exported folder for a look (its path is printed).
    if (qEnvironmentVariableIsSet("MESH_CONFORMANCE_KEEP")) {
        target.setAutoRemove(false);
        qInfo().noquote() << name << "exported into" << target.path();
    }
    auto files = Exporter::run(state, options);
    QVERIFY2(files, files ? "" : qPrintable(files.error().message));
    auto plan = ExportWriter::plan(target.path(), *files, options.formats);
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message));
    auto written = ExportWriter::write(*plan);
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));

    // protoc compiles every .proto (imports between them resolved from the proto folder).
    QStringList protos = QDir(target.filePath(QStringLiteral("proto"))).entryList({QStringLiteral("*.proto")}, QDir::Files, QDir::Name);
    if (options.formats.contains(ExportFormat::Proto))
        QVERIFY2(!protos.isEmpty(), "no .proto file was exported");
    if (!protos.isEmpty()) {
        QStringList arguments{QStringLiteral("--proto_path=") + target.filePath(QStringLiteral("proto")),
                              QStringLiteral("--descriptor_set_out=") + target.filePath(QStringLiteral("descriptors.pb"))};
        arguments += protos;
        runValidator(QStringLiteral("protoc"), arguments, name + QStringLiteral(": protoc on ") + QString::number(protos.size()) + QStringLiteral(" files"));
        if (QTest::currentTestFailed())
            return;
    }
    // ajv, avsc, the AsyncAPI parser, protoc and the Strimzi schema on everything else;
    // each format asked for must have given files to check.
    QStringList expected;
    for (ExportFormat format : options.formats) {
        if (const QString kind = validatorKind(format); !kind.isEmpty())
            expected.append(kind);
    }
    // Features are written for the slices that have scenarios: a catalog with some has files to check.
    const auto specified = [](const Diagram &diagram) {
        return std::any_of(diagram.slices.cbegin(), diagram.slices.cend(), [](const DiagramSlice &slice) { return !slice.scenarios.isEmpty(); });
    };
    if (options.formats.contains(ExportFormat::Specs) && std::any_of(state.diagrams().cbegin(), state.diagrams().cend(), specified))
        expected.append(QStringLiteral("specs"));
    runValidator(QStringLiteral("node"),
                 {kConformanceDir + QStringLiteral("/validate.mjs"), target.path(), kStrimziSchema, expected.join(QLatin1Char(',')),
                  QString::number(protocEvery)},
                 name + QStringLiteral(": validators"));
}

} // namespace

class TestExportConformance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(kConformanceDir + QStringLiteral("/node_modules/@asyncapi/parser")),
                 "the validators are not installed: run \"npm ci --ignore-scripts\" in tests/conformance (scripts/run-tests does)");
        QVERIFY2(QFileInfo::exists(kStrimziSchema), qPrintable(kStrimziSchema));
    }

    void sampleCatalog()
    {
        QTemporaryDir dir;
        auto sample = mesh::app::SampleCatalog::create(dir.filePath(QStringLiteral("sample.meshcat")));
        QVERIFY(sample);
        exportAndValidate((*sample)->state(), QStringLiteral("sample"));
        ExportOptions json;
        json.asyncApiJson = true;
        json.formats = {ExportFormat::AsyncApi};
        exportAndValidate((*sample)->state(), QStringLiteral("sample, AsyncAPI as JSON"), json);
        ExportOptions approved;
        approved.onlyApproved = true;
        exportAndValidate((*sample)->state(), QStringLiteral("sample, approved only"), approved);
    }

    // Schemas made by the field table, with every field type, in each format.
    void fieldTableSchemas()
    {
        QTemporaryDir dir;
        auto catalog = mesh::testing::createCatalog(dir);
        const Element context{QUuid::createUuid(), ElementKind::BoundedContext, QStringLiteral("Order Care")};
        const Element service{QUuid::createUuid(), ElementKind::Service, QStringLiteral("OrderService"), context.id};
        Batch batch{CreateElement{context}, CreateElement{service}};
        QList<SchemaField> fields;
        for (const QString &type : SchemaFields::types()) {
            fields.append({type + QStringLiteral("Value"), type, true, QStringLiteral("A %1").arg(type), {}});
            fields.append({QStringLiteral("optional_") + type, type, false, {}, {}});
        }
        fields.append({QStringLiteral("retries"), QStringLiteral("integer"), true, {}, QStringLiteral("3")});
        fields.append({QStringLiteral("flag"), QStringLiteral("boolean"), true, {}, QStringLiteral("true")});
        for (SchemaFormat format : {SchemaFormat::Avro, SchemaFormat::Protobuf, SchemaFormat::JsonSchema}) {
            const QString name = QStringLiteral("Order placed ") + schemaFormatId(format);
            const Element event{QUuid::createUuid(), ElementKind::Event, name, context.id};
            const Element channel{QUuid::createUuid(), ElementKind::Channel, QStringLiteral("order-care.") + schemaFormatId(format), context.id};
            auto text = SchemaFields::generate(format, name, QStringLiteral("order_care"), QStringLiteral("An order was placed."), fields);
            QVERIFY2(text, text ? "" : qPrintable(text.error().message));
            SchemaVersion schema;
            schema.subject = event.id;
            schema.format = format;
            schema.text = *text;
            batch += Batch{CreateElement{event}, CreateElement{channel}, AddSchemaVersion{schema},
                           CreateRelation{{QUuid::createUuid(), RelationKind::Carries, channel.id, event.id, {}}},
                           CreateRelation{{QUuid::createUuid(), RelationKind::Publishes, service.id, channel.id, {}}}};
        }
        auto applied = catalog->apply(batch);
        QVERIFY2(applied, applied ? "" : qPrintable(applied.error().message));
        exportAndValidate(catalog->state(), QStringLiteral("field table"));
    }

    // The cases real meshes have and the sample lacks (hardcasecatalog.h).
    void hardCases()
    {
        QTemporaryDir dir;
        auto catalog = mesh::testing::createCatalog(dir);
        mesh::testing::populateHardCases(*catalog);
        if (QTest::currentTestFailed())
            return;
        exportAndValidate(catalog->state(), QStringLiteral("hard cases"));
        ExportOptions json;
        json.asyncApiJson = true;
        json.formats = {ExportFormat::AsyncApi};
        exportAndValidate(catalog->state(), QStringLiteral("hard cases, AsyncAPI as JSON"), json);
    }

    // `check --output sarif` as GitHub code scanning takes it: the SARIF Multitool's validator
    // (the SARIF 2.1.0 schema, its SARIF rules and its GitHub ingestion rules) reports no
    // error and no warning but one: there is no public page about the tool to point to.
    void sarifForCodeScanning()
    {
        QTemporaryDir dir;
        auto sample = mesh::app::SampleCatalog::create(dir.filePath(QStringLiteral("sample.meshcat")));
        QVERIFY(sample);
        auto hard = mesh::testing::createCatalog(dir, QStringLiteral("hard.meshcat"));
        mesh::testing::populateHardCases(*hard);
        for (const auto &[name, state] : {std::pair{QStringLiteral("sample"), &(*sample)->state()}, std::pair{QStringLiteral("hard"), &hard->state()}}) {
            const QList<mesh::catalog::Finding> findings = mesh::catalog::GovernanceChecker::checkAll(*state);
            QVERIFY2(!findings.isEmpty(), "a catalog without findings checks little");
            const QString input = dir.filePath(name + QStringLiteral(".sarif"));
            QFile file(input);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QJsonDocument(mesh::app::FindingsOutput::sarif(*state, findings, QStringLiteral("catalog/") + name + QStringLiteral(".meshcat")))
                           .toJson());
            file.close();
            const QString report = dir.filePath(name + QStringLiteral("-report.sarif"));
            runValidator(kConformanceDir + QStringLiteral("/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"),
                         {QStringLiteral("validate"), QStringLiteral("--rule-kind"), QStringLiteral("Sarif;Gh"), QStringLiteral("-o"), report, input},
                         name + QStringLiteral(": SARIF Multitool"));
            QFile reportFile(report);
            QVERIFY2(reportFile.open(QIODevice::ReadOnly), "the SARIF Multitool wrote no report");
            const QJsonArray results = QJsonDocument::fromJson(reportFile.readAll())["runs"][0]["results"].toArray();
            QStringList problems;
            for (const QJsonValue &result : results) {
                const QString rule = result["ruleId"].toString();
                const QString level = result["level"].toString(QStringLiteral("warning"));
                if ((level == QLatin1String("error") || level == QLatin1String("warning")) && rule != QLatin1String("SARIF2005"))
                    problems.append(rule + QLatin1Char(' ') + level + QStringLiteral(": ") + result["message"]["id"].toString()
                                    + QJsonDocument(result["message"]["arguments"].toArray()).toJson(QJsonDocument::Compact));
            }
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        }
    }

    // A generated catalog of 50 contexts, 3,000 events in the three schema formats and
    // 1,000 channels.
    void generatedCatalog()
    {
        QTemporaryDir dir;
        auto catalog = mesh::testing::createCatalog(dir);
        mesh::testing::GeneratorSizes sizes;
        sizes.contexts = 50;
        sizes.events = 3000;
        sizes.commands = 500;
        sizes.readModels = 300;
        sizes.policies = 100;
        sizes.services = 100;
        sizes.relations = 6000;
        sizes.schemaVersions = 4000;
        sizes.channels = 1000;
        sizes.mixedSchemaFormats = true;
        auto populated = mesh::testing::CatalogGenerator(sizes).populate(*catalog);
        QVERIFY2(populated, populated ? "" : qPrintable(populated.error().message));
        exportAndValidate(catalog->state(), QStringLiteral("generated"), {}, 25);
    }
};

QTEST_GUILESS_MAIN(TestExportConformance)
#include "tst_exportconformance.moc"
