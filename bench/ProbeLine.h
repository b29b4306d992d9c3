#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <unistd.h>

// Where the benchmark's preloaded probes write their one line: the file descriptor BENCH_PROBE_FD names, or stderr.
// A plain write(2), whole, since a probe may end the process right after.
inline void writeProbeLine(const QByteArray &line)
{
    bool ok = false;
    const int fd = qEnvironmentVariableIntValue("BENCH_PROBE_FD", &ok);
    const int out = ok ? fd : STDERR_FILENO;
    for (qsizetype written = 0; written < line.size();) {
        const ssize_t n = ::write(out, line.constData() + written, size_t(line.size() - written));
        if (n <= 0)
            break;
        written += n;
    }
}
