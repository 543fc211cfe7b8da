// apply → inverse gives back the same state, for every kind of change and for random
// sequences of changes; and the SQLite store holds exactly what memory holds after them.

#include "catalog/catalog.h"
#include "catalog/changes/changeapplier.h"
#include "catalog/store/sqlitecatalogstore.h"
#include "testcatalogs.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace mesh::catalog;

namespace {

// Ids in an order that depends on the model only (paths, names), never on hashing or on the
// random ids things were given: a seed then always makes the same sequence, and a failure
// can be replayed.
QList<QUuid> inOrder(QList<QUuid> ids, const std::function<QString(const QUuid &)> &key)
{
    std::sort(ids.begin(), ids.end(), [&key](const QUuid &a, const QUuid &b) { return key(a) < key(b); });
    return ids;
}

// Proposes random changes that are valid most of the time; the catalog rejects the rest,
// which exercises rollback as well.
class RandomChanges
{
public:
    explicit RandomChanges(quint32 seed) : m_random(seed) {}

    Change next(const CatalogState &state)
    {
        // Names are unique per context and kind, so a path with the kind names an element.
        const auto path = [&state](const QUuid &id) { return state.pathOf(id) + QLatin1Char(':') + elementKindId(state.element(id)->kind); };
        const QList<QUuid> ids = inOrder(state.elements().keys(), path);
        QList<QUuid> contexts;
        for (const QUuid &id : ids) {
            if (state.element(id)->kind == ElementKind::BoundedContext)
                contexts.append(id);
        }
        const QList<QUuid> relations = inOrder(state.relations().keys(), [&state, &path](const QUuid &id) {
            const Relation *r = state.relation(id);
            return path(r->from) + QLatin1Char(' ') + relationKindId(r->kind) + QLatin1Char(' ') + path(r->to);
        });
        auto pick = [&](const auto &list) { return list.at(m_random.bounded(int(list.size()))); };
        const int roll = m_random.bounded(100);
        if (contexts.isEmpty() || roll < 8) {
            return CreateElement{Element{QUuid::createUuid(), ElementKind::BoundedContext, name("Context")}};
        }
        if (roll < 35 || ids.size() < 4) {
            static const ElementKind kinds[] = {ElementKind::Event, ElementKind::Command, ElementKind::ReadModel,
                                                ElementKind::Service, ElementKind::Aggregate, ElementKind::Policy,
                                                ElementKind::Channel, ElementKind::Api, ElementKind::Actor};
            Element e{QUuid::createUuid(), kinds[m_random.bounded(9)], name("Element")};
            e.context = pick(contexts);
            e.description = m_random.bounded(2) ? QStringLiteral("described") : QString();
            return CreateElement{e};
        }
        const QUuid target = pick(ids);
        const Element &element = *state.element(target);
        if (roll < 50) {
            QJsonObject set;
            switch (m_random.bounded(5)) {
            case 0: set.insert("name", name("Renamed")); break;
            case 1: set.insert("description", m_random.bounded(2) ? QJsonValue("new text") : QJsonValue()); break;
            case 2: set.insert("lifecycle", lifecycleId(kAllLifecycles[m_random.bounded(5)])); break;
            case 3: set.insert("tags", QJsonArray::fromStringList({QStringLiteral("a"), name("tag")})); break;
            default:
                if (element.kind == ElementKind::Service)
                    set.insert("uptimeSloPercent", 99.0 + m_random.bounded(1.0));
                else
                    set.insert("owner", name("team"));
            }
            return UpdateElement{target, set};
        }
        if (roll < 58)
            return DeleteElement{target};
        if (roll < 72) {
            const QUuid other = pick(ids);
            const RelationKind kind = allRelationKinds().at(m_random.bounded(int(allRelationKinds().size())));
            return CreateRelation{Relation{QUuid::createUuid(), kind, target, other, {}}};
        }
        if (roll < 75 && !relations.isEmpty())
            return UpdateRelation{pick(relations), {{"description", name("flow")}}};
        if (roll < 78 && !relations.isEmpty())
            return DeleteRelation{pick(relations)};
        if (roll < 86) {
            const SchemaVersion *latest = state.latestSchema(target);
            SchemaVersion v;
            v.subject = target;
            v.version = latest ? latest->version + 1 : 1;
            v.format = SchemaFormat(m_random.bounded(3));
            v.text = name("schema");
            return AddSchemaVersion{v};
        }
        if (state.diagrams().isEmpty() || roll < 88)
            return CreateDiagram{Diagram{QUuid::createUuid(), name("Diagram"), DiagramKind(m_random.bounded(3))}};
        const QUuid diagram = pick(inOrder(state.diagrams().keys(), [&state](const QUuid &id) { return state.diagram(id)->name; }));
        const QRectF geometry(m_random.bounded(1000), m_random.bounded(1000), 160, 100);
        if (roll < 94)
            return PlaceElement{Placement{diagram, target, geometry, {}, false}};
        if (roll < 97)
            return MovePlacement{Placement{diagram, target, geometry, QStringLiteral("lane"), true}};
        return UnplaceElement{diagram, target};
    }

private:
    QString name(const char *prefix) { return QStringLiteral("%1%2").arg(QLatin1String(prefix)).arg(m_random.bounded(60)); }
    QRandomGenerator m_random;
};

} // namespace

