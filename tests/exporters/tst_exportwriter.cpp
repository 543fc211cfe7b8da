// The export writer: only what changed is written, each file whole, and the manifest says
// what the export owns, so that it removes its own files and never touches others.

#include "app/samplecatalog.h"
#include "catalog/catalog.h"
#include "exporters/exporter.h"
#include "exporters/exportwriter.h"
#include "exportruns.h"
#include "testcatalogs.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QTemporaryDir>
#include <QTest>

using namespace mesh::catalog;
using namespace mesh::exporters;
using namespace mesh::testing;

class TestExportWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_sample;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto sample = mesh::app::SampleCatalog::create(m_dir.filePath(QStringLiteral("sample.meshcat")));
        QVERIFY2(sample, sample ? "" : qPrintable(sample.error().message));
        m_sample = std::move(sample).value();
    }

    // A second export writes nothing: no file is rewritten, modification times stay.
    void secondExportWritesNothing()
    {
        QTemporaryDir target;
        exportInto(m_sample->state(), target.path());
        QVERIFY(exportInto(m_sample->state(), target.path()).writesNothing());

        // Files whose times changed (a checkout, a copy) are compared, not rewritten; the
        // manifest takes note of their new times, and the run after writes nothing at all.
        const QDateTime past = QDateTime::currentDateTimeUtc().addDays(-3);
        QDirIterator it(target.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.fileName().endsWith(ExportWriter::manifestName()))
                continue;
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(past, QFileDevice::FileModificationTime));
            ++files;
        }
        QVERIFY(files > 50);
        const ExportPlan plan = exportInto(m_sample->state(), target.path());
        QVERIFY(plan.added.isEmpty() && plan.changed.isEmpty() && plan.removed.isEmpty());
        QCOMPARE(plan.unchanged.size(), files);
        QDirIterator again(target.path(), QDir::Files, QDirIterator::Subdirectories);
        while (again.hasNext()) {
            const QFileInfo info(again.next());
            QVERIFY2(qAbs(info.lastModified().secsTo(past)) <= 1, qPrintable(info.filePath() + QStringLiteral(" was rewritten")));
        }
        QVERIFY(exportInto(m_sample->state(), target.path()).writesNothing());
    }

    // The manifest, read with Qt's own JSON parser, names every file written with the hash,
    // size and time the file has on disk, and nothing more.
    void theManifestRecordsEachFileAsOnDisk()
    {
        QTemporaryDir target;
        const QList<ExportFile> files = exportAll(m_sample->state());
        exportInto(m_sample->state(), target.path());
        QFile manifestFile(QDir(target.path()).filePath(ExportWriter::manifestName()));
        QVERIFY(manifestFile.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(manifest.value("generator").toString(), QStringLiteral("Mesh Studio"));
        const QJsonObject entries = manifest.value("files").toObject();
        QCOMPARE(entries.size(), files.size());
        for (const ExportFile &file : files) {
            const QJsonObject entry = entries.value(file.path).toObject();
            const QFileInfo onDisk(QDir(target.path()).filePath(file.path));
            QCOMPARE(entry.value("format").toString(), file.format);
            QCOMPARE(entry.value("sha256").toString().toLatin1(), QCryptographicHash::hash(file.bytes, QCryptographicHash::Sha256).toHex());
            QCOMPARE(entry.value("size").toInteger(), onDisk.size());
            QCOMPARE(entry.value("modified").toInteger(), onDisk.lastModified().toMSecsSinceEpoch());
        }
    }

    // With a stamp (what the CLI and the studio pass: catalog, revision, options), a folder
    // holding that export untouched is known to be up to date without producing anything;
    // touching one file, or another stamp, says otherwise.
    void stampTellsAnUpToDateFolder()
    {
        QTemporaryDir target;
        const QList<ExportFile> files = exportAll(m_sample->state());
        auto plan = ExportWriter::plan(target.path(), files, allExportFormats(), QStringLiteral("sample@120"));
        QVERIFY(plan && ExportWriter::write(*plan));
        int count = 0;
        QVERIFY(ExportWriter::isUpToDate(target.path(), QStringLiteral("sample@120"), allExportFormats(), &count));
        QCOMPARE(count, files.size());
        QVERIFY(!ExportWriter::isUpToDate(target.path(), QStringLiteral("sample@121"), allExportFormats()));
        QVERIFY(!ExportWriter::isUpToDate(target.path(), QString(), allExportFormats()));
        QFile edited(target.filePath(QStringLiteral("avro/Identity/ProfilePublished.avsc")));
        QVERIFY(edited.open(QIODevice::Append));
        edited.write(" ");
        edited.close();
        QVERIFY(!ExportWriter::isUpToDate(target.path(), QStringLiteral("sample@120"), allExportFormats()));
        // The full run puts the edited file back.
        plan = ExportWriter::plan(target.path(), files, allExportFormats(), QStringLiteral("sample@120"));
        QVERIFY(plan);
        QCOMPARE(plan->changed.size(), 1);
        QVERIFY(ExportWriter::write(*plan));
        QVERIFY(ExportWriter::isUpToDate(target.path(), QStringLiteral("sample@120"), allExportFormats()));
    }

    // Files no longer produced go; files the export never wrote stay, byte for byte; formats
    // not exported this time keep theirs.
    void removesWhatItOwnedOnly()
    {
        QTemporaryDir dir;
        auto catalog = createCatalog(dir);
        applyLines(*catalog, kSmallModel);
        const QString target = dir.filePath(QStringLiteral("out"));
        exportInto(catalog->state(), target);
        QVERIFY(QFile::exists(target + QStringLiteral("/avro/Identity/ProfilePublished.avsc")));
        QFile mine(target + QStringLiteral("/avro/Identity/notes.txt"));
        QVERIFY(mine.open(QIODevice::WriteOnly));
        mine.write("mine\n");
        mine.close();

        applyLines(*catalog, R"({"op":"update","ref":"Identity/ProfilePublished","set":{"name":"ProfileShown"}})");
        ExportOptions avroOnly;
        avroOnly.formats = {ExportFormat::Avro};
        const ExportPlan plan = exportInto(catalog->state(), target, avroOnly);
        QCOMPARE(plan.removed, QStringList{QStringLiteral("avro/Identity/ProfilePublished.avsc")});
        QCOMPARE(plan.added.size(), 1);
        QVERIFY(!QFile::exists(target + QStringLiteral("/avro/Identity/ProfilePublished.avsc")));
        QVERIFY(QFile::exists(target + QStringLiteral("/avro/Identity/ProfileShown.avsc")));
        QVERIFY(QFile::exists(target + QStringLiteral("/avro/Identity/notes.txt")));
        // The AsyncAPI document still names the old event: it was not exported this time.
        QVERIFY(QFile::exists(target + QStringLiteral("/asyncapi/Identity/ProfileService.yaml")));
        const QByteArray manifest = filesOnDisk(target).value(ExportWriter::manifestName());
        QVERIFY(manifest.contains("asyncapi/Identity/ProfileService.yaml"));
        QVERIFY(manifest.contains("avro/Identity/ProfileShown.avsc"));
        QVERIFY(!manifest.contains("notes.txt"));

        // Deleting the last subject of a folder removes the folder the export emptied.
        applyLines(*catalog, R"({"op":"delete","ref":"Identity/ProfileShown"})");
        QFile::remove(target + QStringLiteral("/avro/Identity/notes.txt"));
        exportInto(catalog->state(), target, avroOnly);
        QVERIFY(!QFileInfo::exists(target + QStringLiteral("/avro")));
    }

    // A file the export did not write is never overwritten: the export stops before writing
    // anything and names it.
    void refusesToOverwriteForeignFiles()
    {
        QTemporaryDir target;
        QDir().mkpath(target.filePath(QStringLiteral("avro/Identity")));
        QFile foreign(target.filePath(QStringLiteral("avro/Identity/ProfilePublished.avsc")));
        QVERIFY(foreign.open(QIODevice::WriteOnly));
        foreign.write("{\"hand\": \"written\"}\n");
        foreign.close();
        const auto before = filesOnDisk(target.path());
        const QList<ExportFile> files = exportAll(m_sample->state());
        auto plan = ExportWriter::plan(target.path(), files, allExportFormats());
        QVERIFY(!plan);
        QVERIFY2(plan.error().message.contains(QLatin1String("avro/Identity/ProfilePublished.avsc")), qPrintable(plan.error().message));
        QCOMPARE(filesOnDisk(target.path()), before);
    }

    void refusesPathsThroughSymbolicLinks()
    {
        QTemporaryDir target, elsewhere;
        QVERIFY(QFile::link(elsewhere.path(), target.filePath(QStringLiteral("avro"))));
        auto plan = ExportWriter::plan(target.path(), exportAll(m_sample->state()), allExportFormats());
        QVERIFY(!plan);
        QVERIFY2(plan.error().message.contains(QLatin1String("symbolic link")), qPrintable(plan.error().message));
        QVERIFY(QDir(elsewhere.path()).isEmpty());
    }

    void aBrokenManifestIsNamedAndNothingWritten()
    {
        QTemporaryDir target;
        QFile manifest(target.filePath(ExportWriter::manifestName()));
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write("{\n  \"files\": {\n    oops\n}\n");
        manifest.close();
        auto plan = ExportWriter::plan(target.path(), exportAll(m_sample->state()), allExportFormats());
        QVERIFY(!plan);
        QVERIFY2(plan.error().message.contains(ExportWriter::manifestName()) && plan.error().message.contains(QLatin1String("line 3")),
                 qPrintable(plan.error().message));
        // A manifest naming a path outside the folder is refused too, not followed.
        QVERIFY(manifest.open(QIODevice::WriteOnly | QIODevice::Truncate));
        manifest.write(R"({"files": {"../victim.txt": {"format": "avro", "sha256": ""}}})");
        manifest.close();
        plan = ExportWriter::plan(target.path(), exportAll(m_sample->state()), allExportFormats());
        QVERIFY(!plan);
        QVERIFY2(plan.error().message.contains(QLatin1String("../victim.txt")), qPrintable(plan.error().message));
    }

    // A manifest written by hand (or by a later version) with fields it does not know, values
    // nested where a string is expected and entries that are no objects: the entries are
    // still read field by field, the nested values passed over, and a JSON array is refused.
    void aManifestIsReadFieldByField()
    {
        QTemporaryDir target;
        QVERIFY(QDir(target.path()).mkpath(QStringLiteral("avro")));
        QFile old(target.filePath(QStringLiteral("avro/Old.avsc")));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("{}\n");
        old.close();
        QFile stray(target.filePath(QStringLiteral("avro/Stray.avsc")));
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.write("{}\n");
        stray.close();
        const QByteArray sha = QCryptographicHash::hash("{}\n", QCryptographicHash::Sha256).toHex();
        QFile manifest(target.filePath(ExportWriter::manifestName()));
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write(R"({"note": {"files": {"avro/Stray.avsc": {"format": "avro", "sha256": ")" + sha + R"("}}},
                           "files": {"avro/Old.avsc": {"format": "avro", "sha256": ")" + sha + R"(", "size": 3.0,
                                                        "later": {"sha256": "0000", "format": "proto"}, "tags": ["a", {"b": 1}]},
                                     "avro/Gone.avsc": "owned by nobody"},
                           "stamp": {"not": "a string"}})");
        manifest.close();
        ExportOptions options;
        options.formats = {ExportFormat::Avro};
        auto plan = ExportWriter::plan(target.path(), exportAll(m_sample->state(), options), options.formats);
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message));
        // Owned, hash matching, no longer produced: removed. The one named under "note" is not owned.
        QCOMPARE(plan->removed, QStringList{QStringLiteral("avro/Old.avsc")});
        QVERIFY(plan->keptEdited.isEmpty());

        QVERIFY(manifest.open(QIODevice::WriteOnly | QIODevice::Truncate));
        manifest.write(R"([{"files": {}}])");
        manifest.close();
        plan = ExportWriter::plan(target.path(), exportAll(m_sample->state(), options), options.formats);
        QVERIFY(!plan);
        QVERIFY2(plan.error().message.contains(QLatin1String("not a JSON object")), qPrintable(plan.error().message));
    }

    // Stopped after a few files, the folder holds whole files only, and the next export
    // finishes the work without refusing the files it wrote.
    void anInterruptedExportLeavesWholeFiles()
    {
        QTemporaryDir target;
        const QList<ExportFile> files = exportAll(m_sample->state());
        auto plan = ExportWriter::plan(target.path(), files, allExportFormats());
        QVERIFY(plan);
        auto written = ExportWriter::write(*plan, [](int done, int) { return done < 5; });
        QVERIFY(!written);
        const QMap<QString, QByteArray> expected = asMap(files);
        const QMap<QString, QByteArray> onDisk = filesOnDisk(target.path());
        // Five files and the manifest, and the file each other writing thread had begun.
        QVERIFY2(onDisk.size() >= 5 + 1 && onDisk.size() <= 5 + 4 && onDisk.size() < files.size(), qPrintable(QString::number(onDisk.size())));
        for (auto it = onDisk.begin(); it != onDisk.end(); ++it) {
            if (it.key() != ExportWriter::manifestName())
                QCOMPARE(it.value(), expected.value(it.key()));
        }
        // A temporary file a killed export left behind goes when its folder is written again
        // (here the folder of a file not written yet).
        const auto unwritten = std::find_if(files.begin(), files.end(), [&](const ExportFile &file) { return !onDisk.contains(file.path); });
        QVERIFY(unwritten != files.end());
        const QString folder = QFileInfo(unwritten->path).path();
        QDir().mkpath(target.filePath(folder));
        QFile leftover(target.filePath(folder + QStringLiteral("/.Identity.tf.meshstudio-tmp")));
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.write("resource \"kafka_topic\" \"half");
        leftover.close();
        const ExportPlan finish = exportInto(m_sample->state(), target.path());
        QVERIFY(!leftover.exists());
        const qsizetype writtenBefore = onDisk.size() - 1;
        QCOMPARE(finish.added.size(), files.size() - writtenBefore);
        QCOMPARE(finish.unchanged.size(), writtenBefore);
        QCOMPARE(filesOnDisk(target.path()).size(), files.size() + 1);
    }

    // A file that cannot be written (here its temporary file's name is taken by a folder,
    // which stops root too) fails the export with that file's name, while the writing
    // threads leave every other file whole.
    void aFileThatCannotBeWrittenIsNamed()
    {
        QTemporaryDir target;
        const QList<ExportFile> files = exportAll(m_sample->state());
        const ExportFile &blocked = files.at(files.size() / 2);
        const QString folder = QFileInfo(blocked.path).path();
        QVERIFY(QDir().mkpath(target.filePath(folder + QStringLiteral("/.") + QFileInfo(blocked.path).fileName() + QStringLiteral(".meshstudio-tmp"))));
        auto plan = ExportWriter::plan(target.path(), files, allExportFormats());
        QVERIFY(plan);
        auto written = ExportWriter::write(*plan);
        QVERIFY(!written);
        QVERIFY2(written.error().message.contains(blocked.path), qPrintable(written.error().message));
        const QMap<QString, QByteArray> expected = asMap(files);
        const QMap<QString, QByteArray> onDisk = filesOnDisk(target.path());
        QVERIFY(!onDisk.contains(blocked.path));
        for (auto it = onDisk.begin(); it != onDisk.end(); ++it) {
            if (it.key() != ExportWriter::manifestName())
                QCOMPARE(it.value(), expected.value(it.key()));
        }
    }
};

QTEST_GUILESS_MAIN(TestExportWriter)
#include "tst_exportwriter.moc"
