// CheckpointClient against a real HTTP/1.1 server on loopback: the fake PostPress API.
#include "ApiBaseUrl.h"
#include "ApiTransport.h"
#include "CheckpointClient.h"
#include "FakePostPressApi.h"
#include "TestConstants.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(Provider)
Q_DECLARE_METATYPE(Outcome::Kind)
Q_DECLARE_METATYPE(std::optional<int>)
Q_DECLARE_METATYPE(std::chrono::milliseconds)
Q_DECLARE_METATYPE(std::chrono::seconds)

namespace {

const QString testKey = u"k3y-SECRET-7f1c"_s;
using TestConstants::accountId;

// Counts the requests the client hands to the network, so "nothing was sent" is checked, not assumed. A warm-up is
// not one: it reaches createRequest() as a GET of a "preconnect-http(s)" URL that sends nothing; they count apart.
class CountingNetwork final : public QNetworkAccessManager {
public:
    int created = 0;
    int warmUps = 0;

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request, QIODevice *outgoingData) override
    {
        created += operation == PostOperation;
        warmUps += request.url().scheme().startsWith("preconnect-"_L1);
        return QNetworkAccessManager::createRequest(operation, request, outgoingData);
    }
};

CheckpointRequest makeRequest(const QString &code, Provider provider = Provider::LinkedIn)
{
    CheckpointRequest request;
    request.accountId = accountId;
    request.provider = provider;
    request.code = code;
    return request;
}

QUrl withPath(QUrl url, const QString &path)
{
    url.setPath(path);
    return url;
}

// A port on which nobody listens: bound, noted, released.
quint16 unusedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

class TestClient final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void postsToTheEndpoint_data();
    void postsToTheEndpoint();
    void sendsTheDocumentedHeaders();
    void sendsTheExactBody_data();
    void sendsTheExactBody();

    void successfulAnswers_data();
    void successfulAnswers();
    void documentedProblems_data();
    void documentedProblems();
    void wrongKeyIsRejectedAsCredentials();
    void authChallengeOnARejectedCode_data();
    void authChallengeOnARejectedCode();
    void undocumentedBodies_data();
    void undocumentedBodies();
    void retryAfterHeader_data();
    void retryAfterHeader();
    void parseRetryAfter_data();
    void parseRetryAfter();
    void requestIdHeader_data();
    void requestIdHeader();

    void connectionRefused();
    void closedConnectionIsNotResent_data();
    void closedConnectionIsNotResent();
    void resetMidBody();
    void redirectIsNotFollowed_data();
    void redirectIsNotFollowed();
    void timeoutIsNotCancel_data();
    void timeoutIsNotCancel();
    void cancelReportsCanceled();
    void hugeBodyIsTooLarge();
    void insecureUrlSendsNothing_data();
    void insecureUrlSendsNothing();
    void loopbackHostAgreesWithQHostAddress_data();
    void loopbackHostAgreesWithQHostAddress();
    void refusesWithoutSending_data();
    void refusesWithoutSending();
    void busyClientRefusesASecondSubmit();
    void signalsInOrder();
    void deletingWhileInFlightIsQuiet_data();
    void deletingWhileInFlightIsQuiet();

    void resendPostsAccountAndProvider_data();
    void resendPostsAccountAndProvider();
    void resendRefusesTwitter();

    void controlEndpointScriptsTheNextAnswer();
    void controlEndpointSendsAHeaderSeveralTimes();

    void warmUpOpensTheConnectionThePostUses();
    void warmUpSendsNothing();
    void warmUpNeedsAKeyAndAnIdleClient();
    void warmUpKeepsOneSpareConnection();
    void idleConnectionClosesAfterTheExpiry_data();
    void idleConnectionClosesAfterTheExpiry();
    void idleCloseBeforeEnterGetsTheRealAnswer_data();
    void idleCloseBeforeEnterGetsTheRealAnswer();
    void enterAsTheServerClosesAnIdleConnection_data();
    void enterAsTheServerClosesAnIdleConnection();
    void bodyRewindsOnlyWhileUnread();
    void warmsAgainOnTheDefaultPort();

private:
    // Warms the client's connection and waits until the fake has accepted it.
    bool warmUpAndWait(int connections = 1);
    std::optional<Outcome> submitAndWait(const CheckpointRequest &request);
    void useBaseUrl(const QUrl &baseUrl);

    std::unique_ptr<FakePostPressApi> m_api;
    std::unique_ptr<CountingNetwork> m_network;
    std::unique_ptr<CheckpointClient> m_client;
};

void TestClient::init()
{
    m_api = std::make_unique<FakePostPressApi>();
    QVERIFY2(m_api->listen(), qPrintable(m_api->errorString()));
    m_api->setApiKey(testKey);
    m_network = std::make_unique<CountingNetwork>();
    useBaseUrl(m_api->baseUrl());
}

void TestClient::cleanup()
{
    m_client.reset();
    m_network.reset();
    m_api.reset();
}

void TestClient::useBaseUrl(const QUrl &baseUrl)
{
    m_client = std::make_unique<CheckpointClient>(m_network.get(), baseUrl);
    m_client->setApiKey(testKey);
    m_client->setTimeout(5s);
}

