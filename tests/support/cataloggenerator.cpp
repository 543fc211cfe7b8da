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

QString CatalogGenerator::jsonSchema(const QString &name, int fieldCount)
{
    QJsonObject properties{{"id", QJsonObject{{"type", "string"}}}};
    QJsonArray required{"id"};
    for (int i = 1; i < fieldCount; ++i) {
        const QString field = QStringLiteral("field%1").arg(i);
        properties.insert(field, QJsonObject{{"type", i % 2 ? "integer" : "string"}});
        if (i == 1)
            required.append(field);
    }
    return QString::fromUtf8(QJsonDocument(QJsonObject{{"title", name}, {"type", "object"}, {"properties", properties}, {"required", required}})
                                 .toJson());
}

QString CatalogGenerator::protobufSchema(const QString &package, const QString &name, int fieldCount)
{
    QString text = QStringLiteral("syntax = \"proto3\";\n\npackage %1;\n\nmessage %2 {\n  string id = 1;\n").arg(package, name);
    for (int i = 1; i < fieldCount; ++i)
        text += QStringLiteral("  %1 field%2 = %3;\n").arg(i % 2 ? QStringLiteral("int64") : QStringLiteral("string")).arg(i).arg(i + 1);
    return text + QStringLiteral("}\n");
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
        const int index = int(i % schemaSubjects.size());
        const QString name = QStringLiteral("SomethingHappened%1").arg(index);
        schema.text = avroSchema(name, 3 + version);
        if (m_sizes.mixedSchemaFormats && index % 3 == 1) {
            schema.format = SchemaFormat::JsonSchema;
            schema.text = jsonSchema(name, 3 + version);
        } else if (m_sizes.mixedSchemaFormats && index % 3 == 2) {
            schema.format = SchemaFormat::Protobuf;
            schema.text = protobufSchema(QStringLiteral("generated.context%1").arg(index % m_sizes.contexts), name, 3 + version);
        }
        all.append(AddSchemaVersion{schema});
    }

    // Channels for the first events, in the event's context.
    for (int i = 0; i < m_sizes.channels && i < events.size(); ++i) {
        Element channel{stableId(m_seed, QStringLiteral("channel%1").arg(i)), ElementKind::Channel,
                        QStringLiteral("context%1.something-happened-%2.v1").arg(i % m_sizes.contexts).arg(i)};
        channel.context = contextOf.value(events.at(i));
        channel.owner = QStringLiteral("team-%1").arg(i % 40);
        channel.attributes = {{"partitions", 1 + random.bounded(24)}, {"replicationFactor", 3}, {"minInSyncReplicas", 2},
                              {"retentionMs", qint64(604800000)}, {"cleanupPolicy", i % 4 ? "delete" : "compact"}};
        all.append(CreateElement{channel});
        auto link = [&](RelationKind kind, const QUuid &from, const QUuid &to, const QString &key) {
            all.append(CreateRelation{Relation{stableId(m_seed, key), kind, from, to, {}}});
        };
        link(RelationKind::Carries, channel.id, events.at(i), QStringLiteral("carries%1").arg(i));
        if (!services.isEmpty()) {
            link(RelationKind::Publishes, services.at(i % services.size()), channel.id, QStringLiteral("publishes%1").arg(i));
            link(RelationKind::Subscribes, services.at((i + 7) % services.size()), channel.id, QStringLiteral("subscribesA%1").arg(i));
            link(RelationKind::Subscribes, services.at((i + 13) % services.size()), channel.id, QStringLiteral("subscribesB%1").arg(i));
        }
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
