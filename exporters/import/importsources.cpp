#include "exporters/import/importsources.h"

#include "exporters/asyncapi/asyncapireader.h"
#include "exporters/eventcatalog/eventcatalogreader.h"
#include "exporters/import/documentset.h"
#include "exporters/import/schemafilereader.h"
#include "exporters/registry/registryreader.h"

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
    QStringList catalogs;   // EventCatalog and registry folders, each read as a whole
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists())
            return makeError(ErrorCode::NotFound, tr("%1: no such file or folder").arg(path));
        if (!info.isDir()) {
            sources.append({info.absoluteFilePath(), true});
            continue;
        }
        // EventCatalog folders inside are read as such, their files not one by one.
        if (EventCatalogReader::isEventCatalog(info.absoluteFilePath()) || RegistryReader::isRegistryFolder(info.absoluteFilePath())) {
            catalogs.append(info.absoluteFilePath());
            continue;
        }
        QStringList inner;
        QDirIterator folders(info.absoluteFilePath(), QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (folders.hasNext()) {
            const QString folder = folders.next();
            if ((EventCatalogReader::isEventCatalog(folder) || RegistryReader::isRegistryFolder(folder)) && std::none_of(inner.begin(), inner.end(), [&folder](const QString &root) {
                    return folder.startsWith(root + QLatin1Char('/'));
                }))
                inner.append(folder);
        }
        catalogs += inner;
        // In a Mesh Studio export, proto/ holds each context's messages in one file: the
        // subjects are the registry's, the AsyncAPI documents' and the schema folders'.
        QStringList skipped = inner;
        QDirIterator manifests(info.absoluteFilePath(), {QStringLiteral(".meshstudio-export.json")}, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (manifests.hasNext())
            skipped.append(QFileInfo(manifests.next()).absolutePath() + QStringLiteral("/proto"));
        QStringList found;
        QDirIterator files(info.absoluteFilePath(), QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString file = files.next();
            const bool insideCatalog = std::any_of(skipped.begin(), skipped.end(), [&file](const QString &root) { return file.startsWith(root + QLatin1Char('/')); });
            if (!insideCatalog && (isDocumentFile(file) || isSchemaFile(file)))
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
    const int total = int(sources.size() + catalogs.size());
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
    for (const QString &folder : catalogs) {
        auto read = RegistryReader::isRegistryFolder(folder) ? RegistryReader::read(folder, options, mesh)
                                                             : EventCatalogReader::read(documents, folder, options, mesh);
        if (!read)
            return read.error();
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