std::optional<Outcome> TestClient::submitAndWait(const CheckpointRequest &request)
{
    QSignalSpy finished(m_client.get(), &CheckpointClient::finished);
    if (!m_client->submit(request) || !finished.wait(10'000) || finished.size() != 1)
        return std::nullopt;
    const Outcome outcome = finished.first().first().value<Outcome>();
    // The key never leaks into what the agent may copy into a ticket.
    if (outcome.transportDetail().contains(testKey) || outcome.bodyExcerpt().contains(testKey))
        return std::nullopt;
    return outcome;
}

void TestClient::postsToTheEndpoint_data()
{
    QTest::addColumn<QString>("basePath");
    QTest::addColumn<QByteArray>("expectedPath");

    QTest::newRow("base /v1 gets /v1/accounts/checkpoint") << u"/v1"_s << "/v1/accounts/checkpoint"_ba;
    QTest::newRow("trailing slash is not doubled") << u"/v1/"_s << "/v1/accounts/checkpoint"_ba;
    QTest::newRow("several trailing slashes are not doubled") << u"/v1//"_s << "/v1/accounts/checkpoint"_ba;
    QTest::newRow("base without a path") << QString() << "/accounts/checkpoint"_ba;
    QTest::newRow("deeper tenant path is kept") << u"/tenant/acme/v1"_s << "/tenant/acme/v1/accounts/checkpoint"_ba;
}

void TestClient::postsToTheEndpoint()
{
    QFETCH(QString, basePath);
    QFETCH(QByteArray, expectedPath);

    useBaseUrl(withPath(m_api->baseUrl(), basePath));
    QVERIFY(submitAndWait(makeRequest(u"123456"_s)));

    QCOMPARE(m_api->requestCount(), 1);
    const RecordedRequest received = m_api->requests().first();
    QCOMPARE(received.method, "POST"_ba);
    QCOMPARE(received.path, expectedPath);
    QVERIFY(!received.path.contains(testKey.toLatin1()));
}

void TestClient::sendsTheDocumentedHeaders()
{
    const CheckpointRequest request = makeRequest(u"123456"_s);
    QVERIFY(submitAndWait(request));

    const RecordedRequest received = m_api->requests().first();
    QCOMPARE(received.header("x-api-key"), testKey.toLatin1());
    QCOMPARE(received.header("content-type"), "application/json"_ba);
    QCOMPARE(received.header("accept"), "application/json"_ba);
    QCOMPARE(received.header("content-length"), QByteArray::number(request.toJson().size()));
    const QByteArray userAgent = received.header("user-agent");
    QVERIFY2(userAgent.startsWith("PostPressCheckpoint/" CHECKPOINT_VERSION " "), userAgent.constData());
    QVERIFY2(userAgent.contains("Qt/"), userAgent.constData());
    QVERIFY(!received.headers.contains("authorization"));
    QVERIFY(!received.headers.contains("cookie"));
}

void TestClient::sendsTheExactBody_data()
{
    QTest::addColumn<QString>("typedAccountId");
    QTest::addColumn<Provider>("provider");
    QTest::addColumn<QString>("typedCode");
    QTest::addColumn<QString>("sentAccountId");
    QTest::addColumn<QString>("sentProvider");
    QTest::addColumn<QString>("sentCode");

    QTest::newRow("plain values, provider upper case")
        << accountId << Provider::Instagram << u"123456"_s << accountId << u"INSTAGRAM"_s << u"123456"_s;
    QTest::newRow("values are trimmed") << u"  acc_1\t"_s << Provider::Messenger << u" 654321 \n"_s << u"acc_1"_s
                                        << u"MESSENGER"_s << u"654321"_s;
    QTest::newRow("quotes and backslashes round-trip")
        << u"acc_1"_s << Provider::Twitter << u"a\"b\\c"_s << u"acc_1"_s << u"TWITTER"_s << u"a\"b\\c"_s;
    QTest::newRow("non-ASCII round-trips")
        << u"acc_1"_s << Provider::LinkedIn << u"Ωmega ✓ 123"_s << u"acc_1"_s << u"LINKEDIN"_s << u"Ωmega ✓ 123"_s;
    QTest::newRow("every character an account id may have")
        << u"AZaz09_-.~"_s << Provider::LinkedIn << u"1"_s << u"AZaz09_-.~"_s << u"LINKEDIN"_s << u"1"_s;
    QTest::newRow("phone number in brackets") << accountId << Provider::LinkedIn << u"(+33)0612345678"_s << accountId
                                              << u"LINKEDIN"_s << u"(+33)0612345678"_s;
}

void TestClient::sendsTheExactBody()
{
    QFETCH(QString, typedAccountId);
    QFETCH(Provider, provider);
    QFETCH(QString, typedCode);
    QFETCH(QString, sentAccountId);
    QFETCH(QString, sentProvider);
    QFETCH(QString, sentCode);

    CheckpointRequest request;
    request.accountId = typedAccountId;
    request.provider = provider;
    request.code = typedCode;
    QVERIFY(submitAndWait(request));

    const RecordedRequest received = m_api->requests().first();
    QCOMPARE(received.body, request.toJson());
    QJsonParseError error{};
    const QJsonObject json = QJsonDocument::fromJson(received.body, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json.size(), 3);
    QCOMPARE(json.value("account_id"_L1).toString(), sentAccountId);
    QCOMPARE(json.value("provider"_L1).toString(), sentProvider);
    QCOMPARE(json.value("code"_L1).toString(), sentCode);
}

void TestClient::successfulAnswers_data()
{
    QTest::addColumn<ScriptedResponse>("script");
    QTest::addColumn<QString>("code");
    QTest::addColumn<Outcome::Kind>("kind");
    QTest::addColumn<QString>("object");
    QTest::addColumn<QString>("checkpointType");
    QTest::addColumn<QString>("checkpointSource");

    QTest::newRow("201 AccountCreated for the good code")
        << ScriptedResponse::defaultAnswer() << u"123456"_s << Outcome::Kind::Connected << u"AccountCreated"_s
        << QString() << QString();
    QTest::newRow("201 AccountReconnected")
        << ScriptedResponse::object(u"AccountReconnected"_s) << u"123456"_s << Outcome::Kind::Connected
        << u"AccountReconnected"_s << QString() << QString();
    QTest::newRow("TRY_ANOTHER_WAY gives a 2FA checkpoint by SMS")
        << ScriptedResponse::defaultAnswer() << u"TRY_ANOTHER_WAY"_s << Outcome::Kind::NextCheckpoint << u"Checkpoint"_s
        << u"2FA"_s << u"SMS"_s;
    QTest::newRow("202 Checkpoint OTP") << ScriptedResponse::checkpoint(u"OTP"_s, {}, 202) << u"123456"_s
                                        << Outcome::Kind::NextCheckpoint << u"Checkpoint"_s << u"OTP"_s << QString();
    QTest::newRow("unknown object is not success")
        << ScriptedResponse::object(u"SomethingNew"_s) << u"123456"_s << Outcome::Kind::UnexpectedAnswer
        << u"SomethingNew"_s << QString() << QString();
    QTest::newRow("200 with a non-JSON body is not success")
        << ScriptedResponse::raw(200, "OK", "text/plain") << u"123456"_s << Outcome::Kind::UnexpectedAnswer << QString()
        << QString() << QString();
}

void TestClient::successfulAnswers()
{
    QFETCH(ScriptedResponse, script);
    QFETCH(QString, code);
    QFETCH(Outcome::Kind, kind);
    QFETCH(QString, object);
    QFETCH(QString, checkpointType);
    QFETCH(QString, checkpointSource);

    m_api->enqueue(script);
    const std::optional<Outcome> outcome = submitAndWait(makeRequest(code));
    QVERIFY(outcome);
    QCOMPARE(outcome->kind(), kind);
    QCOMPARE(outcome->object(), object);
    QCOMPARE(outcome->checkpointType(), checkpointType);
    QCOMPARE(outcome->checkpointSource(), checkpointSource);
    if (!object.isEmpty())
        QCOMPARE(outcome->accountId(), accountId);
}

void TestClient::documentedProblems_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("title");

    const QList<DocumentedError> errors = FakePostPressApi::documentedErrors();
    QCOMPARE(errors.size(), 32); // the endpoint page lists 32 status/type pairs
    for (const DocumentedError &error : errors) {
        const QByteArray name = QByteArray::number(error.status) + ' ' + error.type.toUtf8() + " reaches the agent";
        QTest::newRow(name.constData()) << error.status << error.type << error.title;
    }
}

void TestClient::documentedProblems()
{
    QFETCH(int, status);
    QFETCH(QString, type);
    QFETCH(QString, title);

    m_api->enqueue(ScriptedResponse::problem(status, type));
    const std::optional<Outcome> outcome = submitAndWait(makeRequest(u"123456"_s));
    QVERIFY(outcome);
    QCOMPARE(outcome->kind(), Outcome::Kind::Problem);
    QCOMPARE(outcome->httpStatus(), status);
    QCOMPARE(outcome->problem().type, type);
    QCOMPARE(outcome->problem().title, title);
    QVERIFY(!outcome->problem().detail.isEmpty());
    QVERIFY2(outcome->problem().instance.startsWith("req_"_L1), qPrintable(outcome->problem().instance));
    QCOMPARE(outcome->requestIdHeader(), outcome->problem().instance);
    QCOMPARE(m_api->requestCount(), 1);
}

void TestClient::wrongKeyIsRejectedAsCredentials()
{
    m_client->setApiKey(u"not-the-key"_s);
    const std::optional<Outcome> outcome = submitAndWait(makeRequest(u"123456"_s));
    QVERIFY(outcome);
    QCOMPARE(outcome->kind(), Outcome::Kind::Problem);
    QCOMPARE(outcome->httpStatus(), 401);
    QCOMPARE(outcome->problem().type, u"errors/invalid_credentials"_s);
}

void TestClient::authChallengeOnARejectedCode_data()
{
    using Headers = QList<QByteArray>;
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("headerName");
    QTest::addColumn<Headers>("challenges");

    const QString rejected = u"errors/invalid_checkpoint_solution"_s;
    const QByteArray www = "WWW-Authenticate";
    QTest::newRow("401 rejected code with NTLM") << 401 << rejected << www << Headers{"NTLM"};
    QTest::newRow("401 rejected code with Negotiate") << 401 << rejected << www << Headers{"Negotiate"};
    QTest::newRow("401 rejected code with Digest")
        << 401 << rejected << www << Headers{R"(Digest realm="postpress", nonce="dcd98b7102dd2f0e", qop="auth")"};
    QTest::newRow("401 rejected code with Basic") << 401 << rejected << www << Headers{R"(Basic realm="postpress")"};
    QTest::newRow("401 rejected code with garbage")
        << 401 << rejected << www << Headers{R"(=== ;;; ,,, "unterminated NTLM!)"};
    QTest::newRow("401 rejected code with an empty challenge") << 401 << rejected << www << Headers{""};
    QTest::newRow("401 rejected code with NTLM and Basic in two headers")
        << 401 << rejected << www << Headers{"NTLM", R"(Basic realm="postpress")"};
    QTest::newRow("401 rejected code with Negotiate, NTLM and Digest in two headers")
        << 401 << rejected << www << Headers{"Negotiate, NTLM", R"(Digest realm="postpress", nonce="abc")"};
    // The account's proxy failing, as PostPress reports it: a 407 from the API itself, not from a local proxy.
    QTest::newRow("407 account proxy with Proxy-Authenticate NTLM")
        << 407 << u"errors/proxy_auth_error"_s << "Proxy-Authenticate"_ba << Headers{"NTLM"};
    QTest::newRow("407 account proxy with Proxy-Authenticate Basic")
        << 407 << u"errors/proxy_auth_error"_s << "Proxy-Authenticate"_ba << Headers{R"(Basic realm="proxy")"};
}

// A 401 with a problem body is that problem, whatever WWW-Authenticate offers: Qt's authentication machinery must
// neither resend the POST (the code would be used twice, or the body refused and the result unknown) nor answer the
// challenge with anything of the agent's (a Kerberos ticket for Negotiate).
void TestClient::authChallengeOnARejectedCode()
{
    QFETCH(int, status);
    QFETCH(QString, type);
    QFETCH(QByteArray, headerName);
    QFETCH(QList<QByteArray>, challenges);

    ScriptedResponse answer = ScriptedResponse::problem(status, type);
    for (const QByteArray &challenge : std::as_const(challenges))
        answer = answer.withHeader(headerName, challenge);
    m_api->enqueue(answer);
    QSignalSpy received(m_api.get(), &FakePostPressApi::requestReceived);
    const std::optional<Outcome> outcome = submitAndWait(makeRequest(u"654321"_s));
    QVERIFY(outcome);
    QCOMPARE(outcome->kind(), Outcome::Kind::Problem);
    QCOMPARE(outcome->httpStatus(), status);
    QCOMPARE(outcome->problem().type, type);
    QVERIFY(!received.wait(300)); // no second copy follows
    QCOMPARE(received.size(), 1);
    QCOMPARE(m_network->created, 1);

    // The same manager still sends the next code normally, without credentials of any kind.
    const std::optional<Outcome> next = submitAndWait(makeRequest(FakePostPressApi::defaultGoodCode()));
    QVERIFY(next);
    QCOMPARE(next->kind(), Outcome::Kind::Connected);
    QCOMPARE(m_api->requestCount(), 2);
    for (const RecordedRequest &request : m_api->requests()) {
        for (const QByteArray &credentials : {"authorization"_ba, "proxy-authorization"_ba})
            QVERIFY2(request.header(credentials).isEmpty(), request.header(credentials).constData());
    }
}

void TestClient::undocumentedBodies_data()
{
    QTest::addColumn<ScriptedResponse>("script");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("excerpt");

    QTest::newRow("HTML page from a proxy") << ScriptedResponse::raw(
        502, "<html><head><title>502</title></head><body><h1>Bad Gateway</h1></body></html>", "text/html")
                                            << 502 << u"Bad Gateway"_s;
    QTest::newRow("plain text error") << ScriptedResponse::raw(500, "upstream exploded", "text/plain") << 500
                                      << u"upstream exploded"_s;
    QTest::newRow("empty body") << ScriptedResponse::raw(503, {}, {}) << 503 << QString();
    QTest::newRow("broken JSON with a JSON content type")
        << ScriptedResponse::raw(400, "{\"title\": ", "application/problem+json") << 400 << u"{\"title\":"_s;
}

void TestClient::undocumentedBodies()
{
    QFETCH(ScriptedResponse, script);
    QFETCH(int, status);
    QFETCH(QString, excerpt);

    m_api->enqueue(script);
    const std::optional<Outcome> outcome = submitAndWait(makeRequest(u"123456"_s));
    QVERIFY(outcome);
    QCOMPARE(outcome->kind(), Outcome::Kind::Problem);
    QCOMPARE(outcome->httpStatus(), status);
    QVERIFY(!outcome->hasProblemDetails());
    QVERIFY2(outcome->bodyExcerpt().contains(excerpt), qPrintable(outcome->bodyExcerpt()));
}

void TestClient::retryAfterHeader_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<std::optional<int>>("seconds");

    QTest::newRow("503 with Retry-After 5") << "5"_ba << std::optional<int>(5);
    QTest::newRow("absurd Retry-After is clamped to an hour") << "999999"_ba << std::optional<int>(3600);
    QTest::newRow("HTTP date in the past means now") << "Sun, 06 Nov 1994 08:49:37 GMT"_ba << std::optional<int>(0);
    QTest::newRow("garbage Retry-After is ignored") << "soon"_ba << std::optional<int>();
}

