// Hostile and broken answers through the whole stack: the fake API on loopback misbehaves, the real client turns
// that into an Outcome, Guidance into words, and the real window (offscreen) shows them. Each case must end in one
// clear message, no crash, the fields as the agent typed them, and never a second copy of the request.
#include "ApiKeyController.h"
#include "CheckpointClient.h"
#include "CheckpointWindow.h"
#include "FakePostPressApi.h"
#include "Guidance.h"
#include "LaunchOptions.h"
#include "MemoryApiKeyStore.h"
#include "SecurityTestSupport.h"
#include "WindowController.h"
#include "WindowHarness.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using SecurityTest::child;

Q_DECLARE_METATYPE(Outcome::Kind)
Q_DECLARE_METATYPE(Outcome::Transport)

namespace {

const QString apiKey = u"ppk_hostile_SECRET_51c0"_s;
const QString typedAccount = u"acc_typed_by_hand"_s;
const QString typedCode = u"246 810"_s;
const QString sentCode = u"246810"_s;

QByteArray nested(char open, qsizetype depth)
{
    return QByteArray(depth, open);
}

// A port on which nobody listens: bound, noted, released.
quint16 unusedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// Answers every request with a body announced as 1 TiB and sent as fast as the client takes it, for ever: a client
// that kept reading would end in its timeout, one that stops at its cap ends at once.
class FloodServer final : public QObject {
public:
    int requests = 0;
    qint64 bytesQueued = 0;

    bool listen()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
        return m_server.listen(QHostAddress::LocalHost);
    }
    QUrl baseUrl() const { return QUrl(u"http://127.0.0.1:%1/v1"_s.arg(m_server.serverPort())); }

private:
    void serve(QTcpSocket *socket)
    {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            m_received[socket] += socket->readAll();
            if (m_started.contains(socket) || !m_received[socket].contains("\r\n\r\n"))
                return;
            ++requests;
            m_started.insert(socket);
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1099511627776\r\n\r\n");
            refill(socket);
        });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { refill(socket); });
    }

    void refill(QTcpSocket *socket)
    {
        static const QByteArray chunk(256 * 1024, ' ');
        if (socket->state() != QAbstractSocket::ConnectedState || socket->bytesToWrite() > chunk.size())
            return;
        socket->write(chunk);
        bytesQueued += chunk.size();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_received;
    QSet<QTcpSocket *> m_started;
};

// Widgets that are on screen and are not the checkpoint window itself: a dialog, a message box.
QWidgetList visibleOtherWindows(const QWidget *window)
{
    QWidgetList visible;
    const QWidgetList all = QApplication::topLevelWidgets();
    for (QWidget *widget : all) {
        if (widget != window && widget->isVisible())
            visible.append(widget);
    }
    return visible;
}

} // namespace

class TestHostile final : public QObject, private WindowHarness {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void brokenAnswers_data();
    void brokenAnswers();
    void connectionRefused();
    void endlessFastBodyIsCutAtTheCap();
    void htmlErrorPageIsPlainText();
    void crossOriginRedirectCarriesNothing_data();
    void crossOriginRedirectCarriesNothing();
    void plainHttpToAnotherHostIsRefusedBeforeSending();
    void droppedConnectionIsSentOnceAndUnknown_data();
    void droppedConnectionIsSentOnceAndUnknown();
    void closingTheWindowAbortsTheRequest();
    void destroyingTheControllerInFlightIsQuiet();

private:
    void start(const QUrl &baseUrl);
    void typeAndSubmit();
    std::optional<Outcome> waitForOutcome();
    // The fields as typed, a headline and an explanation, and the outcome shown is the one Guidance gives.
    void checkWindowShows(const Outcome &outcome);

    CheckpointWindow *window() const { return m_controller->window(); }
    QLineEdit *accountEdit() const { return child<QLineEdit>(window(), "accountIdEdit"); }
    QLineEdit *codeEdit() const { return child<QLineEdit>(window(), "codeEdit"); }
    QComboBox *providerCombo() const { return child<QComboBox>(window(), "providerCombo"); }
    QLabel *headline() const { return child<QLabel>(window(), "headlineLabel"); }
    QLabel *explanation() const { return child<QLabel>(window(), "explanationLabel"); }
    QLabel *details() const { return child<QLabel>(window(), "detailsLabel"); }

    SecurityTest::RecordingNetwork *m_recorded = nullptr; // the harness's network, which counts what it sent
};

