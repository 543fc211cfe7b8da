// Dot voting and comment threads are catalog data: checked by the applier (budgets, one
// votes row per participant and sticky, stickies that exist), gone with what they belong to
// and back on undo, kept in the file and in the log.

#include "catalog/catalog.h"
#include "catalog/changes/changejson.h"
#include "testcatalogs.h"

#include <QTest>

using namespace mesh::catalog;

namespace {

const QByteArray kBoard = R"({"op":"create","kind":"BoundedContext","name":"Shop"}
{"op":"create","kind":"Event","name":"OrderPlaced","context":"Shop"}
{"op":"create","kind":"Event","name":"OrderPaid","context":"Shop"}
{"op":"create","kind":"Event","name":"OrderShipped","context":"Shop"}
{"op":"create","kind":"Event","name":"Unplaced","context":"Shop"}
{"op":"createDiagram","name":"Storming","kind":"board"}
{"op":"place","diagram":"Storming","element":"Shop/OrderPlaced","x":0,"y":0}
{"op":"place","diagram":"Storming","element":"Shop/OrderPaid","x":200,"y":0}
{"op":"place","diagram":"Storming","element":"Shop/OrderShipped","x":400,"y":0}
)";

} // namespace

class TestWorkshopAids : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_catalog;
    QUuid m_diagram;

    QUuid element(const QString &name) const
    {
        const Element *shop = m_catalog->state().findElement({}, ElementKind::BoundedContext, "Shop");
        return m_catalog->state().findElement(shop->id, ElementKind::Event, name)->id;
    }
    static Annotation votes(const QUuid &diagram, const QUuid &element, const QString &author, int dots)
    {
        return Annotation{QUuid::createUuid(), AnnotationKind::Votes, diagram, element, author, QDateTime::currentDateTimeUtc(), dots, {}};
    }
    static Annotation comment(const QUuid &element, const QString &author, const QString &text, const QDateTime &time)
    {
        return Annotation{QUuid::createUuid(), AnnotationKind::Comment, {}, element, author, time, 0, text};
    }
    Result<Batch> put(const Annotation &annotation) { return m_catalog->apply({PutAnnotation{annotation}}); }