void TestClient::retryAfterHeader()
{
    QFETCH(QByteArray, header);
    QFETCH(std::optional<int>, seconds);

    m_api->enqueue(ScriptedResponse::problem(503, u"errors/service_unavailable"_s).withHeader("Retry-After", header));
    const std::optional<Outcome> outcome = submitAndWait(makeRequest(u"123456"_s));
    QVERIFY(outcome);
    QCOMPARE(outcome->httpStatus(), 503);
    QCOMPARE(outcome->retryAfterSeconds(), seconds);
}

void TestClient::parseRetryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<std::optional<int>>("seconds");

    QTest::newRow("delta seconds") << "120"_ba << std::optional<int>(120);
    QTest::newRow("zero") << "0"_ba << std::optional<int>(0);
    QTest::newRow("surrounding spaces") << " 7 "_ba << std::optional<int>(7);
    QTest::newRow("negative is ignored") << "-5"_ba << std::optional<int>();
    QTest::newRow("empty is absent") << ""_ba << std::optional<int>();
    QTest::newRow("HTTP date 90 s ahead") << "Wed, 21 Oct 2026 07:29:30 GMT"_ba << std::optional<int>(90);
    QTest::newRow("HTTP date two days ahead is clamped")
        << "Fri, 23 Oct 2026 07:28:00 GMT"_ba << std::optional<int>(3600);
    QTest::newRow("HTTP date in the past is now") << "Tue, 20 Oct 2026 07:28:00 GMT"_ba << std::optional<int>(0);
}

