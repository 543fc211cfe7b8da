// The rules of the model, as a user meets them through changes: names unique per kind
// within a context, relation kinds checked against their ends, typed metadata, contexts
// where a kind needs one, schema versions without gaps.

#include "catalog/changes/changeapplier.h"
#include "catalog/changes/changejson.h"
#include "testcatalogs.h"

#include <QTest>

using namespace mesh::catalog;

class TestModelValidation : public QObject
{
    Q_OBJECT

private:
    CatalogState smallModel()
    {
        CatalogState state;
        auto batch = ChangeJson::readJsonLines(mesh::testing::kSmallModel, state);
        if (!batch)
            qFatal("small model: line %d: %s", batch.error().line, qPrintable(batch.error().message));
        auto applied = ChangeApplier::apply(state, *batch, nullptr);
        if (!applied)
            qFatal("small model not applied: %s", qPrintable(applied.error().message));
        return state;
    }

private Q_SLOTS:
    void change_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("field");

        auto ok = [](const char *name, const char *line) { QTest::newRow(name) << QByteArray(line) << true << QString(); };
        auto bad = [](const char *name, const char *line, const char *field) {
            QTest::newRow(name) << QByteArray(line) << false << QString::fromLatin1(field);
        };
        // Creating elements.
        ok("event in a context", R"({"op":"create","kind":"Event","name":"ProfileRetired","context":"Identity"})");
        ok("same name, other kind", R"({"op":"create","kind":"Command","name":"ProfilePublished","context":"Identity"})");
        ok("same name, other context", R"({"op":"create","kind":"Event","name":"ProfilePublished","context":"Collaboration"})");
        ok("actor without context", R"({"op":"create","kind":"Actor","name":"Participant"})");
        ok("actor in a context", R"({"op":"create","kind":"Actor","name":"Participant","context":"Identity"})");
        // moc misreads a backslash inside a raw string, so this row is an ordinary literal.
        ok("unicode and quotes", "{\"op\":\"create\",\"kind\":\"Event\",\"name\":\"Profil publié \\\"ok\\\"; DROP\",\"context\":\"Identity\"}");
        bad("duplicate name", R"({"op":"create","kind":"Event","name":"ProfilePublished","context":"Identity"})", "name");
        bad("duplicate context", R"({"op":"create","kind":"BoundedContext","name":"Identity"})", "name");
        ok("draft event without context", R"({"op":"create","kind":"Event","name":"Orphan"})");
        bad("proposed event without context", R"({"op":"create","kind":"Event","name":"Orphan","set":{"lifecycle":"proposed"}})", "context");
        bad("approved service leaving its context", R"({"op":"update","ref":"Identity/ProfileService","set":{"lifecycle":"approved","owner":"t","context":null}})", "context");
        bad("team inside a context", R"({"op":"create","kind":"Team","name":"t","context":"Identity"})", "context");
        bad("context inside a context", R"({"op":"create","kind":"BoundedContext","name":"Sub","context":"Identity"})", "context");
        bad("context is not a context", R"({"op":"create","kind":"Event","name":"E","context":"Identity/ProfileService"})", "context");
        bad("unknown context", R"({"op":"create","kind":"Event","name":"E","context":"Nowhere"})", "context");
        bad("unknown kind", R"({"op":"create","kind":"Evnt","name":"E","context":"Identity"})", "kind");
        bad("empty name", R"({"op":"create","kind":"Event","name":"","context":"Identity"})", "name");
        bad("name with slash", R"({"op":"create","kind":"Event","name":"A/B","context":"Identity"})", "name");
        bad("name with spaces around", R"({"op":"create","kind":"Event","name":" A","context":"Identity"})", "name");
        bad("name with control char", "{\"op\":\"create\",\"kind\":\"Event\",\"name\":\"A\\u0007\",\"context\":\"Identity\"}", "name");
        bad("missing name", R"({"op":"create","kind":"Event","context":"Identity"})", "name");
        bad("unknown top-level field", R"({"op":"create","kind":"Event","name":"E","context":"Identity","colour":"red"})", "colour");
        bad("bad id", R"({"op":"create","id":"not-a-uuid","kind":"Actor","name":"A"})", "id");
        // Typed metadata.
        ok("uptime in range", R"({"op":"update","ref":"Identity/ProfileService","set":{"uptimeSloPercent":99.99}})");
        ok("clear a field", R"({"op":"update","ref":"Identity/ProfileService","set":{"uptimeSloPercent":null}})");
        ok("paths on an api", R"({"op":"create","kind":"Api","name":"ProfileApi","context":"Identity","set":{"specKind":"openapi","paths":["/p"]}})");
        bad("uptime above 100", R"({"op":"update","ref":"Identity/ProfileService","set":{"uptimeSloPercent":100.5}})", "uptimeSloPercent");
        bad("negative latency", R"({"op":"update","ref":"Collaboration/PublicProfileView","set":{"latencyToDataUpdateMs":-1}})", "latencyToDataUpdateMs");
        bad("fractional partitions", R"({"op":"update","ref":"Identity/identity.profile-published.v1","set":{"partitions":2.5}})", "partitions");
        bad("zero partitions", R"({"op":"update","ref":"Identity/identity.profile-published.v1","set":{"partitions":0}})", "partitions");
        bad("unknown cleanup policy", R"({"op":"update","ref":"Identity/identity.profile-published.v1","set":{"cleanupPolicy":"shred"}})", "cleanupPolicy");
        bad("number as text", R"({"op":"update","ref":"Identity/ProfilePublished","set":{"cardinality":"many"}})", "cardinality");
        bad("field of another kind", R"({"op":"update","ref":"Identity/ProfilePublished","set":{"partitions":3}})", "partitions");
        bad("unknown field", R"({"op":"update","ref":"Identity/ProfilePublished","set":{"colour":"red"}})", "colour");
        bad("unknown lifecycle", R"({"op":"update","ref":"Identity/ProfilePublished","set":{"lifecycle":"done"}})", "lifecycle");
        bad("kind cannot change", R"({"op":"update","ref":"Identity/ProfilePublished","set":{"kind":"Command"}})", "kind");
        bad("empty update", R"({"op":"update","ref":"Identity/ProfilePublished","set":{}})", "set");
        bad("rename onto a taken name", R"({"op":"create","kind":"Event","name":"ProfileRetired","context":"Identity"}
{"op":"update","ref":"Identity/ProfileRetired","set":{"name":"ProfilePublished"}})", "name");
        ok("move to another context", R"({"op":"update","ref":"Identity/ProfilePublished","set":{"context":"Collaboration"}})");
        bad("move where the name is taken", R"({"op":"create","kind":"Event","name":"ProfilePublished","context":"Collaboration"}
{"op":"update","ref":"Identity/ProfilePublished","set":{"context":"Collaboration"}})", "name");
        bad("unknown reference", R"({"op":"update","ref":"Identity/Nope","set":{"lifecycle":"proposed"}})", "ref");
        // Relations against their ends.
        ok("service subscribes channel", R"({"op":"relate","kind":"subscribes","from":"Identity/ProfileService","to":"Identity/identity.profile-published.v1"})");
        ok("channel carries event", R"({"op":"create","kind":"Event","name":"ProfileRetired","context":"Identity"}
{"op":"relate","kind":"carries","from":"Identity/identity.profile-published.v1","to":"Identity/ProfileRetired"})");
        ok("context map pattern", R"({"op":"relate","kind":"anticorruption-layer","from":"Collaboration","to":"Identity"})");
        bad("event handled by command", R"({"op":"relate","kind":"handled-by","from":"Identity/ProfilePublished","to":"Identity/PublishProfile"})", "kind");
        bad("event emits service", R"({"op":"relate","kind":"emits","from":"Identity/ProfilePublished","to":"Identity/ProfileService"})", "kind");
        bad("context map between events", R"({"op":"relate","kind":"partnership","from":"Identity/ProfilePublished","to":"Collaboration/PublicProfileView"})", "kind");
        bad("same relation twice", R"({"op":"relate","kind":"emits","from":"Identity/ProfileService","to":"Identity/ProfilePublished"})", "to");
        bad("relation to itself", R"({"op":"relate","kind":"partnership","from":"Identity","to":"Identity"})", "to");
        bad("unknown relation kind", R"({"op":"relate","kind":"likes","from":"Identity","to":"Collaboration"})", "kind");
        bad("unrelate what is not related", R"({"op":"unrelate","kind":"feeds","from":"Identity/ProfilePublished","to":"Identity/Profile"})", "to");
        // Deleting.
        ok("delete an event with relations", R"({"op":"delete","ref":"Identity/ProfilePublished"})");
        bad("delete a context that has elements", R"({"op":"delete","ref":"Identity"})", "");
        ok("delete an empty context", R"({"op":"create","kind":"BoundedContext","name":"Empty"}
{"op":"create","kind":"BoundedContext","name":"Kept"}
{"op":"delete","ref":"Empty"})");
        // Schemas.
        ok("next schema version", R"({"op":"addSchemaVersion","subject":"Identity/ProfilePublished","format":"avro","text":"\u0022string\u0022"})");
        bad("schema version gap", R"({"op":"addSchemaVersion","subject":"Identity/ProfilePublished","version":3,"format":"avro","text":"\u0022string\u0022"})", "version");
        bad("schema on a service", R"({"op":"addSchemaVersion","subject":"Identity/ProfileService","format":"avro","text":"\u0022string\u0022"})", "subject");
        bad("schema without text", R"({"op":"addSchemaVersion","subject":"Identity/ProfilePublished","format":"avro","text":"  "})", "text");
        bad("unknown schema format", R"({"op":"addSchemaVersion","subject":"Identity/ProfilePublished","format":"xsd","text":"x"})", "format");
        bad("unknown compatibility", R"({"op":"addSchemaVersion","subject":"Identity/ProfilePublished","format":"avro","compatibility":"SIDEWAYS","text":"x"})", "compatibility");
        bad("remove an older version", R"({"op":"addSchemaVersion","subject":"Identity/ProfilePublished","format":"avro","text":"\u0022string\u0022"}
{"op":"removeSchemaVersion","subject":"Identity/ProfilePublished","version":1})", "version");
        // Diagrams and placements.
        ok("second diagram", R"({"op":"createDiagram","name":"Map","kind":"context-map"})");
        bad("duplicate diagram name", R"({"op":"createDiagram","name":"Profiles","kind":"board"})", "name");
        bad("place twice", R"({"op":"place","diagram":"Profiles","element":"Identity/ProfilePublished","x":0,"y":0})", "element");
        bad("place with no size", R"({"op":"place","diagram":"Profiles","element":"Identity/Profile","x":0,"y":0,"width":0})", "geometry");
        bad("move what is not placed", R"({"op":"move","diagram":"Profiles","element":"Identity/Profile","x":0,"y":0})", "element");
        bad("unknown diagram", R"({"op":"place","diagram":"Nope","element":"Identity/Profile","x":0,"y":0})", "diagram");
        // Malformed input.
        bad("not json", R"({"op":"create",)", "");
        bad("unknown op", R"({"op":"explode"})", "op");
        bad("no op", R"({"kind":"Event"})", "op");
    }

    void change()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, accepted);
        QFETCH(QString, field);

        CatalogState state = smallModel();
        const CatalogState before = state;
        auto batch = ChangeJson::readJsonLines(line, state);
        QCOMPARE(batch.isOk(), accepted);
        if (!accepted) {
            QVERIFY2(!batch.error().message.isEmpty(), "an error names the problem");
            QVERIFY(batch.error().line >= 1);
            QCOMPARE(batch.error().field, field);
            return;
        }
        auto inverse = ChangeApplier::apply(state, *batch, nullptr);
        QVERIFY2(inverse.isOk(), qPrintable(inverse.isOk() ? QString() : inverse.error().message));
        // It took effect (an inverse that undoes nothing would pass the check below as well).
        QVERIFY2(!state.hasSameContent(before), "the accepted change changed the catalog");
        QVERIFY(ChangeApplier::apply(state, *inverse, nullptr).isOk());
        QString difference;
        QVERIFY2(state.hasSameContent(before, &difference), qPrintable(difference));
    }

    void failedBatchLeavesStateUntouched()
    {
        CatalogState state = smallModel();
        const CatalogState before = state;
        const QUuid event = state.findElement(state.findElement({}, ElementKind::BoundedContext, "Identity")->id,
                                              ElementKind::Event, "ProfilePublished")->id;
        Batch batch{UpdateElement{event, {{"name", "Renamed"}}}, DeleteElement{event},
                    UpdateElement{event, {{"description", "too late"}}}};
        auto result = ChangeApplier::apply(state, batch, nullptr);
        QVERIFY(!result.isOk());
        QCOMPARE(result.error().index, 2);
        QCOMPARE(result.error().code, ErrorCode::NotFound);
        QString difference;
        QVERIFY2(state.hasSameContent(before, &difference), qPrintable(difference));
        QVERIFY(state.findElement(state.element(event)->context, ElementKind::Event, "ProfilePublished"));
    }

    void ambiguousPathNeedsAnId()
    {
        CatalogState state = smallModel();
        auto batch = ChangeJson::readJsonLines(R"({"op":"create","kind":"Command","name":"ProfilePublished","context":"Identity"})", state);
        QVERIFY(batch.isOk());
        QVERIFY(ChangeApplier::apply(state, *batch, nullptr).isOk());
        auto resolved = ChangeJson::resolveElement("Identity/ProfilePublished", state, "ref");
        QVERIFY(!resolved.isOk());
        QVERIFY(resolved.error().message.contains("ambiguous"));
        auto narrowed = ChangeJson::resolveElement("Identity/ProfilePublished", state, "ref", {ElementKind::Event});
        QVERIFY(narrowed.isOk());
        QCOMPARE(state.element(*narrowed)->kind, ElementKind::Event);
    }
};

QTEST_GUILESS_MAIN(TestModelValidation)
#include "tst_modelvalidation.moc"
