#include "app/samplecatalog.h"

#include "catalog/changes/changejson.h"

#include <QFile>

namespace mesh::app {

QByteArray SampleCatalog::changes()
{
    QFile file(QStringLiteral(":/mesh/sample/sample-catalog.jsonl"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

catalog::Result<std::unique_ptr<catalog::Catalog>> SampleCatalog::create(const QString &path)
{
    auto created = catalog::Catalog::create(path);
    if (!created)
        return created.error();
    std::unique_ptr<catalog::Catalog> catalog = std::move(created).value();
    // The sample is written under its own author; whatever the user does next is theirs.
    const QString user = catalog->author();
    catalog->setAuthor(QStringLiteral("mesh-studio-sample"));
    auto batch = catalog::ChangeJson::readJsonLines(changes(), catalog->state());
    if (batch) {
        if (auto applied = catalog->apply(*batch); applied) {
            catalog->setAuthor(user);
            return catalog;
        }
        else
            batch = applied.error();
    }
    // A broken sample is a build defect; still leave no half-made file behind.
    const QString location = catalog->location();
    catalog.reset();
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(location + QLatin1String(suffix));
    catalog::Error error = batch.error();
    error.message = tr("The sample catalog is invalid (line %1): %2").arg(error.line).arg(error.message);
    return error;
}

} // namespace mesh::app
