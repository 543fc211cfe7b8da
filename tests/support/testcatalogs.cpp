#include "testcatalogs.h"

#include "catalog/changes/changejson.h"

#include <QTest>

namespace mesh::testing {

using namespace mesh::catalog;

const QByteArray kSmallModel = R"(
{"op":"create","kind":"Team","name":"identity-team"}
{"op":"create","kind":"BoundedContext","name":"Identity","set":{"owner":"identity-team"}}
{"op":"create","kind":"BoundedContext","name":"Collaboration"}
{"op":"relate","kind":"customer-supplier","from":"Identity","to":"Collaboration"}
{"op":"create","kind":"Service","name":"ProfileService","context":"Identity","set":{"uptimeSloPercent":99.95,"responseTimeP99Ms":120}}
{"op":"create","kind":"Aggregate","name":"Profile","context":"Identity"}
{"op":"create","kind":"Command","name":"PublishProfile","context":"Identity"}
{"op":"create","kind":"Event","name":"ProfilePublished","context":"Identity","set":{"description":"A public profile became visible","owner":"identity-team","tags":["pii"]}}
{"op":"create","kind":"ReadModel","name":"PublicProfileView","context":"Collaboration","set":{"duplication":"materialized-view","latencyToDataUpdateMs":2000}}
{"op":"create","kind":"Channel","name":"identity.profile-published.v1","context":"Identity","set":{"partitions":6,"cleanupPolicy":"delete"}}
{"op":"relate","kind":"emits","from":"Identity/ProfileService","to":"Identity/ProfilePublished"}
{"op":"relate","kind":"handled-by","from":"Identity/PublishProfile","to":"Identity/Profile"}
{"op":"relate","kind":"feeds","from":"Identity/ProfilePublished","to":"Collaboration/PublicProfileView"}
{"op":"relate","kind":"publishes","from":"Identity/ProfileService","to":"Identity/identity.profile-published.v1"}
{"op":"relate","kind":"carries","from":"Identity/identity.profile-published.v1","to":"Identity/ProfilePublished"}
{"op":"addSchemaVersion","subject":"Identity/ProfilePublished","format":"avro","text":"{\"type\":\"record\",\"name\":\"ProfilePublished\",\"fields\":[]}"}
{"op":"createDiagram","name":"Profiles","kind":"board"}
{"op":"place","diagram":"Profiles","element":"Identity/ProfilePublished","x":10,"y":20}
{"op":"place","diagram":"Profiles","element":"Identity/ProfileService","x":200,"y":20}
)";

Batch applyLines(Catalog &catalog, const QByteArray &lines)
{
    auto batch = ChangeJson::readJsonLines(lines, catalog.state());
    if (!batch) {
        QTest::qFail(qPrintable(QStringLiteral("line %1: %2").arg(batch.error().line).arg(batch.error().message)), __FILE__, __LINE__);
        return {};
    }
    auto applied = catalog.apply(*batch);
    if (!applied) {
        QTest::qFail(qPrintable(applied.error().message), __FILE__, __LINE__);
        return {};
    }
    return *applied;
}

std::unique_ptr<Catalog> createCatalog(const QTemporaryDir &dir, const QString &name)
{
    auto catalog = Catalog::create(dir.filePath(name));
    if (!catalog) {
        QTest::qFail(qPrintable(catalog.error().message), __FILE__, __LINE__);
        return nullptr;
    }
    return std::move(catalog).value();
}

} // namespace mesh::testing