void TestClient::parseRetryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(std::optional<int>, seconds);

    const QDateTime now(QDate(2026, 10, 21), QTime(7, 28), Qt::UTC);
    QCOMPARE(CheckpointClient::parseRetryAfter(value, now), seconds);
}

void TestClient::requestIdHeader_data()
{
    QTest::addColumn<QByteArray>("headerName");

    QTest::newRow("X-Request-ID is kept") << "X-Request-ID"_ba;
    QTest::newRow("Request-Id is kept") << "Request-Id"_ba;
}

void TestClient::requestIdHeader()
{
    QFETCH(QByteArray, headerName);

    m_api->enqueue(ScriptedResponse::raw(500, "<html>oops</html>", "text/html").withHeader(headerName, "rid-4711"));
    const std::optional<Outcome> outcome = submitAndWait(makeRequest(u"123456"_s));
    QVERIFY(outcome);
    QCOMPARE(outcome->requestIdHeader(), u"rid-4711"_s);
    QCOMPARE(outcome->supportRequestId(), u"rid-4711"_s);
}

void TestClient::connectionRefused()
{
    QUrl base = m_api->baseUrl();
    base.setPort(unusedPort());
    useBaseUrl(base);

    const std::optional<Outcome> outcome = submitAndWait(makeRequest(u"123456"_s));
    QVERIFY(outcome);
    QCOMPARE(outcome->kind(), Outcome::Kind::TransportFailure);
    QCOMPARE(outcome->transport(), Outcome::Transport::ConnectionRefused);
    QVERIFY(!outcome->requestMayHaveArrived());
    QVERIFY(!outcome->transportDetail().isEmpty());
}

void TestClient::closedConnectionIsNotResent_data()
{
    QTest::addColumn<bool>("reuseConnection");

    QTest::newRow("server drops a fresh connection") << false;
    QTest::newRow("server drops a kept-alive connection") << true;
}

void TestClient::closedConnectionIsNotResent()
{
    QFETCH(bool, reuseConnection);

    if (reuseConnection) {
        const std::optional<Outcome> first = submitAndWait(makeRequest(u"123456"_s));
        QVERIFY(first);
        QCOMPARE(first->kind(), Outcome::Kind::Connected);
    }
    const int before = int(m_api->requestCount());
    m_api->enqueue(ScriptedResponse::drop());
    const std::optional<Outcome> outcome = submitAndWait(makeRequest(u"123456"_s));
    QVERIFY(outcome);

    // Had Qt silently sent the POST again, the fake would have answered the copy with 201.
    QCOMPARE(m_api->requestCount(), before + 1);
    QCOMPARE(outcome->kind(), Outcome::Kind::TransportFailure);
    QCOMPARE(outcome->transport(), Outcome::Transport::ConnectionClosed);
    QVERIFY(outcome->requestMayHaveArrived());
}

void TestClient::resetMidBody()
{
    m_api->enqueue(ScriptedResponse::resetMidBody());
    const std::optional<Outcome> outcome = submitAndWait(makeRequest(u"123456"_s));
    QVERIFY(outcome);
    QCOMPARE(m_api->requestCount(), 1);
    QCOMPARE(outcome->kind(), Outcome::Kind::TransportFailure);
    QCOMPARE(outcome->transport(), Outcome::Transport::ConnectionClosed);
    QVERIFY(outcome->requestMayHaveArrived());
}

void TestClient::redirectIsNotFollowed_data()
{
    QTest::addColumn<int>("status");

    QTest::newRow("307 to another origin is not followed") << 307;
    QTest::newRow("308 to another origin is not followed") << 308;
    QTest::newRow("302 to another origin is not followed") << 302;
    QTest::newRow("301 to another origin is not followed") << 301;
}

