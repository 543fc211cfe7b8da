#include "programrun.h"

#include <QProcess>

namespace mesh::testing {

ProgramRun runProgram(const QString &program, const QStringList &arguments, const ProgramOptions &options)
{
    QProcess process;
    process.setProcessEnvironment(options.environment);
    process.start(program, arguments);
    if (!process.waitForStarted())
        return {ProgramRun::kNotStarted, {}, process.errorString().toUtf8()};
    if (!options.input.isEmpty())
        process.write(options.input);
    process.closeWriteChannel();
    if (options.meanwhile)
        options.meanwhile();
    if (!process.waitForFinished(options.timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {ProgramRun::kTimedOut, process.readAllStandardOutput(),
                process.readAllStandardError() + QByteArray("\n[killed: still running after ") + QByteArray::number(options.timeoutMs) + " ms]"};
    }
    if (process.exitStatus() == QProcess::CrashExit)
        return {ProgramRun::kCrashed, process.readAllStandardOutput(), process.readAllStandardError() + QByteArray("\n[crashed]")};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace mesh::testing
