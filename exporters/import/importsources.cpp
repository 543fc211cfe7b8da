#include "exporters/import/importsources.h"

#include "exporters/asyncapi/asyncapireader.h"
#include "exporters/import/documentset.h"
#include "exporters/import/schemafilereader.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

namespace mesh::exporters {

using namespace mesh::catalog;

namespace {

struct Source {
    QString path;
    bool named;   // given by name, not found in a folder
};

bool isDocumentFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("yaml") || suffix == QLatin1String("yml") || suffix == QLatin1String("json");
}

bool isSchemaFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("avsc") || suffix == QLatin1String("proto");
}

} // namespace

Result<ImportedMesh> ImportSources::read(const QStringList &paths, const ImportOptions &options, const Progress &progress)
{
    QList<Source> sources;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists())
            return makeError(ErrorCode::NotFound, tr("%1: no such file or folder").arg(path));
        if (!info.isDir()) {
            sources.append({info.absoluteFilePath(), true});
            continue;
        }
        QStringList found;
        QDirIterator files(info.absoluteFilePath(), QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString file = files.next();
            if (isDocumentFile(file) || isSchemaFile(file))
                found.append(file);
        }
        std::sort(found.begin(), found.end());
        for (const QString &file : found)
            sources.append({file, false});
    }

    ImportedMesh mesh;
    DocumentSet documents;
    // AsyncAPI documents first, so that the files they reach are known before the
    // schema files are read.
    QList<Source> schemas;
    int done = 0;
    const int total = int(sources.size());
    auto tick = [&]() {
        ++done;
        return !progress || progress(done, total);
    };
    QSet<QString> asyncApi;
    for (const Source &source : sources) {
        if (!isDocumentFile(source.path)) {
            schemas.append(source);
            continue;
        }
        auto document = documents.load(source.path);
        if (!document)
            return document.error();
        if (!AsyncApiReader::isAsyncApi(**document)) {
            schemas.append(source);
            continue;
        }
        asyncApi.insert(source.path);
        if (auto read = AsyncApiReader::read(documents, source.path, options, mesh); !read)
            return read.error();
        if (!tick())
            return makeError(ErrorCode::InvalidInput, tr("the import was cancelled"));
    }
    mesh.unifyRestatedMessages();
    const QSet<QString> reached = documents.referencedFiles();
    SchemaFileReader schemaFiles(documents, options, mesh);
    for (const Source &source : schemas) {
        if (reached.contains(source.path) && !source.named && !asyncApi.contains(source.path)) {
            if (!tick())
                return makeError(ErrorCode::InvalidInput, tr("the import was cancelled"));
            continue;
        }
        if (auto read = schemaFiles.read(source.path, source.named); !read)
            return read.error();
        if (!tick())
            return makeError(ErrorCode::InvalidInput, tr("the import was cancelled"));
    }
    if (auto finished = schemaFiles.finish(); !finished)
        return finished.error();
    return mesh;
}

} // namespace mesh::exporters
