#include "canvas/layout/graphvizlayout.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <QCryptographicHash>
#include <QMap>
#include <QMutex>
#include <QMutexLocker>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace mesh::layout {

namespace {

constexpr double kPointsPerInch = 72.0;
constexpr double kClusterMargin = 36.0;   // around a cluster's content, room for its title
constexpr double kGap = 48.0;             // between what was laid out and pinned nodes

// Graphviz keeps global state: one lock for every call into it, one context for the process.
QMutex &graphvizLock()
{
    static QMutex lock;
    return lock;
}

GVC_t *context()
{
    static GVC_t *gvc = gvContext();
    return gvc;
}

char *cstr(const char *text)
{
    return const_cast<char *>(text);
}

QByteArray inches(double points)
{
    return QByteArray::number(points / kPointsPerInch, 'f', 4);
}

QList<QPointF> straightPath(const QPointF &from, const QPointF &to)
{
    return {from, from + (to - from) / 3.0, from + (to - from) * 2.0 / 3.0, to};
}


// One Graphviz run over some nodes and the edges among them.
class GraphvizRun
{
public:
    GraphvizRun(const char *engine, bool leftToRight, bool splines = true) : m_engine(engine)
    {
        m_graph = agopen(cstr("G"), Agdirected, nullptr);
        if (leftToRight)
            agattr(m_graph, AGRAPH, cstr("rankdir"), cstr("LR"));
        agattr(m_graph, AGRAPH, cstr("nodesep"), cstr("0.4"));
        agattr(m_graph, AGRAPH, cstr("ranksep"), cstr("0.7"));
        agattr(m_graph, AGRAPH, cstr("splines"), cstr(splines ? "true" : "false"));
        agattr(m_graph, AGRAPH, cstr("overlap"), cstr("false"));
        agattr(m_graph, AGRAPH, cstr("sep"), cstr("+12"));
        agattr(m_graph, AGNODE, cstr("shape"), cstr("box"));
        agattr(m_graph, AGNODE, cstr("fixedsize"), cstr("true"));
        agattr(m_graph, AGNODE, cstr("label"), cstr(""));
        m_width = agattr(m_graph, AGNODE, cstr("width"), cstr("1"));
        m_height = agattr(m_graph, AGNODE, cstr("height"), cstr("1"));
        m_weight = agattr(m_graph, AGEDGE, cstr("weight"), cstr("1"));
        if (qstrcmp(engine, "fdp") == 0) {   // room on the edges for their labels
            agattr(m_graph, AGRAPH, cstr("K"), cstr("3.5"));
            agattr(m_graph, AGRAPH, cstr("sep"), cstr("+70"));
        }
    }
    ~GraphvizRun()
    {
        if (m_laidOut)
            gvFreeLayout(context(), m_graph);
        agclose(m_graph);
    }

    Agnode_t *addNode(const QUuid &id, const QSizeF &size, const QString &cluster = {})
    {
        const QByteArray name = "n" + QByteArray::number(m_nodes.size());
        Agraph_t *owner = m_graph;
        if (!cluster.isNull()) {
            Agraph_t *&sub = m_clusters[cluster];
            if (!sub) {
                const QByteArray subName = "cluster_" + QByteArray::number(m_clusters.size());
                sub = agsubg(m_graph, cstr(subName.constData()), 1);
            }
            owner = sub;
        }
        Agnode_t *node = agnode(owner, cstr(name.constData()), 1);
        agxset(node, m_width, inches(size.width()).data());
        agxset(node, m_height, inches(size.height()).data());
        m_nodes.insert(id, node);
        return node;
    }

    // Edges between the same two nodes share one Graphviz edge (and so one path).
    void addEdge(int index, const QUuid &from, const QUuid &to, int weight = 1)
    {
        Agnode_t *tail = m_nodes.value(from);
        Agnode_t *head = m_nodes.value(to);
        if (!tail || !head)
            return;
        Agedge_t *edge = agedge(m_graph, tail, head, nullptr, 1);
        if (weight != 1)
            agxset(edge, m_weight, QByteArray::number(weight).data());
        m_edges.append({index, edge});
    }

