#include "catalog/model/relationkind.h"

#include <QCoreApplication>
#include <QStringList>

namespace mesh::catalog {

namespace {

using K = ElementKind;

struct RelationInfo {
    RelationKind kind;
    const char *id;
    const char *displayName;
    QList<ElementKind> from;
    QList<ElementKind> to;
};


const QList<RelationInfo> &relationTable()
{
    const QList<ElementKind> contexts = {K::BoundedContext};
    static const QList<RelationInfo> table = {
        {RelationKind::Issues, "issues", QT_TRANSLATE_NOOP("mesh::catalog::RelationKind", "issues"), {K::Actor, K::Policy, K::ExternalSystem}, {K::Command}},
        {RelationKind::HandledBy, "handled-by", QT_TRANSLATE_NOOP("mesh::catalog::RelationKind", "handled by"), {K::Command}, {K::Aggregate, K::Service}},
        {RelationKind::Emits, "emits", QT_TRANSLATE_NOOP("mesh::catalog::RelationKind", "emits"), {K::Aggregate, K::Service, K::ExternalSystem}, {K::Event}},
        {RelationKind::Feeds, "feeds", QT_TRANSLATE_NOOP("mesh::catalog::RelationKind", "feeds"), {K::Event}, {K::ReadModel, K::Policy, K::Service}},
        {RelationKind::Publishes, "publishes", QT_TRANSLATE_NOOP("mesh::catalog::RelationKind", "publishes"), {K::Service}, {K::Channel}},
        {RelationKind::Subscribes, "subscribes", QT_TRANSLATE_NOOP("mesh::catalog::RelationKind", "subscribes"), {K::Service}, {K::Channel}},
        {RelationKind::Calls, "calls", QT_TRANSLATE_NOOP("mesh::catalog::RelationKind", "calls"), {K::Service}, {K::Api}},
        {RelationKind::Exposes, "exposes", QT_TRANSLATE_NOOP("mesh::catalog::RelationKind", "exposes"), {K::Service}, {K::Api}},
        {RelationKind::Carries, "carries", QT_TRANSLATE_NOOP("mesh::catalog::RelationKind", "carries"), {K::Channel}, {K::Event}},
        {RelationKind::Partnership, "partnership", QT_TRANSLATE_NOOP("mesh::catalog::RelationKind", "Partnership"), contexts, contexts},
        {RelationKind::SharedKernel, "shared-kernel", QT_TRANSLATE_NOOP("mesh::catalog::RelationKind", "Shared Kernel"), contexts, contexts},
        {RelationKind::CustomerSupplier, "customer-supplier", QT_TRANSLATE_NOOP("mesh::catalog::RelationKind", "Customer/Supplier"), contexts, contexts},
        {RelationKind::Conformist, "conformist", QT_TRANSLATE_NOOP("mesh::catalog::RelationKind", "Conformist"), contexts, contexts},
        {RelationKind::AnticorruptionLayer, "anticorruption-layer", QT_TRANSLATE_NOOP("mesh::catalog::RelationKind", "Anticorruption Layer"), contexts, contexts},
        {RelationKind::OpenHostService, "open-host-service", QT_TRANSLATE_NOOP("mesh::catalog::RelationKind", "Open Host Service"), contexts, contexts},
        {RelationKind::PublishedLanguage, "published-language", QT_TRANSLATE_NOOP("mesh::catalog::RelationKind", "Published Language"), contexts, contexts},
    };
    return table;
}

const RelationInfo &info(RelationKind kind)
{
    return relationTable().at(static_cast<int>(kind));
}

} // namespace

const QList<RelationKind> &allRelationKinds()
{
    static const QList<RelationKind> kinds = [] {
        QList<RelationKind> list;
        for (const RelationInfo &r : relationTable())
            list.append(r.kind);
        return list;
    }();
    return kinds;
}

QString relationKindId(RelationKind kind)
{
    return QString::fromLatin1(info(kind).id);
}

std::optional<RelationKind> relationKindFromId(QAnyStringView id)
{
    for (const RelationInfo &r : relationTable()) {
        if (QAnyStringView::equal(id, QLatin1StringView(r.id)))
            return r.kind;
    }
    return std::nullopt;
}

QString relationKindDisplayName(RelationKind kind)
{
    return QCoreApplication::translate("mesh::catalog::RelationKind", info(kind).displayName);
}

bool isContextMapRelation(RelationKind kind)
{
    return kind >= RelationKind::Partnership;
}

bool isValidRelation(RelationKind kind, ElementKind from, ElementKind to)
{
    const RelationInfo &r = info(kind);
    return r.from.contains(from) && r.to.contains(to);
}

QString allowedEndsDescription(RelationKind kind)
{
    auto names = [](const QList<ElementKind> &kinds) {
        QStringList list;
        for (ElementKind k : kinds)
            list.append(elementKindDisplayName(k));
        return list.join(QLatin1String(" | "));
    };
    const RelationInfo &r = info(kind);
    return QStringLiteral("%1 → %2").arg(names(r.from), names(r.to));
}

} // namespace mesh::catalog
