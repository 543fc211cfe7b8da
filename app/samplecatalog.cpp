#include "app/samplecatalog.h"

#include "catalog/changes/changejson.h"
#include "catalog/governance/reviewsession.h"
#include "catalog/governance/semanticdiff.h"

#include <QFile>

namespace mesh::app {

QByteArray SampleCatalog::changes()
{
    QFile file(QStringLiteral(":/mesh/sample/sample-catalog.jsonl"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// The sample ships reviewed and signed off by its author, so that a new user's first review
// holds what they changed, not the whole sample.
catalog::Result<void> SampleCatalog::signOff(catalog::Catalog &catalog)
{
    using catalog::ReviewSession;
    const QList<catalog::DiffItem> items = catalog::SemanticDiff::between(catalog::CatalogState(), catalog.state()).items;
    catalog::Review review = ReviewSession::open(catalog.state(), catalog.revision(), tr("The sample as shipped"), catalog.author());
    for (const catalog::DiffItem &item : items) {
        auto decided = ReviewSession::decide(review, ReviewSession::itemKey(item), QStringLiteral("approve"));
        if (!decided)
            return decided.error();
        review = *decided;
    }
    auto closed = ReviewSession::close(review, items, catalog.author(), catalog.state());
    if (!closed)
        return closed.error();
    auto applied = catalog.apply(catalog::Batch{catalog::SetReview{*closed}});
    if (!applied)
        return applied.error();
    return catalog::Ok{};
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
        if (auto applied = catalog->apply(*batch); !applied)
            batch = applied.error();
        else if (auto signedOff = signOff(*catalog); !signedOff)
            batch = signedOff.error();
        else {
            catalog->setAuthor(user);
            return catalog;
        }
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