    bool layout()
    {
        m_laidOut = gvLayout(context(), m_graph, m_engine) == 0;
        return m_laidOut;
    }

    // Centers with y downwards, the graph's top-left at the origin.
    QPointF center(const QUuid &id) const
    {
        const pointf p = ND_coord(m_nodes.value(id));
        const boxf box = GD_bb(m_graph);
        return {p.x - box.LL.x, box.UR.y - p.y};
    }

    QSizeF size() const
    {
        const boxf box = GD_bb(m_graph);
        return {box.UR.x - box.LL.x, box.UR.y - box.LL.y};
    }

    void readEdges(QList<QList<QPointF>> &paths, const QPointF &offset) const
    {
        const boxf box = GD_bb(m_graph);
        auto convert = [&](const pointf &p) { return QPointF(p.x - box.LL.x, box.UR.y - p.y) + offset; };
        for (const auto &[index, edge] : m_edges) {
            const splines *spl = ED_spl(edge);
            if (!spl || spl->size == 0)
                continue;
            QList<QPointF> points;
            for (int b = 0; b < spl->size; ++b) {
                const bezier &curve = spl->list[b];
                for (int i = (b == 0 ? 0 : 1); i < curve.size; ++i)
                    points.append(convert(curve.list[i]));
                if (curve.eflag && b == spl->size - 1) {
                    // Graphviz stops the curve short of an arrowhead; draw it to the border.
                    const QPointF end = convert(curve.ep);
                    const QPointF last = points.back();
                    points += {last + (end - last) / 3.0, last + (end - last) * 2.0 / 3.0, end};
                }
            }
            paths[index] = points;
        }
    }

    QList<QUuid> nodeIds() const { return m_nodes.keys(); }