void TestClient::redirectIsNotFollowed()
{
    QFETCH(int, status);

    FakePostPressApi elsewhere;
    QVERIFY(elsewhere.listen());
    elsewhere.setApiKey(testKey);
    const QByteArray target = elsewhere.baseUrl().toEncoded() + "/accounts/checkpoint";
    m_api->enqueue(ScriptedResponse::raw(status, {}, {}).withHeader("Location", target));

    const std::optional<Outcome> outcome = submitAndWait(makeRequest(u"123456"_s));
    QVERIFY(outcome);
    QCOMPARE(elsewhere.requestCount(), 0);
    QCOMPARE(m_api->requestCount(), 1);
    QCOMPARE(outcome->kind(), Outcome::Kind::TransportFailure);
    QCOMPARE(outcome->transport(), Outcome::Transport::Redirect);
    QVERIFY2(outcome->transportDetail().contains(QString::number(status)), qPrintable(outcome->transportDetail()));
    const QString targetHost = u"127.0.0.1:"_s + QString::number(elsewhere.port());
    QVERIFY2(outcome->transportDetail().contains(targetHost), qPrintable(outcome->transportDetail()));
}

void TestClient::timeoutIsNotCancel_data()
{
    QTest::addColumn<ScriptedResponse>("script");

    QTest::newRow("server never answers") << ScriptedResponse::neverAnswer();
    QTest::newRow("body that never ends") << ScriptedResponse::endlessBody();
}

void TestClient::timeoutIsNotCancel()
{
    QFETCH(ScriptedResponse, script);

    m_api->enqueue(script);
    m_client->setTimeout(700ms);
    QSignalSpy sent(m_client.get(), &CheckpointClient::requestSent);
    const std::optional<Outcome> outcome = submitAndWait(makeRequest(u"123456"_s));
    QVERIFY(outcome);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(outcome->kind(), Outcome::Kind::TransportFailure);
    QCOMPARE(outcome->transport(), Outcome::Transport::Timeout);
    QVERIFY(outcome->requestMayHaveArrived());
    QCOMPARE(m_api->requestCount(), 1);
}

void TestClient::cancelReportsCanceled()
{
    m_api->enqueue(ScriptedResponse::neverAnswer());
    QSignalSpy sent(m_client.get(), &CheckpointClient::requestSent);
    QSignalSpy finished(m_client.get(), &CheckpointClient::finished);
    QVERIFY(m_client->submit(makeRequest(u"123456"_s)));
    QVERIFY(sent.wait());
    QTRY_COMPARE(m_api->requestCount(), 1);

    m_client->cancel();
    QTRY_COMPARE(finished.size(), 1);
    const Outcome outcome = finished.first().first().value<Outcome>();
    QCOMPARE(outcome.transport(), Outcome::Transport::Canceled);
    QVERIFY(outcome.requestMayHaveArrived());
    QVERIFY(!m_client->isBusy());

    m_client->cancel(); // nothing in flight: no second answer
    QCoreApplication::processEvents();
    QCOMPARE(finished.size(), 1);
}

void TestClient::hugeBodyIsTooLarge()
{
    m_api->enqueue(ScriptedResponse::hugeBody());
    const std::optional<Outcome> outcome = submitAndWait(makeRequest(u"123456"_s));
    QVERIFY(outcome);
    QCOMPARE(outcome->kind(), Outcome::Kind::TransportFailure);
    QCOMPARE(outcome->transport(), Outcome::Transport::ResponseTooLarge);
}

// "http only to this computer": QHostAddress's answer for every form QUrl accepts (QUrl writes IP hosts in one
// canonical form first), and localhost by name.
void TestClient::loopbackHostAgreesWithQHostAddress_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");

    QTest::newRow("localhost") << u"localhost"_s << true;
    QTest::newRow("LOCALHOST, any case") << u"LOCALHOST"_s << true;
    QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << true;
    QTest::newRow("127.1, short form") << u"127.1"_s << true;
    QTest::newRow("0x7f.1, hexadecimal") << u"0x7f.1"_s << true;
    QTest::newRow("2130706433, one number") << u"2130706433"_s << true;
    QTest::newRow("0177.0.0.1, octal") << u"0177.0.0.1"_s << true;
    QTest::newRow("127.255.255.254, the top of 127/8") << u"127.255.255.254"_s << true;
    QTest::newRow("[::1]") << u"[::1]"_s << true;
    QTest::newRow("[0:0:0:0:0:0:0:1], long form") << u"[0:0:0:0:0:0:0:1]"_s << true;
    QTest::newRow("[::ffff:127.0.0.1], IPv4-mapped") << u"[::ffff:127.0.0.1]"_s << true;
    QTest::newRow("[::ffff:7f00:1], IPv4-mapped in hex") << u"[::ffff:7f00:1]"_s << true;
    QTest::newRow("128.0.0.1") << u"128.0.0.1"_s << false;
    QTest::newRow("126.255.255.255") << u"126.255.255.255"_s << false;
    QTest::newRow("192.168.1.20, a LAN address") << u"192.168.1.20"_s << false;
    QTest::newRow("[::2]") << u"[::2]"_s << false;
    QTest::newRow("[::127.0.0.1], IPv4-compatible, not mapped") << u"[::127.0.0.1]"_s << false;
    QTest::newRow("[::ffff:128.0.0.1]") << u"[::ffff:128.0.0.1]"_s << false;
    QTest::newRow("[fe80::1], link-local") << u"[fe80::1]"_s << false;
    QTest::newRow("localhost. with the root dot") << u"localhost."_s << false;
    QTest::newRow("127.0.0.1. with a dot") << u"127.0.0.1."_s << false;
    QTest::newRow("127.0.0.1.example.com, a name") << u"127.0.0.1.example.com"_s << false;
    QTest::newRow("localhost.example.com, a name") << u"localhost.example.com"_s << false;
    QTest::newRow("api.postpress.ai") << u"api.postpress.ai"_s << false;
}

void TestClient::loopbackHostAgreesWithQHostAddress()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);

    const QUrl url(u"http://"_s + host + u":8080/v1"_s);
    QVERIFY2(url.isValid(), qPrintable(url.errorString()));
    const bool byQHostAddress =
        url.host().compare(u"localhost"_s, Qt::CaseInsensitive) == 0 || QHostAddress(url.host()).isLoopback();
    QCOMPARE(byQHostAddress, loopback); // the row's expectation is QtNetwork's own
    QCOMPARE(ApiBaseUrl::isLoopbackHost(url.host()), loopback);
    QCOMPARE(ApiBaseUrl::problem(url).isEmpty(), loopback);
}

