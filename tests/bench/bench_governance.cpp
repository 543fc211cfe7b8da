// Governance benchmark (not a test): the full check of the large generated catalog, and
// the incremental re-check after one change, as the findings dock does it.

#include "cataloggenerator.h"

#include "catalog/changes/changeapplier.h"
#include "catalog/governance/governancechecker.h"
#include "catalog/governance/ruleregistry.h"
#include "catalog/schema/schemacompatibility.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdlib>

#include <algorithm>
#include <cstdio>

using namespace mesh::catalog;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    CatalogState state;
    for (const Batch &batch : mesh::testing::CatalogGenerator().batches(5000)) {
        if (!ChangeApplier::apply(state, batch, nullptr)) {
            std::fprintf(stderr, "generating the catalog failed\n");
            return 1;
        }
    }
    std::printf("Governance benchmark on the large generated catalog: %lld elements, %lld relations\n",
                qint64(state.elements().size()), qint64(state.relations().size()));

    QList<double> full;
    qint64 findings = 0;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        findings = GovernanceChecker::checkAll(state).size();
        full.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(full.begin(), full.end());
    std::printf("full check:               %.1f ms median of 5, %lld findings (target <= 200 ms)\n", full[2], findings);

    GovernanceChecker checker;
    checker.reset(state);
    QList<QUuid> events;
    for (const Element &element : state.elements()) {
        if (element.kind == ElementKind::Event)
            events.append(element.id);
    }
    QList<double> incremental;
    qint64 rechecked = 0;
    for (int i = 0; i < 1000; ++i) {
        const Batch batch{UpdateElement{events.at(i * 7 % events.size()), {{"name", QStringLiteral("Renamed%1Happened").arg(i)}}}};
        (void)ChangeApplier::apply(state, batch, nullptr);
        QElapsedTimer timer;
        timer.start();
        rechecked += checker.update(state, batch);
        incremental.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(incremental.begin(), incremental.end());
    std::printf("incremental re-check:     p50 %.2f ms, p99 %.2f ms after one change (%.0f elements re-checked on average; target <= 5 ms)\n",
                incremental[500], incremental[990], rechecked / 1000.0);

    // Event Modeling's completeness check alone, with a timeline of 50 slices and 200
    // scenarios whose steps give example values, next to the full check of the same state.
    Diagram timeline{QUuid::createUuid(), QStringLiteral("Bench timeline"), DiagramKind::Timeline, {}, {}};
    QList<QUuid> commands;
    for (const Element &element : state.elements()) {
        if (element.kind == ElementKind::Command)
            commands.append(element.id);
    }
    std::sort(commands.begin(), commands.end());
    std::sort(events.begin(), events.end());
    for (int i = 0; i < 50; ++i) {
        DiagramSlice slice{QStringLiteral("Slice %1").arg(i), i * 300.0, i * 300.0 + 280, SliceKind::StateChange, {}};
        for (int k = 0; k < 4; ++k) {
            const QJsonObject values{{"field0", i}, {"field1", QStringLiteral("x")}, {"missing", true}};
            slice.scenarios.append(Scenario{QStringLiteral("Scenario %1").arg(k), {ScenarioStep{events.at((i * 4 + k) % events.size()), values}},
                                            ScenarioStep{commands.at((i * 4 + k) % commands.size()), values},
                                            {ScenarioStep{events.at((i * 4 + k + 1) % events.size()), values}}, {}});
        }
        timeline.slices.append(slice);
    }
    if (!ChangeApplier::apply(state, {CreateDiagram{timeline}}, nullptr)) {
        std::fprintf(stderr, "the timeline was refused\n");
        return 1;
    }
    const Rule *completeness = RuleRegistry::instance().rule(QStringLiteral("eventmodeling.information-completeness"));
    const RuleSetting setting = RuleRegistry::instance().effectiveSetting(state, completeness->id());
    QList<double> alone, all;
    qint64 completenessFindings = 0;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        QList<Finding> found;
        for (const Element &element : state.elements())
            completeness->check(state, element, setting, found);
        alone.append(timer.nsecsElapsed() / 1e6);
        completenessFindings = found.size();
        timer.restart();
        (void)GovernanceChecker::checkAll(state);
        all.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(alone.begin(), alone.end());
    std::sort(all.begin(), all.end());
    std::printf("completeness check:       %.1f ms median of 5, %lld findings, 50 slices and 200 scenarios; the full check %.1f ms "
                "(%.2fx of it; target <= 50 ms)\n",
                alone[2], completenessFindings, all[2], alone[2] / all[2]);

    // Compatibility of 10,000 schema pairs: each generated event schema against a next
    // version that adds a field (with a default every other time, so half are incompatible).
    QList<std::pair<QString, QString>> pairs;
    for (int i = 0; i < 10000; ++i) {
        const QString name = QStringLiteral("SomethingHappened%1").arg(i);
        const QString before = mesh::testing::CatalogGenerator::avroSchema(name, 4 + i % 6);
        QString after = before;
        after.replace(QLatin1String("\"fields\": ["),
                      i % 2 ? QStringLiteral("\"fields\": [{\"name\": \"added\", \"type\": \"string\", \"default\": \"\"},")
                            : QStringLiteral("\"fields\": [{\"name\": \"added\", \"type\": \"string\"},"));
        pairs.append({before, after});
    }
    auto timePairs = [](SchemaFormat format, const QList<std::pair<QString, QString>> &list, int &incompatible) -> double {
        QElapsedTimer timer;
        timer.start();
        incompatible = 0;
        for (const auto &[before, after] : list) {
            auto issues = SchemaCompatibility::check(format, CompatibilityMode::Full, {before, after});
            if (!issues) {
                std::fprintf(stderr, "%s\n", qPrintable(issues.error().message));
                std::exit(1);
            }
            incompatible += issues->isEmpty() ? 0 : 1;
        }
        return timer.nsecsElapsed() / 1e6;
    };
    int incompatible = 0;
    const double avroMs = timePairs(SchemaFormat::Avro, pairs, incompatible);
    std::printf("compatibility, 10,000 pairs: %.0f ms, FULL mode, Avro, %d incompatible (target <= 2,000 ms)\n", avroMs, incompatible);

    // The same shapes as JSON Schema: an object of 4-9 typed properties, closed every other
    // time, against a version with one property more (optional in a closed model: compatible
    // one way; in an open model: incompatible under STRICT).
    QList<std::pair<QString, QString>> jsonPairs;
    for (int i = 0; i < 10000; ++i) {
        QStringList properties;
        for (int f = 0; f < 4 + i % 6; ++f)
            properties << QStringLiteral("\"field%1\": {\"type\": \"%2\", \"maxLength\": 40}").arg(f).arg(f % 2 ? "string" : "integer");
        const QString closed = i % 2 ? QStringLiteral(", \"additionalProperties\": false") : QString();
        const QString before = QStringLiteral("{\"type\": \"object\", \"properties\": {%1}, \"required\": [\"field0\"]%2}").arg(properties.join(", "), closed);
        properties << QStringLiteral("\"added\": {\"type\": \"string\"}");
        const QString after = QStringLiteral("{\"type\": \"object\", \"properties\": {%1}, \"required\": [\"field0\"]%2}").arg(properties.join(", "), closed);
        jsonPairs.append({before, after});
    }
    const double jsonMs = timePairs(SchemaFormat::JsonSchema, jsonPairs, incompatible);
    std::printf("compatibility, 10,000 pairs: %.0f ms, FULL mode, JSON Schema, %d incompatible, %.2fx Avro (targets <= 2,000 ms, <= 1.5x)\n",
                jsonMs, incompatible, jsonMs / avroMs);

    // And as Protobuf: a message of 4-9 fields with a nested enum, against one with a field
    // more (every other time a proto2 required one, which the registry refuses).
    QList<std::pair<QString, QString>> protoPairs;
    for (int i = 0; i < 10000; ++i) {
        QString fields;
        for (int f = 0; f < 4 + i % 6; ++f)
            fields += QStringLiteral("  optional %1 field%2 = %3;\n").arg(f % 2 ? "string" : "Kind").arg(f).arg(f + 1);
        const QString head = QStringLiteral("syntax = \"proto2\";\npackage bench.v1;\nmessage Happened%1 {\n  enum Kind { A = 0; B = 1; }\n").arg(i);
        const QString added = QStringLiteral("  %1 string added = 100;\n").arg(i % 2 ? "optional" : "required");
        protoPairs.append({head + fields + "}\n", head + fields + added + "}\n"});
    }
    const double protoMs = timePairs(SchemaFormat::Protobuf, protoPairs, incompatible);
    std::printf("compatibility, 10,000 pairs: %.0f ms, FULL mode, Protobuf, %d incompatible, %.2fx Avro (targets <= 2,000 ms, <= 1.5x)\n",
                protoMs, incompatible, protoMs / avroMs);
    return 0;
}
