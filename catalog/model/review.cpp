#include "catalog/model/review.h"

namespace mesh::catalog {

QJsonObject Review::toJson() const
{
    QJsonObject object{{"id", id.toString(QUuid::WithoutBraces)}, {"title", title}, {"from", from}, {"to", to},
                       {"openedBy", openedBy}, {"closed", closed}, {"items", items}};
    if (closed) {
        object.insert("closedBy", closedBy);
        object.insert("closedAt", closedAt.toUTC().toString(Qt::ISODateWithMs));
    }
    if (!approvedPartitions.isEmpty())
        object.insert("approvedPartitions", approvedPartitions);
    return object;
}

Review Review::fromJson(const QJsonObject &object)
{
    Review review;
    review.id = QUuid::fromString(object.value("id").toString());
    review.title = object.value("title").toString();
    review.from = object.value("from").toInteger();
    review.to = object.value("to").toInteger();
    review.openedBy = object.value("openedBy").toString();
    review.closed = object.value("closed").toBool();
    review.closedBy = object.value("closedBy").toString();
    review.closedAt = QDateTime::fromString(object.value("closedAt").toString(), Qt::ISODateWithMs);
    review.items = object.value("items").toObject();
    review.approvedPartitions = object.value("approvedPartitions").toObject();
    return review;
}

} // namespace mesh::catalog
