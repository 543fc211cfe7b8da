#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

#include <optional>

namespace mesh::catalog {

// Workshop aids kept in the catalog, so that every studio on a shared catalog sees them:
// a participant's dots on a sticky of a diagram (dot voting), a comment on an element (its
// thread is every comment on it, oldest first), and a diagram's dot budget (how many dots
// each participant has there; kDefaultDotBudget without one). A plain value, replaced whole
// by each annotate change.
enum class AnnotationKind { Votes, Comment, DotBudget };

inline constexpr int kDefaultDotBudget = 3;
inline constexpr int kMaxDotBudget = 99;
inline constexpr int kMaxCommentLength = 4000;

struct Annotation {
    QUuid id;
    AnnotationKind kind = AnnotationKind::Comment;
    QUuid diagram;    // votes, dot budget
    QUuid element;    // votes, comment
    QString author;   // who voted or wrote (on a shared catalog, the database user)
    QDateTime time;   // when it was written
    int count = 0;    // votes: dots on the sticky; dot budget: dots per participant
    QString text;     // comment

    bool operator==(const Annotation &) const = default;

    QJsonObject toJson() const;
    static std::optional<Annotation> fromJson(const QJsonObject &object);
};

QString annotationKindId(AnnotationKind kind);   // "votes", "comment", "dotBudget"
std::optional<AnnotationKind> annotationKindFromId(const QString &id);

} // namespace mesh::catalog
