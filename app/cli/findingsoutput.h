#pragma once

#include "catalog/governance/finding.h"
#include "catalog/model/catalogstate.h"

#include <QJsonObject>
#include <QList>
#include <QTextStream>

namespace mesh::app {

// Governance findings as the commands print them (`check`, `export --gate`): readable
// lines, JSON, or SARIF 2.1.0 as GitHub code scanning takes it.
namespace FindingsOutput {

// "error    rule  Context/Name: message\n      fix", one per finding.
void printText(QTextStream &out, const catalog::CatalogState &state, const QList<catalog::Finding> &findings);

// {"errors": n, "warnings": n, "infos": n, "findings": [{rule, severity, element, path, message, fix}]}
QJsonObject json(const catalog::CatalogState &state, const QList<catalog::Finding> &findings);

// One run whose results sit in `artifact` (a path relative to the checkout, under the
// %SRCROOT% base), each with a region, the element as a logical location and a
// fingerprint that stays the same from run to run (rule + element), and the tool's rules
// with their descriptions and help. `omitted` findings beyond a limit are counted in the
// run's properties.
QJsonObject sarif(const catalog::CatalogState &state, const QList<catalog::Finding> &findings, const QString &artifact, int omitted = 0);

} // namespace FindingsOutput

} // namespace mesh::app
