#pragma once

#include <QByteArray>
#include <QFileDevice>

namespace mesh::catalog {

// Writes all of `bytes` to a file opened Unbuffered. A full disk or a file size limit lets
// a first write() through in part and gives no reason; the write of the rest fails with the
// system's reason ("No space left on device"), which the file's errorString() then holds.
inline bool writeAll(QFileDevice &file, const QByteArray &bytes)
{
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 count = file.write(bytes.constData() + written, bytes.size() - written);
        if (count <= 0)
            return false;
        written += count;
    }
    return true;
}

} // namespace mesh::catalog
