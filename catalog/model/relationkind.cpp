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

#define RELATION_NAME(text) QT_TRANSLATE_NOOP("mesh::catalog::RelationKind", text)

const QList<RelationInfo> &relationTable()
{
    const QList<ElementKind> contexts = {K::BoundedContext};
    static const QList<RelationInfo> table = {
        {RelationKind::Issues, "issues", RELATION_NAME("issues"), {K::Actor, K::Policy, K::ExternalSystem}, {K::Command}},
        {RelationKind::HandledBy, "handled-by", RELATION_NAME("handled by"), {K::Command}, {K::Aggregate, K::Service}},
        {RelationKind::Emits, "emits", RELATION_NAME("emits"), {K::Aggregate, K::Service, K::ExternalSystem}, {K::Event}},
        {RelationKind::Feeds, "feeds", RELATION_NAME("feeds"), {K::Event}, {K::ReadModel, K::Policy, K::Service}},
        {RelationKind::Publishes, "publishes", RELATION_NAME("publishes"), {K::Service}, {K::Channel}},
        {RelationKind::Subscribes, "subscribes", RELATION_NAME("subscribes"), {K::Service}, {K::Channel}},
        {RelationKind::Calls, "calls", RELATION_NAME("calls"), {K::Service}, {K::Api}},
        {RelationKind::Exposes, "exposes", RELATION_NAME("exposes"), {K::Service}, {K::Api}},
        {RelationKind::Carries, "carries", RELATION_NAME("carries"), {K::Channel}, {K::Event}},
        {RelationKind::Partnership, "partnership", RELATION_NAME("Partnership"), contexts, contexts},
        {RelationKind::SharedKernel, "shared-kernel", RELATION_NAME("Shared Kernel"), contexts, contexts},
        {RelationKind::CustomerSupplier, "customer-supplier", RELATION_NAME("Customer/Supplier"), contexts, contexts},
        {RelationKind::Conformist, "conformist", RELATION_NAME("Conformist"), contexts, contexts},
        {RelationKind::AnticorruptionLayer, "anticorruption-layer", RELATION_NAME("Anticorruption Layer"), contexts, contexts},
        {RelationKind::OpenHostService, "open-host-service", RELATION_NAME("Open Host Service"), contexts, contexts},
        {RelationKind::PublishedLanguage, "published-language", RELATION_NAME("Published Language"), contexts, contexts},
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