void TestHostile::initTestCase()
{
    QVERIFY(isolateSettings(u"tst_hostile"_s));
}

void TestHostile::init()
{
    auto network = std::make_unique<SecurityTest::RecordingNetwork>();
    m_recorded = network.get();
    QVERIFY2(setUpHarness(std::move(network)), qPrintable(m_api->errorString()));
    m_api->setApiKey(apiKey);
    m_api->setGoodCode(sentCode);
}

void TestHostile::cleanup()
{
    tearDownHarness();
    m_recorded = nullptr;
}

// The window as the agent opens it, with an API key in the keychain; the agent types every field by hand.
void TestHostile::start(const QUrl &baseUrl)
{
    LaunchOptions options;
    options.apiUrl = baseUrl;
    QVERIFY(openWindowAt(options, apiKey));
    m_controller->client()->setTimeout(1500ms);
    QTRY_COMPARE(m_keys->state(), ApiKeyController::State::Stored);
}

void TestHostile::typeAndSubmit()
{
    QTest::keyClicks(accountEdit(), typedAccount);
    providerCombo()->setCurrentIndex(providerCombo()->findText(u"Instagram"_s));
    QTest::keyClicks(codeEdit(), typedCode);
    QTest::keyClick(codeEdit(), Qt::Key_Return);
}

