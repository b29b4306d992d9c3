// The request path through the real window, client and fake API on loopback: from the Enter key in the code field to
// the request being read by the server, and from the server's answer to the outcome panel painted. Label `bench`:
// not part of the default test run. It asserts what must be true for the figures to mean anything (one request per
// key press, the expected outcome shown) and prints medians; it never fails on a time.
//
// Marks: press = just before QTest::keyClick(Return); wire = the fake's requestReceived (the request was parsed on
// the server; the fake writes its answer right after, in the same call, so this is also "answer handed to the
// socket"); set = CheckpointClient::finished has been handled (the outcome is in the widgets); painted = the outcome
// panel's paint event has been delivered and the event loop has turned (the agent sees it and can type).
// Waiting is done with QEventLoop only: QTest::qWait sleeps between polls, which would delay the fake's reading.
#include "CheckpointWindow.h"
#include "FakePostPressApi.h"
#include "TestConstants.h"
#include "WindowHarness.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

using TestConstants::accountId;
constexpr int rounds = 50;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

QString summary(const QList<double> &values)
{
    const auto [lo, hi] = std::minmax_element(values.cbegin(), values.cend());
    return u"median %1 ms  min %2  max %3  first %4  (n=%5)"_s.arg(median(values), 0, 'f', 3)
        .arg(*lo, 0, 'f', 3)
        .arg(*hi, 0, 'f', 3)
        .arg(values.first(), 0, 'f', 3)
        .arg(values.size());
}

// Records when the watched widget's paint has been delivered, once armed.
class PaintWatch final : public QObject {
public:
    explicit PaintWatch(QEventLoop *loop)
        : m_loop(loop)
    {
    }
    void arm(const QElapsedTimer *clock)
    {
        m_clock = clock;
        m_paintedNs = 0;
        m_armed = true;
    }
    qint64 paintedNs() const { return m_paintedNs; }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (m_armed && event->type() == QEvent::Paint) {
            m_armed = false;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_paintedNs = m_clock->nsecsElapsed();
                    m_loop->quit();
                },
                Qt::QueuedConnection);
        }
        return false;
    }

private:
    QEventLoop *m_loop;
    const QElapsedTimer *m_clock = nullptr;
    qint64 m_paintedNs = 0;
    bool m_armed = false;
};

} // namespace

class BenchRequestPath final : public QObject, private WindowHarness {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void submitToWireAndAnswerToOutcome_data();
    void submitToWireAndAnswerToOutcome();

private:
    // Lets everything that is pending happen (paints, deferred deletes) without sleeping.
    static void settle();
};

void BenchRequestPath::initTestCase()
{
    QVERIFY(isolateSettings(u"bench_requestpath"_s));
    QVERIFY2(setUpHarness(), qPrintable(m_api->errorString()));
    QVERIFY(openWindow({accountId, u"--provider"_s, u"linkedin"_s}, FakePostPressApi::defaultApiKey()));
    QTRY_COMPARE(m_keys->state(), ApiKeyController::State::Stored);
    qInfo("platform: %s", qPrintable(QGuiApplication::platformName()));
}

void BenchRequestPath::cleanupTestCase()
{
    tearDownHarness();
}

void BenchRequestPath::settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
}

void BenchRequestPath::submitToWireAndAnswerToOutcome_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("headline");
    QTest::newRow("201 AccountReconnected: the accepted code")
        << FakePostPressApi::defaultGoodCode() << u"Account connected"_s;
    QTest::newRow("401 invalid_checkpoint_solution: a wrong code") << u"654321"_s << u"The code was not accepted"_s;
}

void BenchRequestPath::submitToWireAndAnswerToOutcome()
{
    QFETCH(QString, code);
    QFETCH(QString, headline);
    auto *codeEdit = widget<QLineEdit>("codeEdit");
    auto *panel = widget<QWidget>("outcomePanel");
    auto *headlineLabel = widget<QLabel>("headlineLabel");

    QEventLoop loop;
    PaintWatch paint(&loop);
    panel->installEventFilter(&paint);
    QElapsedTimer clock;
    qint64 submittedNs = 0;
    qint64 wireNs = 0;
    qint64 setNs = 0;
    // Connected after the controller's own slot, so this runs once the controller has handed the request over.
    const auto onSubmitted = connect(m_controller->window(), &CheckpointWindow::submitRequested, this,
                                     [&clock, &submittedNs] { submittedNs = clock.nsecsElapsed(); });
    const auto onWire = connect(m_api.get(), &FakePostPressApi::requestReceived, this,
                                [&clock, &wireNs] { wireNs = clock.nsecsElapsed(); });
    const auto onSet = connect(m_controller->client(), &CheckpointClient::finished, this,
                               [&clock, &setNs] { setNs = clock.nsecsElapsed(); });
    QTimer timeout;
    timeout.setSingleShot(true);
    connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QList<double> toSubmitted, toWire, toSet, toPainted;
    for (int round = 0; round < rounds; ++round) {
        // A fresh start each time: the account is typed again (a solved checkpoint refuses a second code),
        // the panel is hidden so that the answer has to show it, and the code is in the field.
        m_controller->window()->setAccountId(accountId);
        panel->hide();
        codeEdit->setText(code);
        codeEdit->setFocus();
        settle();
        const qsizetype before = m_api->requestCount();
        timeout.start(10000);
        paint.arm(&clock);
        clock.start();
        QTest::keyClick(codeEdit, Qt::Key_Return);
        if (paint.paintedNs() == 0)
            loop.exec();
        timeout.stop();
        QCOMPARE(m_api->requestCount(), before + 1);
        QVERIFY2(paint.paintedNs() > 0, "the outcome panel was never painted");
        QCOMPARE(headlineLabel->text(), headline);
        toSubmitted << double(submittedNs) / 1e6;
        toWire << double(wireNs) / 1e6;
        toSet << double(setNs - wireNs) / 1e6;
        toPainted << double(paint.paintedNs() - wireNs) / 1e6;
    }
    disconnect(onSubmitted);
    disconnect(onWire);
    disconnect(onSet);
    panel->removeEventFilter(&paint);
    qInfo().noquote() << "Enter -> request handed to the client:       " << summary(toSubmitted);
    qInfo().noquote() << "Enter -> request read by the server:         " << summary(toWire);
    qInfo().noquote() << "answer written -> outcome in the widgets:    " << summary(toSet);
    qInfo().noquote() << "answer written -> outcome panel painted:     " << summary(toPainted);
    // One line for bench/run.sh.
    qInfo("BENCH requestpath row=%s submitted_ms=%.3f wire_ms=%.3f set_ms=%.3f painted_ms=%.3f first_wire_ms=%.3f "
          "first_painted_ms=%.3f",
          QTest::currentDataTag(), median(toSubmitted), median(toWire), median(toSet), median(toPainted),
          toWire.first(), toPainted.first());
}

QTEST_MAIN(BenchRequestPath)
#include "bench_requestpath.moc"
