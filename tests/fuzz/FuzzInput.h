#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// The seed corpus is written by hand, so every target reads its input as text: a few header lines that pick the
// scenario, then the payload. Mutated inputs that break the layout still reach the code under test, only with
// other header values.
class FuzzInput final {
public:
    FuzzInput(const uint8_t *data, size_t size)
        : m_rest(reinterpret_cast<const char *>(data), qsizetype(size))
    {
    }

    bool atEnd() const { return m_rest.isEmpty(); }

    // The next line without its '\n' (a "\r" before it stays: it is part of what a mutated input says).
    QByteArrayView takeLine()
    {
        const QByteArrayView line = peekLine();
        m_rest = line.size() < m_rest.size() ? m_rest.sliced(line.size() + 1) : QByteArrayView();
        return line;
    }

    // The next line, left in place.
    QByteArrayView peekLine() const
    {
        const qsizetype end = m_rest.indexOf('\n');
        return end < 0 ? m_rest : m_rest.first(end);
    }

    // Everything not taken yet.
    QByteArrayView rest() const { return m_rest; }

    // All remaining lines, as text; a trailing newline does not add an empty line.
    QStringList lines()
    {
        QStringList result;
        while (!atEnd())
            result.append(QString::fromUtf8(takeLine()));
        return result;
    }

private:
    QByteArrayView m_rest;
};

// A broken promise of the code under test: libFuzzer reports the abort as a crash and saves the input.
inline void fuzzCheck(bool holds, const char *promise)
{
    if (holds)
        return;
    std::fprintf(stderr, "fuzz check failed: %s\n", promise);
    std::abort();
}
