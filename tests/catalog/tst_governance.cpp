// Governance rules: each rule finds what it should and nothing else (data-driven), rule
// settings are changes stored in the catalog, and the incremental re-check after a batch
// always agrees with a full check.

#include "catalog/catalog.h"
#include "catalog/changes/changeapplier.h"
#include "catalog/changes/changejson.h"
#include "catalog/governance/governancechecker.h"
#include "catalog/governance/meshanalysis.h"
#include "catalog/governance/reviewsession.h"
#include "catalog/governance/ruleregistry.h"
#include "testcatalogs.h"

#include <QRandomGenerator>
#include <QTest>

using namespace mesh::catalog;

namespace {

// A small catalog that breaks no rule, to which each case adds the one thing it tests.
const QByteArray kCleanModel = R"(
{"op":"create","kind":"Team","name":"identity-team"}
{"op":"create","kind":"BoundedContext","name":"Identity","set":{"owner":"identity-team","description":"Who people are"}}
{"op":"create","kind":"BoundedContext","name":"Collaboration","set":{"owner":"identity-team","description":"Conversations"}}
{"op":"relate","kind":"customer-supplier","from":"Identity","to":"Collaboration"}
{"op":"create","kind":"Service","name":"ProfileService","context":"Identity","set":{"owner":"identity-team","description":"Profiles"}}
{"op":"create","kind":"Aggregate","name":"Profile","context":"Identity"}
{"op":"create","kind":"Command","name":"PublishProfile","context":"Identity","set":{"owner":"identity-team","description":"Publish"}}
{"op":"relate","kind":"handled-by","from":"Identity/PublishProfile","to":"Identity/Profile"}
{"op":"create","kind":"Event","name":"ProfilePublished","context":"Identity","set":{"owner":"identity-team","description":"Visible","lifecycle":"proposed"}}
{"op":"relate","kind":"emits","from":"Identity/Profile","to":"Identity/ProfilePublished"}
{"op":"addSchemaVersion","subject":"Identity/ProfilePublished","format":"avro","text":"\u0022string\u0022"}
{"op":"create","kind":"Channel","name":"identity.profile-published.v1","context":"Identity","set":{"owner":"identity-team","description":"Profiles"}}
{"op":"relate","kind":"carries","from":"Identity/identity.profile-published.v1","to":"Identity/ProfilePublished"}
{"op":"relate","kind":"publishes","from":"Identity/ProfileService","to":"Identity/identity.profile-published.v1"}
{"op":"relate","kind":"exposes","from":"Identity/ProfileService","to":"Identity/ProfileApi"}
{"op":"create","kind":"ReadModel","name":"PublicProfileView","context":"Collaboration","set":{"description":"A copy","latencyToDataUpdateMs":2000}}
{"op":"relate","kind":"feeds","from":"Identity/ProfilePublished","to":"Collaboration/PublicProfileView"}
)";

CatalogState stateOf(const QByteArray &lines)
{
    CatalogState state;
    auto batch = ChangeJson::readJsonLines(lines, state);
    if (!batch)
        qFatal("line %d: %s", batch.error().line, qPrintable(batch.error().message));
    auto applied = ChangeApplier::apply(state, *batch, nullptr);
    if (!applied)
        qFatal("not applied: %s", qPrintable(applied.error().message));
    return state;
}

QStringList describe(const CatalogState &state, const QList<Finding> &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines << QStringLiteral("%1 %2 %3").arg(f.ruleId, state.pathOf(f.element), f.message);
    return lines;
}

} // namespace

