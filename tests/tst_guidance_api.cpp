// Every row of the guidance table through the wire: the fake PostPress API answers with a status and type, the real
// CheckpointClient reads it, the real Guidance turns it into advice. Pins the kind, tone, actions and the whole English
// headline, so a broken parse, a lost header or a changed row shows up here even when each part passes on its own.
#include "CheckpointClient.h"
#include "FakePostPressApi.h"
#include "Guidance.h"
#include "TestConstants.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(Provider)
Q_DECLARE_METATYPE(Outcome::Kind)

using Action = Guidance::Action;
using Tone = Guidance::Tone;
using Kind = Outcome::Kind;
using TestConstants::Actions;

namespace {

using TestConstants::accountId;
const QString typedCode = u"123456"_s;

enum class Endpoint { Checkpoint, Resend };

} // namespace

Q_DECLARE_METATYPE(Endpoint)

namespace {

struct Expected {
    Kind kind = Kind::Problem;
    Tone tone = Tone::Unknown;
    Actions actions;
    QString headline;
    int retryAfter = 0;
    QString explanationContains; // optional: a phrase the explanation must carry (what PostPress said)
};

using namespace TestConstants::Offer;
constexpr int defaultWait = Guidance::DefaultRetryAfterSeconds;

// The expectation for each documented (status, type), keyed "status type" like the row names. The request is a
// LinkedIn one with the code 123456.
QHash<QString, Expected> documentedExpectations()
{
    const auto problem = [](Tone tone, const Actions &actions, const QString &headline, int wait = 0) {
        return Expected{Kind::Problem, tone, actions, headline, wait, {}};
    };
    return {
        {u"400 errors/invalid_parameters"_s,
         problem(Tone::TryAgain, retype, u"PostPress found a value it cannot accept"_s)},
        {u"400 errors/missing_parameters"_s, problem(Tone::TryAgain, retype, u"A value was missing"_s)},
        {u"400 errors/invalid_request"_s, problem(Tone::TryAgain, retype, u"The values do not fit together"_s)},
        {u"400 errors/malformed_request"_s, problem(Tone::TryAgain, retype, u"LinkedIn refused the request"_s)},
        {u"400 errors/content_too_large"_s, problem(Tone::TryAgain, retype, u"Too much text for LinkedIn"_s)},
        {u"400 errors/too_many_characters"_s, problem(Tone::TryAgain, retype, u"The code is too long"_s)},
        {u"400 errors/unescaped_characters"_s,
         problem(Tone::Escalate, copyOnly, u"The API address has characters PostPress cannot accept"_s)},
        {u"400 errors/limit_too_high"_s,
         problem(Tone::Escalate, copyOnly, u"PostPress refused a limit this app never sets"_s)},
        {u"401 errors/invalid_checkpoint_solution"_s, problem(Tone::TryAgain, newCode, u"The code was not accepted"_s)},
        {u"403 errors/account_restricted"_s,
         problem(Tone::Escalate, copyOnly, u"LinkedIn has restricted this account"_s)},
        {u"403 errors/account_mismatch"_s,
         problem(Tone::TryAgain, copyOnly, u"The login belongs to another account"_s)},
        {u"403 errors/insufficient_permissions"_s,
         problem(Tone::Escalate, copyOnly, u"The account lacks permissions"_s)},
        {u"403 errors/session_mismatch"_s,
         problem(Tone::TryAgain, startOver, u"The login session belongs to another account"_s)},
        {u"403 errors/feature_not_subscribed"_s,
         problem(Tone::Escalate, copyOnly, u"Not included in your PostPress plan"_s)},
        {u"403 errors/subscription_required"_s,
         problem(Tone::Escalate, copyOnly, u"A PostPress subscription is needed"_s)},
        {u"403 errors/unknown_authentication_context"_s,
         problem(Tone::TryAgain, startOver, u"No login in progress for this account"_s)},
        {u"403 errors/action_required"_s,
         problem(Tone::Escalate, retry, u"The customer must finish a step in LinkedIn"_s)},
        {u"403 errors/resource_access_restricted"_s, problem(Tone::Escalate, copyOnly, u"Access is restricted"_s)},
        {u"407 errors/proxy_auth_error"_s,
         problem(Tone::Wait, retry, u"The account's proxy refused the login"_s, defaultWait)},
        {u"408 errors/request_timeout"_s, problem(Tone::Unknown, retry, u"Result unknown: no answer in time"_s)},
        {u"409 errors/operation_canceled"_s,
         problem(Tone::Escalate, copyOnly, u"Another operation replaced this one"_s)},
        {u"409 errors/already_exists"_s, problem(Tone::Done, copyOnly, u"Account already connected"_s)},
        {u"500 errors/unexpected_error"_s,
         problem(Tone::Wait, retry, u"Something went wrong at PostPress"_s, defaultWait)},
        {u"500 errors/provider_error"_s, problem(Tone::Wait, retry, u"LinkedIn is having problems"_s, defaultWait)},
        {u"500 errors/authentication_intent_error"_s,
         problem(Tone::TryAgain, startOver, u"The login attempt has ended"_s)},
        {u"502 errors/proxy_error"_s, problem(Tone::Wait, retry, u"The account's proxy is not working"_s, defaultWait)},
        {u"503 errors/no_client_session"_s,
         problem(Tone::Wait, retry, u"PostPress has no session for this account right now"_s, defaultWait)},
        {u"503 errors/no_channel"_s,
         problem(Tone::Wait, retry, u"PostPress cannot reach the account's session"_s, defaultWait)},
        {u"503 errors/no_handler"_s,
         problem(Tone::Wait, retry, u"PostPress cannot handle this right now"_s, defaultWait)},
        {u"503 errors/network_down"_s, problem(Tone::Wait, retry, u"PostPress's network is down"_s, defaultWait)},
        {u"503 errors/service_unavailable"_s,
         problem(Tone::Wait, retry, u"PostPress is temporarily unavailable"_s, defaultWait)},
        {u"504 errors/request_timeout"_s, problem(Tone::Unknown, retry, u"Result unknown: the request timed out"_s)},
    };
}

QString rowName(int status, const QString &type)
{
    return QString::number(status) + u' ' + type;
}

void addRow(const QString &name, const ScriptedResponse &answer, const Expected &expected,
            Provider provider = Provider::LinkedIn, const QString &code = typedCode,
            Endpoint endpoint = Endpoint::Checkpoint)
{
    QTest::newRow(qPrintable(name)) << endpoint << provider << code << answer << expected.kind << expected.tone
                                    << expected.actions << expected.headline << expected.retryAfter
                                    << expected.explanationContains;
}

ScriptedResponse problem(int status, const QString &type)
{
    return ScriptedResponse::problem(status, type);
}

} // namespace