    // The graph with every attribute it is laid out with, as Graphviz writes it.
    QByteArray dot() const
    {
        char *buffer = nullptr;
        size_t size = 0;
        FILE *stream = open_memstream(&buffer, &size);
        if (!stream)
            return {};
        const bool written = agwrite(m_graph, stream) == 0;
        std::fclose(stream);
        const QByteArray text = written ? QByteArray(buffer, qsizetype(size)) : QByteArray();
        std::free(buffer);
        return text;
    }

private:
    const char *m_engine;
    Agraph_t *m_graph = nullptr;
    Agsym_t *m_width = nullptr;
    Agsym_t *m_height = nullptr;
    Agsym_t *m_weight = nullptr;
    QHash<QUuid, Agnode_t *> m_nodes;
    QMap<QString, Agraph_t *> m_clusters;
    QList<QPair<int, Agedge_t *>> m_edges;
    bool m_laidOut = false;
};

// The nodes given and the edges among them; each node in its cluster's subgraph if asked.
void addGraph(GraphvizRun &run, const LayoutGraph &graph, const QList<const LayoutNode *> &nodes, bool clusters)
{
    QSet<QUuid> added;
    for (const LayoutNode *node : nodes) {
        run.addNode(node->id, node->size, clusters ? node->cluster : QString());
        added.insert(node->id);
    }
    for (qsizetype i = 0; i < graph.edges.size(); ++i) {
        if (added.contains(graph.edges[i].from) && added.contains(graph.edges[i].to))
            run.addEdge(int(i), graph.edges[i].from, graph.edges[i].to);
    }
}

bool cancelled(const std::atomic<bool> *cancel)
{
    return cancel && cancel->load();
}

// Edges not laid out by Graphviz (across clusters, to pinned or moved nodes) go straight
// from border to border.
void routeStraight(const LayoutGraph &graph, LayoutResult &result, const QHash<QUuid, QSizeF> &sizes)
{
    for (qsizetype i = 0; i < graph.edges.size(); ++i) {
        if (!result.edgePaths[i].isEmpty())
            continue;
        const LayoutEdge &edge = graph.edges[i];
        if (!result.centers.contains(edge.from) || !result.centers.contains(edge.to))
            continue;
        const QRectF a = centeredRect(result.centers[edge.from], sizes[edge.from]);
        const QRectF b = centeredRect(result.centers[edge.to], sizes[edge.to]);
        result.edgePaths[i] = straightPath(borderPoint(a, b.center()), borderPoint(b, a.center()));
    }
}

// Lays out the clusters one by one with dot, then the clusters with sfdp as boxes of their
// size, then packs them without overlap.
QByteArray signatureOf(const QList<const LayoutNode *> &nodes, const QList<int> &edges, const LayoutGraph &graph)
{
    QByteArray signature;
    for (const LayoutNode *node : nodes)
        signature += node->id.toRfc4122() + QByteArray::number(node->size.width()) + ',' + QByteArray::number(node->size.height()) + ';';
    for (int index : edges)
        signature += QByteArray::number(index) + graph.edges[index].from.toRfc4122() + graph.edges[index].to.toRfc4122();
    return QCryptographicHash::hash(signature, QCryptographicHash::Md5);
}

std::optional<LayoutResult> composed(const LayoutGraph &graph, const QList<const LayoutNode *> &nodes, const std::atomic<bool> *cancel,
                                     LayoutCache *cache)
{
    QMap<QString, QList<const LayoutNode *>> clusters;
    QHash<QUuid, QString> clusterOf;
    for (const LayoutNode *node : nodes) {
        clusters[node->cluster].append(node);
        clusterOf.insert(node->id, node->cluster);
    }
    QMap<QString, QList<int>> inner;
    QMap<QPair<QString, QString>, int> across;
    for (qsizetype i = 0; i < graph.edges.size(); ++i) {
        const LayoutEdge &edge = graph.edges[i];
        if (!clusterOf.contains(edge.from) || !clusterOf.contains(edge.to))
            continue;
        const QString a = clusterOf[edge.from], b = clusterOf[edge.to];
        if (a == b)
            inner[a].append(int(i));
        else
            ++across[qMakePair(std::min(a, b), std::max(a, b))];
    }

    LayoutResult result;
    result.edgePaths.resize(graph.edges.size());
    LayoutCache scratch;
    LayoutCache &kept = cache ? *cache : scratch;
    kept.reused = 0;
    for (auto it = clusters.begin(); it != clusters.end(); ++it) {
        if (cancelled(cancel))
            return std::nullopt;
        const QByteArray signature = signatureOf(it.value(), inner.value(it.key()), graph);
        LayoutCache::Cluster &entry = kept.clusters[it.key()];
        if (entry.signature == signature) {
            ++kept.reused;
            continue;
        }
        QMutexLocker locker(&graphvizLock());
        GraphvizRun run("dot", true);
        for (const LayoutNode *node : it.value())
            run.addNode(node->id, node->size);
        for (int index : inner.value(it.key()))
            run.addEdge(index, graph.edges[index].from, graph.edges[index].to);
        if (!run.layout())
            return std::nullopt;
        entry = LayoutCache::Cluster{signature, {}, {}, run.size() + QSizeF(2 * kClusterMargin, 2 * kClusterMargin)};
        for (const LayoutNode *node : it.value())
            entry.centers.insert(node->id, run.center(node->id) + QPointF(kClusterMargin, kClusterMargin));
        QList<QList<QPointF>> paths(graph.edges.size());
        run.readEdges(paths, QPointF(kClusterMargin, kClusterMargin));
        for (int index : inner.value(it.key()))
            entry.paths.insert(index, paths[index]);
    }
    // Clusters gone from the diagram leave the cache.
    for (auto it = kept.clusters.begin(); it != kept.clusters.end();) {
        if (clusters.contains(it.key()))
            ++it;
        else
            it = kept.clusters.erase(it);
    }
    QMap<QString, QSizeF> clusterSizes;
    for (auto it = clusters.begin(); it != clusters.end(); ++it)
        clusterSizes.insert(it.key(), kept.clusters[it.key()].size);
    if (cancelled(cancel))
        return std::nullopt;

    // The clusters as boxes, pulled together by the edges across them.
    QMap<QString, QPointF> clusterCenters;
    if (clusters.size() == 1) {
        clusterCenters.insert(clusters.firstKey(), QPointF(clusterSizes.first().width() / 2, clusterSizes.first().height() / 2));
    } else {
        QMutexLocker locker(&graphvizLock());
        GraphvizRun run("sfdp", false, false);   // its edges only pull; routing them costs seconds
        QHash<QUuid, QString> byId;
        for (auto it = clusterSizes.begin(); it != clusterSizes.end(); ++it) {
            const QUuid id = QUuid::createUuidV5(QUuid(), it.key());
            byId.insert(id, it.key());
            run.addNode(id, it.value());
        }
        for (auto it = across.begin(); it != across.end(); ++it)
            run.addEdge(-1, QUuid::createUuidV5(QUuid(), it.key().first), QUuid::createUuidV5(QUuid(), it.key().second), it.value());
        if (!run.layout())
            return std::nullopt;
        for (auto it = byId.begin(); it != byId.end(); ++it)
            clusterCenters.insert(it.value(), run.center(it.key()));
    }
    // Whatever overlap remains is removed by pushing boxes apart along the axis of least
    // overlap, largest first, a few rounds.
    QMap<QString, QRectF> boxes;
    for (auto it = clusterCenters.begin(); it != clusterCenters.end(); ++it)
        boxes.insert(it.key(), centeredRect(it.value(), clusterSizes[it.key()]).adjusted(-kGap / 4, -kGap / 4, kGap / 4, kGap / 4));
    const QStringList keys = boxes.keys();
    for (int round = 0; round < 50; ++round) {
        bool moved = false;
        for (int i = 0; i < keys.size(); ++i) {
            for (int j = i + 1; j < keys.size(); ++j) {
                QRectF &a = boxes[keys[i]];
                QRectF &b = boxes[keys[j]];
                const QRectF overlap = a.intersected(b);
                if (overlap.isEmpty())
                    continue;
                moved = true;
                if (overlap.width() < overlap.height()) {
                    const double push = overlap.width() / 2 + 1;
                    const double sign = a.center().x() <= b.center().x() ? 1 : -1;
                    a.translate(-sign * push, 0);
                    b.translate(sign * push, 0);
                } else {
                    const double push = overlap.height() / 2 + 1;
                    const double sign = a.center().y() <= b.center().y() ? 1 : -1;
                    a.translate(0, -sign * push);
                    b.translate(0, sign * push);
                }
            }
        }
        if (!moved)
            break;
    }

    for (auto it = clusters.begin(); it != clusters.end(); ++it) {
        const QRectF box = boxes[it.key()].adjusted(kGap / 4, kGap / 4, -kGap / 4, -kGap / 4);
        const QPointF origin = box.topLeft();
        const LayoutCache::Cluster &entry = kept.clusters[it.key()];
        for (auto node = entry.centers.begin(); node != entry.centers.end(); ++node)
            result.centers.insert(node.key(), node.value() + origin);
        for (auto path = entry.paths.begin(); path != entry.paths.end(); ++path) {
            for (const QPointF &point : path.value())
                result.edgePaths[path.key()].append(point + origin);
        }
    }
    return result;
}

// Timelines: dot gives the order along time (x); each lane is a row (y).
void arrangeLanes(const LayoutGraph &graph, const QList<const LayoutNode *> &nodes, LayoutResult &result)
{
    QStringList lanes = graph.lanes;
    QMap<QString, QList<const LayoutNode *>> byLane;
    for (const LayoutNode *node : nodes) {
        if (!lanes.contains(node->lane))
            lanes.append(node->lane);
        byLane[node->lane].append(node);
    }
    double top = 0;
    for (const QString &lane : lanes) {
        QList<const LayoutNode *> row = byLane.value(lane);
        if (row.isEmpty())
            continue;
        double height = 0;
        for (const LayoutNode *node : row)
            height = std::max(height, node->size.height());
        height += kGap;
        std::sort(row.begin(), row.end(), [&](const LayoutNode *a, const LayoutNode *b) { return result.centers[a->id].x() < result.centers[b->id].x(); });
        double right = -1e18;
        for (const LayoutNode *node : row) {
            QPointF &center = result.centers[node->id];
            const double left = std::max(center.x() - node->size.width() / 2, right + kGap / 2);
            center = QPointF(left + node->size.width() / 2, top + height / 2);
            right = left + node->size.width();
        }
        top += height;
    }
}

} // namespace

