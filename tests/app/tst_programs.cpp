// The two programs: meshstudio runs the commands that draw nothing without Qt Gui, Widgets,
// Graphviz or libpq loaded, and hands the window, export and render to meshstudio-studio,
// found beside it in the build tree and in the library-executables folder once installed.

#include "programrun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The libraries a program names as needed, as the dynamic loader reads them (readelf, from
// binutils, which the compiler needs anyway).
QStringList neededLibraries(const QString &program)
{
    const auto run = mesh::testing::runProgram(QStringLiteral("readelf"), {QStringLiteral("--dynamic"), program});
    if (run.exitCode != 0)
        return {};
    QStringList needed;
    static const QRegularExpression entry(QStringLiteral(R"(\(NEEDED\)\s+Shared library: \[([^\]]+)\])"));
    for (auto it = entry.globalMatch(QString::fromUtf8(run.out)); it.hasNext();)
        needed.append(it.next().captured(1));
    return needed;
}

bool namesOneOf(const QStringList &libraries, const QStringList &prefixes)
{
    for (const QString &library : libraries) {
        for (const QString &prefix : prefixes) {
            if (library.startsWith(prefix))
                return true;
        }
    }
    return false;
}

mesh::testing::ProgramRun runHeadless(const QString &program, const QStringList &arguments)
{
    mesh::testing::ProgramOptions options;
    options.environment.remove(QStringLiteral("DISPLAY"));
    options.environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    options.environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    return mesh::testing::runProgram(program, arguments, options);
}

const QStringList kDrawingAndServerLibraries = {QStringLiteral("libQt6Gui"), QStringLiteral("libQt6Widgets"), QStringLiteral("libQt6Svg"),
                                                QStringLiteral("libgvc"), QStringLiteral("libcgraph"), QStringLiteral("libpq")};

} // namespace

class TestPrograms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theCommandProgramLoadsNoDrawingNorServerLibrary()
    {
        const QStringList lean = neededLibraries(QStringLiteral(MESHSTUDIO_BINARY));
        const QStringList studio = neededLibraries(QStringLiteral(MESHSTUDIO_STUDIO_BINARY));
        // Read right: both name Qt Core, and the studio names what meshstudio leaves out.
        QVERIFY2(namesOneOf(lean, {QStringLiteral("libQt6Core")}), qPrintable(lean.join(QLatin1Char(' '))));
        QVERIFY2(namesOneOf(studio, {QStringLiteral("libQt6Widgets")}), qPrintable(studio.join(QLatin1Char(' '))));
        QVERIFY2(!namesOneOf(lean, kDrawingAndServerLibraries), qPrintable(lean.join(QLatin1Char(' '))));
        // libpq comes with Qt's PostgreSQL driver, only when a shared catalog is opened.
        QVERIFY2(!namesOneOf(studio, {QStringLiteral("libpq")}), qPrintable(studio.join(QLatin1Char(' '))));
    }

    void exportAndRenderAreHandedToTheStudio()
    {
        for (const QString &command : {QStringLiteral("export"), QStringLiteral("render")}) {
            const auto viaLean = runHeadless(QStringLiteral(MESHSTUDIO_BINARY), {command, QStringLiteral("--help")});
            const auto direct = runHeadless(QStringLiteral(MESHSTUDIO_STUDIO_BINARY), {command, QStringLiteral("--help")});
            QCOMPARE(viaLean.exitCode, 0);
            QCOMPARE(viaLean.out, direct.out);
            QVERIFY2(viaLean.out.contains("--out") || viaLean.out.contains("--to"), viaLean.out.constData());
        }
        // Both list the same commands, with the same summaries.
        const auto leanHelp = runHeadless(QStringLiteral(MESHSTUDIO_BINARY), {QStringLiteral("--help")});
        const auto studioHelp = runHeadless(QStringLiteral(MESHSTUDIO_STUDIO_BINARY), {QStringLiteral("--help")});
        QCOMPARE(leanHelp.exitCode, 0);
        QCOMPARE(leanHelp.out, studioHelp.out);
    }

    void withoutTheStudioItSaysWhatIsMissing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString alone = dir.filePath(QStringLiteral("meshstudio"));
        QVERIFY(QFile::copy(QStringLiteral(MESHSTUDIO_BINARY), alone));
        QVERIFY(QFile::setPermissions(alone, QFile::permissions(alone) | QFileDevice::ExeOwner));

        const auto version = runHeadless(alone, {QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);   // what it runs itself still runs
        const auto render = runHeadless(alone, {QStringLiteral("render"), QStringLiteral("--help")});
        QCOMPARE(render.exitCode, 2);
        QVERIFY2(render.err.contains("meshstudio-studio") && render.err.contains("No such file"), render.err.constData());
        QCOMPARE(render.err.count('\n'), 1);
        const auto window = runHeadless(alone, {});
        QCOMPARE(window.exitCode, 2);
        QVERIFY2(window.err.contains("meshstudio-studio"), window.err.constData());
    }

    void anInstalledMeshstudioFindsTheStudio()
    {
        QTemporaryDir prefix;
        QVERIFY(prefix.isValid());
        const auto installed = mesh::testing::runProgram(QStringLiteral(CMAKE_COMMAND),
                                                         {QStringLiteral("--install"), QStringLiteral(MESH_BUILD_DIR), QStringLiteral("--prefix"),
                                                          prefix.path()});
        QVERIFY2(installed.exitCode == 0, installed.err.constData());
        const QString program = prefix.filePath(QStringLiteral("bin/meshstudio"));
        QVERIFY(QFileInfo(program).isExecutable());
        QVERIFY2(!QFileInfo::exists(prefix.filePath(QStringLiteral("bin/meshstudio-studio"))), "the studio is not a command of its own");
        const auto render = runHeadless(program, {QStringLiteral("render"), QStringLiteral("--help")});
        QVERIFY2(render.exitCode == 0, render.err.constData());
        QVERIFY(render.out.contains("--out"));
    }
};

QTEST_GUILESS_MAIN(TestPrograms)
#include "tst_programs.moc"