class TestGuidanceApi final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void everyDocumentedErrorHasAnExpectation();
    void outcomeThroughTheWire_data();
    void outcomeThroughTheWire();

private:
    std::unique_ptr<FakePostPressApi> m_api;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<CheckpointClient> m_client;
};

void TestGuidanceApi::init()
{
    m_api = std::make_unique<FakePostPressApi>();
    QVERIFY2(m_api->listen(), qPrintable(m_api->errorString()));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<CheckpointClient>(m_network.get(), m_api->baseUrl());
    m_client->setApiKey(FakePostPressApi::defaultApiKey());
    m_client->setTimeout(5s);
}

void TestGuidanceApi::cleanup()
{
    m_client.reset();
    m_network.reset();
    m_api.reset();
}

void TestGuidanceApi::everyDocumentedErrorHasAnExpectation()
{
    const QHash<QString, Expected> expectations = documentedExpectations();
    const QList<DocumentedError> documented = FakePostPressApi::documentedErrors();
    QVERIFY(documented.size() >= 30);
    for (const DocumentedError &error : documented)
        QVERIFY2(expectations.contains(rowName(error.status, error.type)), qPrintable(error.type));
    QCOMPARE(expectations.size(), documented.size());
}

void TestGuidanceApi::outcomeThroughTheWire_data()
{
    QTest::addColumn<Endpoint>("endpoint");
    QTest::addColumn<Provider>("provider");
    QTest::addColumn<QString>("code");
    QTest::addColumn<ScriptedResponse>("answer");
    QTest::addColumn<Outcome::Kind>("kind");
    QTest::addColumn<Guidance::Tone>("tone");
    QTest::addColumn<Actions>("actions");
    QTest::addColumn<QString>("headline");
    QTest::addColumn<int>("retryAfter");
    QTest::addColumn<QString>("explanationContains");

    // Every status and type of the endpoint page, in its order.
    const QHash<QString, Expected> expectations = documentedExpectations();
    for (const DocumentedError &error : FakePostPressApi::documentedErrors()) {
        const QString name = rowName(error.status, error.type);
        addRow(name, problem(error.status, error.type), expectations.value(name));
    }

    const auto expectProblem = [](Tone tone, const Actions &actions, const QString &headline, int wait = 0,
                                  const QString &said = {}) {
        return Expected{Kind::Problem, tone, actions, headline, wait, said};
    };

    // A rejected code: Resend is offered where the provider has the resend endpoint, never for X.
    addRow(u"401 errors/invalid_checkpoint_solution for LINKEDIN offers Resend code"_s,
           problem(401, u"errors/invalid_checkpoint_solution"_s),
           expectProblem(Tone::TryAgain, newCode, u"The code was not accepted"_s), Provider::LinkedIn);
    addRow(u"401 errors/invalid_checkpoint_solution for INSTAGRAM offers Resend code"_s,
           problem(401, u"errors/invalid_checkpoint_solution"_s),
           expectProblem(Tone::TryAgain, newCode, u"The code was not accepted"_s), Provider::Instagram);
    addRow(u"401 errors/invalid_checkpoint_solution for MESSENGER offers Resend code"_s,
           problem(401, u"errors/invalid_checkpoint_solution"_s),
           expectProblem(Tone::TryAgain, newCode, u"The code was not accepted"_s), Provider::Messenger);
    addRow(u"401 errors/invalid_checkpoint_solution for TWITTER has no Resend code"_s,
           problem(401, u"errors/invalid_checkpoint_solution"_s),
           expectProblem(Tone::TryAgain, retype, u"The code was not accepted"_s), Provider::Twitter);

    // The other 401s are about the API key, not the code.
    addRow(u"401 errors/invalid_credentials"_s, problem(401, u"errors/invalid_credentials"_s),
           expectProblem(Tone::TryAgain, replaceKey, u"The API key was not accepted"_s));
    addRow(u"401 errors/missing_credentials"_s, problem(401, u"errors/missing_credentials"_s),
           expectProblem(Tone::TryAgain, replaceKey, u"No API key was sent"_s));
    addRow(u"401 errors/expired_credentials"_s, problem(401, u"errors/expired_credentials"_s),
           expectProblem(Tone::TryAgain, replaceKey, u"The API key has expired"_s));
    addRow(u"401 errors/some_new_credentials_type"_s, problem(401, u"errors/some_new_credentials_type"_s),
           expectProblem(Tone::TryAgain, replaceKey, u"The API key was not accepted"_s));
    addRow(u"401 errors/checkpoint_error"_s, problem(401, u"errors/checkpoint_error"_s),
           expectProblem(Tone::TryAgain, startOver, u"This checkpoint cannot be solved here"_s));

    // A 400 for a code that is a phone number without its (+CC) prefix points to the phone mode.
    addRow(u"400 errors/invalid_parameters for a bare phone number offers phone mode"_s,
           problem(400, u"errors/invalid_parameters"_s),
           expectProblem(Tone::TryAgain, {Action::EnterPhone, Action::CopyForTicket},
                         u"PostPress found a value it cannot accept"_s),
           Provider::LinkedIn, u"06 12 34 56 78"_s);

    // Statuses of the API family that the endpoint page does not list.
    addRow(u"404 errors/not_found"_s, problem(404, u"errors/not_found"_s),
           expectProblem(Tone::TryAgain, copyOnly, u"PostPress does not know this account"_s));
    addRow(u"425 errors/too_early"_s, problem(425, u"errors/too_early"_s),
           expectProblem(Tone::Wait, retry, u"Another login is in progress for this account"_s, defaultWait));
    addRow(u"429 errors/too_many_requests with Retry-After 7"_s,
           problem(429, u"errors/too_many_requests"_s).withRetryAfter(7),
           expectProblem(Tone::Wait, retry, u"Too many attempts: wait a moment"_s, 7));
    addRow(
        u"429 errors/too_many_requests without Retry-After"_s, problem(429, u"errors/too_many_requests"_s),
        expectProblem(Tone::Wait, retry, u"Too many attempts: wait a moment"_s, Guidance::RateLimitRetryAfterSeconds));
    addRow(u"503 errors/service_unavailable with Retry-After 2"_s,
           problem(503, u"errors/service_unavailable"_s).withRetryAfter(2),
           expectProblem(Tone::Wait, retry, u"PostPress is temporarily unavailable"_s, 2));

    // Unknown types fall back to their status class, with what PostPress said.
    const QString said = u"Something brand new happened."_s;
    addRow(u"400 errors/brand_new_type"_s, problem(400, u"errors/brand_new_type"_s).withDetail(said),
           expectProblem(Tone::TryAgain, retype, u"PostPress refused the request"_s, 0, said.chopped(1)));
    addRow(u"403 errors/brand_new_type"_s, problem(403, u"errors/brand_new_type"_s).withDetail(said),
           expectProblem(Tone::Escalate, copyOnly, u"Not allowed"_s, 0, said.chopped(1)));
    addRow(u"409 errors/brand_new_type"_s, problem(409, u"errors/brand_new_type"_s).withDetail(said),
           expectProblem(Tone::Escalate, copyOnly, u"Another operation is in the way"_s, 0, said.chopped(1)));
    addRow(u"422 errors/brand_new_type"_s, problem(422, u"errors/brand_new_type"_s).withDetail(said),
           expectProblem(Tone::TryAgain, retype, u"PostPress refused the request"_s, 0, said.chopped(1)));
    addRow(u"500 errors/brand_new_type"_s, problem(500, u"errors/brand_new_type"_s).withDetail(said),
           expectProblem(Tone::Wait, retry, u"PostPress has a problem on its side"_s, defaultWait, said.chopped(1)));
    addRow(u"503 errors/brand_new_type"_s, problem(503, u"errors/brand_new_type"_s).withDetail(said),
           expectProblem(Tone::Wait, retry, u"PostPress is temporarily unavailable"_s, defaultWait, said.chopped(1)));

    // Statuses nobody documents, and bodies that are not problem details.
    addRow(u"418 errors/teapot (unknown status)"_s, problem(418, u"errors/teapot"_s).withDetail(said),
           expectProblem(Tone::TryAgain, retype, u"PostPress refused the request"_s, 0, u"status 418"_s));
    addRow(u"599 errors/unknown (unknown status)"_s, problem(599, u"errors/unknown"_s).withDetail(said),
           expectProblem(Tone::Wait, retry, u"PostPress has a problem on its side"_s, defaultWait, u"status 599"_s));
    addRow(u"500 with an empty body"_s, ScriptedResponse::raw(500, {}, "application/json"),
           expectProblem(Tone::Wait, retry, u"PostPress has a problem on its side"_s, defaultWait,
                         u"status 500 and no readable message"_s));
    addRow(u"401 with an empty body"_s, ScriptedResponse::raw(401, {}, {}),
           expectProblem(Tone::TryAgain, replaceKey, u"The API key was not accepted"_s));
    addRow(u"502 with a proxy's HTML page"_s,
           ScriptedResponse::raw(502, "<html><body><h1>Bad Gateway</h1><script>alert(1)</script></body></html>",
                                 "text/html"),
           expectProblem(Tone::Wait, retry, u"PostPress has a problem on its side"_s, defaultWait,
                         u"status 502: “Bad Gateway”"_s));
    addRow(u"502 with a proxy's page echoing the API key"_s,
           ScriptedResponse::raw(502, "<html><pre>X-API-KEY: demo-key</pre></html>", "text/html"),
           expectProblem(Tone::Wait, retry, u"PostPress has a problem on its side"_s, defaultWait,
                         u"X-API-KEY: [API key removed]"_s));
    addRow(u"503 with plain text"_s, ScriptedResponse::raw(503, "upstream connect error", "text/plain"),
           expectProblem(Tone::Wait, retry, u"PostPress is temporarily unavailable"_s, defaultWait,
                         u"“upstream connect error”"_s));

    // 2xx answers, dispatched on "object".
    const auto expect = [](Kind kind, Tone tone, const Actions &actions, const QString &headline) {
        return Expected{kind, tone, actions, headline, 0, {}};
    };
    addRow(u"201 AccountCreated"_s, ScriptedResponse::object(u"AccountCreated"_s),
           expect(Kind::Connected, Tone::Done, copyOnly, u"Account connected"_s));
    addRow(u"201 AccountReconnected"_s, ScriptedResponse::object(u"AccountReconnected"_s),
           expect(Kind::Connected, Tone::Done, copyOnly, u"Account reconnected"_s));
    addRow(u"201 AccountCreated without account_id"_s,
           ScriptedResponse::raw(201, R"({"object":"AccountCreated"})", "application/json"),
           expect(Kind::UnexpectedAnswer, Tone::Unknown, copyOnly, u"Unexpected answer from PostPress"_s));
    addRow(u"201 Checkpoint 2FA SMS"_s, ScriptedResponse::checkpoint(u"2FA"_s, u"SMS"_s),
           expect(Kind::NextCheckpoint, Tone::Next, newCodeOrAnotherWay, u"Ask for the code from the text message"_s));
    addRow(u"201 Checkpoint 2FA WHATSAPP"_s, ScriptedResponse::checkpoint(u"2FA"_s, u"WHATSAPP"_s),
           expect(Kind::NextCheckpoint, Tone::Next, newCodeOrAnotherWay, u"Ask for the code sent by WhatsApp"_s));
    addRow(u"201 Checkpoint 2FA APP"_s, ScriptedResponse::checkpoint(u"2FA"_s, u"APP"_s),
           expect(Kind::NextCheckpoint, Tone::Next, {Action::RetypeCode, Action::TryAnotherWay, Action::CopyForTicket},
                  u"Ask for the code from the authenticator app"_s));
    addRow(u"201 Checkpoint 2FA without source"_s, ScriptedResponse::checkpoint(u"2FA"_s),
           expect(Kind::NextCheckpoint, Tone::Next, newCodeOrAnotherWay, u"Ask for the verification code"_s));
    addRow(u"202 Checkpoint 2FA EMAIL (unknown source)"_s, ScriptedResponse::checkpoint(u"2FA"_s, u"EMAIL"_s, 202),
           expect(Kind::NextCheckpoint, Tone::Next, newCodeOrAnotherWay, u"Ask for the verification code"_s));
    addRow(u"201 Checkpoint 2FA SMS for TWITTER has no Resend code"_s, ScriptedResponse::checkpoint(u"2FA"_s, u"SMS"_s),
           expect(Kind::NextCheckpoint, Tone::Next, {Action::RetypeCode, Action::TryAnotherWay, Action::CopyForTicket},
                  u"Ask for the code from the text message"_s),
           Provider::Twitter);
    addRow(u"201 Checkpoint OTP"_s, ScriptedResponse::checkpoint(u"OTP"_s),
           expect(Kind::NextCheckpoint, Tone::Next, newCodeOrAnotherWay, u"Ask for the one-time code"_s));
    addRow(u"201 Checkpoint PHONE_REGISTER"_s, ScriptedResponse::checkpoint(u"PHONE_REGISTER"_s),
           expect(Kind::NextCheckpoint, Tone::Next, {Action::TryAnotherWay, Action::CopyForTicket},
                  u"Ask for the customer's mobile number"_s));
    addRow(u"201 Checkpoint IN_APP_VALIDATION"_s, ScriptedResponse::checkpoint(u"IN_APP_VALIDATION"_s),
           expect(Kind::NextCheckpoint, Tone::Next, {Action::TryAnotherWay, Action::ResendCode, Action::CopyForTicket},
                  u"Ask the customer to approve the sign-in in the LinkedIn app"_s));
    addRow(u"201 Checkpoint CAPTCHA"_s, ScriptedResponse::checkpoint(u"CAPTCHA"_s),
           expect(Kind::NextCheckpoint, Tone::Escalate, {Action::TryAnotherWay, Action::CopyForTicket},
                  u"LinkedIn wants a CAPTCHA solved"_s));
    addRow(u"201 Checkpoint QRCODE"_s, ScriptedResponse::checkpoint(u"QRCODE"_s),
           expect(Kind::NextCheckpoint, Tone::Escalate, {Action::TryAnotherWay, Action::CopyForTicket},
                  u"LinkedIn wants a QR code scanned"_s));
    addRow(u"201 Checkpoint CONTRACT_CHOOSER"_s, ScriptedResponse::checkpoint(u"CONTRACT_CHOOSER"_s),
           expect(Kind::NextCheckpoint, Tone::Escalate, copyOnly, u"LinkedIn asks which contract to use"_s));
    addRow(u"201 Checkpoint FACE_SCAN (unknown type)"_s, ScriptedResponse::checkpoint(u"FACE_SCAN"_s),
           expect(Kind::NextCheckpoint, Tone::Next, {Action::RetypeCode, Action::TryAnotherWay, Action::CopyForTicket},
                  u"LinkedIn asks for another step"_s));
    addRow(u"201 Surprise (unknown object)"_s, ScriptedResponse::object(u"Surprise"_s),
           expect(Kind::UnexpectedAnswer, Tone::Unknown, copyOnly, u"Unexpected answer from PostPress"_s));
    addRow(u"200 with an empty body"_s, ScriptedResponse::raw(200, {}, "application/json"),
           expect(Kind::UnexpectedAnswer, Tone::Unknown, copyOnly, u"Unexpected answer from PostPress"_s));

    // The resend endpoint's answers go through the same table.
    addRow(u"200 CheckpointResend (resend)"_s, ScriptedResponse::defaultAnswer(),
           expect(Kind::CodeResent, Tone::Next, retype, u"A new code is on its way"_s), Provider::Instagram, {},
           Endpoint::Resend);
    addRow(u"200 CheckpointResend without success (resend)"_s,
           ScriptedResponse::raw(200,
                                 R"({"object":"CheckpointResend","account_id":"acc_01HXYZ4QK3WJ8FN3M6QH7TZ8GR",)"
                                 R"("success":false})",
                                 "application/json"),
           expect(Kind::UnexpectedAnswer, Tone::Unknown, copyOnly, u"Unexpected answer from PostPress"_s),
           Provider::LinkedIn, {}, Endpoint::Resend);
    addRow(u"401 errors/invalid_credentials (resend)"_s, problem(401, u"errors/invalid_credentials"_s),
           expectProblem(Tone::TryAgain, replaceKey, u"The API key was not accepted"_s), Provider::Messenger, {},
           Endpoint::Resend);
    addRow(u"500 errors/authentication_intent_error (resend)"_s, problem(500, u"errors/authentication_intent_error"_s),
           expectProblem(Tone::TryAgain, startOver, u"The login attempt has ended"_s), Provider::LinkedIn, {},
           Endpoint::Resend);
}