void TestClient::insecureUrlSendsNothing_data()
{
    QTest::addColumn<QUrl>("baseUrl");

    QTest::newRow("plain http to a public host") << QUrl(u"http://api.postpress.ai/v1"_s);
    QTest::newRow("plain http to a LAN address") << QUrl(u"http://192.168.1.20:8080/v1"_s);
    QTest::newRow("ftp scheme") << QUrl(u"ftp://api.postpress.ai/v1"_s);
    QTest::newRow("credentials in the URL") << QUrl(u"https://user:secret@api.postpress.ai/v1"_s);
}

void TestClient::insecureUrlSendsNothing()
{
    QFETCH(QUrl, baseUrl);

    useBaseUrl(baseUrl);
    QSignalSpy busy(m_client.get(), &CheckpointClient::busyChanged);
    QSignalSpy finished(m_client.get(), &CheckpointClient::finished);
    QVERIFY(m_client->submit(makeRequest(u"123456"_s)));
    QCOMPARE(finished.size(), 0); // queued: the caller sees it after submit() returned
    QVERIFY(m_client->isBusy());
    QVERIFY(finished.wait());

    const Outcome outcome = finished.first().first().value<Outcome>();
    QCOMPARE(outcome.transport(), Outcome::Transport::InsecureUrl);
    QVERIFY(!outcome.requestMayHaveArrived());
    QVERIFY(!outcome.transportDetail().isEmpty());
    QCOMPARE(m_network->created, 0);
    QCOMPARE(busy.size(), 2);
    QVERIFY(!m_client->isBusy());
}

void TestClient::refusesWithoutSending_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("requestAccountId");
    QTest::addColumn<QString>("code");

    QTest::newRow("no key") << QString() << accountId << u"123456"_s;
    QTest::newRow("blank key") << u"   "_s << accountId << u"123456"_s;
    QTest::newRow("key with a line break") << u"abc\r\nX-Evil: 1"_s << accountId << u"123456"_s;
    QTest::newRow("empty account id") << testKey << QString() << u"123456"_s;
    QTest::newRow("empty code") << testKey << accountId << u"  "_s;
}

void TestClient::refusesWithoutSending()
{
    QFETCH(QString, key);
    QFETCH(QString, requestAccountId);
    QFETCH(QString, code);

    m_client->setApiKey(key);
    QSignalSpy busy(m_client.get(), &CheckpointClient::busyChanged);
    QSignalSpy finished(m_client.get(), &CheckpointClient::finished);
    CheckpointRequest request = makeRequest(code);
    request.accountId = requestAccountId;

    QVERIFY(!m_client->submit(request));
    QCoreApplication::processEvents();
    QCOMPARE(busy.size(), 0);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(m_network->created, 0);
}

void TestClient::busyClientRefusesASecondSubmit()
{
    m_api->enqueue(ScriptedResponse::neverAnswer());
    QSignalSpy busy(m_client.get(), &CheckpointClient::busyChanged);
    QSignalSpy finished(m_client.get(), &CheckpointClient::finished);
    QVERIFY(m_client->submit(makeRequest(u"123456"_s)));
    QVERIFY(m_client->isBusy());
    QVERIFY(!m_client->submit(makeRequest(u"654321"_s)));
    QVERIFY(!m_client->resend(accountId, Provider::LinkedIn));
    QTRY_COMPARE(m_api->requestCount(), 1);
    QCOMPARE(busy.size(), 1);

    m_client->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_network->created, 1);
    QCOMPARE(m_api->requests().first().json().value("code"_L1).toString(), u"123456"_s);
}

void TestClient::signalsInOrder()
{
    QStringList events;
    connect(m_client.get(), &CheckpointClient::busyChanged, this,
            [&events](bool busy) { events << (busy ? u"busy"_s : u"idle"_s); });
    connect(m_client.get(), &CheckpointClient::requestSent, this, [&events] { events << u"sent"_s; });
    connect(m_client.get(), &CheckpointClient::finished, this, [&events, this](const Outcome &) {
        events << u"finished"_s;
        QVERIFY(!m_client->isBusy()); // the agent can submit again from the finished handler
    });

    QVERIFY(submitAndWait(makeRequest(u"123456"_s)));
    QCOMPARE(events, (QStringList{u"busy"_s, u"sent"_s, u"idle"_s, u"finished"_s}));
}

void TestClient::deletingWhileInFlightIsQuiet_data()
{
    QTest::addColumn<QUrl>("baseUrl");

    QTest::newRow("request on the wire") << QUrl();
    QTest::newRow("insecure URL answer still queued") << QUrl(u"http://api.postpress.ai/v1"_s);
}

void TestClient::deletingWhileInFlightIsQuiet()
{
    QFETCH(QUrl, baseUrl);

    if (!baseUrl.isEmpty())
        useBaseUrl(baseUrl);
    m_api->enqueue(ScriptedResponse::neverAnswer());
    int signalsAfterwards = 0;
    QObject receiver;
    connect(m_client.get(), &CheckpointClient::finished, &receiver, [&signalsAfterwards] { ++signalsAfterwards; });
    connect(m_client.get(), &CheckpointClient::busyChanged, &receiver, [&signalsAfterwards] { ++signalsAfterwards; });
    QVERIFY(m_client->submit(makeRequest(u"123456"_s)));
    if (baseUrl.isEmpty())
        QTRY_COMPARE(m_api->requestCount(), 1);

    signalsAfterwards = 0;
    m_client.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
    QCOMPARE(signalsAfterwards, 0);
}

void TestClient::resendPostsAccountAndProvider_data()
{
    QTest::addColumn<Provider>("provider");
    QTest::addColumn<QString>("providerName");

    QTest::newRow("LinkedIn resend") << Provider::LinkedIn << u"LINKEDIN"_s;
    QTest::newRow("Instagram resend") << Provider::Instagram << u"INSTAGRAM"_s;
    QTest::newRow("Messenger resend") << Provider::Messenger << u"MESSENGER"_s;
}

