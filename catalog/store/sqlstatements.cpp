#include "catalog/store/sqlstatements.h"

#include "catalog/changes/changejson.h"
#include "catalog/store/rowcodec.h"

#include <QCoreApplication>
#include <QSqlError>

namespace mesh::catalog {

namespace {
const char *const kSql[SqlStatements::StatementCount] = {
    RowCodec::Sql::kInsertRevision, RowCodec::Sql::kInsertChange,   RowCodec::Sql::kUpsertElement,
    RowCodec::Sql::kDeleteElement,  RowCodec::Sql::kUpsertRelation, RowCodec::Sql::kDeleteRelation,
    RowCodec::Sql::kUpsertSchema,   RowCodec::Sql::kDeleteSchema,   RowCodec::Sql::kUpsertDiagram,
    RowCodec::Sql::kDeleteDiagram,  RowCodec::Sql::kUpsertPlacement, RowCodec::Sql::kDeletePlacement,
    RowCodec::Sql::kUpsertRule,     RowCodec::Sql::kDeleteRule,      RowCodec::Sql::kUpsertReview,
    RowCodec::Sql::kDeleteReview,
};
}

SqlStatements::SqlStatements(QSqlDatabase db, Describe describe) : m_db(std::move(db)), m_describe(std::move(describe)) {}

Result<void> SqlStatements::prepare(Statement statement)
{
    // Prepared on first use: a catalog of an older format lacks the tables of statements
    // it never runs.
    m_queries[statement].emplace(m_db);
    if (!m_queries[statement]->prepare(QString::fromLatin1(kSql[statement]))) {
        const Error error = m_describe(QCoreApplication::translate("mesh::catalog::SqlStatements", "Preparing \"%1\"")
                                           .arg(QString::fromLatin1(kSql[statement]).left(60)),
                                       m_queries[statement]->lastError());
        m_queries[statement].reset();
        return error;
    }
    return Ok{};
}

void SqlStatements::clear()
{
    for (auto &query : m_queries)
        query.reset();
}

Result<void> SqlStatements::run(Statement statement, const QVariantList &values)
{
    if (!m_queries[statement]) {
        if (auto prepared = prepare(statement); !prepared)
            return prepared;
    }
    QSqlQuery &query = *m_queries[statement];
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values[i]);
    if (!query.exec())
        return m_describe(QCoreApplication::translate("mesh::catalog::SqlStatements", "Saving the change"), query.lastError());
    return Ok{};
}

Result<void> SqlStatements::writeDelta(const StateDelta &delta, const CatalogState &after)
{
    for (const QUuid &id : delta.elements) {
        const Element *element = after.element(id);
        auto ok = element ? run(UpsertElement, RowCodec::elementRow(*element)) : run(DeleteElement, {RowCodec::idValue(id)});
        if (!ok)
            return ok;
    }
    for (const QUuid &id : delta.relations) {
        const Relation *relation = after.relation(id);
        auto ok = relation ? run(UpsertRelation, RowCodec::relationRow(*relation)) : run(DeleteRelation, {RowCodec::idValue(id)});
        if (!ok)
            return ok;
    }
    for (const auto &[subject, version] : delta.schemaVersions) {
        std::optional<SchemaVersion> found;
        for (const SchemaVersion &v : after.schemaVersions(subject)) {
            if (v.version == version)
                found = v;
        }
        auto ok = found ? run(UpsertSchema, RowCodec::schemaRow(*found)) : run(DeleteSchema, {RowCodec::idValue(subject), version});
        if (!ok)
            return ok;
    }
    for (const QUuid &id : delta.diagrams) {
        const Diagram *diagram = after.diagram(id);
        auto ok = diagram ? run(UpsertDiagram, RowCodec::diagramRow(*diagram)) : run(DeleteDiagram, {RowCodec::idValue(id)});
        if (!ok)
            return ok;
    }
    for (const auto &[diagram, element] : delta.placements) {
        const Placement *placement = after.placement(diagram, element);
        auto ok = placement ? run(UpsertPlacement, RowCodec::placementRow(*placement))
                            : run(DeletePlacement, {RowCodec::idValue(diagram), RowCodec::idValue(element)});
        if (!ok)
            return ok;
    }
    for (const QString &ruleId : delta.rules) {
        auto it = after.ruleSettings().constFind(ruleId);
        auto ok = it != after.ruleSettings().constEnd() ? run(UpsertRule, RowCodec::ruleRow(*it)) : run(DeleteRule, {ruleId});
        if (!ok)
            return ok;
    }
    for (const QUuid &id : delta.reviews) {
        auto it = after.reviews().constFind(id);
        auto ok = it != after.reviews().constEnd() ? run(UpsertReview, RowCodec::reviewRow(*it)) : run(DeleteReview, {RowCodec::idValue(id)});
        if (!ok)
            return ok;
    }
    return Ok{};
}

Result<void> SqlStatements::writeCommit(qint64 revision, const CommitRecord &record, const CatalogState &after)
{
    QByteArray inverse;
    for (const Change &change : record.inverse)
        inverse += ChangeJson::toJsonLine(change) + '\n';
    const QDateTime time = record.time.isValid() ? record.time.toUTC() : QDateTime::currentDateTimeUtc();
    if (auto ok = run(InsertRevision, {revision, record.author, record.clientId, time.toString(Qt::ISODateWithMs), QString::fromUtf8(inverse)}); !ok)
        return ok;
    for (int i = 0; i < record.batch.size(); ++i) {
        const QString json = QString::fromUtf8(ChangeJson::toJsonLine(record.batch[i]));
        if (auto ok = run(InsertChange, {revision, i, record.summaries.value(i), json}); !ok)
            return ok;
    }
    return writeDelta(record.delta, after);
}

QList<LoggedChange> SqlStatements::readLog(QSqlQuery &query)
{
    QList<LoggedChange> changes;
    while (query.next()) {
        LoggedChange change;
        change.revision = query.value(0).toLongLong();
        change.sequence = query.value(1).toInt();
        change.author = query.value(2).toString();
        change.clientId = query.value(3).toString();
        change.time = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
        change.summary = query.value(5).toString();
        change.change = query.value(6).toString().toUtf8();
        changes.append(change);
    }
    return changes;
}

} // namespace mesh::catalog
