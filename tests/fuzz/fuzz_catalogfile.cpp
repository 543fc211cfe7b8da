// libFuzzer: the bytes of a .meshcat file, opened as `meshstudio info FILE` opens it (read
// only, then read-write, which migrates an older format), then checked as `check` does.
#include "fuzzsupport.h"

#include "catalog/catalog.h"
#include "catalog/governance/governancechecker.h"

#include <QFile>
#include <QTemporaryDir>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    mesh::fuzz::ensureApplication();
    static QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("fuzzed.meshcat"));
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
        return 0;
    file.close();
    for (mesh::catalog::OpenMode mode : {mesh::catalog::OpenMode::ReadOnly, mesh::catalog::OpenMode::ReadWrite}) {
        auto catalog = mesh::catalog::Catalog::open(path, mode);
        if (!catalog)
            continue;
        (void)mesh::catalog::GovernanceChecker::checkAll((*catalog)->state());
        (void)(*catalog)->log(0);
    }
    return 0;
}