void TestClient::resendPostsAccountAndProvider()
{
    QFETCH(Provider, provider);
    QFETCH(QString, providerName);

    QSignalSpy finished(m_client.get(), &CheckpointClient::finished);
    QVERIFY(m_client->resend(u" "_s + accountId + u" "_s, provider));
    QVERIFY(finished.wait());

    const Outcome outcome = finished.first().first().value<Outcome>();
    QCOMPARE(outcome.kind(), Outcome::Kind::CodeResent);
    const RecordedRequest received = m_api->requests().first();
    QCOMPARE(received.method, "POST"_ba);
    QCOMPARE(received.path, "/v1/accounts/checkpoint/resend"_ba);
    QCOMPARE(received.header("x-api-key"), testKey.toLatin1());
    QCOMPARE(received.body, resendRequestJson(accountId, provider));
    const QJsonObject json = received.json();
    QCOMPARE(json.size(), 2);
    QCOMPARE(json.value("account_id"_L1).toString(), accountId);
    QCOMPARE(json.value("provider"_L1).toString(), providerName);
}

void TestClient::resendRefusesTwitter()
{
    QSignalSpy busy(m_client.get(), &CheckpointClient::busyChanged);
    QVERIFY(!m_client->resend(accountId, Provider::Twitter));
    QVERIFY(!m_client->resend(QString(), Provider::LinkedIn));
    QCOMPARE(busy.size(), 0);
    QCOMPARE(m_network->created, 0);
}

void TestClient::controlEndpointScriptsTheNextAnswer()
{
    m_api->setControlEndpointEnabled(true);
    QNetworkRequest control(withPath(m_api->baseUrl(), u"/_fake/next"_s));
    control.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    std::unique_ptr<QNetworkReply> queued(
        m_network->post(control, R"({"status":503,"type":"errors/service_unavailable","retry_after":5})"_ba));
    QSignalSpy queuedDone(queued.get(), &QNetworkReply::finished);
    QVERIFY(queuedDone.wait());
    QCOMPARE(queued->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);

    const std::optional<Outcome> outcome = submitAndWait(makeRequest(u"123456"_s));
    QVERIFY(outcome);
    QCOMPARE(outcome->httpStatus(), 503);
    QCOMPARE(outcome->problem().type, u"errors/service_unavailable"_s);
    QCOMPARE(outcome->retryAfterSeconds(), std::optional<int>(5));

    std::unique_ptr<QNetworkReply> listed(
        m_network->get(QNetworkRequest(withPath(m_api->baseUrl(), u"/_fake/requests"_s))));
    QSignalSpy listedDone(listed.get(), &QNetworkReply::finished);
    QVERIFY(listedDone.wait());
    const QByteArray json = listed->readAll();
    QCOMPARE(m_api->requestCount(), 1); // control requests are not recorded
    QVERIFY(json.contains("/v1/accounts/checkpoint"));
    QVERIFY(json.contains("<redacted>"));
    QVERIFY(!json.contains(testKey.toLatin1()));
}

