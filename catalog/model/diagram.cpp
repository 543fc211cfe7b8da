#include "catalog/model/diagram.h"

#include <QJsonObject>

namespace mesh::catalog {

namespace {
const char *const kKinds[] = {"board", "timeline", "context-map"};
}

QString diagramKindId(DiagramKind kind)
{
    return QString::fromLatin1(kKinds[static_cast<int>(kind)]);
}

std::optional<DiagramKind> diagramKindFromId(QAnyStringView id)
{
    for (int i = 0; i < 3; ++i) {
        if (QAnyStringView::equal(id, QLatin1StringView(kKinds[i])))
            return static_cast<DiagramKind>(i);
    }
    return std::nullopt;
}

QJsonArray slicesToJson(const QList<DiagramSlice> &slices)
{
    QJsonArray array;
    for (const DiagramSlice &slice : slices)
        array.append(QJsonObject{{"name", slice.name}, {"left", slice.left}, {"right", slice.right}});
    return array;
}

std::optional<QList<DiagramSlice>> slicesFromJson(const QJsonValue &value)
{
    if (!value.isArray())
        return std::nullopt;
    QList<DiagramSlice> slices;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject object = item.toObject();
        if (!object.value("name").isString() || !object.value("left").isDouble() || !object.value("right").isDouble())
            return std::nullopt;
        DiagramSlice slice{object.value("name").toString(), object.value("left").toDouble(), object.value("right").toDouble()};
        if (slice.name.trimmed().isEmpty() || !(slice.left < slice.right))
            return std::nullopt;
        slices.append(slice);
    }
    return slices;
}

} // namespace mesh::catalog
