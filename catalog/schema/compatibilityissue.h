#pragma once

#include <QString>

namespace mesh::catalog {

// One reason two schema versions are incompatible: where, what changed, and who it breaks.
struct CompatibilityIssue {
    enum class Breaks {
        OldReaders, // consumers still on the earlier version cannot read the new data
        OldWriters, // data written with the earlier version cannot be read with the new one
    };
    QString path;     // e.g. "ProfileUpdated.jobTitle" or "ProfileUpdated.kind[1]"
    QString message;  // what changed, translated
    Breaks breaks = Breaks::OldWriters;
    int againstVersion = 0; // 1-based position of the earlier version it was checked against
    QString change;         // the registry's name for it where it has one (JSON Schema: "TYPE_NARROWED")

    bool operator==(const CompatibilityIssue &) const = default;
};

} // namespace mesh::catalog
