// peakmemory PROGRAM [ARGUMENT...]: runs the program and prints its peak resident memory in
// KiB on standard error, as its last line; exits with the program's exit code.
//
// A process started straight from a benchmark inherits, in its own rusage, the peak of the
// benchmark's memory (Linux counts the address space a process leaves at exec, and a
// vfork-started child leaves its parent's). This program is small: the peak it passes on
// to the program it forks is its own few MiB, below any program measured with it.

#include <cstdio>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: peakmemory PROGRAM [ARGUMENT...]\n");
        return 2;
    }
    const pid_t pid = fork();
    if (pid < 0) {
        std::perror("fork");
        return 2;
    }
    if (pid == 0) {
        execvp(argv[1], argv + 1);
        std::perror(argv[1]);
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid) {
        std::perror("wait4");
        return 2;
    }
    std::fprintf(stderr, "%ld\n", usage.ru_maxrss);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}
