#include "StartupTrace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <vector>

#ifdef Q_OS_LINUX
#include <ctime>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcStartup, "checkpoint.startup", QtWarningMsg)

namespace {

QElapsedTimer &sinceMain()
{
    static QElapsedTimer timer;
    if (!timer.isValid())
        timer.start();
    return timer;
}

// Milliseconds since the kernel started this process, to its clock tick; negative when unknown.
double msSinceProcessStart()
{
#ifdef Q_OS_LINUX
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // Field 22 (starttime), counted after the command name, which may itself hold spaces and parentheses.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    bool ok = false;
    const double startTicks = fields.value(19).toDouble(&ok);
    timespec now{};
    if (!ok || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    const double nowMs = double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
    return nowMs - startTicks * 1e3 / double(sysconf(_SC_CLK_TCK));
#else
    return -1;
#endif
}

struct Pending {
    QPointer<QObject> context;
    std::function<void()> work;
    bool done = false;
};

// Child of the application: watches its events until the first frame, then runs what waited for it.
class FirstFrameWatcher final : public QObject {
public:
    explicit FirstFrameWatcher(QCoreApplication *application)
        : QObject(application)
    {
        application->installEventFilter(this);
    }

    static FirstFrameWatcher *instance()
    {
        static QPointer<FirstFrameWatcher> watcher;
        if (!watcher && QCoreApplication::instance())
            watcher = new FirstFrameWatcher(QCoreApplication::instance());
        return watcher;
    }

    bool shown() const { return m_shown; }

    void add(QObject *context, std::function<void()> work, std::chrono::milliseconds fallback)
    {
        auto pending = std::make_shared<Pending>(Pending{context, std::move(work)});
        if (m_shown) {
            QMetaObject::invokeMethod(
                this, [pending] { run(*pending); }, Qt::QueuedConnection);
            return;
        }
        m_pending.push_back(pending);
        QTimer::singleShot(fallback, context, [pending] {
            if (!pending->done)
                qCDebug(lcStartup, "no first frame yet: running deferred work after the fallback delay");
            run(*pending);
        });
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_shown && !m_expose && event->type() == QEvent::Expose && watched->isWindowType()) {
            m_expose = true;
            // Qt paints while it delivers the expose: a queued call runs once that is over.
            QMetaObject::invokeMethod(this, &FirstFrameWatcher::onFirstFrame, Qt::QueuedConnection);
        }
        return false;
    }

private:
    static void run(Pending &pending)
    {
        if (pending.done || !pending.context)
            return;
        pending.done = true;
        pending.work();
    }

    void onFirstFrame()
    {
        m_shown = true;
        QCoreApplication::instance()->removeEventFilter(this);
        if (lcStartup().isDebugEnabled()) {
            qCDebug(lcStartup, "first frame: %.1f ms after main(), about %.0f ms after the process started",
                    double(sinceMain().nsecsElapsed()) / 1e6, msSinceProcessStart());
        }
        const auto pending = std::move(m_pending);
        for (const std::shared_ptr<Pending> &entry : pending)
            run(*entry);
    }

    bool m_expose = false;
    bool m_shown = false;
    std::vector<std::shared_ptr<Pending>> m_pending;
};

} // namespace

namespace StartupTrace {

void begin()
{
    sinceMain();
}

void mark(const char *what)
{
    if (lcStartup().isDebugEnabled())
        qCDebug(lcStartup, "%s: %.1f ms after main()", what, double(sinceMain().nsecsElapsed()) / 1e6);
}

void afterFirstFrame(QObject *context, std::function<void()> work, std::chrono::milliseconds fallback)
{
    if (FirstFrameWatcher *watcher = FirstFrameWatcher::instance())
        watcher->add(context, std::move(work), fallback);
}

bool firstFrameShown()
{
    const FirstFrameWatcher *watcher = FirstFrameWatcher::instance();
    return watcher && watcher->shown();
}

} // namespace StartupTrace
