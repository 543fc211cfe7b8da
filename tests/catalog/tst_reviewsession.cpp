// Review sessions: a review covers everything since the baseline; each decision and comment
// is a logged change; the sign-off is refused while an item is undecided and moves the
// baseline; "revert rejected" takes back exactly the rejected items; all of it survives a
// reopen of the file.

#include "catalog/catalog.h"
#include "catalog/store/cataloghistory.h"
#include "catalog/governance/reviewsession.h"
#include "testcatalogs.h"

#include <QJsonArray>
#include <QTest>

using namespace mesh::catalog;

namespace {

QList<DiffItem> itemsOf(Catalog &catalog, const Review &review)
{
    auto before = CatalogHistory::stateAt(catalog.reader(), review.from);
    auto after = CatalogHistory::stateAt(catalog.reader(), review.to);
    if (!before || !after)
        return {};
    return SemanticDiff::between(*before, *after).items;
}

const DiffItem *findItem(const QList<DiffItem> &items, const QString &path)
{
    for (const DiffItem &item : items) {
        if (item.path == path)
            return &item;
    }
    return nullptr;
}

const Element *byPath(const CatalogState &state, const QString &path)
{
    for (const Element &element : state.elements()) {
        if (state.pathOf(element.id) == path)
            return state.element(element.id);
    }
    return nullptr;
}

Review record(Catalog &catalog, const Review &review)
{
    auto applied = catalog.apply({SetReview{review}});
    if (!applied)
        qWarning() << applied.error().message;
    return catalog.state().reviews().value(review.id);
}

} // namespace

class TestReviewSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reviewFlowFromOpenToSignOffAndRevert()
    {
        QTemporaryDir dir;
        auto catalog = mesh::testing::createCatalog(dir);
        mesh::testing::applyLines(*catalog, mesh::testing::kSmallModel);
        QCOMPARE(catalog->state().baseline(), 0);

        // The first review covers the whole model; approve it all and sign off.
        Review first = record(*catalog, ReviewSession::open(catalog->state(), catalog->revision(), "Initial model", "ana"));
        QCOMPARE(first.from, 0);
        const QList<DiffItem> firstItems = itemsOf(*catalog, first);
        QVERIFY(firstItems.size() > 10);
        auto refused = ReviewSession::close(first, firstItems, "ana", catalog->state());
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains("Identity/ProfilePublished"));
        for (const DiffItem &item : firstItems)
            first = *ReviewSession::decide(first, ReviewSession::itemKey(item), "approve");
        first = record(*catalog, *ReviewSession::close(first, firstItems, "ana", catalog->state()));
        QVERIFY(first.closed);
        const qint64 baseline = first.to;
        QCOMPARE(catalog->state().baseline(), baseline);

        // Two edits after the baseline: one changed field, one new element.
        mesh::testing::applyLines(*catalog, R"({"op":"update","ref":"Identity/ProfilePublished","set":{"description":"Profile is public"}})");
        mesh::testing::applyLines(*catalog, R"({"op":"create","kind":"Event","name":"ProfileHidden","context":"Identity"})");

        Review second = record(*catalog, ReviewSession::open(catalog->state(), catalog->revision(), "Profile events", "ben"));
        QCOMPARE(second.from, baseline);
        const QList<DiffItem> items = itemsOf(*catalog, second);
        const DiffItem *changed = findItem(items, "Identity/ProfilePublished");
        const DiffItem *added = findItem(items, "Identity/ProfileHidden");
        QVERIFY(changed && added);
        QCOMPARE(changed->change, DiffItem::Change::Changed);
        QCOMPARE(added->change, DiffItem::Change::Added);

        QVERIFY(!ReviewSession::decide(second, ReviewSession::itemKey(*added), "maybe"));
        second = *ReviewSession::decide(second, ReviewSession::itemKey(*changed), "approve");
        second = record(*catalog, second);
        QVERIFY(!ReviewSession::close(second, items, "ben", catalog->state())); // ProfileHidden undecided
        second = ReviewSession::comment(second, ReviewSession::itemKey(*added), "ben", "Hidden is not a business event");
        second = *ReviewSession::decide(second, ReviewSession::itemKey(*added), "reject");
        second = record(*catalog, second);
        const auto comments = second.items.value(ReviewSession::itemKey(*added)).toObject().value("comments").toArray();
        QCOMPARE(comments.size(), 1);
        QCOMPARE(comments.first().toObject().value("text").toString(), QStringLiteral("Hidden is not a business event"));

        // Revert takes back the rejected element and keeps the approved edit.
        auto reviewedFrom = CatalogHistory::stateAt(catalog->reader(), second.from);
        QVERIFY(reviewedFrom);
        const Batch revert = ReviewSession::revertRejected(second, *reviewedFrom, catalog->state(), items);
        QCOMPARE(revert.size(), 1);
        QVERIFY(catalog->apply(revert));
        QVERIFY(!byPath(catalog->state(), "Identity/ProfileHidden"));
        QCOMPARE(byPath(catalog->state(), "Identity/ProfilePublished")->description, QStringLiteral("Profile is public"));

        second = record(*catalog, *ReviewSession::close(second, items, "ben", catalog->state()));
        QCOMPARE(catalog->state().baseline(), second.to);

        // A signed-off review is final: neither edited nor deleted.
        QVERIFY(!catalog->apply({SetReview{*ReviewSession::decide(second, ReviewSession::itemKey(*added), "approve")}}));
        auto deleted = catalog->apply({DeleteReview{second.id}});
        QVERIFY(!deleted);
        QVERIFY(deleted.error().message.contains("is closed"));
        QCOMPARE(catalog->state().baseline(), second.to);

        // Reopened from the file, the reviews, their decisions and the baseline are intact.
        const QString path = catalog->location();
        const CatalogState expected = catalog->state();
        catalog.reset();
        auto reopened = Catalog::open(path);
        QVERIFY(reopened);
        QCOMPARE((*reopened)->state().reviews().size(), 2);
        QCOMPARE((*reopened)->state().reviews().value(second.id), second);
        QCOMPARE((*reopened)->state().baseline(), second.to);
        QString difference;
        QVERIFY2((*reopened)->state().hasSameContent(expected, &difference), qPrintable(difference));
    }

    void revertRestoresRemovedElementsAndChangedFields()
    {
        QTemporaryDir dir;
        auto catalog = mesh::testing::createCatalog(dir);
        mesh::testing::applyLines(*catalog, mesh::testing::kSmallModel);
        Review baselineReview = ReviewSession::open(catalog->state(), catalog->revision(), "Baseline", "ana");
        baselineReview = *ReviewSession::close(baselineReview, {}, "ana", catalog->state());
        record(*catalog, baselineReview);
        const CatalogState atBaseline = catalog->state();

        mesh::testing::applyLines(*catalog, R"({"op":"update","ref":"Identity/ProfileService","set":{"uptimeSloPercent":99.0}})");
        mesh::testing::applyLines(*catalog, R"({"op":"delete","ref":"Collaboration/PublicProfileView"})");

        Review review = record(*catalog, ReviewSession::open(catalog->state(), catalog->revision(), "Cuts", "ben"));
        const QList<DiffItem> items = itemsOf(*catalog, review);
        for (const DiffItem &item : items)
            review = *ReviewSession::decide(review, ReviewSession::itemKey(item), "reject");
        review = record(*catalog, review);

        auto reviewedFrom = CatalogHistory::stateAt(catalog->reader(), review.from);
        QVERIFY(reviewedFrom);
        auto reverted = catalog->apply(ReviewSession::revertRejected(review, *reviewedFrom, catalog->state(), items));
        QVERIFY2(reverted, reverted ? "" : qPrintable(reverted.error().message));
        const Element *view = byPath(catalog->state(), "Collaboration/PublicProfileView");
        QVERIFY(view);
        QCOMPARE(byPath(catalog->state(), "Identity/ProfileService")->attributes.value("uptimeSloPercent").toDouble(), 99.95);
        QCOMPARE(catalog->state().relations().size(), atBaseline.relations().size());
    }
};

QTEST_GUILESS_MAIN(TestReviewSession)
#include "tst_reviewsession.moc"
