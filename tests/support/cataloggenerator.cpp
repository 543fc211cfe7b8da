#include "cataloggenerator.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace mesh::testing {

using namespace mesh::catalog;

namespace {

QUuid stableId(quint32 seed, const QString &key)
{
    static const QUuid ns = QUuid::fromString(QStringLiteral("{8f1d2c3a-0b4e-4c5d-9e6f-7a8b9c0d1e2f}"));
    return QUuid::createUuidV5(ns, QString::number(seed) + QLatin1Char(':') + key);
}

} // namespace

CatalogGenerator::CatalogGenerator(GeneratorSizes sizes, quint32 seed) : m_sizes(sizes), m_seed(seed) {}

QString CatalogGenerator::avroSchema(const QString &name, int fieldCount)
{
    QJsonArray fields{QJsonObject{{"name", "id"}, {"type", "string"}}};
    for (int i = 1; i < fieldCount; ++i)
        fields.append(QJsonObject{{"name", QStringLiteral("field%1").arg(i)}, {"type", i % 2 ? "long" : "string"}});
    return QString::fromUtf8(QJsonDocument(QJsonObject{{"type", "record"}, {"name", name}, {"fields", fields}}).toJson());
}

QList<Batch> CatalogGenerator::batches(int batchSize) const
{
    QRandomGenerator random(m_seed);
    Batch all;
    QList<QUuid> contexts;
    for (int i = 0; i < m_sizes.contexts; ++i) {
        Element context{stableId(m_seed, QStringLiteral("context%1").arg(i)), ElementKind::BoundedContext,
                        QStringLiteral("Context%1").arg(i)};
        context.owner = QStringLiteral("team-%1").arg(i % 40);
        context.description = QStringLiteral("Generated bounded context %1").arg(i);
        contexts.append(context.id);
        all.append(CreateElement{context});
    }
    QHash<ElementKind, QList<QUuid>> byKind;
    QHash<QUuid, QUuid> contextOf;
    auto createMany = [&](ElementKind kind, int count, const QString &prefix) {
        for (int i = 0; i < count; ++i) {
            Element element{stableId(m_seed, prefix + QString::number(i)), kind, prefix + QString::number(i)};
            element.context = contexts.at(i % contexts.size());
            element.description = QStringLiteral("Generated %1 number %2").arg(elementKindDisplayName(kind)).arg(i);
            element.owner = QStringLiteral("team-%1").arg(i % 40);
            if (kind == ElementKind::Event) {
                element.attributes = {{"cardinality", qint64(random.bounded(1000000))},
                                      {"changeThroughputPerSec", random.bounded(500)}};
                element.tags = {QStringLiteral("generated")};
            } else if (kind == ElementKind::Service) {
                element.attributes = {{"responseTimeP50Ms", 5 + random.bounded(50)},
                                      {"responseTimeP99Ms", 60 + random.bounded(400)},
                                      {"uptimeSloPercent", 99.9},
                                      {"throughputRps", 100 + random.bounded(5000)}};
            }
            byKind[kind].append(element.id);
            contextOf.insert(element.id, element.context);
            all.append(CreateElement{element});
        }
    };
    createMany(ElementKind::Event, m_sizes.events, QStringLiteral("SomethingHappened"));
    createMany(ElementKind::Command, m_sizes.commands, QStringLiteral("DoSomething"));
    createMany(ElementKind::ReadModel, m_sizes.readModels, QStringLiteral("SomethingView"));
    createMany(ElementKind::Policy, m_sizes.policies, QStringLiteral("WheneverSomething"));
    createMany(ElementKind::Service, m_sizes.services, QStringLiteral("SomethingService"));

    // Relations of the kinds these elements allow, never twice the same.
    QSet<QString> seen;
    const QList<QUuid> &events = byKind[ElementKind::Event];
    const QList<QUuid> &services = byKind[ElementKind::Service];
    const QList<QUuid> &readModels = byKind[ElementKind::ReadModel];
    const QList<QUuid> &policies = byKind[ElementKind::Policy];
    const QList<QUuid> &commands = byKind[ElementKind::Command];
    int made = 0;
    auto relate = [&](RelationKind kind, const QUuid &from, const QUuid &to) {
        const QString key = QString::number(int(kind)) + from.toString() + to.toString();
        if (made >= m_sizes.relations || seen.contains(key))
            return;
        seen.insert(key);
        all.append(CreateRelation{Relation{stableId(m_seed, QStringLiteral("relation%1").arg(made)), kind, from, to, {}}});
        ++made;
    };
    for (int round = 0; made < m_sizes.relations; ++round) {
        const int before = made;
        for (int i = 0; i < events.size() && made < m_sizes.relations; ++i) {
            if (round == 0 && !services.isEmpty())
                relate(RelationKind::Emits, services.at(i % services.size()), events.at(i));
            else if (round % 2 == 1 && !readModels.isEmpty())
                relate(RelationKind::Feeds, events.at(i), readModels.at(random.bounded(int(readModels.size()))));
            else if (!policies.isEmpty())
                relate(RelationKind::Feeds, events.at(i), policies.at(random.bounded(int(policies.size()))));
        }
        for (int i = 0; i < policies.size() && !commands.isEmpty() && made < m_sizes.relations; ++i)
            relate(RelationKind::Issues, policies.at(i), commands.at(random.bounded(int(commands.size()))));
        if (made == before)
            break;
    }

    // Schema versions: one per event, then further versions of the first events.
    QList<QUuid> schemaSubjects = events;
    QHash<QUuid, int> versions;
    for (int i = 0; i < m_sizes.schemaVersions && !schemaSubjects.isEmpty(); ++i) {
        const QUuid subject = schemaSubjects.at(i % schemaSubjects.size());
        const int version = ++versions[subject];
        SchemaVersion schema;
        schema.subject = subject;
        schema.version = version;
        schema.format = SchemaFormat::Avro;
        schema.compatibility = CompatibilityMode::Backward;
        schema.text = avroSchema(QStringLiteral("SomethingHappened%1").arg(i % schemaSubjects.size()), 3 + version);
        all.append(AddSchemaVersion{schema});
    }

    QList<Batch> result;
    for (qsizetype start = 0; start < all.size(); start += batchSize)
        result.append(all.mid(start, batchSize));
    return result;
}

Result<void> CatalogGenerator::populate(Catalog &catalog, int batchSize) const
{
    for (const Batch &batch : batches(batchSize)) {
        auto applied = catalog.apply(batch);
        if (!applied)
            return applied.error();
    }
    return Ok{};
}

} // namespace mesh::testing