std::optional<LayoutResult> GraphvizLayout::run(const LayoutGraph &graph, LayoutEngine engine, const std::atomic<bool> *cancel,
                                                LayoutCache *cache)
{
    QList<const LayoutNode *> free;
    QHash<QUuid, QSizeF> sizes;
    QRectF pinnedBounds;
    for (const LayoutNode &node : graph.nodes) {
        sizes.insert(node.id, node.size);
        if (node.pinned)
            pinnedBounds = pinnedBounds.united(centeredRect(node.center, node.size));
        else
            free.append(&node);
    }

    LayoutResult result;
    result.edgePaths.resize(graph.edges.size());
    if (!free.isEmpty()) {
        if (engine == LayoutEngine::Composed) {
            auto composedResult = composed(graph, free, cancel, cache);
            if (!composedResult)
                return std::nullopt;
            result = *composedResult;
        } else {
            QMutexLocker locker(&graphvizLock());
            GraphvizRun run(engine == LayoutEngine::Force ? "fdp" : "dot", engine != LayoutEngine::Force);
            addGraph(run, graph, free, engine == LayoutEngine::WholeDot);
            if (cancelled(cancel) || !run.layout())
                return std::nullopt;
            for (const LayoutNode *node : free)
                result.centers.insert(node->id, run.center(node->id));
            if (engine == LayoutEngine::Timeline)
                arrangeLanes(graph, free, result);   // nodes moved: edges are drawn straight
            else
                run.readEdges(result.edgePaths, {});
        }
    }
    if (cancelled(cancel))
        return std::nullopt;

    // What was laid out goes beside the pinned nodes, never over them.
    if (!pinnedBounds.isNull() && !result.centers.isEmpty()) {
        QRectF laid;
        for (auto it = result.centers.begin(); it != result.centers.end(); ++it)
            laid = laid.united(centeredRect(it.value(), sizes[it.key()]));
        const QPointF shift(pinnedBounds.right() + kGap - laid.left(), pinnedBounds.top() - laid.top());
        for (QPointF &center : result.centers)
            center += shift;
        for (QList<QPointF> &path : result.edgePaths) {
            for (QPointF &point : path)
                point += shift;
        }
    }
    QSet<QUuid> pinned;
    for (const LayoutNode &node : graph.nodes) {
        if (node.pinned) {
            result.centers.insert(node.id, node.center);
            pinned.insert(node.id);
        }
    }
    for (qsizetype i = 0; i < graph.edges.size(); ++i) {
        if (pinned.contains(graph.edges[i].from) || pinned.contains(graph.edges[i].to))
            result.edgePaths[i].clear();
    }
    routeStraight(graph, result, sizes);
    for (auto it = result.centers.begin(); it != result.centers.end(); ++it)
        result.bounds = result.bounds.united(centeredRect(it.value(), sizes[it.key()]));
    return result;
}

QByteArray GraphvizLayout::toDot(const LayoutGraph &graph, bool clusters)
{
    QList<const LayoutNode *> nodes;
    for (const LayoutNode &node : graph.nodes)
        nodes.append(&node);
    QMutexLocker locker(&graphvizLock());
    GraphvizRun run("dot", true);
    addGraph(run, graph, nodes, clusters);
    return run.dot();
}

} // namespace mesh::layout
