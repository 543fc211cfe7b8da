#pragma once

#include "catalog/changes/statedelta.h"
#include "catalog/model/catalogstate.h"
#include "catalog/result.h"

#include <QByteArrayView>
#include <QVariantList>

#include <functional>

namespace mesh::catalog {

// How the model's values map to table rows, for every SQL backend: the column order of the
// upserts, and reading the whole state back. Ids are stored as text UUIDs, tags and
// attributes as compact JSON (NULL when empty, so loading skips parsing them).
namespace RowCodec {

// The statements that write the state and the log, in the SQL both backends speak
// (PostgreSQL finds the tables through its search_path).
namespace Sql {
inline constexpr const char *kInsertRevision =
    "INSERT INTO revisions(revision, author, client_id, committed_at, inverse) VALUES (?, ?, ?, ?, ?)";
inline constexpr const char *kInsertChange = "INSERT INTO changes(revision, seq, summary, change) VALUES (?, ?, ?, ?)";
inline constexpr const char *kUpsertElement =
    "INSERT INTO elements(id, kind, name, context_id, description, owner, tags, lifecycle, attributes) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, "
    "name = excluded.name, context_id = excluded.context_id, description = excluded.description, "
    "owner = excluded.owner, tags = excluded.tags, lifecycle = excluded.lifecycle, attributes = excluded.attributes";
inline constexpr const char *kDeleteElement = "DELETE FROM elements WHERE id = ?";
inline constexpr const char *kUpsertRelation =
    "INSERT INTO relations(id, kind, from_id, to_id, description) VALUES (?, ?, ?, ?, ?) "
    "ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, from_id = excluded.from_id, to_id = excluded.to_id, "
    "description = excluded.description";
inline constexpr const char *kDeleteRelation = "DELETE FROM relations WHERE id = ?";
inline constexpr const char *kUpsertSchema =
    "INSERT INTO schema_versions(subject_id, version, format, compatibility, lifecycle, text) VALUES (?, ?, ?, ?, ?, ?) "
    "ON CONFLICT(subject_id, version) DO UPDATE SET format = excluded.format, compatibility = excluded.compatibility, "
    "lifecycle = excluded.lifecycle, text = excluded.text";
inline constexpr const char *kDeleteSchema = "DELETE FROM schema_versions WHERE subject_id = ? AND version = ?";
inline constexpr const char *kUpsertDiagram =
    "INSERT INTO diagrams(id, name, kind, slices, routes) VALUES (?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
    "kind = excluded.kind, slices = excluded.slices, routes = excluded.routes";
inline constexpr const char *kDeleteDiagram = "DELETE FROM diagrams WHERE id = ?";
inline constexpr const char *kUpsertPlacement =
    "INSERT INTO placements(diagram_id, element_id, x, y, width, height, lane, pinned) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT(diagram_id, element_id) DO UPDATE SET x = excluded.x, y = excluded.y, width = excluded.width, "
    "height = excluded.height, lane = excluded.lane, pinned = excluded.pinned";
inline constexpr const char *kDeletePlacement = "DELETE FROM placements WHERE diagram_id = ? AND element_id = ?";
inline constexpr const char *kUpsertRule =
    "INSERT INTO rule_settings(rule_id, enabled, severity, parameters) VALUES (?, ?, ?, ?) ON CONFLICT(rule_id) DO UPDATE SET "
    "enabled = excluded.enabled, severity = excluded.severity, parameters = excluded.parameters";
inline constexpr const char *kDeleteRule = "DELETE FROM rule_settings WHERE rule_id = ?";
inline constexpr const char *kUpsertReview =
    "INSERT INTO reviews(id, document) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET document = excluded.document";
inline constexpr const char *kDeleteReview = "DELETE FROM reviews WHERE id = ?";
inline constexpr const char *kUpsertAnnotation =
    "INSERT INTO annotations(id, document) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET document = excluded.document";
inline constexpr const char *kDeleteAnnotation = "DELETE FROM annotations WHERE id = ?";
inline constexpr const char *kLog =
    "SELECT c.revision, c.seq, r.author, r.client_id, r.committed_at, c.summary, c.change "
    "FROM changes c JOIN revisions r ON r.revision = c.revision WHERE c.revision > ? ORDER BY c.revision, c.seq";
inline constexpr const char *kLatestRevision = "SELECT COALESCE(MAX(revision), 0) FROM revisions";
} // namespace Sql

QVariant idValue(const QUuid &id);
QVariantList elementRow(const Element &element);
QVariantList relationRow(const Relation &relation);
QVariantList schemaRow(const SchemaVersion &version);
QVariantList diagramRow(const Diagram &diagram);
QVariantList placementRow(const Placement &placement);
QVariantList ruleRow(const RuleSetting &setting);
QVariantList reviewRow(const Review &review);
QVariantList annotationRow(const Annotation &annotation);

// The tables of the state, in the order a commit writes them.
enum class Table { Elements, Relations, SchemaVersions, Diagrams, Placements, RuleSettings, Reviews, Annotations };
inline constexpr int kTableCount = 8;
// Its name in SQL ("schema_versions"), its columns in the order of its *Row function, and
// how many of the first ones are its key.
const char *tableName(Table table);
const QStringList &columns(Table table);
int keyColumnCount(Table table);

// Visits every row a batch touched, as StateDelta lists them: `present` with the row's
// values as `after` holds it (upsert), else with the key of the row it no longer holds
// (delete). Stops at the first error the visitor returns.
using TouchedRowVisitor = std::function<Result<void>(Table table, bool present, const QVariantList &values)>;
Result<void> forEachTouchedRow(const StateDelta &delta, const CatalogState &after, const TouchedRowVisitor &visit);

// Rows of one query, read by the loader. Each backend reads in its fastest way (SQLite
// through its C API: Qt's driver converts every text column to UTF-16 first, which
// doubled the load time of a large catalog).
class RowSource
{
public:
    virtual ~RowSource() = default;
    virtual Result<void> start(const char *sql) = 0;
    virtual bool next() = 0;                            // false at the end or on error
    virtual QByteArrayView text(int column) const = 0;  // UTF-8, empty for NULL
    virtual double real(int column) const = 0;
    virtual qint64 integer(int column) const = 0;
    virtual Result<void> finish() = 0;                  // the error that ended next(), if any
};

} // namespace RowCodec

// Builds a state from a store's rows: with the change applier, the only writer of a
// CatalogState (see CatalogStateEditor).
class StateLoader
{
public:
    // The whole state, in two halves that touch disjoint parts of a CatalogState, so a
    // backend may read them on two connections at once and merge them with absorb():
    // elements, diagrams, placements, rule settings and schema versions; then relations.
    static Result<CatalogState> loadState(RowCodec::RowSource &rows, const QString &location);
    static Result<void> loadElements(RowCodec::RowSource &rows, const QString &location, CatalogState &state);
    static Result<void> loadRelations(RowCodec::RowSource &rows, const QString &location, CatalogState &state);
    // Room for what the counts say the rows hold, before they are read.
    static void reserve(CatalogState &state, qsizetype elements, qsizetype relations, qsizetype schemaSubjects);
    // Takes the relations (and the schema versions, if `state` has none) of `relations`.
    static void absorb(CatalogState &state, CatalogState &&relations);
};

} // namespace mesh::catalog
