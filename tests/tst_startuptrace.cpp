// StartupTrace::afterFirstFrame: deferred work runs after the first window has been exposed and painted, never before,
// once, not at all when its context is gone, at once (queued) once the frame has been seen, and after the fallback
// delay when no window is ever exposed.
#include "StartupTrace.h"

#include <QSignalSpy>
#include <QTest>
#include <QWidget>
#include <QWindow>

#include <memory>

using namespace std::chrono_literals;

// Deferred work that says when it runs, so that a test can wait for a run, or for none, with a QSignalSpy.
class Work final : public QObject {
    Q_OBJECT

public:
    void run() { Q_EMIT ran(); }

Q_SIGNALS:
    void ran();
};

class TestStartupTrace final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fallbackRunsWorkWhenNoWindowIsExposed();
    void workWaitsForTheFirstFrame();
    void workWithADestroyedContextNeverRuns();
    void workAfterTheFirstFrameRunsFromTheEventLoop();
};

// Runs first, before any window exists: only the fallback can start the work.
void TestStartupTrace::fallbackRunsWorkWhenNoWindowIsExposed()
{
    QObject context;
    int runs = 0;
    StartupTrace::afterFirstFrame(
        &context, [&runs] { ++runs; }, 50ms);
    QCOMPARE(runs, 0);
    QTRY_COMPARE(runs, 1);
    QVERIFY(!StartupTrace::firstFrameShown());
}

void TestStartupTrace::workWaitsForTheFirstFrame()
{
    QObject context;
    Work work;
    QSignalSpy runs(&work, &Work::ran);
    bool exposedWhenRun = false;
    QWidget window;
    StartupTrace::afterFirstFrame(&context, [&] {
        work.run();
        exposedWhenRun = window.windowHandle() && window.windowHandle()->isExposed();
    });
    QCoreApplication::processEvents();
    QCOMPARE(runs.size(), 0); // nothing is shown yet
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(runs.size(), 1);
    QVERIFY(exposedWhenRun);
    QVERIFY(StartupTrace::firstFrameShown());
    QVERIFY2(!runs.wait(100), "the fallback timer of this request ran it a second time");
    QCOMPARE(runs.size(), 1);
}

void TestStartupTrace::workWithADestroyedContextNeverRuns()
{
    Work work;
    QSignalSpy runs(&work, &Work::ran);
    {
        QObject context;
        StartupTrace::afterFirstFrame(
            &context, [&work] { work.run(); }, 20ms);
    }
    QVERIFY2(!runs.wait(100), "the work ran after its fallback delay, its context gone");
    QCOMPARE(runs.size(), 0);
}

void TestStartupTrace::workAfterTheFirstFrameRunsFromTheEventLoop()
{
    QVERIFY(StartupTrace::firstFrameShown());
    QObject context;
    int runs = 0;
    StartupTrace::afterFirstFrame(
        &context, [&runs] { ++runs; }, 10s);
    QCOMPARE(runs, 0); // never inside the call
    QTRY_COMPARE_WITH_TIMEOUT(runs, 1, 1000);
}

QTEST_MAIN(TestStartupTrace)
#include "tst_startuptrace.moc"
