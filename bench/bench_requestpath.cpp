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
#include "ApiKeyController.h"
#include "CheckpointWindow.h"
#include "FakePostPressApi.h"
#include "LaunchOptions.h"
#include "MemoryApiKeyStore.h"
#include "WindowController.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString accountId = u"acc_01HXYZ4QK3WJ8FN3M6QH7TZ8GR"_s;
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

class BenchRequestPath final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void submitToWireAndAnswerToOutcome_data();
    void submitToWireAndAnswerToOutcome();

private:
    template <typename T> T *widget(const char *name) const;
    // Lets everything that is pending happen (paints, deferred deletes) without sleeping.
    static void settle();

    QTemporaryDir m_config;
    std::unique_ptr<FakePostPressApi> m_api;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<MemoryApiKeyStore> m_store;
    std::unique_ptr<ApiKeyController> m_keys;
    std::unique_ptr<WindowController> m_controller;
};

void BenchRequestPath::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    QCoreApplication::setOrganizationName(u"PostPressBench"_s);
    QCoreApplication::setApplicationName(u"bench_requestpath"_s);
    m_api = std::make_unique<FakePostPressApi>();
    QVERIFY2(m_api->listen(), qPrintable(m_api->errorString()));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_store = std::make_unique<MemoryApiKeyStore>();
    const LaunchOptions options = LaunchOptions::parse({u"postpress-checkpoint"_s, accountId, u"--provider"_s,
                                                        u"linkedin"_s, u"--api-url"_s, m_api->baseUrl().toString()});
    QCOMPARE(options.action, LaunchOptions::Action::Run);
    m_store->setStoredKey(options.apiUrl, FakePostPressApi::defaultApiKey());
    m_keys = std::make_unique<ApiKeyController>(m_store.get(), options.apiUrl);
    m_controller = std::make_unique<WindowController>(m_network.get(), m_keys.get(), options);
    m_controller->show();
    m_keys->load();
    QVERIFY(QTest::qWaitForWindowExposed(m_controller->window()));
    QTRY_COMPARE(m_keys->state(), ApiKeyController::State::Stored);
    qInfo("platform: %s", qPrintable(QGuiApplication::platformName()));
}

void BenchRequestPath::cleanupTestCase()
{
    m_controller.reset();
    m_keys.reset();
    m_store.reset();
    m_network.reset();
    m_api.reset();
}

template <typename T> T *BenchRequestPath::widget(const char *name) const
{
    T *found = m_controller->window()->findChild<T *>(QLatin1StringView(name));
    if (!found)
        qFatal("no widget named %s", name);
    return found;
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
