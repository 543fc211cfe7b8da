#pragma once

#include "catalog/governance/finding.h"
#include "catalog/model/catalogstate.h"
#include "catalog/result.h"
#include "catalog/schema/compatibilityissue.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>

namespace mesh::catalog {

// What changed between two revisions of a catalog, in the model's terms — elements added,
// removed or changed (each field old → new), relations, schema versions with their
// compatibility verdict, rule settings — and the findings that appeared or went away.
// It is what a reviewer reads, and what a pull request comment shows.
struct FieldChange {
    QString field;
    QJsonValue before; // null when unset
    QJsonValue after;
};

struct DiffItem {
    enum class Change { Added, Removed, Changed };
    enum class Subject { Element, Relation, SchemaVersion, RuleSetting, Slice };
    Change change = Change::Added;
    Subject subject = Subject::Element;
    QString id;        // element/relation id, "subject:version", the rule id, or "diagram id/slice name"
    QString path;      // what a person reads: "Identity/ProfilePublished", "A emits B", "Timeline / Slice", …
    QString kind;      // element kind, relation kind, schema format
    QList<FieldChange> fields;
    // For schema versions: the compatibility verdict against the earlier versions.
    bool checked = false;
    QList<CompatibilityIssue> issues;
    QString checkError; // why it could not be checked
};

struct SemanticDiff {
    qint64 fromRevision = 0;
    qint64 toRevision = 0;
    QList<DiffItem> items;
    QList<Finding> newFindings;      // in the later state only
    QList<Finding> resolvedFindings; // in the earlier state only

    static SemanticDiff between(const CatalogState &from, const CatalogState &to);
};

} // namespace mesh::catalog
