// EventCatalog itself builds the exported eventcatalog/ folder, with every connection to
// anything but this machine refused (tests/eventcatalog/build-offline.sh), and the built
// site has a page for every domain, service, message version and channel the folder
// declares, the services' AsyncAPI documents, and the channels' messages.
#include "app/samplecatalog.h"
#include "exporters/exporter.h"
#include "exporters/exportwriter.h"
#include "hardcasecatalog.h"
#include "testcatalogs.h"

#include <yaml-cpp/yaml.h>

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace mesh::catalog;
using namespace mesh::exporters;

namespace {

const QString kEventCatalogDir = QStringLiteral(MESH_EVENTCATALOG_DIR);

struct Page {
    QString type;      // "events", "services", "channels"…
    QString id;
    QString version;
    bool latest;       // not under versioned/
    YAML::Node matter;
};

// The resources an exported folder declares, read from each index.mdx's frontmatter.
QList<Page> declaredPages(const QString &folder)
{
    QList<Page> pages;
    QDirIterator it(folder, {QStringLiteral("index.mdx")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QStringList parts = QDir(folder).relativeFilePath(path).split(QLatin1Char('/'));
        // domains/D/index.mdx, domains/D/services/S/index.mdx, events/E/index.mdx,
        // events/E/versioned/1.0.0/index.mdx, channels/C/index.mdx…
        QString type = parts.first();
        const qsizetype services = parts.indexOf(QStringLiteral("services"));
        if (services >= 0)
            type = QStringLiteral("services");
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = file.readAll();
        const qsizetype end = text.indexOf("\n---\n", 4);
        const YAML::Node matter = YAML::Load(text.mid(4, end - 4).toStdString());
        pages.append({type, QString::fromStdString(matter["id"].as<std::string>()), QString::fromStdString(matter["version"].as<std::string>()),
                      !parts.contains(QStringLiteral("versioned")), matter});
    }
    return pages;
}

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// One catalog's folder, exported and being built.
struct Build {
    QString name;
    QTemporaryDir target;
    QString folder;
    std::unique_ptr<QProcess> process = std::make_unique<QProcess>();
    QElapsedTimer timer;
};

void exportAndStart(const CatalogState &state, Build &build)
{
    ExportOptions options;
    options.formats = {ExportFormat::EventCatalog};
    auto files = Exporter::run(state, options);
    QVERIFY2(files, files ? "" : qPrintable(files.error().message));
    auto plan = ExportWriter::plan(build.target.path(), *files, options.formats);
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message));
    QVERIFY(ExportWriter::write(*plan));
    build.folder = build.target.filePath(QStringLiteral("eventcatalog"));
    build.process->setProcessChannelMode(QProcess::MergedChannels);
    build.timer.start();
    build.process->start(kEventCatalogDir + QStringLiteral("/build-offline.sh"), {build.folder});
    QVERIFY2(build.process->waitForStarted(), "cannot start build-offline.sh");
}

void finishAndCheck(Build &build)
{
    const QString &name = build.name;
    const QString &folder = build.folder;
    QVERIFY2(build.process->waitForFinished(20 * 60 * 1000), "eventcatalog build timed out");
    const QString output = QString::fromUtf8(build.process->readAll());
    qInfo().noquote() << name << QStringLiteral(": eventcatalog build in %1 s").arg(build.timer.elapsed() / 1000.0, 0, 'f', 1)
                      << output.section(QLatin1Char('\n'), -4).simplified().left(200);
    QVERIFY2(build.process->exitStatus() == QProcess::NormalExit && build.process->exitCode() == 0, qPrintable(output.right(6000)));
    // What a description said as code was shown as text, never run.
    QVERIFY2(!output.contains(QLatin1String("ran at build time")), qPrintable(output.right(3000)));

    const QString site = folder + QStringLiteral("/dist");
    const QList<Page> pages = declaredPages(folder);
    QVERIFY(pages.size() > 5);
    QHash<QString, QStringList> messagesOfChannel;
    for (const Page &page : pages) {
        const QString built = QStringLiteral("%1/docs/%2/%3/%4/index.html").arg(site, page.type, page.id, page.version);
        QVERIFY2(QFileInfo::exists(built), qPrintable(QStringLiteral("%1: no page for %2 %3 %4").arg(name, page.type, page.id, page.version)));
        if (page.type != QLatin1String("services"))
            continue;
        if (page.matter["specifications"]) {
            const QDir specifications(QStringLiteral("%1/api-catalog/specifications/services/%2/%3").arg(site, page.id, page.version));
            QVERIFY2(!specifications.entryList({QStringLiteral("asyncapi-*")}, QDir::Dirs | QDir::Files).isEmpty(),
                     qPrintable(QStringLiteral("%1: no AsyncAPI page for service %2").arg(name, page.id)));
        }
        for (const char *direction : {"sends", "receives"}) {
            for (const YAML::Node &message : page.matter[direction]) {
                for (const YAML::Node &channel : message[std::string(direction) == "sends" ? "to" : "from"])
                    messagesOfChannel[QString::fromStdString(channel["id"].as<std::string>())].append(QString::fromStdString(message["id"].as<std::string>()));
            }
        }
    }
    // Each message's page shows the channels the services route it through.
    QVERIFY(!messagesOfChannel.isEmpty());
    for (auto it = messagesOfChannel.begin(); it != messagesOfChannel.end(); ++it) {
        for (const QString &message : it.value()) {
            QString built;
            for (const Page &page : pages) {
                if (page.id == message && page.type != QLatin1String("services") && page.latest)
                    built = QStringLiteral("%1/docs/%2/%3/%4/index.html").arg(site, page.type, page.id, page.version);
            }
            QVERIFY2(readAll(built).contains(it.key()), qPrintable(QStringLiteral("%1: %2 does not show its channel %3").arg(name, built, it.key())));
        }
    }
}

} // namespace

class TestEventCatalogBuild : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(kEventCatalogDir + QStringLiteral("/node_modules/@eventcatalog/core/package.json")),
                 "EventCatalog is not installed: run \"npm ci\" in tests/eventcatalog (scripts/install-validators.sh does)");
    }

    // The sample's folder and the hard cases' one, built side by side (each build keeps
    // about one core busy).
    void sampleAndHardCases()
    {
        QTemporaryDir dir;
        auto sample = mesh::app::SampleCatalog::create(dir.filePath(QStringLiteral("sample.meshcat")));
        QVERIFY(sample);
        auto hard = mesh::testing::createCatalog(dir, QStringLiteral("hard.meshcat"));
        mesh::testing::populateHardCases(*hard);
        if (QTest::currentTestFailed())
            return;
        Build builds[2];
        builds[0].name = QStringLiteral("sample");
        builds[1].name = QStringLiteral("hard cases");
        exportAndStart((*sample)->state(), builds[0]);
        exportAndStart(hard->state(), builds[1]);
        if (QTest::currentTestFailed())
            return;
        for (Build &build : builds) {
            finishAndCheck(build);
            if (QTest::currentTestFailed())
                return;
        }
    }
};

QTEST_GUILESS_MAIN(TestEventCatalogBuild)
#include "tst_eventcatalogbuild.moc"
