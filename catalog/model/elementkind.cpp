#include "catalog/model/elementkind.h"

#include <QCoreApplication>

namespace mesh::catalog {

namespace {

struct KindInfo {
    ElementKind kind;
    const char *id;
    const char *displayName;
    const char *pluralName;
    ContextRule contextRule;
    bool hasSchema;
    const char *color;
};

// One row per kind, so that adding a kind is one line.
const KindInfo kKinds[] = {
    {ElementKind::BoundedContext, "BoundedContext", QT_TRANSLATE_NOOP("mesh::catalog::ElementKind", "Bounded context"),
     QT_TRANSLATE_NOOP("mesh::catalog::ElementKind", "Bounded contexts"), ContextRule::Forbidden, false, "#d9d9d9"},
    {ElementKind::Aggregate, "Aggregate", QT_TRANSLATE_NOOP("mesh::catalog::ElementKind", "Aggregate"),
     QT_TRANSLATE_NOOP("mesh::catalog::ElementKind", "Aggregates"), ContextRule::Required, false, "#fdd835"},
    {ElementKind::Command, "Command", QT_TRANSLATE_NOOP("mesh::catalog::ElementKind", "Command"),
     QT_TRANSLATE_NOOP("mesh::catalog::ElementKind", "Commands"), ContextRule::Required, true, "#42a5f5"},
    {ElementKind::Event, "Event", QT_TRANSLATE_NOOP("mesh::catalog::ElementKind", "Event"),
     QT_TRANSLATE_NOOP("mesh::catalog::ElementKind", "Events"), ContextRule::Required, true, "#ff9800"},
    {ElementKind::ReadModel, "ReadModel", QT_TRANSLATE_NOOP("mesh::catalog::ElementKind", "Read model"),
     QT_TRANSLATE_NOOP("mesh::catalog::ElementKind", "Read models"), ContextRule::Required, true, "#66bb6a"},
    {ElementKind::Policy, "Policy", QT_TRANSLATE_NOOP("mesh::catalog::ElementKind", "Policy"),
     QT_TRANSLATE_NOOP("mesh::catalog::ElementKind", "Policies"), ContextRule::Required, false, "#b39ddb"},
    {ElementKind::Actor, "Actor", QT_TRANSLATE_NOOP("mesh::catalog::ElementKind", "Actor"),
     QT_TRANSLATE_NOOP("mesh::catalog::ElementKind", "Actors"), ContextRule::Optional, false, "#fff59d"},
    {ElementKind::ExternalSystem, "ExternalSystem", QT_TRANSLATE_NOOP("mesh::catalog::ElementKind", "External system"),
     QT_TRANSLATE_NOOP("mesh::catalog::ElementKind", "External systems"), ContextRule::Optional, false, "#f48fb1"},
    {ElementKind::Service, "Service", QT_TRANSLATE_NOOP("mesh::catalog::ElementKind", "Service"),
     QT_TRANSLATE_NOOP("mesh::catalog::ElementKind", "Services"), ContextRule::Required, false, "#80cbc4"},
    {ElementKind::Api, "Api", QT_TRANSLATE_NOOP("mesh::catalog::ElementKind", "API"),
     QT_TRANSLATE_NOOP("mesh::catalog::ElementKind", "APIs"), ContextRule::Required, false, "#90a4ae"},
    {ElementKind::Channel, "Channel", QT_TRANSLATE_NOOP("mesh::catalog::ElementKind", "Channel"),
     QT_TRANSLATE_NOOP("mesh::catalog::ElementKind", "Channels"), ContextRule::Required, false, "#a1887f"},
    {ElementKind::Team, "Team", QT_TRANSLATE_NOOP("mesh::catalog::ElementKind", "Team"),
     QT_TRANSLATE_NOOP("mesh::catalog::ElementKind", "Teams"), ContextRule::Forbidden, false, "#7986cb"},
    {ElementKind::HotSpot, "HotSpot", QT_TRANSLATE_NOOP("mesh::catalog::ElementKind", "Hot spot"),
     QT_TRANSLATE_NOOP("mesh::catalog::ElementKind", "Hot spots"), ContextRule::Optional, false, "#e53935"},
};

const KindInfo &info(ElementKind kind)
{
    return kKinds[static_cast<int>(kind)];
}

} // namespace

const QList<ElementKind> &allElementKinds()
{
    static const QList<ElementKind> kinds = [] {
        QList<ElementKind> list;
        for (const KindInfo &k : kKinds)
            list.append(k.kind);
        return list;
    }();
    return kinds;
}

QString elementKindId(ElementKind kind)
{
    return QString::fromLatin1(info(kind).id);
}

std::optional<ElementKind> elementKindFromId(QAnyStringView id)
{
    for (const KindInfo &k : kKinds) {
        if (QAnyStringView::equal(id, QLatin1StringView(k.id)))
            return k.kind;
    }
    return std::nullopt;
}

QString elementKindDisplayName(ElementKind kind)
{
    return QCoreApplication::translate("mesh::catalog::ElementKind", info(kind).displayName);
}

QString elementKindPluralName(ElementKind kind)
{
    return QCoreApplication::translate("mesh::catalog::ElementKind", info(kind).pluralName);
}

ContextRule contextRule(ElementKind kind)
{
    return info(kind).contextRule;
}

bool hasSchemaSubject(ElementKind kind)
{
    return info(kind).hasSchema;
}

QString elementKindColor(ElementKind kind)
{
    return QString::fromLatin1(info(kind).color);
}

} // namespace mesh::catalog
