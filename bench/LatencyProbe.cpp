// The latency probe: preloaded into the real app by bench/latency.sh (LD_PRELOAD), it plays the agent. Once the
// checkpoint window is on screen it types a code into the code field key by key, presses Enter at a set time, and
// times Enter -> the answer reaching the app (the window leaves its busy state, which it does as the client hands
// over the outcome). It also runs a 1 ms timer from the first frame to Enter and reports the longest gap between its
// ticks before the agent types (gap_open_ms: the app reads its key, warms its connection and loads TLS then) and while
// the agent types (gap_typing_ms): how long the window could not react. One line of key=value pairs goes to
// BENCH_PROBE_FD (default stderr), then the process ends.
//
// BENCH_LATENCY_CASE: first   six digits from 0.6 s after the window is up, Enter at 1.5 s
//                     idle    the same from 8.0 s (Enter at 8.9 s), after the server closed its idle connection
//                     second  a rejected code at 1.5 s, then the good code, Enter 2 s after that first answer
// BENCH_LATENCY_CODE: the good code (default 123456).
// BENCH_SMAPS_DIR: a copy of /proc/self/smaps goes there as the probe ends (where the resident memory is).
#include "ProbeLine.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <algorithm>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr auto digitInterval = 150ms;

// A field of /proc/self/status, such as "VmHWM" (the peak resident set, KiB) or "Threads".
QByteArray processStatus(const QByteArray &field)
{
    QFile file(u"/proc/self/status"_s);
    if (!file.open(QIODevice::ReadOnly))
        return "0";
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).simplified().split(' ').value(0);
    }
    return "0";
}

QByteArray peakResidentKb()
{
    return processStatus("VmHWM");
}

template <typename T> T *findWidget(const QString &name)
{
    const QWidgetList widgets = QApplication::allWidgets();
    for (QWidget *widget : widgets) {
        if (widget->objectName() == name)
            return qobject_cast<T *>(widget);
    }
    return nullptr;
}

void key(QWidget *target, int code, const QString &text = {})
{
    QKeyEvent press(QEvent::KeyPress, code, Qt::NoModifier, text);
    QCoreApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, code, Qt::NoModifier, text);
    QCoreApplication::sendEvent(target, &release);
}

class LatencyProbe final : public QObject {
public:
    explicit LatencyProbe(QObject *parent)
        : QObject(parent)
        , m_case(qEnvironmentVariable("BENCH_LATENCY_CASE", u"first"_s))
        , m_code(qEnvironmentVariable("BENCH_LATENCY_CODE", u"123456"_s))
    {
        m_tick.setTimerType(Qt::PreciseTimer);
        m_tick.setInterval(1);
        connect(&m_tick, &QTimer::timeout, this, &LatencyProbe::onTick);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && !m_opened.isValid() && watched->isWindowType()
            && watched->objectName() == "CheckpointWindowWindow"_L1 && static_cast<QWindow *>(watched)->isExposed()) {
            m_opened.start();
            m_lastTick = 0;
            m_tick.start();
            const std::chrono::milliseconds typeAt = m_case == "idle"_L1 ? 8000ms : 600ms;
            QTimer::singleShot(typeAt, Qt::PreciseTimer, this,
                               [this] { type(m_case == "second"_L1 ? u"000000"_s : m_code); });
        }
        if (event->type() == QEvent::Hide && watched == m_busy && m_enter > 0)
            onAnswer();
        return false;
    }

private:
    void onTick()
    {
        const qint64 now = m_opened.nsecsElapsed();
        qint64 &longest = m_typing ? m_longestTypingGap : m_longestOpenGap;
        longest = std::max(longest, now - m_lastTick);
        m_lastTick = now;
    }

    void type(const QString &code)
    {
        auto *edit = findWidget<QLineEdit>(u"codeEdit"_s);
        m_busy = findWidget<QWidget>(u"busyLabel"_s);
        if (!edit || !m_busy) {
            finish("error=no-code-field");
            return;
        }
        m_busy->installEventFilter(this);
        if (!m_typing)
            m_typingPeak = peakResidentKb();
        m_typing = true;
        for (int i = 0; i < code.size(); ++i) {
            QTimer::singleShot(digitInterval * i, Qt::PreciseTimer, edit,
                               [edit, digit = code.at(i)] { key(edit, Qt::Key_0 + digit.digitValue(), digit); });
        }
        QTimer::singleShot(digitInterval * code.size(), Qt::PreciseTimer, edit, [this, edit] {
            m_tick.stop();
            m_enter = m_opened.nsecsElapsed();
            key(edit, Qt::Key_Return);
        });
    }

    void onAnswer()
    {
        const qint64 answer = m_opened.nsecsElapsed();
        m_results += " enter" + QByteArray::number(m_round) + "_ms=" + QByteArray::number(double(m_enter) / 1e6)
            + " answer" + QByteArray::number(m_round) + "_ms=" + QByteArray::number(double(answer - m_enter) / 1e6);
        if (m_case == "second"_L1 && m_round++ == 0) {
            m_enter = 0;
            QTimer::singleShot(2000ms - digitInterval * m_code.size(), Qt::PreciseTimer, this,
                               [this] { type(m_code); });
            return;
        }
        m_results += " gap_open_ms=" + QByteArray::number(double(m_longestOpenGap) / 1e6) + " gap_typing_ms="
            + QByteArray::number(double(m_longestTypingGap) / 1e6) + " hwm_typing_kb=" + m_typingPeak
            + " hwm_kb=" + peakResidentKb() + " rss_file_kb=" + processStatus("RssFile")
            + " rss_anon_kb=" + processStatus("RssAnon") + " threads=" + processStatus("Threads");
        finish("ok=1");
    }

    void finish(const QByteArray &status)
    {
        // Where the resident memory is, mapping by mapping, for bench/latency.sh's SMAPS_DIR.
        if (const QString directory = qEnvironmentVariable("BENCH_SMAPS_DIR"); !directory.isEmpty()) {
            QFile smaps(u"/proc/self/smaps"_s);
            QFile copy(directory + u"/smaps."_s + m_case + u'.' + QString::number(::getpid()));
            if (smaps.open(QIODevice::ReadOnly) && copy.open(QIODevice::WriteOnly))
                copy.write(smaps.readAll());
        }
        const QByteArray line = "latency case=" + m_case.toLatin1() + ' ' + status + m_results + '\n';
        writeProbeLine(line);
        ::_exit(0);
    }

    QString m_case;
    QString m_code;
    QElapsedTimer m_opened;
    QTimer m_tick;
    qint64 m_lastTick = 0;
    qint64 m_longestOpenGap = 0;
    qint64 m_longestTypingGap = 0;
    bool m_typing = false;
    QByteArray m_typingPeak; // VmHWM as the agent starts typing: the key read, the connection warmed
    qint64 m_enter = 0;
    int m_round = 0;
    QWidget *m_busy = nullptr;
    QByteArray m_results;
};

void installProbe()
{
    QCoreApplication *application = QCoreApplication::instance();
    application->installEventFilter(new LatencyProbe(application));
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installProbe)
