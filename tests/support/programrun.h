#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

namespace mesh::testing {

// What a program run by a test did. A program that did not start, hung past the time
// allowed (killed) or crashed has an exit code no program gives (kNotStarted, kTimedOut,
// kCrashed), so that a test expecting 0, 1 or 2 fails instead of reading a hang as success.
struct ProgramRun {
    static constexpr int kNotStarted = -1;
    static constexpr int kTimedOut = -2;
    static constexpr int kCrashed = -3;

    int exitCode = kNotStarted;
    QByteArray out;
    QByteArray err;
};

struct ProgramOptions {
    QByteArray input;                                                   // written to its stdin, then closed
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    std::function<void()> meanwhile;                                    // called once it runs
    int timeoutMs = 60000;
};

ProgramRun runProgram(const QString &program, const QStringList &arguments, const ProgramOptions &options = {});

} // namespace mesh::testing
