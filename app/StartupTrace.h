#pragma once

#include <QLoggingCategory>
#include <QObject>

#include <chrono>
#include <functional>

Q_DECLARE_LOGGING_CATEGORY(lcStartup)

// Startup diagnostics, and the hook that keeps work off the path to the first frame.
//
// QT_LOGGING_RULES="checkpoint.startup.debug=true" prints one line per mark, e.g.
//     checkpoint.startup: first frame: 61.2 ms after main(), about 74 ms after the process started
// (the process start comes from /proc/self/stat, to the kernel's clock tick, 10 ms). Off by default, and then a mark
// costs one check. bench/run.sh measures without it, from outside, with the same definition of the first frame.
//
// The first frame: the first window of the application has been exposed, painted (Qt paints while it delivers the
// expose) and the event loop has turned once more, so it takes key presses. Needs only QtCore: it watches for the
// first QEvent::Expose delivered to a window object.
namespace StartupTrace {

// Starts the clock; call it first thing in main(). Without it the clock starts at the first mark.
void begin();
// Logs `what` with the milliseconds since begin(), when the category is enabled.
void mark(const char *what);
// Runs `work` once, in the event loop, after the first frame (at once, queued, when that has already happened), or
// after `fallback` if no window is ever exposed (minimised at start, a platform without exposes), so that it never
// waits forever. Nothing runs if `context` is destroyed first. Needs a QCoreApplication.
void afterFirstFrame(QObject *context, std::function<void()> work,
                     std::chrono::milliseconds fallback = std::chrono::seconds(2));
// True once the first frame has been seen.
bool firstFrameShown();

} // namespace StartupTrace
