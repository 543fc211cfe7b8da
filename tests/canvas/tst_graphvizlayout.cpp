#include "canvas/layout/graphvizlayout.h"
#include "canvas/layout/laneroute.h"

#include <QProcess>
#include <QTest>

using namespace mesh::layout;

Q_DECLARE_METATYPE(mesh::layout::LayoutEngine)

namespace {

QRectF rectOf(const LayoutResult &result, const LayoutNode &node)
{
    const QPointF c = result.centers.value(node.id);
    return {c.x() - node.size.width() / 2, c.y() - node.size.height() / 2, node.size.width(), node.size.height()};
}

double distance(const QRectF &rect, const QPointF &point)
{
    const double dx = std::max({rect.left() - point.x(), 0.0, point.x() - rect.right()});
    const double dy = std::max({rect.top() - point.y(), 0.0, point.y() - rect.bottom()});
    return std::hypot(dx, dy);
}

// Points along a path of cubic Bézier control points (start, then three per segment).
QList<QPointF> pointsAlong(const QList<QPointF> &route, int perSegment = 50)
{
    QList<QPointF> points;
    for (qsizetype i = 0; i + 3 < route.size(); i += 3) {
        for (int step = 0; step <= perSegment; ++step) {
            const double t = double(step) / perSegment, u = 1 - t;
            points.append(route[i] * u * u * u + route[i + 1] * 3 * u * u * t + route[i + 2] * 3 * u * t * t + route[i + 3] * t * t * t);
        }
    }
    return points;
}

// Three contexts of a few stickies each, chained inside and across.
LayoutGraph sampleBoard(int perCluster = 6)
{
    LayoutGraph graph;
    QList<QUuid> previous;
    for (int c = 0; c < 3; ++c) {
        QList<QUuid> ids;
        for (int i = 0; i < perCluster; ++i) {
            const QUuid id = QUuid::createUuid();
            graph.nodes.append({id, QSizeF(i % 2 ? 120 : 160, 80), QStringLiteral("context%1").arg(c), {}, false, {}});
            if (!ids.isEmpty())
                graph.edges.append({ids.back(), id});
            ids.append(id);
        }
        if (!previous.isEmpty())
            graph.edges.append({previous.back(), ids.front()});
        previous = ids;
    }
    graph.edges.append({graph.nodes.first().id, graph.nodes.last().id});
    return graph;
}

void verifyNoOverlapAndAttachedEdges(const LayoutGraph &graph, const LayoutResult &result)
{
    QHash<QUuid, QRectF> rects;
    for (const LayoutNode &node : graph.nodes) {
        QVERIFY2(result.centers.contains(node.id), "every node is placed");
        rects.insert(node.id, rectOf(result, node));
    }
    for (int i = 0; i < graph.nodes.size(); ++i) {
        for (int j = i + 1; j < graph.nodes.size(); ++j) {
            const QRectF overlap = rects[graph.nodes[i].id].intersected(rects[graph.nodes[j].id]);
            QVERIFY2(overlap.width() < 0.5 || overlap.height() < 0.5, qPrintable(QStringLiteral("nodes %1 and %2 overlap").arg(i).arg(j)));
        }
    }
    QCOMPARE(result.edgePaths.size(), graph.edges.size());
    for (int i = 0; i < graph.edges.size(); ++i) {
        const QList<QPointF> &path = result.edgePaths[i];
        QVERIFY2(path.size() >= 4 && (path.size() - 1) % 3 == 0, qPrintable(QStringLiteral("edge %1 has %2 points").arg(i).arg(path.size())));
        QVERIFY2(distance(rects[graph.edges[i].from], path.first()) < 3, qPrintable(QStringLiteral("edge %1 leaves its source").arg(i)));
        QVERIFY2(distance(rects[graph.edges[i].to], path.last()) < 3, qPrintable(QStringLiteral("edge %1 reaches its target").arg(i)));
    }
    for (const QRectF &rect : rects)
        QVERIFY(result.bounds.contains(rect.adjusted(0.5, 0.5, -0.5, -0.5)));
}

} // namespace

class TestGraphvizLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void engines_data()
    {
        QTest::addColumn<LayoutEngine>("engine");
        QTest::newRow("composed") << LayoutEngine::Composed;
        QTest::newRow("whole dot") << LayoutEngine::WholeDot;
        QTest::newRow("force") << LayoutEngine::Force;
        QTest::newRow("timeline") << LayoutEngine::Timeline;
    }

    // No two rectangles overlap, and every edge goes from its source to its target.
    void noOverlapEdgesAttached_data() { engines_data(); }
    void noOverlapEdgesAttached()
    {
        QFETCH(LayoutEngine, engine);
        const LayoutGraph graph = sampleBoard();
        const auto result = GraphvizLayout::run(graph, engine);
        QVERIFY(result);
        verifyNoOverlapAndAttachedEdges(graph, *result);
    }

    // A board reads left to right: along a chain inside a context, each sticky is further right.
    void boardsFlowLeftToRight()
    {
        const LayoutGraph graph = sampleBoard();
        const auto result = GraphvizLayout::run(graph, LayoutEngine::Composed);
        QVERIFY(result);
        for (int i = 1; i < 6; ++i)
            QVERIFY(result->centers[graph.nodes[i].id].x() > result->centers[graph.nodes[i - 1].id].x());
    }

    // Pinned nodes keep their places; the rest goes beside them, not over them.
    void pinnedNodesStay_data() { engines_data(); }
    void pinnedNodesStay()
    {
        QFETCH(LayoutEngine, engine);
        LayoutGraph graph = sampleBoard();
        graph.nodes[2].pinned = true;
        graph.nodes[2].center = QPointF(500, 300);
        graph.nodes[9].pinned = true;
        graph.nodes[9].center = QPointF(-200, 40);
        const auto result = GraphvizLayout::run(graph, engine);
        QVERIFY(result);
        QCOMPARE(result->centers[graph.nodes[2].id], QPointF(500, 300));
        QCOMPARE(result->centers[graph.nodes[9].id], QPointF(-200, 40));
        verifyNoOverlapAndAttachedEdges(graph, *result);
    }

    // Timelines: each lane is a row, in the given order, top to bottom.
    void timelineLanesAreRows()
    {
        LayoutGraph graph;
        graph.lanes = {QStringLiteral("triggers"), QStringLiteral("commands"), QStringLiteral("Identity")};
        QList<QUuid> ids;
        for (int i = 0; i < 9; ++i) {
            const QUuid id = QUuid::createUuid();
            graph.nodes.append({id, QSizeF(120, 80), {}, graph.lanes[i % 3], false, {}});
            if (!ids.isEmpty())
                graph.edges.append({ids.back(), id});
            ids.append(id);
        }
        const auto result = GraphvizLayout::run(graph, LayoutEngine::Timeline);
        QVERIFY(result);
        verifyNoOverlapAndAttachedEdges(graph, *result);
        for (int i = 0; i < 9; ++i) {
            QCOMPARE(result->centers[ids[i]].y(), result->centers[ids[i % 3]].y());
            if (i % 3)
                QVERIFY(result->centers[ids[i]].y() > result->centers[ids[i - 1]].y());
            if (i)
                QVERIFY(result->centers[ids[i]].x() > result->centers[ids[i - 1]].x());
        }
    }

    // Timelines: a relation with a sticky in its way goes round it — clear of every sticky,
    // from one end's border to the other's —, across lanes and within one; a relation with
    // nothing in its way stays straight.
    void laneRoutesGoRoundStickies()
    {
        const QList<LaneBand> lanes{{0, 90}, {140, 230}, {280, 370}};
        const QRectF top(0, 0, 140, 90), bottom(0, 280, 140, 90);
        const QRectF inTheWay(0, 140, 140, 90), beside(160, 140, 140, 90), further(320, 140, 140, 90);
        const QList<QRectF> middleLane{inTheWay, beside, further};
        const auto verifyClear = [](const QList<QPointF> &route, const QRectF &from, const QRectF &to, const QList<QRectF> &others) {
            QVERIFY(route.size() >= 4 && (route.size() - 1) % 3 == 0);
            QVERIFY(distance(from, route.first()) < 0.5);
            QVERIFY(distance(to, route.last()) < 0.5);
            for (const QPointF &point : pointsAlong(route)) {
                for (const QRectF &other : others)
                    QVERIFY2(!other.contains(point), qPrintable(QStringLiteral("(%1, %2)").arg(point.x()).arg(point.y())));
            }
        };
        // Up across the middle lane: round the three stickies in the way.
        verifyClear(laneRoute(bottom, 2, top, 0, lanes, middleLane), bottom, top, middleLane);
        // Nothing in the way: straight.
        QVERIFY(laneRoute(bottom, 2, top, 0, lanes, {further}).isEmpty());
        // Within one lane, past a sticky: by the gap below the lane.
        const QRectF right(480, 140, 140, 90);
        verifyClear(laneRoute(inTheWay, 1, right, 1, lanes, {beside, further}), inTheWay, right, {beside, further});
        // Next lanes, with a sticky cutting the corner.
        const QRectF corner(150, 280, 140, 90), target(300, 280, 140, 90);
        verifyClear(laneRoute(inTheWay, 1, target, 2, lanes, {corner}), inTheWay, target, {corner});
    }

    // A cache keeps the contexts that did not change: the same places, not laid out again.
    void cacheRelaysOutOnlyWhatChanged()
    {
        LayoutGraph graph = sampleBoard();
        LayoutCache cache;
        const auto first = GraphvizLayout::run(graph, LayoutEngine::Composed, nullptr, &cache);
        QVERIFY(first);
        QCOMPARE(cache.reused, 0);
        graph.nodes[0].size = QSizeF(240, 120);
        const auto second = GraphvizLayout::run(graph, LayoutEngine::Composed, nullptr, &cache);
        QVERIFY(second);
        QCOMPARE(cache.reused, 2);
        verifyNoOverlapAndAttachedEdges(graph, *second);
    }

    void cancelStopsIt()
    {
        const std::atomic<bool> cancel{true};
        QVERIFY(!GraphvizLayout::run(sampleBoard(), LayoutEngine::Composed, &cancel));
    }

    // The DOT text is the graph laid out in process: the dot command, given it, puts every
    // node where the studio's own run does.
    void dotTextForTheCommand()
    {
        const LayoutGraph board = sampleBoard();
        const QByteArray dot = GraphvizLayout::toDot(board, true);
        QCOMPARE(dot.count("subgraph cluster_"), 3);
        QProcess command;
        command.start(QStringLiteral("dot"), {QStringLiteral("-Tplain")});
        QVERIFY2(command.waitForStarted(), "the dot command (package graphviz) is needed");
        command.write(dot);
        command.closeWriteChannel();
        QVERIFY(command.waitForFinished(60000));
        QCOMPARE(command.exitCode(), 0);
        // "node NAME X Y ..." in inches, y upwards; NAME is n<index in the graph's nodes>.
        QHash<int, QPointF> placed;
        for (const QByteArray &line : command.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> fields = line.split(' ');
            if (fields.size() > 3 && fields[0] == "node")
                placed.insert(fields[1].mid(1).toInt(), QPointF(fields[2].toDouble() * 72, -fields[3].toDouble() * 72));
        }
        QCOMPARE(placed.size(), board.nodes.size());
        const auto laidOut = GraphvizLayout::run(board, LayoutEngine::WholeDot);
        QVERIFY(laidOut);
        const QPointF origin = laidOut->centers.value(board.nodes[0].id) - placed[0];
        for (int i = 0; i < board.nodes.size(); ++i) {
            const QPointF difference = laidOut->centers.value(board.nodes[i].id) - placed[i] - origin;
            QVERIFY2(std::abs(difference.x()) < 1 && std::abs(difference.y()) < 1, qPrintable(QStringLiteral("node %1 is %2, %3 off").arg(i).arg(difference.x()).arg(difference.y())));
        }
    }
};

QTEST_GUILESS_MAIN(TestGraphvizLayout)
#include "tst_graphvizlayout.moc"
