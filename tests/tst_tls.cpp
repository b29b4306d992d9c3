// TLS errors are never ignored. An HTTPS server on loopback (QSslServer) with certificates made at test time by
// openssl answers like the PostPress API; the real CheckpointClient, and the real window through it, must refuse
// a certificate it cannot verify and say why. A network access manager that adds the test's certificate to the
// trusted ones shows that the refusal is about trust: then the very same server is accepted.
#include "ApiKeyController.h"
#include "CheckpointClient.h"
#include "FakePostPressApi.h"
#include "Guidance.h"
#include "LaunchOptions.h"
#include "SecurityTestSupport.h"
#include "TestConstants.h"
#include "WindowHarness.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(Outcome::Transport)

namespace {

const QString apiKey = u"ppk_tls_4f7a9c2e"_s;
using TestConstants::accountId;

struct Credentials {
    QSslCertificate certificate;
    QSslKey key;
};

// A self-signed certificate (it is its own CA) for `subjectAltName`, made by the openssl command line.
Credentials makeCredentials(const QString &directory, const QString &name, const QString &subjectAltName)
{
    const QString keyPath = directory + u'/' + name + u".key"_s;
    const QString certificatePath = directory + u'/' + name + u".pem"_s;
    QProcess openssl;
    openssl.start(u"openssl"_s,
                  {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s,
                   u"-nodes"_s, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=checkpoint-test-"_s + name, u"-addext"_s,
                   u"subjectAltName="_s + subjectAltName, u"-keyout"_s, keyPath, u"-out"_s, certificatePath});
    if (!openssl.waitForFinished(20'000) || openssl.exitCode() != 0) {
        qWarning("openssl failed: %s", openssl.readAllStandardError().constData());
        return {QSslCertificate(), QSslKey()};
    }
    QFile keyFile(keyPath);
    QFile certificateFile(certificatePath);
    if (!keyFile.open(QIODevice::ReadOnly) || !certificateFile.open(QIODevice::ReadOnly))
        return {QSslCertificate(), QSslKey()};
    return {QSslCertificate(certificateFile.readAll(), QSsl::Pem), QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem)};
}

qsizetype contentLength(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    for (const QByteArray &line : lines) {
        if (line.toLower().startsWith("content-length:"))
            return line.mid(15).trimmed().toLongLong();
    }
    return 0;
}

// HTTPS on 127.0.0.1 that answers every complete POST like the API answers the good code (201 AccountCreated),
// and counts what got how far: TCP connections, finished handshakes, complete requests.
class HttpsApi final : public QObject {
public:
    int handshakesStarted = 0;
    int encryptedConnections = 0;
    QList<QByteArray> requests; // complete requests, head and body

    bool listen(const Credentials &credentials)
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(credentials.certificate);
        configuration.setPrivateKey(credentials.key);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificate
        m_server.setSslConfiguration(configuration);
        connect(&m_server, &QSslServer::startedEncryptionHandshake, this, [this] { ++handshakesStarted; });
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, &HttpsApi::onEncrypted);
        return m_server.listen(QHostAddress::LocalHost);
    }

    QUrl baseUrl() const { return QUrl(u"https://127.0.0.1:%1/v1"_s.arg(m_server.serverPort())); }

private:
    void onEncrypted()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++encryptedConnections;
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        }
    }

    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const qsizetype length = contentLength(buffer.left(headEnd));
        if (buffer.size() < headEnd + 4 + length)
            return;
        requests.append(buffer);
        const QJsonObject sent = QJsonDocument::fromJson(buffer.mid(headEnd + 4, length)).object();
        const QByteArray body = QJsonDocument(QJsonObject{{u"object"_s, u"AccountCreated"_s},
                                                          {u"account_id"_s, sent.value("account_id"_L1)}})
                                    .toJson(QJsonDocument::Compact);
        socket->write("HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        socket->disconnectFromHost();
        m_buffers.remove(socket);
    }

    QSslServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

// A caller's own network access manager that trusts one more certificate. CheckpointClient leaves the TLS
// configuration of its requests alone, so this is how a deployment with a private CA would be served.
class TrustingNetwork final : public QNetworkAccessManager {
public:
    explicit TrustingNetwork(const QSslCertificate &trusted)
        : m_trusted(trusted)
    {
    }

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request, QIODevice *outgoingData) override
    {
        QNetworkRequest trusting(request);
        QSslConfiguration configuration = trusting.sslConfiguration();
        configuration.addCaCertificate(m_trusted);
        trusting.setSslConfiguration(configuration);
        return QNetworkAccessManager::createRequest(operation, trusting, outgoingData);
    }

