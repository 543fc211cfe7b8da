#include "catalog/model/diagram.h"

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

} // namespace mesh::catalog
