#include "catalog/model/annotation.h"

namespace mesh::catalog {

QString annotationKindId(AnnotationKind kind)
{
    switch (kind) {
    case AnnotationKind::Votes:
        return QStringLiteral("votes");
    case AnnotationKind::Comment:
        return QStringLiteral("comment");
    case AnnotationKind::DotBudget:
        return QStringLiteral("dotBudget");
    }
    return {};
}

std::optional<AnnotationKind> annotationKindFromId(const QString &id)
{
    for (AnnotationKind kind : {AnnotationKind::Votes, AnnotationKind::Comment, AnnotationKind::DotBudget}) {
        if (annotationKindId(kind) == id)
            return kind;
    }
    return std::nullopt;
}

QJsonObject Annotation::toJson() const
{
    QJsonObject object{{"id", id.toString(QUuid::WithoutBraces)}, {"kind", annotationKindId(kind)}, {"author", author}};
    if (!diagram.isNull())
        object.insert("diagram", diagram.toString(QUuid::WithoutBraces));
    if (!element.isNull())
        object.insert("element", element.toString(QUuid::WithoutBraces));
    if (time.isValid())
        object.insert("time", time.toUTC().toString(Qt::ISODateWithMs));
    if (kind == AnnotationKind::Comment)
        object.insert("text", text);
    else
        object.insert("count", count);
    return object;
}

std::optional<Annotation> Annotation::fromJson(const QJsonObject &object)
{
    const auto kind = annotationKindFromId(object.value("kind").toString());
    if (!kind)
        return std::nullopt;
    Annotation annotation;
    annotation.id = QUuid::fromString(object.value("id").toString());
    annotation.kind = *kind;
    annotation.diagram = QUuid::fromString(object.value("diagram").toString());
    annotation.element = QUuid::fromString(object.value("element").toString());
    annotation.author = object.value("author").toString();
    annotation.time = QDateTime::fromString(object.value("time").toString(), Qt::ISODateWithMs);
    annotation.count = object.value("count").toInt();
    annotation.text = object.value("text").toString();
    return annotation;
}

} // namespace mesh::catalog
