#include "exportruns.h"

#include "exporters/exporter.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace mesh::catalog;
using namespace mesh::exporters;

namespace mesh::testing {

QMap<QString, QByteArray> filesOnDisk(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            files.insert(QDir(root).relativeFilePath(path), file.readAll());
    }
    return files;
}

QMap<QString, QByteArray> asMap(const QList<ExportFile> &files)
{
    QMap<QString, QByteArray> map;
    for (const ExportFile &file : files)
        map.insert(file.path, file.bytes);
    return map;
}

QList<ExportFile> exportAll(const CatalogState &state, ExportOptions options)
{
    auto files = Exporter::run(state, options);
    if (!files) {
        QTest::qFail(qPrintable(files.error().message), __FILE__, __LINE__);
        return {};
    }
    return *files;
}

ExportPlan exportInto(const CatalogState &state, const QString &directory, ExportOptions options)
{
    const QList<ExportFile> files = exportAll(state, options);
    auto plan = ExportWriter::plan(directory, files, options.formats);
    if (!plan) {
        QTest::qFail(qPrintable(plan.error().message), __FILE__, __LINE__);
        return {};
    }
    auto written = ExportWriter::write(*plan);
    if (!written)
        QTest::qFail(qPrintable(written.error().message), __FILE__, __LINE__);
    return *plan;
}

} // namespace mesh::testing