private Q_SLOTS:
    void init()
    {
        m_catalog = mesh::testing::createCatalog(m_dir, QStringLiteral("aids%1.meshcat").arg(QDateTime::currentMSecsSinceEpoch()));
        mesh::testing::applyLines(*m_catalog, kBoard);
        m_diagram = m_catalog->state().diagrams().begin()->id;
    }

    void votesStayWithinTheBudget()
    {
        QVERIFY(put(votes(m_diagram, element("OrderPlaced"), "alice", 2)));
        QVERIFY(put(votes(m_diagram, element("OrderPaid"), "alice", 1)));
        QVERIFY(put(votes(m_diagram, element("OrderPlaced"), "bob", 3)));
        QCOMPARE(m_catalog->state().votesOn(m_diagram, element("OrderPlaced")), 5);
        QCOMPARE(m_catalog->state().votesGiven(m_diagram, "alice"), 3);
        QCOMPARE(m_catalog->state().dotBudget(m_diagram), kDefaultDotBudget);

        // A fourth dot is one too many; the catalog is left as it was.
        const CatalogState before = m_catalog->state();
        auto over = put(votes(m_diagram, element("OrderShipped"), "alice", 1));
        QVERIFY(!over);
        QCOMPARE(over.error().field, QStringLiteral("count"));
        QVERIFY2(over.error().message.contains("alice has 3 dot"), qPrintable(over.error().message));
        QVERIFY(m_catalog->state().hasSameContent(before));
        // A second votes row for the same participant and sticky, none on a sticky that is
        // not on the diagram, none of zero dots.
        QVERIFY(!put(votes(m_diagram, element("OrderPaid"), "alice", 1)));
        QVERIFY(!put(votes(m_diagram, element("Unplaced"), "carol", 1)));
        QVERIFY(!put(votes(m_diagram, element("OrderPaid"), "carol", 0)));

        // A larger budget lets alice go on; a diagram has one.
        Annotation budget{QUuid::createUuid(), AnnotationKind::DotBudget, m_diagram, {}, "facilitator", {}, 5, {}};
        QVERIFY(put(budget));
        QCOMPARE(m_catalog->state().dotBudget(m_diagram), 5);
        QVERIFY(put(votes(m_diagram, element("OrderShipped"), "alice", 2)));
        budget.id = QUuid::createUuid();
        QVERIFY(!put(budget));
        // Her dots on a sticky, changed in place: the same row with another count.
        Annotation mine;
        for (const Annotation &a : m_catalog->state().annotations()) {
            if (a.kind == AnnotationKind::Votes && a.author == "alice" && a.element == element("OrderPlaced"))
                mine = a;
        }
        mine.count = 1;
        auto lowered = put(mine);
        QVERIFY(lowered);
        QCOMPARE(m_catalog->state().votesOn(m_diagram, element("OrderPlaced")), 4);
        // Undo puts her two dots back.
        QVERIFY(m_catalog->apply(*lowered, ChangeOrigin::Undo));
        QCOMPARE(m_catalog->state().votesOn(m_diagram, element("OrderPlaced")), 5);
    }

    void aidsGoWithWhatTheyBelongTo()
    {
        const QUuid placed = element("OrderPlaced");
        QVERIFY(put(votes(m_diagram, placed, "alice", 2)));
        const QDateTime t0 = QDateTime::fromString("2026-12-01T10:00:00.000Z", Qt::ISODateWithMs);
        QVERIFY(put(comment(placed, "bob", "Is this before or after payment?", t0.addSecs(60))));
        QVERIFY(put(comment(placed, "alice", "Before: the order exists first.", t0.addSecs(120))));
        QCOMPARE(m_catalog->state().commentsOn(placed).size(), 2);
        QCOMPARE(m_catalog->state().commentsOn(placed).first().author, QStringLiteral("bob"));
        QVERIFY(!put(comment(placed, "carol", "   ", t0)));
        QVERIFY(!put(comment(placed, "carol", QString(kMaxCommentLength + 1, QLatin1Char('x')), t0)));

        // Off the diagram: its dots go (the comments stay with the element), back on undo.
        auto unplaced = m_catalog->apply({UnplaceElement{m_diagram, placed}});
        QVERIFY(unplaced);
        QCOMPARE(m_catalog->state().votesOn(m_diagram, placed), 0);
        QCOMPARE(m_catalog->state().commentsOn(placed).size(), 2);
        QVERIFY(m_catalog->apply(*unplaced, ChangeOrigin::Undo));
        QCOMPARE(m_catalog->state().votesOn(m_diagram, placed), 2);

        // The element deleted: everything on it goes, and comes back in order.
        const CatalogState before = m_catalog->state();
        auto deleted = m_catalog->apply({DeleteElement{placed}});
        QVERIFY(deleted);
        QVERIFY(m_catalog->state().annotations().isEmpty());
        QVERIFY(m_catalog->apply(*deleted, ChangeOrigin::Undo));
        QVERIFY(m_catalog->state().hasSameContent(before));

        // The diagram deleted: its votes and budget go.
        QVERIFY(put(Annotation{QUuid::createUuid(), AnnotationKind::DotBudget, m_diagram, {}, "facilitator", {}, 4, {}}));
        auto gone = m_catalog->apply({DeleteDiagram{m_diagram}});
        QVERIFY(gone);
        QCOMPARE(m_catalog->state().annotations().size(), 2);   // the comments
        QVERIFY(m_catalog->apply(*gone, ChangeOrigin::Undo));
        QCOMPARE(m_catalog->state().dotBudget(m_diagram), 4);
        QCOMPARE(m_catalog->state().votesOn(m_diagram, placed), 2);
    }

    void keptInTheFileAndTheLog()
    {
        QVERIFY(put(votes(m_diagram, element("OrderPaid"), "alice", 3)));
        QVERIFY(put(comment(element("OrderPaid"), "bob", "Paid by card, or \"any\" means?\nSecond line ✓",
                            QDateTime::fromString("2026-12-01T10:00:00.500Z", Qt::ISODateWithMs))));
        const QString location = m_catalog->location();
        const CatalogState written = m_catalog->state();
        m_catalog.reset();
        auto reopened = Catalog::open(location);
        QVERIFY(reopened);
        QVERIFY((*reopened)->state().hasSameContent(written));
        QCOMPARE((*reopened)->state().annotations().size(), 2);
        bool found = false;
        for (const Annotation &a : (*reopened)->state().annotations())
            found = found || a.text == QStringLiteral("Paid by card, or \"any\" means?\nSecond line ✓");
        QVERIFY(found);
        // The log replayed into an empty catalog gives the same state.
        auto log = (*reopened)->log();
        QVERIFY(log);
        QByteArray lines;
        for (const LoggedChange &change : *log)
            lines += change.change + '\n';
        QTemporaryDir copyDir;
        auto copy = mesh::testing::createCatalog(copyDir);
        mesh::testing::applyLines(*copy, lines);
        QVERIFY(copy->state().hasSameContent(written));
    }
};

QTEST_GUILESS_MAIN(TestWorkshopAids)
#include "tst_workshopaids.moc"
