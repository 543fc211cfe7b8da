#pragma once

#include "catalog/changes/change.h"
#include "catalog/changes/governancepolicy.h"
#include "catalog/model/catalogstate.h"
#include "catalog/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace mesh::catalog {

// The JSON form of changes, as `meshstudio apply` reads them and `meshstudio log` prints
// them (README, "Changes as JSON Lines"). Written with ids only, so a replay is exact;
// read with ids or `Context/Name` paths.
class ChangeJson
{
    Q_DECLARE_TR_FUNCTIONS(mesh::catalog::ChangeJson)

public:
    // The canonical form: ids for every reference, "op" first, one line, no newline.
    static QByteArray toJsonLine(const Change &change, const QJsonObject &meta = {});
    // The batch as JSON Lines: one toJsonLine per change, each ending with a newline.
    static QByteArray toJsonLines(const Batch &batch);
    static QJsonObject toJson(const Change &change);

    // Reads one change, resolving references against `state`. New elements, relations and
    // diagrams without an "id" get a fresh one; a schema version without "version" gets
    // the next number. The key "meta" is ignored (log output carries it). A rule setting
    // that leaves fields out takes them from `governance`'s effective setting.
    static Result<Change> fromJson(const QJsonObject &object, const CatalogState &state,
                                   const GovernancePolicy &governance = GovernancePolicy::standard());

    // Reads JSON Lines (blank lines and lines starting with '#' skipped). Each change is
    // resolved against the state as it will be after the changes before it, so a file may
    // create a context and then elements inside it. Errors carry the line number.
    static Result<Batch> readJsonLines(const QByteArray &text, const CatalogState &state,
                                       const GovernancePolicy &governance = GovernancePolicy::standard());

    // Resolves an element reference: an id, "Context/Name" or a top-level "Name". When
    // several elements share the path, `kinds` (if given) narrows the choice.
    static Result<QUuid> resolveElement(const QJsonValue &reference, const CatalogState &state,
                                        const QString &field, const QList<ElementKind> &kinds = {});

    // A one-line, human summary: "create Event Identity/ProfilePublished".
    static QString describe(const Change &change, const CatalogState &state);
    static QString describeReviewStep(const Review &after, const CatalogState &state);
};

} // namespace mesh::catalog
