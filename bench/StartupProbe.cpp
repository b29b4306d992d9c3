// The startup probe: a small shared object that bench/run.sh puts into a process with LD_PRELOAD, the app and the
// baseline alike, so that both are measured by the same instrument and neither carries benchmark code.
//
// It registers a QCoreApplication pre-routine, watches the application's events and writes one line of key=value pairs:
//     probe preroutine_ns=… show_ns=… loop_ns=… expose_ns=… frame_ns=… settled_ns=… hwm_kb=… rss_kb=…
//           settled_hwm_kb=… window=… libs=… settled_libs=… dumpable=…
// frame: the first window has been exposed and painted (Qt paints while it delivers the expose; a high-priority
// posted event runs right after that, before any work the program queued for later), so it is on screen and the
// event loop takes input again. settled: the event loop had nothing left to do for the first time after that (a GLib
// idle source, when Qt runs on GLib's loop; else the same as frame): what the program deferred until after its first
// frame has run by then. The line is written at settled.
// Times are CLOCK_MONOTONIC nanoseconds, the clock the launcher reads just before it starts the process.
// hwm_kb and rss_kb are VmHWM (peak resident set) and VmRSS at frame, libs says which optional libraries are mapped
// by then; settled_hwm_kb and settled_libs are the same at settled, after the work deferred past the first frame.
// dumpable is prctl(PR_GET_DUMPABLE) at settled: 0 when the program has made itself non-dumpable (no core file).
//
// Environment: BENCH_PROBE_FD=<fd> writes the line there (default: stderr); BENCH_PROBE_EXIT=1 ends the process
// with _exit(0) right after the line, so that tools which time a whole process (hyperfine) time start to frame;
// BENCH_PROBE_CTL_FD=<fd>: when that file descriptor reaches its end (the launcher closes its side of the pipe),
// every window is closed and the application quits the normal way, so the next start finds what a real quit leaves.
#include "ProbeLine.h"

#include <QApplication>
#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QObject>
#include <QSocketNotifier>
#include <QWidget>
#include <QWindow>

#include <cstdio>
#include <ctime>
#include <dlfcn.h>
#include <sys/prctl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

qint64 monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

QByteArray statusField(const QByteArray &status, const QByteArray &name)
{
    for (const QByteArray &line : status.split('\n')) {
        if (line.startsWith(QByteArray(name + ':')))
            return line.mid(name.size() + 1).simplified().split(' ').value(0);
    }
    return "0";
}

QByteArray processStatus()
{
    QFile file(u"/proc/self/status"_s);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Which of the libraries that should stay off the path to the first frame are loaded by then.
QByteArray loadedLibraries()
{
    QFile maps(u"/proc/self/maps"_s);
    if (!maps.open(QIODevice::ReadOnly))
        return "?";
    const QByteArray text = maps.readAll();
    const std::pair<const char *, const char *> watched[] = {
        {"ssl", "libssl.so"},
        {"tlsplugin", "plugins/tls/"},
        {"secret", "libsecret-1.so"},
        {"gio", "libgio-2.0.so"},
        {"netinfo", "plugins/networkinformation/"},
        {"phonenumber", "libphonenumber.so"},
        {"protobuf", "libprotobuf.so"},
        {"keychain", "libqt6keychain.so"},
        {"dbus", "libQt6DBus.so"},
        {"network", "libQt6Network.so"},
    };
    QByteArrayList found;
    for (const auto &[name, pattern] : watched)
        found << QByteArray(name) + ':' + (text.contains(pattern) ? '1' : '0');
    return found.join(',');
}

// GLib is in the process whenever Qt uses its event loop; looked up at run time, so the probe needs no GLib headers.
using GSourceFunc = int (*)(void *);
using IdleAdd = unsigned (*)(GSourceFunc, void *);

const QEvent::Type framePainted = QEvent::Type(QEvent::registerEventType());

class StartupProbe final : public QObject {
public:
    explicit StartupProbe(QObject *parent)
        : QObject(parent)
        , m_preroutine(monotonicNs())
    {
        // A posted call runs when events are first dispatched: normally once main() has reached exec().
        QMetaObject::invokeMethod(
            this, [this] { m_loop = monotonicNs(); }, Qt::QueuedConnection);
        bool ok = false;
        const int control = qEnvironmentVariableIntValue("BENCH_PROBE_CTL_FD", &ok);
        if (ok) {
            auto *notifier = new QSocketNotifier(control, QSocketNotifier::Read, this);
            connect(notifier, &QSocketNotifier::activated, this, [notifier] {
                notifier->setEnabled(false);
                QApplication::closeAllWindows();
                QCoreApplication::quit();
            });
        }
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (m_done)
            return false;
        if (event->type() == QEvent::Show && !m_show && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->isWindow())
            m_show = monotonicNs();
        if (event->type() == QEvent::Expose && !m_expose && watched->isWindowType()
            && static_cast<QWindow *>(watched)->isExposed()) {
            m_expose = monotonicNs();
            m_window = QByteArray(watched->metaObject()->className()) + '/' + watched->objectName().toLatin1();
            QCoreApplication::postEvent(this, new QEvent(framePainted), Qt::HighEventPriority);
        }
        return false;
    }

    bool event(QEvent *event) override
    {
        if (event->type() != framePainted)
            return QObject::event(event);
        m_frame = monotonicNs();
        m_frameStatus = processStatus();
        m_frameLibraries = loadedLibraries();
        const auto idleAdd = reinterpret_cast<IdleAdd>(dlsym(RTLD_DEFAULT, "g_idle_add"));
        if (!idleAdd || qEnvironmentVariableIsSet("QT_NO_GLIB")) {
            report();
            return true;
        }
        idleAdd(
            [](void *probe) {
                static_cast<StartupProbe *>(probe)->report();
                return 0; // G_SOURCE_REMOVE
            },
            this);
        return true;
    }

private:
    void report()
    {
        m_done = true;
        const qint64 settled = monotonicNs();
        const QByteArray status = processStatus();
        const QByteArray line = "probe preroutine_ns=" + QByteArray::number(m_preroutine)
            + " show_ns=" + QByteArray::number(m_show) + " loop_ns=" + QByteArray::number(m_loop)
            + " expose_ns=" + QByteArray::number(m_expose) + " frame_ns=" + QByteArray::number(m_frame)
            + " settled_ns=" + QByteArray::number(settled) + " hwm_kb=" + statusField(m_frameStatus, "VmHWM")
            + " rss_kb=" + statusField(m_frameStatus, "VmRSS") + " settled_hwm_kb=" + statusField(status, "VmHWM")
            + " window=" + m_window + " libs=" + m_frameLibraries + " settled_libs=" + loadedLibraries()
            + " dumpable=" + QByteArray::number(::prctl(PR_GET_DUMPABLE)) + '\n';
        writeProbeLine(line);
        if (qEnvironmentVariableIntValue("BENCH_PROBE_EXIT") == 1)
            ::_exit(0);
    }

    qint64 m_preroutine;
    qint64 m_show = 0;
    qint64 m_loop = 0;
    qint64 m_expose = 0;
    qint64 m_frame = 0;
    QByteArray m_frameStatus;
    QByteArray m_frameLibraries;
    QByteArray m_window;
    bool m_done = false;
};

void installProbe()
{
    QCoreApplication *application = QCoreApplication::instance();
    application->installEventFilter(new StartupProbe(application));
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installProbe)