class TestChangeInverse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyChangeKindIsUndone_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("create") << QByteArray(R"({"op":"create","kind":"Event","name":"ProfileRetired","context":"Identity","set":{"cardinality":5}})");
        QTest::newRow("update") << QByteArray(R"({"op":"update","ref":"Identity/ProfilePublished","set":{"name":"ProfileShown","description":null,"tags":["a","b"],"lifecycle":"approved"}})");
        QTest::newRow("update context") << QByteArray(R"({"op":"update","ref":"Identity/ProfilePublished","set":{"context":"Collaboration"}})");
        QTest::newRow("update metadata") << QByteArray(R"({"op":"update","ref":"Identity/ProfileService","set":{"uptimeSloPercent":null,"mttrMinutes":12.5}})");
        QTest::newRow("delete with relations, schema, placements") << QByteArray(R"({"op":"delete","ref":"Identity/ProfilePublished"})");
        QTest::newRow("relate") << QByteArray(R"({"op":"relate","kind":"partnership","from":"Collaboration","to":"Identity"})");
        QTest::newRow("unrelate") << QByteArray(R"({"op":"unrelate","kind":"emits","from":"Identity/ProfileService","to":"Identity/ProfilePublished"})");
        QTest::newRow("describe relation") << QByteArray(R"({"op":"updateRelation","kind":"emits","from":"Identity/ProfileService","to":"Identity/ProfilePublished","set":{"description":"Once a profile turns public."}})");
        QTest::newRow("add schema version") << QByteArray(R"({"op":"addSchemaVersion","subject":"Identity/ProfilePublished","format":"protobuf","text":"message ProfilePublished {}"})");
        QTest::newRow("remove schema version") << QByteArray(R"({"op":"removeSchemaVersion","subject":"Identity/ProfilePublished","version":1})");
        QTest::newRow("update schema version") << QByteArray(R"({"op":"updateSchemaVersion","subject":"Identity/ProfilePublished","version":1,"set":{"lifecycle":"approved","compatibility":"FULL"}})");
        QTest::newRow("create diagram") << QByteArray(R"({"op":"createDiagram","name":"Map","kind":"context-map"})");
        QTest::newRow("rename diagram") << QByteArray(R"({"op":"updateDiagram","diagram":"Profiles","set":{"name":"Profile board"}})");
        QTest::newRow("delete diagram") << QByteArray(R"({"op":"deleteDiagram","diagram":"Profiles"})");
        QTest::newRow("place") << QByteArray(R"({"op":"place","diagram":"Profiles","element":"Identity/Profile","x":5,"y":6,"lane":"Identity"})");
        QTest::newRow("move") << QByteArray(R"({"op":"move","diagram":"Profiles","element":"Identity/ProfilePublished","x":50,"y":60,"width":200,"height":80,"pinned":true})");
        QTest::newRow("unplace") << QByteArray(R"({"op":"unplace","diagram":"Profiles","element":"Identity/ProfilePublished"})");
    }

    void everyChangeKindIsUndone()
    {
        QFETCH(QByteArray, line);
        QTemporaryDir dir;
        auto catalog = mesh::testing::createCatalog(dir);
        mesh::testing::applyLines(*catalog, mesh::testing::kSmallModel);
        const CatalogState before = catalog->state();

        const Batch inverse = mesh::testing::applyLines(*catalog, line);
        QVERIFY(!inverse.isEmpty());
        QVERIFY(!catalog->state().hasSameContent(before));
        const CatalogState after = catalog->state();

        auto redo = catalog->apply(inverse, ChangeOrigin::Undo);
        QVERIFY2(redo.isOk(), qPrintable(redo.isOk() ? QString() : redo.error().message));
        QString difference;
        QVERIFY2(catalog->state().hasSameContent(before, &difference), qPrintable(difference));

        // The inverse of the inverse is the change again.
        QVERIFY(catalog->apply(*redo, ChangeOrigin::Redo).isOk());
        QVERIFY2(catalog->state().hasSameContent(after, &difference), qPrintable(difference));

        // And the file holds what memory holds.
        const QString path = catalog->location();
        const CatalogState inMemory = catalog->state();
        catalog.reset();
        auto reopened = Catalog::open(path);
        QVERIFY(reopened.isOk());
        QVERIFY2((*reopened)->state().hasSameContent(inMemory, &difference), qPrintable(difference));
    }

    // A refused batch is rolled back whole, even when putting an element back to "approved"
    // would be refused on its own (an earlier change of the batch left it with errors).
    void refusedBatchRollsBackApprovals()
    {
        QTemporaryDir dir;
        auto catalog = mesh::testing::createCatalog(dir);
        mesh::testing::applyLines(*catalog, mesh::testing::kSmallModel);
        mesh::testing::applyLines(*catalog, "{\"op\":\"create\",\"kind\":\"Service\",\"name\":\"Signer\",\"context\":\"Identity\","
                                            "\"set\":{\"owner\":\"identity-team\",\"description\":\"Signs\",\"uptimeSloPercent\":99.9}}\n"
                                            "{\"op\":\"update\",\"ref\":\"Identity/Signer\",\"set\":{\"lifecycle\":\"proposed\"}}\n"
                                            "{\"op\":\"update\",\"ref\":\"Identity/Signer\",\"set\":{\"lifecycle\":\"approved\"}}\n");
        const QUuid signer = catalog->state().findElement(catalog->state().findElement({}, ElementKind::BoundedContext, "Identity")->id,
                                                          ElementKind::Service, "Signer")->id;
        QCOMPARE(catalog->state().element(signer)->lifecycle, Lifecycle::Approved);
        const CatalogState before = catalog->state();
        auto refused = catalog->apply({UpdateElement{signer, {{"owner", QJsonValue::Null}}},
                                       UpdateElement{signer, {{"lifecycle", "deprecated"}}},
                                       UpdateElement{QUuid::createUuid(), {{"name", "Nobody"}}}});
        QVERIFY(!refused);
        QString difference;
        QVERIFY2(catalog->state().hasSameContent(before, &difference), qPrintable(difference));
    }

    void randomSequencesUndoToTheStart_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 7u, 42u, 1234u, 99991u})
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }

    void randomSequencesUndoToTheStart()
    {
        QFETCH(quint32, seed);
        QTemporaryDir dir;
        auto catalog = mesh::testing::createCatalog(dir);
        mesh::testing::applyLines(*catalog, mesh::testing::kSmallModel);
        const CatalogState start = catalog->state();
        QSignalSpy applied(catalog.get(), &Catalog::changesApplied);

        RandomChanges random(seed);
        QList<Batch> inverses;
        QList<CatalogState> states{start};
        int accepted = 0;
        int refused = 0;
        for (int step = 0; step < 300; ++step) {
            Batch batch;
            const int size = 1 + QRandomGenerator(seed + step).bounded(4);
            for (int i = 0; i < size; ++i)
                batch.append(random.next(catalog->state()));
            const CatalogState before = catalog->state();
            auto inverse = catalog->apply(batch);
            if (!inverse) {
                ++refused;
                QString difference;
                QVERIFY2(catalog->state().hasSameContent(before, &difference), qPrintable("refused batch left a trace: " + difference));
                continue;
            }
            ++accepted;
            inverses.append(*inverse);
            states.append(catalog->state());
        }
        QVERIFY2(accepted > 100, "the generator proposes mostly valid changes");
        QVERIFY2(refused > 10, "and some invalid ones, to exercise rollback");
        QCOMPARE(applied.size(), accepted + 0);

        // The store has exactly the state in memory.
        {
            auto store = SqliteCatalogStore::open(catalog->location(), OpenMode::ReadOnly);
            QVERIFY(store.isOk());
            auto loaded = (*store)->load();
            QVERIFY(loaded.isOk());
            QString difference;
            QVERIFY2(loaded->hasSameContent(catalog->state(), &difference), qPrintable(difference));
        }

        // Undo everything, newest first, passing through every intermediate state.
        for (qsizetype i = inverses.size() - 1; i >= 0; --i) {
            auto undone = catalog->apply(inverses[i], ChangeOrigin::Undo);
            QVERIFY2(undone.isOk(), qPrintable(undone.isOk() ? QString() : undone.error().message));
            QString difference;
            QVERIFY2(catalog->state().hasSameContent(states[i], &difference), qPrintable(difference));
        }
        QVERIFY(catalog->state().hasSameContent(start));
    }
};

QTEST_GUILESS_MAIN(TestChangeInverse)
#include "tst_changeinverse.moc"