class TestGovernance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanModelHasNoFinding()
    {
        // The API the service exposes is created on the fly by the model above? No: add it.
        const CatalogState state = stateOf(kCleanModel.left(kCleanModel.indexOf("{\"op\":\"relate\",\"kind\":\"exposes\"")) + R"(
{"op":"create","kind":"Api","name":"ProfileApi","context":"Identity","set":{"owner":"identity-team","description":"Read profiles"}}
{"op":"relate","kind":"exposes","from":"Identity/ProfileService","to":"Identity/ProfileApi"}
)" + kCleanModel.mid(kCleanModel.indexOf("{\"op\":\"create\",\"kind\":\"ReadModel\"")));
        const QList<Finding> findings = GovernanceChecker::checkAll(state);
        QVERIFY2(findings.isEmpty(), qPrintable(describe(state, findings).join('\n')));
    }

    void rule_data()
    {
        QTest::addColumn<QByteArray>("change");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("element");
        QTest::addColumn<Severity>("severity");

        QTest::newRow("event not past tense") << QByteArray(R"({"op":"update","ref":"Identity/ProfilePublished","set":{"name":"PublishTheProfile"}})")
                                              << "naming.event-past-tense" << "Identity/PublishTheProfile" << Severity::Warning;
        QTest::newRow("event not PascalCase") << QByteArray(R"({"op":"update","ref":"Identity/ProfilePublished","set":{"name":"profile_published"}})")
                                              << "naming.event-past-tense" << "Identity/profile_published" << Severity::Warning;
        QTest::newRow("irregular past tense accepted, other rule found") << QByteArray(R"({"op":"create","kind":"Event","name":"InvoiceSent","context":"Identity","set":{"owner":"x","description":"d"}})")
                                                                       << "events.emitted" << "Identity/InvoiceSent" << Severity::Warning;
        QTest::newRow("command as a gerund") << QByteArray(R"({"op":"update","ref":"Identity/PublishProfile","set":{"name":"PublishingProfile"}})")
                                             << "naming.command-imperative" << "Identity/PublishingProfile" << Severity::Warning;
        QTest::newRow("command not PascalCase") << QByteArray(R"({"op":"update","ref":"Identity/PublishProfile","set":{"name":"publish"}})")
                                                << "naming.command-imperative" << "Identity/publish" << Severity::Warning;
        QTest::newRow("command in past tense") << QByteArray(R"({"op":"update","ref":"Identity/PublishProfile","set":{"name":"PublishedProfile"}})")
                                               << "naming.command-imperative" << "Identity/PublishedProfile" << Severity::Warning;
        QTest::newRow("team pattern") << QByteArray(R"({"op":"create","kind":"Team","name":"Identity Team"})")
                                      << "naming.pattern" << "Identity Team" << Severity::Warning;
        QTest::newRow("owner required") << QByteArray(R"({"op":"update","ref":"Identity/ProfileService","set":{"owner":null}})")
                                        << "ownership.owner-required" << "Identity/ProfileService" << Severity::Error;
        QTest::newRow("description required") << QByteArray(R"({"op":"update","ref":"Identity","set":{"description":null}})")
                                              << "ownership.description-required" << "Identity" << Severity::Warning;
        QTest::newRow("consumed elsewhere without schema") << QByteArray(R"({"op":"removeSchemaVersion","subject":"Identity/ProfilePublished","version":1})")
                                                           << "events.cross-context-contract" << "Identity/ProfilePublished" << Severity::Error;
        QTest::newRow("consumed elsewhere as a draft") << QByteArray(R"({"op":"update","ref":"Identity/ProfilePublished","set":{"lifecycle":"draft"}})")
                                                       << "events.cross-context-contract" << "Identity/ProfilePublished" << Severity::Error;
        QTest::newRow("event emitted by nothing") << QByteArray(R"({"op":"unrelate","kind":"emits","from":"Identity/Profile","to":"Identity/ProfilePublished"})")
                                                  << "events.emitted" << "Identity/ProfilePublished" << Severity::Warning;
        QTest::newRow("consumed elsewhere, not published") << QByteArray(R"({"op":"unrelate","kind":"publishes","from":"Identity/ProfileService","to":"Identity/identity.profile-published.v1"})")
                                                           << "events.published-to-other-contexts" << "Identity/ProfilePublished" << Severity::Error;
        QTest::newRow("channel without producer") << QByteArray(R"({"op":"unrelate","kind":"publishes","from":"Identity/ProfileService","to":"Identity/identity.profile-published.v1"})")
                                                  << "channels.producer" << "Identity/identity.profile-published.v1" << Severity::Error;
        QTest::newRow("topic off template") << QByteArray(R"({"op":"update","ref":"Identity/identity.profile-published.v1","set":{"topic":"profiles"}})")
                                            << "channels.naming-template" << "Identity/identity.profile-published.v1" << Severity::Warning;
        QTest::newRow("topic follows a renamed context") << QByteArray(R"({"op":"update","ref":"Identity","set":{"name":"People"}})")
                                                         << "channels.naming-template" << "People/identity.profile-published.v1" << Severity::Warning;
        QTest::newRow("custom template") << QByteArray(R"({"op":"setRule","rule":"channels.naming-template","parameters":{"template":"{event}"}})")
                                         << "channels.naming-template" << "Identity/identity.profile-published.v1" << Severity::Warning;
        QTest::newRow("synchronous call across contexts") << QByteArray(R"({"op":"create","kind":"Service","name":"ChatService","context":"Collaboration","set":{"owner":"x","description":"d","uptimeSloPercent":99.9}}
{"op":"relate","kind":"calls","from":"Collaboration/ChatService","to":"Identity/ProfileApi"})")
                                                          << "calls.cross-context" << "Collaboration/ChatService" << Severity::Warning;
        QTest::newRow("uptime on a synchronous path") << QByteArray(R"({"op":"create","kind":"Service","name":"ChatService","context":"Identity","set":{"owner":"x","description":"d"}}
{"op":"relate","kind":"calls","from":"Identity/ChatService","to":"Identity/ProfileApi"})")
                                                      << "operations.uptime-on-synchronous-path" << "Identity/ChatService" << Severity::Warning;
        QTest::newRow("called api declares uptime") << QByteArray(R"({"op":"create","kind":"Service","name":"ChatService","context":"Identity","set":{"owner":"x","description":"d","uptimeSloPercent":99.9}}
{"op":"relate","kind":"calls","from":"Identity/ChatService","to":"Identity/ProfileApi"})")
                                                    << "operations.uptime-on-synchronous-path" << "Identity/ProfileApi" << Severity::Warning;
        QTest::newRow("replica without latency") << QByteArray(R"({"op":"update","ref":"Collaboration/PublicProfileView","set":{"latencyToDataUpdateMs":null}})")
                                                 << "operations.replica-latency" << "Collaboration/PublicProfileView" << Severity::Warning;
        QTest::newRow("context roles disagree") << QByteArray(R"({"op":"relate","kind":"open-host-service","from":"Collaboration","to":"Identity"})")
                                                << "contextmap.consistent-roles" << "Collaboration" << Severity::Error;
        QTest::newRow("partnership and upstream") << QByteArray(R"({"op":"relate","kind":"partnership","from":"Identity","to":"Collaboration"})")
                                                  << "contextmap.consistent-roles" << "Collaboration" << Severity::Error;
        QTest::newRow("orphan") << QByteArray(R"({"op":"create","kind":"Policy","name":"Lonely","context":"Identity"})")
                                << "model.orphan" << "Identity/Lonely" << Severity::Info;
        QTest::newRow("a draft event before its context is known") << QByteArray(R"({"op":"create","kind":"Event","name":"ProfileSketched"})")
                                                                   << "model.context-required" << "ProfileSketched" << Severity::Error;
        QTest::newRow("a draft taken out of its context") << QByteArray(R"({"op":"create","kind":"Command","name":"SketchProfile","context":"Identity"}
{"op":"update","ref":"Identity/SketchProfile","set":{"context":null}})")
                                                          << "model.context-required" << "SketchProfile" << Severity::Error;
        QTest::newRow("severity from the catalog's settings") << QByteArray(R"({"op":"setRule","rule":"model.orphan","severity":"error"}
{"op":"create","kind":"Policy","name":"Lonely","context":"Identity"})")
                                                              << "model.orphan" << "Identity/Lonely" << Severity::Error;
    }

    void rule()
    {
        QFETCH(QByteArray, change);
        QFETCH(QString, rule);
        QFETCH(QString, element);
        QFETCH(Severity, severity);
        const QByteArray model = kCleanModel.left(kCleanModel.indexOf("{\"op\":\"relate\",\"kind\":\"exposes\"")) + R"(
{"op":"create","kind":"Api","name":"ProfileApi","context":"Identity","set":{"owner":"identity-team","description":"Read profiles"}}
{"op":"relate","kind":"exposes","from":"Identity/ProfileService","to":"Identity/ProfileApi"}
)" + kCleanModel.mid(kCleanModel.indexOf("{\"op\":\"create\",\"kind\":\"ReadModel\""));
        const CatalogState state = stateOf(model + change);
        const QList<Finding> findings = GovernanceChecker::checkAll(state);
        bool found = false;
        for (const Finding &f : findings) {
            if (f.ruleId == rule && state.pathOf(f.element) == element) {
                QCOMPARE(f.severity, severity);
                QVERIFY(!f.message.isEmpty() && !f.fix.isEmpty());
                found = true;
            }
        }
        QVERIFY2(found, qPrintable(QStringLiteral("expected %1 on %2; found:\n%3").arg(rule, element, describe(state, findings).join('\n'))));
    }

    void disabledRuleFindsNothing()
    {
        const CatalogState state = stateOf(mesh::testing::kSmallModel + R"(
{"op":"setRule","rule":"ownership.owner-required","enabled":false})");
        for (const Finding &f : GovernanceChecker::checkAll(state))
            QVERIFY(f.ruleId != QLatin1String("ownership.owner-required"));
    }

    void settingsAreChangesStoredInTheCatalog()
    {
        QTemporaryDir dir;
        auto catalog = mesh::testing::createCatalog(dir);
        const Batch inverse = mesh::testing::applyLines(*catalog, R"({"op":"setRule","rule":"channels.naming-template","severity":"error","parameters":{"template":"{context}-{event}"}})");
        const RuleSetting setting = RuleRegistry::instance().effectiveSetting(catalog->state(), "channels.naming-template");
        QCOMPARE(setting.severity, Severity::Error);
        QCOMPARE(setting.parameters.value("template").toString(), QStringLiteral("{context}-{event}"));
        const QString path = catalog->location();
        const CatalogState expected = catalog->state();
        catalog.reset();
        auto reopened = Catalog::open(path);
        QVERIFY(reopened.isOk());
        QVERIFY((*reopened)->state().hasSameContent(expected));
        // The inverse puts the default back.
        QVERIFY((*reopened)->apply(inverse).isOk());
        QCOMPARE(RuleRegistry::instance().effectiveSetting((*reopened)->state(), "channels.naming-template").severity, Severity::Warning);

        for (const QByteArray &bad : {QByteArray(R"({"op":"setRule","rule":"no.such.rule"})"),
                                     QByteArray(R"({"op":"setRule","rule":"model.orphan","parameters":{"colour":"red"}})"),
                                     QByteArray(R"({"op":"setRule","rule":"model.orphan","parameters":{"kinds":"Event"}})"),
                                     QByteArray(R"({"op":"setRule","rule":"model.orphan","severity":"fatal"})")}) {
            auto batch = ChangeJson::readJsonLines(bad, (*reopened)->state());
            QVERIFY2(!batch.isOk(), bad.constData());
        }
    }

    void approvalIsRefusedWhileErrorsRemain()
    {
        CatalogState state = stateOf(mesh::testing::kSmallModel);
        const QUuid service = state.findElement(state.findElement({}, ElementKind::BoundedContext, "Identity")->id, ElementKind::Service, "ProfileService")->id;
        const CatalogState before = state;
        // ProfileService has no owner: an error, so it cannot be approved.
        auto refused = ChangeApplier::apply(state, Batch{UpdateElement{service, {{"lifecycle", "approved"}}}}, nullptr);
        QVERIFY(!refused.isOk());
        QCOMPARE(refused.error().field, QStringLiteral("lifecycle"));
        // A governance refusal, not an edit conflict: the studio names the findings instead of
        // offering to overwrite someone's change.
        QCOMPARE(refused.error().code, ErrorCode::Ungoverned);
        QVERIFY2(refused.error().message.contains("no owning team"), qPrintable(refused.error().message));
        QVERIFY2(refused.error().detail.contains("no owning team"), qPrintable(refused.error().detail));
        QVERIFY(state.hasSameContent(before));
        // Fixed in the same batch, it can.
        QVERIFY(ChangeApplier::apply(state, Batch{UpdateElement{service, {{"owner", "identity-team"}}}, UpdateElement{service, {{"lifecycle", "approved"}}}}, nullptr).isOk());
        // Created approved with an error: refused as well.
        Element lonely{QUuid::createUuid(), ElementKind::Service, "Unowned", state.findElement({}, ElementKind::BoundedContext, "Identity")->id};
        lonely.lifecycle = Lifecycle::Approved;
        QVERIFY(!ChangeApplier::apply(state, Batch{CreateElement{lonely}}, nullptr).isOk());
        QVERIFY(!state.element(lonely.id));
    }

    // Events first: a draft may wait for its context; proposing or approving it may not.
    void draftsWaitForTheirContextBeforeTheyGoFurther()
    {
        CatalogState state = stateOf(mesh::testing::kSmallModel);
        Element sketch{QUuid::createUuid(), ElementKind::Event, "ProfileSketched"};
        QVERIFY(ChangeApplier::apply(state, Batch{CreateElement{sketch}}, nullptr).isOk());
        QVERIFY(state.element(sketch.id));
        QVERIFY(state.element(sketch.id)->context.isNull());
        for (const char *lifecycle : {"proposed", "approved"}) {
            const CatalogState before = state;
            auto refused = ChangeApplier::apply(state, Batch{UpdateElement{sketch.id, {{"lifecycle", lifecycle}}}}, nullptr);
            QVERIFY2(!refused.isOk(), lifecycle);
            QCOMPARE(refused.error().field, QStringLiteral("context"));
            QVERIFY2(refused.error().message.contains("ProfileSketched"), qPrintable(refused.error().message));
            QVERIFY(state.hasSameContent(before));
        }
        // Given a context, it goes on like any element.
        const QUuid identity = state.findElement({}, ElementKind::BoundedContext, "Identity")->id;
        QVERIFY(ChangeApplier::apply(state, Batch{UpdateElement{sketch.id, {{"context", identity.toString(QUuid::WithoutBraces)}}},
                                                  UpdateElement{sketch.id, {{"lifecycle", "proposed"}}}}, nullptr).isOk());
        QCOMPARE(state.element(sketch.id)->context, identity);
        // An approved element cannot leave its context.
        const QUuid service = state.findElement(identity, ElementKind::Service, "ProfileService")->id;
        QVERIFY(ChangeApplier::apply(state, Batch{UpdateElement{service, {{"owner", "identity-team"}}}, UpdateElement{service, {{"lifecycle", "approved"}}}}, nullptr).isOk());
        QVERIFY(!ChangeApplier::apply(state, Batch{UpdateElement{service, {{"context", QJsonValue()}}}}, nullptr).isOk());
        QCOMPARE(state.element(service)->context, identity);
    }

    // The applier judges approvals and rule settings by the policy it is given (governance
    // implements it; changes/ only knows the interface): a policy that holds an element
    // back refuses its approval with the policy's words, and one that knows no rule refuses
    // every setting, where the standard policy accepts both.
    void theApplierAsksTheGivenPolicy()
    {
        class HoldingPolicy final : public GovernancePolicy
        {
        public:
            Result<void> checkRuleSetting(const RuleSetting &setting) const override
            {
                return makeError(ErrorCode::InvalidInput, QStringLiteral("no rule %1 here").arg(setting.ruleId), QStringLiteral("rule"));
            }
            RuleSetting effectiveSetting(const CatalogState &, const QString &ruleId) const override { return RuleSetting{ruleId}; }
            QStringList approvalBlockers(const CatalogState &, const QUuid &) const override { return {QStringLiteral("held for the workshop")}; }
        };
        const HoldingPolicy holding;
        CatalogState state = stateOf(mesh::testing::kSmallModel);
        const QUuid service = state.findElement(state.findElement({}, ElementKind::BoundedContext, "Identity")->id, ElementKind::Service, "ProfileService")->id;
        const Batch approve{UpdateElement{service, {{"owner", "identity-team"}}}, UpdateElement{service, {{"lifecycle", "approved"}}}};
        const Batch setRule{SetRule{RuleSetting{QStringLiteral("naming.event-past-tense"), false}}};
        QVERIFY(RuleRegistry::instance().rule(QStringLiteral("naming.event-past-tense")));

        const CatalogState before = state;
        auto held = ChangeApplier::apply(state, approve, nullptr, nullptr, ChangeApplier::Approvals::Gated, holding);
        QVERIFY(!held);
        QVERIFY2(held.error().message.contains("held for the workshop"), qPrintable(held.error().message));
        auto unknown = ChangeApplier::apply(state, setRule, nullptr, nullptr, ChangeApplier::Approvals::Gated, holding);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().message, QStringLiteral("no rule naming.event-past-tense here"));
        QVERIFY(state.hasSameContent(before));
        // As recorded (an undo, a replay), approvals are not judged again, by any policy.
        CatalogState replayed = before;
        QVERIFY(ChangeApplier::apply(replayed, approve, nullptr, nullptr, ChangeApplier::Approvals::AsRecorded, holding));
        QCOMPARE(replayed.element(service)->lifecycle, Lifecycle::Approved);

        QVERIFY(ChangeApplier::apply(state, approve + setRule, nullptr));
        QCOMPARE(state.element(service)->lifecycle, Lifecycle::Approved);
        QCOMPARE(state.ruleSettings().value(QStringLiteral("naming.event-past-tense")).enabled, false);
    }

    // Undo and redo put back what was decided: undoing a demotion re-approves an element that
    // has errors by now, where a new approval is refused.
    void undoPutsBackAnApprovalDespiteErrors()
    {
        QTemporaryDir dir;
        auto catalog = mesh::testing::createCatalog(dir);
        mesh::testing::applyLines(*catalog, mesh::testing::kSmallModel);
        const CatalogState &state = catalog->state();
        const QUuid service = state.findElement(state.findElement({}, ElementKind::BoundedContext, "Identity")->id, ElementKind::Service, "ProfileService")->id;
        QVERIFY(catalog->apply({UpdateElement{service, {{"owner", "identity-team"}}}, UpdateElement{service, {{"lifecycle", "approved"}}}}));
        QVERIFY(catalog->apply({UpdateElement{service, {{"owner", QJsonValue()}}}}));   // an error now
        const auto demoted = catalog->apply({UpdateElement{service, {{"lifecycle", "proposed"}}}});
        QVERIFY(demoted);

        const auto undone = catalog->apply(*demoted, ChangeOrigin::Undo);
        QVERIFY2(undone, qPrintable(undone ? QString() : undone.error().message));
        QCOMPARE(state.element(service)->lifecycle, Lifecycle::Approved);
        QVERIFY(catalog->apply(*undone, ChangeOrigin::Redo));
        QCOMPARE(state.element(service)->lifecycle, Lifecycle::Proposed);

        const auto refused = catalog->apply({UpdateElement{service, {{"lifecycle", "approved"}}}});
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("lifecycle"));
    }

    // Partitions approved at a sign-off may grow, never shrink; the incremental checker
    // follows a sign-off.
    void channelPartitionsNeverDecrease()
    {
        CatalogState state = stateOf(mesh::testing::kSmallModel);
        const QUuid identity = state.findElement({}, ElementKind::BoundedContext, "Identity")->id;
        const QUuid channel = state.findElement(identity, ElementKind::Channel, "identity.profile-published.v1")->id;
        const QUuid service = state.findElement(identity, ElementKind::Service, "ProfileService")->id;
        auto partitionFindings = [&](const QList<Finding> &findings) {
            QList<Finding> found;
            for (const Finding &finding : findings) {
                if (finding.ruleId == QLatin1String("channels.partitions-never-decrease"))
                    found.append(finding);
            }
            return found;
        };
        QVERIFY(ChangeApplier::apply(state, Batch{UpdateElement{service, {{"owner", "identity-team"}}},
                                                  UpdateElement{channel, {{"owner", "identity-team"}, {"lifecycle", "proposed"}}},
                                                  UpdateElement{channel, {{"lifecycle", "approved"}}}}, nullptr).isOk());
        // Before any sign-off there is nothing to compare with.
        QVERIFY(ChangeApplier::apply(state, Batch{UpdateElement{channel, {{"partitions", 3}}}}, nullptr).isOk());
        QVERIFY(partitionFindings(GovernanceChecker::checkAll(state)).isEmpty());
        QVERIFY(ChangeApplier::apply(state, Batch{UpdateElement{channel, {{"partitions", 6}}}}, nullptr).isOk());

        GovernanceChecker checker;
        checker.reset(state);
        Review review = ReviewSession::open(state, 1, "Q3 topics", "ana");
        QVERIFY(ChangeApplier::apply(state, Batch{SetReview{review}}, nullptr).isOk());
        review = *ReviewSession::close(review, {}, "ana", state);
        QCOMPARE(review.approvedPartitions.value(channel.toString(QUuid::WithoutBraces)).toInt(), 6);
        const Batch signOff{SetReview{review}};
        QVERIFY(ChangeApplier::apply(state, signOff, nullptr).isOk());
        checker.update(state, signOff);

        const Batch shrink{UpdateElement{channel, {{"partitions", 4}}}};
        QVERIFY(ChangeApplier::apply(state, shrink, nullptr).isOk());
        checker.update(state, shrink);
        const QList<Finding> found = partitionFindings(GovernanceChecker::checkAll(state));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().severity, Severity::Error);
        QVERIFY2(found.first().message.contains("4 partitions") && found.first().message.contains("approved 6"), qPrintable(found.first().message));
        QCOMPARE(partitionFindings(checker.findings(state)).size(), 1);

        // More partitions than approved is fine; a later sign-off keeps the most approved.
        const Batch grow{UpdateElement{channel, {{"partitions", 12}}}};
        QVERIFY(ChangeApplier::apply(state, grow, nullptr).isOk());
        checker.update(state, grow);
        QVERIFY(partitionFindings(checker.findings(state)).isEmpty());
        Review later = ReviewSession::open(state, 2, "Q4 topics", "ben");
        later = *ReviewSession::close(later, {}, "ben", state);
        QCOMPARE(later.approvedPartitions.value(channel.toString(QUuid::WithoutBraces)).toInt(), 12);
    }

    void meshAnalysisOfAChain()
    {
        // Front → A (Middle) → B (Back): uptimes multiply, latencies add, the slowest hop caps.
        const CatalogState state = stateOf(R"(
{"op":"create","kind":"BoundedContext","name":"Shop"}
{"op":"create","kind":"Service","name":"Front","context":"Shop","set":{"uptimeSloPercent":99.9,"responseTimeP50Ms":10,"responseTimeP99Ms":50,"throughputRps":1000}}
{"op":"create","kind":"Service","name":"Middle","context":"Shop","set":{"uptimeSloPercent":99.5,"responseTimeP50Ms":20,"responseTimeP99Ms":100,"throughputRps":300}}
{"op":"create","kind":"Service","name":"Back","context":"Shop","set":{"uptimeSloPercent":99.0,"responseTimeP50Ms":5,"responseTimeP99Ms":30,"throughputRps":2000}}
{"op":"create","kind":"Api","name":"MiddleApi","context":"Shop","set":{"uptimeSloPercent":99.5,"responseTimeP50Ms":20,"responseTimeP99Ms":100,"throughputRps":300}}
{"op":"create","kind":"Api","name":"BackApi","context":"Shop","set":{"uptimeSloPercent":99.0,"responseTimeP50Ms":5,"responseTimeP99Ms":30}}
{"op":"relate","kind":"exposes","from":"Shop/Middle","to":"Shop/MiddleApi"}
{"op":"relate","kind":"exposes","from":"Shop/Back","to":"Shop/BackApi"}
{"op":"relate","kind":"calls","from":"Shop/Front","to":"Shop/MiddleApi"}
{"op":"relate","kind":"calls","from":"Shop/Middle","to":"Shop/BackApi"}
{"op":"create","kind":"Event","name":"OrderPlaced","context":"Shop"}
{"op":"relate","kind":"emits","from":"Shop/Front","to":"Shop/OrderPlaced"}
)");
        const MeshAnalysis analysis = MeshAnalysis::analyze(state);
        QCOMPARE(analysis.flows.size(), 1);
        const Flow &flow = analysis.flows.first();
        QCOMPARE(state.pathOf(flow.entry), QStringLiteral("Shop/Front"));
        QCOMPARE(flow.hops.size(), 2);
        QVERIFY(qAbs(flow.figures.uptimePercent - 99.9 * 0.995 * 0.99) < 1e-9);
        QCOMPARE(flow.figures.latencyP50Ms, 10.0 + 20 + 5);
        QCOMPARE(flow.figures.latencyP99Ms, 50.0 + 100 + 30);
        QCOMPARE(*flow.figures.throughputRps, 300.0);
        QCOMPARE(state.pathOf(flow.figures.slowestHop), QStringLiteral("Shop/MiddleApi"));
        QCOMPARE(flow.asynchronousEvents.size(), 1); // the event isolates its consumers
        // Turning Front → MiddleApi into an event leaves Front alone: the biggest gain.
        QVERIFY(flow.bestCandidate);
        QCOMPARE(state.pathOf(flow.bestCandidate->api), QStringLiteral("Shop/MiddleApi"));
        QCOMPARE(flow.ifCandidateWereAnEvent.uptimePercent, 99.9);
        QCOMPARE(flow.ifCandidateWereAnEvent.latencyP99Ms, 50.0);
        // Back's outage takes Front's flow down with it.
        QCOMPARE(analysis.blastRadii.size(), 2);
        for (const BlastRadius &radius : analysis.blastRadii)
            QCOMPARE(radius.failingEntries, QList<QUuid>{flow.entry});
    }

    void incrementalAgreesWithFull_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {3u, 17u, 2026u})
            QTest::newRow(qPrintable(QString::number(seed))) << seed;
    }

    void incrementalAgreesWithFull()
    {
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        CatalogState state = stateOf(mesh::testing::kSmallModel);
        GovernanceChecker checker;
        checker.reset(state);
        const QStringList lines = {
            R"({"op":"update","ref":"Identity/ProfilePublished","set":{"name":"ProfileShown"}})",
            R"({"op":"update","ref":"Identity/ProfileShown","set":{"name":"ProfilePublished"}})",
            R"({"op":"unrelate","kind":"emits","from":"Identity/ProfileService","to":"Identity/ProfilePublished"})",
            R"({"op":"relate","kind":"emits","from":"Identity/ProfileService","to":"Identity/ProfilePublished"})",
            R"({"op":"update","ref":"Identity/ProfilePublished","set":{"lifecycle":"proposed","owner":null}})",
            R"({"op":"update","ref":"Identity/ProfilePublished","set":{"owner":"identity-team"}})",
            R"({"op":"create","kind":"Policy","name":"Lonely","context":"Collaboration"})",
            R"({"op":"delete","ref":"Collaboration/Lonely"})",
            R"({"op":"delete","ref":"Identity/ProfileService"})",
            R"({"op":"create","kind":"Service","name":"ProfileService","context":"Identity"})",
            R"({"op":"relate","kind":"publishes","from":"Identity/ProfileService","to":"Identity/identity.profile-published.v1"})",
            R"({"op":"relate","kind":"carries","from":"Identity/identity.profile-published.v1","to":"Identity/ProfilePublished"})",
            R"({"op":"update","ref":"Identity","set":{"name":"People"}})",
            R"({"op":"update","ref":"People","set":{"name":"Identity"}})",
            R"({"op":"update","ref":"Collaboration/PublicProfileView","set":{"latencyToDataUpdateMs":null}})",
            R"({"op":"setRule","rule":"model.orphan","severity":"warning"})",
            R"({"op":"update","ref":"Collaboration/PublicProfileView","set":{"context":"Identity"}})",
            R"({"op":"update","ref":"Identity/PublicProfileView","set":{"context":"Collaboration"}})",
        };
        for (int step = 0; step < 200; ++step) {
            auto batch = ChangeJson::readJsonLines(lines.at(random.bounded(int(lines.size()))).toUtf8(), state);
            if (!batch)
                continue; // not applicable in this state
            QVERIFY(ChangeApplier::apply(state, *batch, nullptr).isOk());
            checker.update(state, *batch);
            const QList<Finding> full = GovernanceChecker::checkAll(state);
            const QList<Finding> incremental = checker.findings(state);
            if (incremental != full) {
                const QStringList a = describe(state, incremental), b = describe(state, full);
                QStringList onlyIncremental, onlyFull;
                for (const QString &line : a)
                    if (!b.contains(line))
                        onlyIncremental << line;
                for (const QString &line : b)
                    if (!a.contains(line))
                        onlyFull << line;
                QFAIL(qPrintable(QStringLiteral("step %1 (%2): only incremental: %3 | only full: %4")
                                     .arg(step)
                                     .arg(ChangeJson::describe(batch->first(), state), onlyIncremental.join("; "), onlyFull.join("; "))));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestGovernance)
#include "tst_governance.moc"
