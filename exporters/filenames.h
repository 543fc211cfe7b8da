#pragma once

#include <QHash>
#include <QSet>
#include <QString>

namespace mesh::exporters {

// Maps names people typed to file names that are safe on every system: letters, digits,
// '.', '_' and '-' only, no leading dot, never a reserved device name (CON, NUL, COM1…),
// at most 200 characters; "../etc/passwd" becomes "etc-passwd". Never empty.
QString safeFileName(const QString &name);

// Whether `path` is a relative path of safe names ("a/b.avsc") that stays inside the folder
// it is relative to. Anything else is refused by the writer.
bool isSafeRelativePath(const QString &path, QString *reason = nullptr);

// Hands out unique paths in one export. Two names that differ only by case, or that map to
// the same safe name, get "-2", "-3"… in the order they are asked for (the exporters ask in
// their stable order, so the outcome is deterministic).
class UniquePaths
{
public:
    // `directory` is already safe ("avro/identity"); `stem` is a name to make safe.
    QString claim(const QString &directory, const QString &stem, const QString &extension);

private:
    QSet<QString> m_taken;   // lowercased full paths
};

} // namespace mesh::exporters