private:
    QSslCertificate m_trusted;
};

// What the fake API serves itself with over TLS.
QSslConfiguration serving(const Credentials &credentials)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(credentials.certificate);
    configuration.setPrivateKey(credentials.key);
    return configuration;
}

CheckpointRequest goodRequest()
{
    return CheckpointRequest{accountId, Provider::LinkedIn, u"123456"_s};
}

} // namespace

class TestTls final : public QObject, private WindowHarness {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void untrustedCertificateIsRefused_data();
    void untrustedCertificateIsRefused();
    void trustedCertificateIsAccepted();
    void warmConnectionCarriesThePost();
    void typingWarmsAgainOnceTheSpareClosed();
    void enterAsTheServerClosesTheWarmConnection();
    void windowShowsTheTlsGuidance();

private:
    std::optional<Outcome> submitAndWait(QNetworkAccessManager *network, const QUrl &baseUrl);
    // The real window's controller, the key in the harness's memory store, in front of the fake API over TLS on
    // loopback, whose certificate the app's network access manager trusts. The window is not shown yet.
    bool makeTlsWindow();
    // Enter in the code field, and the outcome the window was given.
    std::optional<Outcome> pressEnter();

    QTemporaryDir m_directory;
    Credentials m_loopback; // names 127.0.0.1
    Credentials m_otherHost; // names another host only
    std::unique_ptr<HttpsApi> m_https;
};

void TestTls::initTestCase()
{
    QVERIFY2(QSslSocket::supportsSsl(), "Qt's TLS backend (qt6 openssl plugin) is missing");
    QVERIFY2(!QStandardPaths::findExecutable(u"openssl"_s).isEmpty(), "install the Debian package openssl");
    QVERIFY(m_directory.isValid());
    QVERIFY(isolateSettings(u"tst_tls"_s));
    m_loopback = makeCredentials(m_directory.path(), u"loopback"_s, u"IP:127.0.0.1"_s);
    m_otherHost = makeCredentials(m_directory.path(), u"other"_s, u"DNS:api.other.example"_s);
    QVERIFY(!m_loopback.certificate.isNull() && !m_loopback.key.isNull());
    QVERIFY(!m_otherHost.certificate.isNull() && !m_otherHost.key.isNull());
}

void TestTls::init()
{
    m_https = std::make_unique<HttpsApi>();
}

void TestTls::cleanup()
{
    tearDownHarness();
    m_https.reset();
}

bool TestTls::makeTlsWindow()
{
    if (!setUpHarness(std::make_unique<TrustingNetwork>(m_loopback.certificate), serving(m_loopback)))
        return false;
    m_api->setApiKey(apiKey);
    return makeWindow({accountId, u"--provider"_s, u"linkedin"_s}, apiKey);
}