std::optional<Outcome> TestHostile::waitForOutcome()
{
    QSignalSpy finished(m_controller->client(), &CheckpointClient::finished);
    if (!finished.wait(15'000) || finished.size() != 1)
        return std::nullopt;
    return finished.constFirst().constFirst().value<Outcome>();
}

void TestHostile::checkWindowShows(const Outcome &outcome)
{
    QCOMPARE(accountEdit()->text(), typedAccount);
    QCOMPARE(providerCombo()->currentText(), u"Instagram"_s);
    QCOMPARE(codeEdit()->text(), typedCode);
    QVERIFY(!headline()->text().isEmpty());
    QVERIFY(!explanation()->text().isEmpty());
    const Guidance expected = Guidance::forOutcome(outcome, {typedAccount, Provider::Instagram, sentCode});
    QCOMPARE(headline()->text(), expected.headline);
    for (const QLabel *label : {headline(), explanation(), details()}) {
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QVERIFY2(!label->text().contains(apiKey), "the API key is never shown");
    }
    QVERIFY(visibleOtherWindows(window()).isEmpty());
}

void TestHostile::brokenAnswers_data()
{
    using Kind = Outcome::Kind;
    using Transport = Outcome::Transport;
    const auto json = [](int status, const QByteArray &body) {
        return ScriptedResponse::raw(status, body, "application/json");
    };
    QTest::addColumn<ScriptedResponse>("script");
    QTest::addColumn<Outcome::Kind>("kind");
    QTest::addColumn<Outcome::Transport>("transport");
    QTest::addColumn<int>("httpStatus");

    const Kind failed = Kind::TransportFailure;
    QTest::newRow("reset mid-body: result unknown")
        << ScriptedResponse::resetMidBody() << failed << Transport::ConnectionClosed << 0;
    QTest::newRow("10 MB body: result unknown")
        << ScriptedResponse::hugeBody() << failed << Transport::ResponseTooLarge << 0;
    QTest::newRow("body that never ends: timeout")
        << ScriptedResponse::endlessBody() << failed << Transport::Timeout << 0;
    QTest::newRow("accepted and never answered: timeout")
        << ScriptedResponse::neverAnswer() << failed << Transport::Timeout << 0;

    QTest::newRow("invalid UTF-8 in a 400 text body")
        << ScriptedResponse::raw(400, "bad \xff\xfe\xc3\x28 bytes", "text/plain") << Kind::Problem << Transport::None
        << 400;
    QTest::newRow("invalid UTF-8 inside a 201 JSON string is not success")
        << json(201, "{\"object\":\"AccountCreated\",\"account_id\":\"acc\xff\xfe\"}") << Kind::UnexpectedAnswer
        << Transport::None << 201;
    // 200 000 bytes are more than the client reads; 60 000 levels fit under the cap and reach the JSON parser.
    QTest::newRow("200 000 nested arrays in a 201 are too large to read")
        << json(201, nested('[', 200'000)) << failed << Transport::ResponseTooLarge << 0;
    QTest::newRow("60 000 nested arrays in a 201")
        << json(201, nested('[', 60'000)) << Kind::UnexpectedAnswer << Transport::None << 201;
    QTest::newRow("60 000 nested arrays in a 400")
        << json(400, nested('[', 60'000)) << Kind::Problem << Transport::None << 400;
    QTest::newRow("12 000 nested objects in a 201")
        << json(201, QByteArray("{\"a\":").repeated(12'000)) << Kind::UnexpectedAnswer << Transport::None << 201;

    QTest::newRow("201 JSON array") << json(201, R"([{"object":"AccountCreated","account_id":"acc_1"}])")
                                    << Kind::UnexpectedAnswer << Transport::None << 201;
    QTest::newRow("201 JSON string") << json(201, R"("AccountCreated")") << Kind::UnexpectedAnswer << Transport::None
                                     << 201;
    QTest::newRow("400 title is a number") << ScriptedResponse::raw(400, R"({"title":5})", "application/problem+json")
                                           << Kind::Problem << Transport::None << 400;
    QTest::newRow("201 object is a number")
        << json(201, R"({"object":5,"account_id":"acc_1"})") << Kind::UnexpectedAnswer << Transport::None << 201;
    QTest::newRow("201 AccountCreated without account_id")
        << json(201, R"({"object":"AccountCreated"})") << Kind::UnexpectedAnswer << Transport::None << 201;

    QTest::newRow("201 whose body is a 401 problem is not success")
        << json(201, R"({"type":"errors/invalid_checkpoint_solution","title":"Rejected","status":401})")
        << Kind::UnexpectedAnswer << Transport::None << 201;
    QTest::newRow("401 whose body says AccountCreated is not success")
        << json(401, R"({"object":"AccountCreated","account_id":"acc_typed_by_hand","status":201})") << Kind::Problem
        << Transport::None << 401;
    QTest::newRow("problem status 500 in an HTTP 401: the HTTP status counts")
        << ScriptedResponse::raw(401, R"({"type":"errors/invalid_checkpoint_solution","title":"x","status":500})",
                                 "application/problem+json")
        << Kind::Problem << Transport::None << 401;
    QTest::newRow("empty 201") << ScriptedResponse::raw(201, {}, {}) << Kind::UnexpectedAnswer << Transport::None
                               << 201;
    QTest::newRow("empty 200 with a JSON content type")
        << json(200, {}) << Kind::UnexpectedAnswer << Transport::None << 200;
}

void TestHostile::brokenAnswers()
{
    QFETCH(ScriptedResponse, script);
    QFETCH(Outcome::Kind, kind);
    QFETCH(Outcome::Transport, transport);
    QFETCH(int, httpStatus);

    start(m_api->baseUrl());
    m_api->enqueue(script);
    typeAndSubmit();
    const std::optional<Outcome> outcome = waitForOutcome();
    QVERIFY(outcome);
    QCOMPARE(outcome->kind(), kind);
    QCOMPARE(outcome->transport(), transport);
    QCOMPARE(outcome->httpStatus(), httpStatus);
    QVERIFY(!outcome->isSuccess());
    checkWindowShows(*outcome);
    QVERIFY2(!headline()->text().contains(u"connected"_s, Qt::CaseInsensitive), qPrintable(headline()->text()));
    QVERIFY(!details()->text().contains(QChar::ReplacementCharacter));
    // Sent exactly once, and nothing is sent by itself afterwards.
    QSignalSpy later(m_api.get(), &FakePostPressApi::requestReceived);
    QVERIFY(!later.wait(200));
    QCOMPARE(m_api->requestCount(), 1);
    QCOMPARE(m_recorded->created, 1);
}

void TestHostile::connectionRefused()
{
    QUrl base = m_api->baseUrl();
    base.setPort(unusedPort());
    start(base);
    typeAndSubmit();
    const std::optional<Outcome> outcome = waitForOutcome();
    QVERIFY(outcome);
    QCOMPARE(outcome->transport(), Outcome::Transport::ConnectionRefused);
    QVERIFY(!outcome->requestMayHaveArrived());
    checkWindowShows(*outcome);
    QVERIFY2(!details()->text().isEmpty(), "Qt's reason is shown for the ticket");
}

void TestHostile::endlessFastBodyIsCutAtTheCap()
{
    FloodServer flood;
    QVERIFY(flood.listen());
    start(flood.baseUrl());
    m_controller->client()->setTimeout(10s);
    typeAndSubmit();
    const std::optional<Outcome> outcome = waitForOutcome();
    QVERIFY(outcome);
    QCOMPARE(outcome->transport(), Outcome::Transport::ResponseTooLarge);
    qInfo("the server queued %lld bytes, Qt received %lld, the client kept at most %lld", flood.bytesQueued,
          m_recorded->mostBytesReceived, qint64(CheckpointClient::MaxResponseBytes + 1));
    QTRY_VERIFY(!m_recorded->replies.constFirst()); // the reply is gone, so is its connection
    QCOMPARE(flood.requests, 1);
    checkWindowShows(*outcome);
}

void TestHostile::htmlErrorPageIsPlainText()
{
    start(m_api->baseUrl());
    m_api->enqueue(ScriptedResponse::raw(502,
                                         "<!DOCTYPE html><html><head><title>502 Bad Gateway</title>"
                                         "<script>alert('x')</script><style>h1{color:red}</style></head>"
                                         "<body><h1>Bad Gateway</h1><p>nginx</p><a href=\"http://evil.example\">"
                                         "click</a><img src=x onerror=alert(1)></body></html>",
                                         "text/html; charset=utf-8"));
    typeAndSubmit();
    const std::optional<Outcome> outcome = waitForOutcome();
    QVERIFY(outcome);
    QCOMPARE(outcome->kind(), Outcome::Kind::Problem);
    QCOMPARE(outcome->httpStatus(), 502);
    checkWindowShows(*outcome);
    const QString shown = details()->text();
    QVERIFY2(shown.contains(u"Bad Gateway"_s), qPrintable(shown));
    for (const QString &markup : {u"<"_s, u">"_s, u"alert"_s, u"color:red"_s, u"href"_s})
        QVERIFY2(!shown.contains(markup), qPrintable(shown));
}

void TestHostile::crossOriginRedirectCarriesNothing_data()
{
    QTest::addColumn<int>("status");

    QTest::newRow("307 to another origin") << 307;
    QTest::newRow("308 to another origin") << 308;
    QTest::newRow("302 to another origin") << 302;
}

void TestHostile::crossOriginRedirectCarriesNothing()
{
    QFETCH(int, status);

    FakePostPressApi elsewhere;
    QVERIFY(elsewhere.listen());
    elsewhere.setApiKey(apiKey);
    start(m_api->baseUrl());
    m_api->enqueue(ScriptedResponse::raw(status, {}, {})
                       .withHeader("Location", elsewhere.baseUrl().toEncoded() + "/accounts/checkpoint"));
    typeAndSubmit();
    const std::optional<Outcome> outcome = waitForOutcome();
    QVERIFY(outcome);
    QCOMPARE(outcome->transport(), Outcome::Transport::Redirect);
    checkWindowShows(*outcome);
    QVERIFY2(headline()->text().contains(u"redirect"_s, Qt::CaseInsensitive), qPrintable(headline()->text()));
    QSignalSpy followed(&elsewhere, &FakePostPressApi::requestReceived);
    QVERIFY(!followed.wait(200));
    QCOMPARE(elsewhere.requestCount(), 0);
    QCOMPARE(m_api->requestCount(), 1);
    QCOMPARE(m_recorded->created, 1);
}

void TestHostile::plainHttpToAnotherHostIsRefusedBeforeSending()
{
    const LaunchOptions parsed =
        LaunchOptions::parse({u"postpress-checkpoint"_s, u"--api-url"_s, u"http://example.com/v1"_s});
    QCOMPARE(parsed.action, LaunchOptions::Action::Error);
    QVERIFY2(parsed.errorMessage.contains(u"https"_s), qPrintable(parsed.errorMessage));

    // Should such a URL reach a window anyway (a forwarded link, a future settings page), nothing leaves.
    start(QUrl(u"http://example.com/v1"_s));
    typeAndSubmit();
    const std::optional<Outcome> outcome = waitForOutcome();
    QVERIFY(outcome);
    QCOMPARE(outcome->transport(), Outcome::Transport::InsecureUrl);
    QVERIFY(!outcome->requestMayHaveArrived());
    checkWindowShows(*outcome);
    QVERIFY2(details()->text().contains(u"plain http"_s), qPrintable(details()->text()));
    // The message does not quote the URL (its path could hold bidi controls); the endpoint line shows it.
    const QLabel *endpoint = child<QLabel>(window(), "endpointLabel");
    QVERIFY2(endpoint->text().contains(u"http://example.com/v1"_s), qPrintable(endpoint->text()));
    QCOMPARE(m_recorded->created, 0);
}

void TestHostile::droppedConnectionIsSentOnceAndUnknown_data()
{
    QTest::addColumn<bool>("keptAlive");

    QTest::newRow("server drops a fresh connection") << false;
    QTest::newRow("server drops a kept-alive connection after a 401") << true;
}

void TestHostile::droppedConnectionIsSentOnceAndUnknown()
{
    QFETCH(bool, keptAlive);

    start(m_api->baseUrl());
    int before = 0;
    if (keptAlive) {
        m_api->enqueueProblem(401, u"errors/invalid_checkpoint_solution"_s);
        typeAndSubmit();
        QVERIFY(waitForOutcome());
        before = 1;
        accountEdit()->clear();
        codeEdit()->clear();
    }
    m_api->enqueue(ScriptedResponse::drop());
    typeAndSubmit();
    const std::optional<Outcome> outcome = waitForOutcome();
    QVERIFY(outcome);
    QCOMPARE(outcome->transport(), Outcome::Transport::ConnectionClosed);
    QVERIFY(outcome->requestMayHaveArrived());
    checkWindowShows(*outcome);
    QVERIFY2(headline()->text().contains(u"unknown"_s, Qt::CaseInsensitive), qPrintable(headline()->text()));
    // Had Qt sent the POST again, the fake would have answered the copy with 201 and recorded it.
    QSignalSpy copy(m_api.get(), &FakePostPressApi::requestReceived);
    QVERIFY(!copy.wait(300));
    QCOMPARE(m_api->requestCount(), before + 1);
    QCOMPARE(m_recorded->created, before + 1);
}

void TestHostile::closingTheWindowAbortsTheRequest()
{
    start(m_api->baseUrl());
    m_api->enqueue(ScriptedResponse::neverAnswer());
    QSignalSpy received(m_api.get(), &FakePostPressApi::requestReceived);
    typeAndSubmit();
    QVERIFY(received.wait(5000));
    QCOMPARE(m_recorded->replies.size(), 1);
    const QPointer<QNetworkReply> reply = m_recorded->replies.constFirst();
    QVERIFY(reply && reply->isRunning());

    QSignalSpy finished(m_controller->client(), &CheckpointClient::finished);
    QVERIFY(window()->close());
    QTRY_VERIFY(!reply || reply->isFinished());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.constFirst().constFirst().value<Outcome>().transport(), Outcome::Transport::Canceled);
    QVERIFY(!m_controller->client()->isBusy());

    // Quitting afterwards: nothing pops up late, nothing more is sent.
    QSignalSpy later(m_api.get(), &FakePostPressApi::requestReceived);
    m_controller.reset();
    QVERIFY(!later.wait(300));
    QVERIFY(visibleOtherWindows(nullptr).isEmpty());
    QCOMPARE(m_api->requestCount(), 1);
    QCOMPARE(m_recorded->created, 1);
}

void TestHostile::destroyingTheControllerInFlightIsQuiet()
{
    start(m_api->baseUrl());
    m_api->enqueue(ScriptedResponse::neverAnswer());
    QSignalSpy received(m_api.get(), &FakePostPressApi::requestReceived);
    typeAndSubmit();
    QVERIFY(received.wait(5000));
    const QPointer<QNetworkReply> reply = m_recorded->replies.constFirst();
    // The client belongs to the controller: whatever it says while being destroyed is its last word.
    int signalsAfterwards = 0;
    QObject receiver;
    connect(m_controller->client(), &CheckpointClient::finished, &receiver,
            [&signalsAfterwards] { ++signalsAfterwards; });
    connect(m_controller->client(), &CheckpointClient::busyChanged, &receiver,
            [&signalsAfterwards] { ++signalsAfterwards; });
    const QPointer<CheckpointWindow> shown = window();

    m_controller.reset();
    const int signalsWhileDestroyed = signalsAfterwards;
    QVERIFY(!shown);
    QTRY_VERIFY(!reply); // aborted and deleted, not left running
    QSignalSpy later(m_api.get(), &FakePostPressApi::requestReceived);
    QVERIFY(!later.wait(300));
    QCOMPARE(signalsAfterwards, signalsWhileDestroyed);
    QVERIFY(visibleOtherWindows(nullptr).isEmpty());
    QCOMPARE(m_api->requestCount(), 1);
}

QTEST_MAIN(TestHostile)
#include "tst_hostile.moc"