bool TestClient::warmUpAndWait(int connections)
{
    m_client->warmUp();
    return QTest::qWaitFor([this, connections] { return m_api->connectionCount() == connections; }, 5'000);
}

// The warm connection is the one the POST uses: Qt pools it under the same key (scheme, host, port, proxy, HTTP/1.1).
void TestClient::warmUpOpensTheConnectionThePostUses()
{
    QVERIFY(warmUpAndWait());
    QCOMPARE(m_api->requestCount(), 0);
    const std::optional<Outcome> outcome = submitAndWait(makeRequest(FakePostPressApi::defaultGoodCode()));
    QVERIFY(outcome);
    QCOMPARE(outcome->kind(), Outcome::Kind::Connected);
    QCOMPARE(m_api->requestCount(), 1);
    QCOMPARE(m_api->connectionCount(), 1);
}

// Not a byte before Enter, so neither a request nor the key: a plain server sees the connection and no data.
void TestClient::warmUpSendsNothing()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    useBaseUrl(QUrl(u"http://127.0.0.1:%1/v1"_s.arg(server.serverPort())));
    QSignalSpy accepted(&server, &QTcpServer::newConnection);
    m_client->warmUp();
    QVERIFY(accepted.wait());
    QTcpSocket *socket = server.nextPendingConnection();
    QVERIFY(socket);
    QSignalSpy received(socket, &QTcpSocket::readyRead);
    QVERIFY(!received.wait(1'000));
    QCOMPARE(socket->bytesAvailable(), 0);
    QCOMPARE(m_network->created, 0);
}

void TestClient::warmUpNeedsAKeyAndAnIdleClient()
{
    QSignalSpy accepted(m_api.get(), &FakePostPressApi::connectionAccepted);
    m_client->setApiKey(QString());
    m_client->warmUp();
    QVERIFY(!accepted.wait(300));
    m_client->setApiKey(testKey);
    m_api->enqueue(ScriptedResponse::neverAnswer());
    QSignalSpy sent(m_client.get(), &CheckpointClient::requestSent);
    QVERIFY(m_client->submit(makeRequest(u"123456"_s)));
    QVERIFY(sent.wait());
    QCOMPARE(accepted.size(), 1);
    m_client->warmUp(); // busy: the request's own connection is the only one
    QVERIFY(!accepted.wait(300));
    QCOMPARE(m_api->connectionCount(), 1);
    m_client->cancel();
}

// Warm-ups in a row, one while another is still connecting, and one while the connection is open, leave one spare
// connection, not one each; the later ones do not even reach Qt, for which reusing the open connection would restart
// the count of its idle time (the server's count goes on).
void TestClient::warmUpKeepsOneSpareConnection()
{
    m_client->warmUp();
    m_client->warmUp();
    QVERIFY(warmUpAndWait());
    CheckpointClient other(m_network.get(), m_api->baseUrl()); // another window on the same API
    other.setApiKey(testKey);
    other.warmUp();
    QVERIFY(warmUpAndWait());
    QCOMPARE(m_network->warmUps, 1);
    QVERIFY(submitAndWait(makeRequest(FakePostPressApi::defaultGoodCode())));
    m_client->warmUp(); // after an answer, the connection that carried it is the spare
    QCOMPARE(m_network->warmUps, 1);
    QCOMPARE(m_api->connectionCount(), 1);
}

void TestClient::idleConnectionClosesAfterTheExpiry_data()
{
    QTest::addColumn<bool>("warm");
    QTest::addColumn<bool>("answered");

    QTest::newRow("opened ahead of Enter") << true << false;
    QTest::newRow("opened ahead of Enter, after the answer it carried") << true << true;
    QTest::newRow("opened by the request, after its answer") << false << true;
}

// The app closes a connection that has nothing to do after its expiry, before servers close theirs: the one a warm-up
// opened and the one an answer came on alike.
void TestClient::idleConnectionClosesAfterTheExpiry()
{
    QFETCH(bool, warm);
    QFETCH(bool, answered);

    m_client->setConnectionExpiry(1s);
    if (warm)
        QVERIFY(warmUpAndWait());
    if (answered)
        QVERIFY(submitAndWait(makeRequest(FakePostPressApi::defaultGoodCode())));
    QCOMPARE(m_api->openConnectionCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_api->openConnectionCount(), 0, 5'000); // the fake never closes one itself here
    QCOMPARE(m_api->connectionCount(), 1);
}

void TestClient::idleCloseBeforeEnterGetsTheRealAnswer_data()
{
    QTest::addColumn<std::chrono::milliseconds>("serverIdle");
    QTest::addColumn<std::chrono::seconds>("expiry");

    QTest::newRow("the server closed it while the agent typed: Enter connects anew") << 300ms << 3s;
    QTest::newRow("the app closed it, and warmed another as the agent typed: Enter uses that") << 0ms << 1s;
}

// An idle connection closed before Enter: the code goes out once, on a live connection, and the answer is the
// server's, never "Result unknown".
void TestClient::idleCloseBeforeEnterGetsTheRealAnswer()
{
    QFETCH(std::chrono::milliseconds, serverIdle);
    QFETCH(std::chrono::seconds, expiry);

    m_api->setIdleTimeout(serverIdle);
    m_client->setConnectionExpiry(expiry);
    QVERIFY(warmUpAndWait());
    QTRY_COMPARE_WITH_TIMEOUT(m_api->openConnectionCount(), 0, 5'000);
    if (serverIdle == 0ms) // each edit asks for a warm-up, one every 50 ms here
        QTRY_VERIFY_WITH_TIMEOUT((m_client->warmUp(), m_api->connectionCount() == 2), 5'000);
    const std::optional<Outcome> outcome = submitAndWait(makeRequest(FakePostPressApi::defaultGoodCode()));
    QVERIFY(outcome);
    QCOMPARE(outcome->kind(), Outcome::Kind::Connected);
    QCOMPARE(m_api->requestCount(), 1);
    QCOMPARE(m_api->connectionCount(), 2);
    QCOMPARE(m_network->created, 1);
}

void TestClient::enterAsTheServerClosesAnIdleConnection_data()
{
    QTest::addColumn<std::chrono::seconds>("expiry");
    QTest::addColumn<bool>("answered");

    QTest::newRow("the app closes idle connections first (1 s): the code goes out once, on a new one") << 1s << true;
    QTest::newRow("the server closes sooner than the app (3 s): the code may have arrived, never sent twice")
        << 3s << false;
}

// Enter, after typing, as a server that closes connections idle for 2 s closes the warm one: the fake meets a request
// that arrives in the last 500 ms before that close with the close, unread, as when both cross on the wire. The client
// cannot tell that from a server that read the code and then closed (closedConnectionIsNotResent), so the code is
// never sent again. With an expiry shorter than the server's, the app has closed the warm connection by then (the
// warm-ups asked for while typing did not keep it) and opened a new one.
void TestClient::enterAsTheServerClosesAnIdleConnection()
{
    QFETCH(std::chrono::seconds, expiry);
    QFETCH(bool, answered);

    constexpr auto serverIdle = 2s;
    constexpr auto race = 500ms;
    m_api->setIdleTimeout(serverIdle);
    m_api->setIdleCloseRace(race);
    m_client->setConnectionExpiry(expiry);
    QVERIFY(warmUpAndWait());
    QElapsedTimer idle;
    idle.start();
    const qint64 enterAt = (serverIdle - race / 2) / 1ms; // Enter as the server closes
    for (qint64 now = idle.elapsed(); now < enterAt; now = idle.elapsed()) {
        m_client->warmUp(); // the agent types: each edit asks for a warm-up
        QTest::qWait(int(std::min<qint64>(150, enterAt - now)));
    }
    const std::optional<Outcome> outcome = submitAndWait(makeRequest(FakePostPressApi::defaultGoodCode()));
    QVERIFY(outcome);
    QCOMPARE(m_network->created, 1);
    if (answered) {
        QCOMPARE(outcome->kind(), Outcome::Kind::Connected);
        QCOMPARE(m_api->requestCount(), 1);
        QCOMPARE(m_api->connectionCount(), 2);
        return;
    }
    QCOMPARE(outcome->kind(), Outcome::Kind::TransportFailure);
    QCOMPARE(outcome->transport(), Outcome::Transport::ConnectionClosed);
    QVERIFY(outcome->requestMayHaveArrived());
    QCOMPARE(m_api->requestCount(), 0);
    QCOMPARE(m_api->connectionCount(), 1); // no second connection carried the code
}

// The rule Qt's resend meets (ApiTransport::body()): a body not yet read can go out on a new connection, since none
// of it (none of the code) can have been sent; once one byte has been read, never again.
void TestClient::bodyRewindsOnlyWhileUnread()
{
    const std::unique_ptr<QIODevice> body(ApiTransport::body(makeRequest(u"123456"_s).toJson()));
    QVERIFY(body->isSequential());
    QVERIFY(body->reset());
    QVERIFY(body->seek(0));
    QCOMPARE(body->read(1), "{"_ba);
    QVERIFY(!body->reset());
    QVERIFY(!body->seek(0));
    QVERIFY(body->readAll().contains("123456"));
}

// An API URL without a port: a warm-up that has ended (here refused: nothing listens on 127.0.0.1:443) lets the next
// one go out, as typing an answer asks for after a server closed the connection.
void TestClient::warmsAgainOnTheDefaultPort()
{
    useBaseUrl(QUrl(u"https://127.0.0.1/v1"_s));
    QSignalSpy finished(m_network.get(), &QNetworkAccessManager::finished);
    m_client->warmUp();
    QVERIFY(finished.wait(10'000));
    m_client->warmUp();
    QVERIFY(finished.wait(10'000));
    QCOMPARE(m_network->created, 0);
}

void TestClient::controlEndpointSendsAHeaderSeveralTimes()
{
    const std::optional<ScriptedResponse> scripted = FakePostPressApi::scriptedFromJson(
        QJsonDocument::fromJson(R"({"status":401,"type":"errors/invalid_checkpoint_solution",
                                    "headers":{"WWW-Authenticate":["NTLM","Basic realm=\"x\""],"X-One":"1"}})")
            .object());
    QVERIFY(scripted);
    using Header = std::pair<QByteArray, QByteArray>;
    const QList<Header> expected{
        {"WWW-Authenticate", "NTLM"}, {"WWW-Authenticate", R"(Basic realm="x")"}, {"X-One", "1"}};
    QCOMPARE(scripted->headers, expected);
}

QTEST_GUILESS_MAIN(TestClient)
#include "tst_client.moc"
