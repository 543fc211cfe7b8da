#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace mesh::catalog {

// A review session: what changed between two revisions (the semantic diff from `from` to
// `to`), with a decision and a comment thread per item, closed by a sign-off. The catalog's
// baseline is the `to` of its latest closed review. A plain value, replaced whole by each
// setReview change, so the log records every decision.
struct Review {
    QUuid id;
    QString title;
    qint64 from = 0;
    qint64 to = 0;
    QString openedBy;
    bool closed = false;
    QString closedBy;
    QDateTime closedAt;
    // item key ("Element:<id>", …) → {"decision": "approve|reject|needs-work",
    //                                  "comments": [{"author","time","text"}]}
    QJsonObject items;
    // At sign-off: the partitions of each approved channel (channel id → count), the most
    // ever approved, so that a rule can tell when a channel loses partitions.
    QJsonObject approvedPartitions;

    bool operator==(const Review &) const = default;

    QJsonObject toJson() const;
    static Review fromJson(const QJsonObject &object);
};

} // namespace mesh::catalog