void TestGuidanceApi::outcomeThroughTheWire()
{
    QFETCH(Endpoint, endpoint);
    QFETCH(Provider, provider);
    QFETCH(QString, code);
    QFETCH(ScriptedResponse, answer);
    QFETCH(Outcome::Kind, kind);
    QFETCH(Guidance::Tone, tone);
    QFETCH(Actions, actions);
    QFETCH(QString, headline);
    QFETCH(int, retryAfter);
    QFETCH(QString, explanationContains);

    m_api->enqueue(answer);
    const CheckpointRequest sent{accountId, provider, code};
    QSignalSpy finished(m_client.get(), &CheckpointClient::finished);
    QVERIFY(endpoint == Endpoint::Checkpoint ? m_client->submit(sent) : m_client->resend(accountId, provider));
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.size(), 1);

    QCOMPARE(m_api->requestCount(), 1);
    QCOMPARE(m_api->requests().constFirst().path,
             endpoint == Endpoint::Checkpoint ? "/v1/accounts/checkpoint"_ba : "/v1/accounts/checkpoint/resend"_ba);

    const Outcome outcome = finished.constFirst().constFirst().value<Outcome>();
    QCOMPARE(outcome.kind(), kind);
    const Guidance guidance = Guidance::forOutcome(outcome, sent);
    QCOMPARE(guidance.headline, headline);
    QCOMPARE(guidance.tone, tone);
    QCOMPARE(guidance.actions, actions);
    QCOMPARE(guidance.retryAfterSeconds, retryAfter);
    QVERIFY2(!guidance.explanation.isEmpty(), "every outcome explains itself");
    if (!explanationContains.isEmpty())
        QVERIFY2(guidance.explanation.contains(explanationContains), qPrintable(guidance.explanation));
    QVERIFY2(!guidance.explanation.contains(FakePostPressApi::defaultApiKey()), qPrintable(guidance.explanation));
    // Plain text only: no markup from the body reaches the advice, and the code never appears in it.
    QVERIFY2(!guidance.explanation.contains(u'<'), qPrintable(guidance.explanation));
    QVERIFY2(code.isEmpty() || !guidance.explanation.contains(code), qPrintable(guidance.explanation));
}

QTEST_GUILESS_MAIN(TestGuidanceApi)
#include "tst_guidance_api.moc"