std::optional<Outcome> TestTls::pressEnter()
{
    QSignalSpy finished(m_controller->client(), &CheckpointClient::finished);
    QTest::keyClick(widget<QLineEdit>("codeEdit"), Qt::Key_Return);
    if (!finished.wait(15'000) || finished.size() != 1)
        return std::nullopt;
    return finished.constFirst().constFirst().value<Outcome>();
}

std::optional<Outcome> TestTls::submitAndWait(QNetworkAccessManager *network, const QUrl &baseUrl)
{
    CheckpointClient client(network, baseUrl);
    client.setApiKey(apiKey);
    client.setTimeout(10s);
    QSignalSpy finished(&client, &CheckpointClient::finished);
    if (!client.submit(goodRequest()) || !finished.wait(15'000) || finished.size() != 1)
        return std::nullopt;
    return finished.constFirst().constFirst().value<Outcome>();
}

void TestTls::untrustedCertificateIsRefused_data()
{
    QTest::addColumn<bool>("otherHost");
    QTest::addColumn<bool>("trustIt");
    QTest::addColumn<QStringList>("reasons");

    QTest::newRow("self-signed certificate nobody trusts is refused")
        << false << false << QStringList{u"self-signed"_s};
    QTest::newRow("trusted certificate for another host name is refused")
        << true << true << QStringList{u"host name"_s};
    // Qt's own error text names the first problem only; the agent hears both.
    QTest::newRow("untrusted certificate for another host name is refused, both reasons named")
        << true << false << QStringList{u"host name"_s, u"self-signed"_s};
}

void TestTls::untrustedCertificateIsRefused()
{
    QFETCH(bool, otherHost);
    QFETCH(bool, trustIt);
    QFETCH(QStringList, reasons);

    const Credentials &served = otherHost ? m_otherHost : m_loopback;
    QVERIFY(m_https->listen(served));
    std::unique_ptr<QNetworkAccessManager> network =
        trustIt ? std::make_unique<TrustingNetwork>(served.certificate) : std::make_unique<QNetworkAccessManager>();

    const std::optional<Outcome> outcome = submitAndWait(network.get(), m_https->baseUrl());
    QVERIFY(outcome);
    QCOMPARE(outcome->kind(), Outcome::Kind::TransportFailure);
    QCOMPARE(outcome->transport(), Outcome::Transport::Tls);
    QVERIFY(!outcome->requestMayHaveArrived());
    for (const QString &reason : std::as_const(reasons)) {
        QVERIFY2(outcome->transportDetail().contains(reason, Qt::CaseInsensitive),
                 qPrintable(outcome->transportDetail()));
    }
    QVERIFY(!outcome->transportDetail().contains(apiKey));
    // The client got as far as the handshake, and not one byte of a request went through.
    QVERIFY(m_https->handshakesStarted >= 1);
    QCOMPARE(m_https->encryptedConnections, 0);
    QCOMPARE(m_https->requests.size(), 0);
}

void TestTls::trustedCertificateIsAccepted()
{
    QVERIFY(m_https->listen(m_loopback));
    TrustingNetwork network(m_loopback.certificate);

    const std::optional<Outcome> outcome = submitAndWait(&network, m_https->baseUrl());
    QVERIFY(outcome);
    QCOMPARE(outcome->kind(), Outcome::Kind::Connected);
    QCOMPARE(outcome->accountId(), accountId);
    QCOMPARE(m_https->requests.size(), 1);
    const QByteArray request = m_https->requests.constFirst();
    QVERIFY2(request.startsWith("POST /v1/accounts/checkpoint HTTP/1.1\r\n"), request.constData());
    QVERIFY(request.contains(QByteArray("X-API-KEY: " + apiKey.toLatin1())));
}

// The TLS connection opened ahead of Enter is the one the POST uses: same TLS configuration (the caller's manager
// trusts the certificate for both), one handshake.
void TestTls::warmConnectionCarriesThePost()
{
    QVERIFY(setUpHarness(std::make_unique<TrustingNetwork>(m_loopback.certificate), serving(m_loopback)));
    m_api->setApiKey(apiKey);
    CheckpointClient client(m_network.get(), m_api->baseUrl());
    client.setApiKey(apiKey);
    client.warmUp();
    QTRY_COMPARE(m_api->connectionCount(), 1);
    QCOMPARE(m_api->requestCount(), 0);

    QSignalSpy finished(&client, &CheckpointClient::finished);
    QVERIFY(client.submit(CheckpointRequest{accountId, Provider::LinkedIn, FakePostPressApi::defaultGoodCode()}));
    QVERIFY(finished.wait(15'000));
    QCOMPARE(finished.constFirst().constFirst().value<Outcome>().kind(), Outcome::Kind::Connected);
    QCOMPARE(m_api->requestCount(), 1);
    QCOMPARE(m_api->connectionCount(), 1);
}

// The app closes its spare connection once it has been idle for the expiry (shortened here); the agent's typing then
// opens another, and Enter sends on that one: a TLS connection idle for less than the expiry, no new handshake.
void TestTls::typingWarmsAgainOnceTheSpareClosed()
{
    QVERIFY(makeTlsWindow());
    m_controller->client()->setConnectionExpiry(2s);
    QVERIFY(showWindow());
    QTRY_COMPARE(m_api->openConnectionCount(), 1); // warmed once the key is known (handshake done)
    QTRY_COMPARE_WITH_TIMEOUT(m_api->openConnectionCount(), 0, 10'000); // and closed by the app
    QCOMPARE(m_api->connectionCount(), 1);

    auto *code = widget<QLineEdit>("codeEdit");
    for (const QChar digit : FakePostPressApi::defaultGoodCode()) {
        QTest::keyClicks(code, QString(digit));
        QTest::qWait(400); // an agent's pace: the edits from half a second after the close on warm again
    }
    QTRY_COMPARE(m_api->connectionCount(), 2);
    const std::optional<Outcome> outcome = pressEnter();
    QVERIFY(outcome);
    QCOMPARE(outcome->kind(), Outcome::Kind::Connected);
    QCOMPARE(m_api->requestCount(), 1);
    QCOMPARE(m_api->connectionCount(), 2);
}

// Enter as a server that closes connections idle for 4 s (Apache and Node: 5 s) closes the one warmed for the code:
// the fake meets a request that arrives in the last 500 ms before that close with the close, unread, as when both
// cross on the wire. The app has closed that connection at its own expiry (3 s) by then, so the code goes out once,
// on a new connection, and the window shows the server's answer, not "Result unknown".
void TestTls::enterAsTheServerClosesTheWarmConnection()
{
    constexpr auto serverIdle = 4s;
    constexpr auto race = 500ms;
    QVERIFY(makeTlsWindow());
    m_api->setIdleTimeout(serverIdle);
    m_api->setIdleCloseRace(race);
    QElapsedTimer idle; // from the warm connection's handshake, which the server's idle time starts right after
    connect(m_api.get(), &FakePostPressApi::connectionAccepted, this, [&idle] {
        if (!idle.isValid())
            idle.start();
    });
    QVERIFY(showWindow());
    QTRY_VERIFY(idle.isValid());
    auto *code = widget<QLineEdit>("codeEdit");
    QTest::keyClicks(code, FakePostPressApi::defaultGoodCode());
    QTest::qWait(int((serverIdle - race / 2) / 1ms - idle.elapsed()));

    const std::optional<Outcome> outcome = pressEnter();
    QVERIFY(outcome);
    const QString headline = widget<QLabel>("headlineLabel")->text();
    QVERIFY2(outcome->kind() == Outcome::Kind::Connected, qPrintable(headline));
    QCOMPARE(headline, Guidance::forOutcome(*outcome, goodRequest()).headline);
    QCOMPARE(m_api->requestCount(), 1);
    QCOMPARE(m_api->connectionCount(), 2); // the warm one, and the one that carried the code: it went out once
}

void TestTls::windowShowsTheTlsGuidance()
{
    QVERIFY(m_https->listen(m_loopback));
    auto network = std::make_unique<SecurityTest::RecordingNetwork>();
    const SecurityTest::RecordingNetwork *recorded = network.get();
    QVERIFY(setUpHarness(std::move(network)));
    const LaunchOptions options = LaunchOptions::parse({u"postpress-checkpoint"_s, accountId, u"--provider"_s,
                                                        u"linkedin"_s, u"--api-url"_s, m_https->baseUrl().toString()});
    QCOMPARE(options.action, LaunchOptions::Action::Run);
    QVERIFY(openWindowAt(options, apiKey));
    QTRY_COMPARE(m_keys->state(), ApiKeyController::State::Stored);
    QTRY_VERIFY(m_https->handshakesStarted >= 1); // the warm-up, refused like the POST will be, without a word

    auto *code = widget<QLineEdit>("codeEdit");
    QTest::keyClicks(code, u"123456"_s);
    const std::optional<Outcome> outcome = pressEnter();
    QVERIFY(outcome);
    QCOMPARE(outcome->transport(), Outcome::Transport::Tls);

    const Guidance expected = Guidance::forOutcome(*outcome, goodRequest());
    QCOMPARE(widget<QLabel>("headlineLabel")->text(), expected.headline);
    QCOMPARE(widget<QLabel>("explanationLabel")->text(), expected.explanation);
    QCOMPARE(expected.tone, Guidance::Tone::Escalate);
    const QString details = widget<QLabel>("detailsLabel")->text();
    QVERIFY2(details.contains(u"self-signed"_s, Qt::CaseInsensitive), qPrintable(details));
    QCOMPARE(code->text(), u"123456"_s);
    QCOMPARE(recorded->created, 1);
    QCOMPARE(m_https->requests.size(), 0);
}

QTEST_MAIN(TestTls)
#include "tst_tls.moc"
