#include "CheckpointClient.h"
#include "Guidance.h"
#include "TestConstants.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

using Action = Guidance::Action;
using Tone = Guidance::Tone;
using Field = CheckpointRequest::Field;
using TestConstants::Actions;
using Transport = Outcome::Transport;

namespace {

constexpr int NoFocus = -1;
constexpr int CodeFocus = int(Field::Code);
constexpr int AccountIdFocus = int(Field::AccountId);

// What a row expects. Phrases are English key phrases that would vanish if the row's advice changed.
struct Expected {
    Tone tone = Tone::Unknown;
    Actions actions;
    int focus = NoFocus;
    bool selectCode = false;
    int retryAfter = 0;
    QString headline;
    QStringList explanation;
};

CheckpointRequest request(Provider provider = Provider::LinkedIn, const QString &code = u"123456"_s,
                          const QString &accountId = TestConstants::accountId)
{
    CheckpointRequest sent;
    sent.accountId = accountId;
    sent.provider = provider;
    sent.code = code;
    return sent;
}

Outcome answer(int status, const QByteArray &body, const QByteArray &contentType = "application/json",
               std::optional<int> retryAfter = std::nullopt, const SentRequest &sent = {})
{
    HttpResponse response;
    response.status = status;
    response.body = body;
    response.contentType = contentType;
    response.retryAfterSeconds = retryAfter;
    return Outcome::fromHttpResponse(response, sent);
}

// A 2xx answer to a request for request()'s account.
Outcome answerTo(int status, const QByteArray &body)
{
    return answer(status, body, "application/json", std::nullopt, {request().accountId, {}});
}

// A problem-details body as the API documents it; the detail is the API's, never what the guidance says.
Outcome problem(int status, const QString &type, std::optional<int> retryAfter = std::nullopt)
{
    const QJsonObject body{
        {u"type"_s, type},
        {u"title"_s, u"Title from the API"_s},
        {u"status"_s, status},
        {u"detail"_s, u"Detail from the API."_s},
        {u"instance"_s, u"req_7Hc2"_s},
    };
    return answer(status, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/problem+json", retryAfter);
}

Outcome checkpoint(const QString &type, const QString &source = {})
{
    QJsonObject step{{u"type"_s, type}};
    if (!source.isEmpty())
        step.insert(u"source"_s, source);
    const QJsonObject body{{u"object"_s, u"Checkpoint"_s}, {u"account_id"_s, u"acc_1"_s}, {u"checkpoint"_s, step}};
    return answer(201, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

Outcome failure(Transport transport, bool mayHaveArrived)
{
    return Outcome::transportFailure(transport, u"Qt's own error text"_s, mayHaveArrived);
}

void row(const char *name, const Outcome &outcome, const CheckpointRequest &sent, const Expected &expected)
{
    QTest::newRow(name) << outcome << sent << expected.tone << expected.actions << expected.focus << expected.selectCode
                        << expected.retryAfter << expected.headline << expected.explanation;
}

void row(const char *name, const Outcome &outcome, const Expected &expected)
{
    row(name, outcome, request(), expected);
}

using namespace TestConstants::Offer;
const QString mayOrMayNot = u"may or may not have been used"_s;
const QString findOut = u"press Retry once to find out"_s;

void successRows()
{
    row("201 AccountCreated: done, names the account",
        answer(201, R"({"object":"AccountCreated","account_id":"acc_created"})"),
        {Tone::Done, copyOnly, NoFocus, false, 0, u"Account connected"_s, {u"acc_created"_s, u"can use it now"_s}});
    row("201 AccountReconnected: done, names the account",
        answer(201, R"({"object":"AccountReconnected","account_id":"acc_again"})"),
        {Tone::Done, copyOnly, NoFocus, false, 0, u"Account reconnected"_s, {u"acc_again"_s, u"connected again"_s}});
}

void nextCheckpointRows()
{
    row("Checkpoint 2FA SMS asks for the text-message code", checkpoint(u"2FA"_s, u"SMS"_s),
        {Tone::Next,
         newCodeOrAnotherWay,
         CodeFocus,
         true,
         0,
         u"text message"_s,
         {u"LinkedIn sent"_s, u"by text message"_s}});
    row("Checkpoint 2FA APP asks for the authenticator code, nothing to resend", checkpoint(u"2FA"_s, u"APP"_s),
        {Tone::Next,
         {Action::RetypeCode, Action::TryAnotherWay, Action::CopyForTicket},
         CodeFocus,
         true,
         0,
         u"authenticator app"_s,
         {u"authenticator app"_s}});
    row("Checkpoint 2FA WHATSAPP asks for the WhatsApp code", checkpoint(u"2FA"_s, u"WHATSAPP"_s),
        {Tone::Next, newCodeOrAnotherWay, CodeFocus, true, 0, u"WhatsApp"_s, {u"customer's WhatsApp"_s}});
    row("Checkpoint 2FA without source asks where the code arrived", checkpoint(u"2FA"_s),
        {Tone::Next, newCodeOrAnotherWay, CodeFocus, true, 0, u"verification code"_s, {u"where it arrived"_s}});
    row("Checkpoint 2FA with an unknown source names it", checkpoint(u"2FA"_s, u"CARRIER_PIGEON"_s),
        {Tone::Next, newCodeOrAnotherWay, CodeFocus, true, 0, u"verification code"_s, {u"CARRIER_PIGEON"_s}});
    row("Checkpoint OTP asks for the one-time code", checkpoint(u"OTP"_s),
        {Tone::Next, newCodeOrAnotherWay, CodeFocus, true, 0, u"one-time code"_s, {u"e-mail or text message"_s}});
    row("Checkpoint PHONE_REGISTER asks for the mobile number", checkpoint(u"PHONE_REGISTER"_s),
        {Tone::Next,
         {Action::TryAnotherWay, Action::CopyForTicket},
         CodeFocus,
         false,
         0,
         u"mobile number"_s,
         {u"Pick the country"_s}});
    row("Checkpoint IN_APP_VALIDATION: approve in the app, Try another way switches to a code",
        checkpoint(u"IN_APP_VALIDATION"_s),
        {Tone::Next,
         {Action::TryAnotherWay, Action::ResendCode, Action::CopyForTicket},
         NoFocus,
         false,
         0,
         u"approve the sign-in in the LinkedIn app"_s,
         {u"finishes by itself"_s, u"check in PostPress"_s, u"Try another way"_s}});
    row("Checkpoint CAPTCHA cannot be solved by a code", checkpoint(u"CAPTCHA"_s),
        {Tone::Escalate,
         {Action::TryAnotherWay, Action::CopyForTicket},
         NoFocus,
         false,
         0,
         u"CAPTCHA"_s,
         {u"cannot be solved with a code"_s, u"finish the login themselves in PostPress"_s}});
    row("Checkpoint QRCODE cannot be solved by a code", checkpoint(u"QRCODE"_s),
        {Tone::Escalate,
         {Action::TryAnotherWay, Action::CopyForTicket},
         NoFocus,
         false,
         0,
         u"QR code"_s,
         {u"scan the QR code"_s}});
    row("Checkpoint CONTRACT_CHOOSER: the customer picks the contract in PostPress", checkpoint(u"CONTRACT_CHOOSER"_s),
        {Tone::Escalate, copyOnly, NoFocus, false, 0, u"contract"_s, {u"choose the contract there"_s}});
    row("Checkpoint of an unknown type is shown by its name", checkpoint(u"FACE_SCAN"_s),
        {Tone::Next,
         {Action::RetypeCode, Action::TryAnotherWay, Action::CopyForTicket},
         CodeFocus,
         true,
         0,
         u"another step"_s,
         {u"FACE_SCAN"_s}});
    row("Checkpoint without a type still asks for the next input", checkpoint(QString()),
        {Tone::Next,
         {Action::RetypeCode, Action::TryAnotherWay, Action::CopyForTicket},
         CodeFocus,
         true,
         0,
         u"another step"_s,
         {u"did not say which"_s}});
}

void resendAndUnexpectedRows()
{
    row("200 CheckpointResend: a new code is on its way",
        answer(200, R"({"object":"CheckpointResend","account_id":"acc_1","success":true})"),
        {Tone::Next, retype, CodeFocus, true, 0, u"on its way"_s, {u"does not give the login more time"_s}});
    row("200 CheckpointResend without success is not a resend",
        answer(200, R"({"object":"CheckpointResend","account_id":"acc_1","success":false})"),
        {Tone::Unknown, copyOnly, NoFocus, false, 0, u"Unexpected answer"_s, {u"did not confirm"_s}});
    row("201 unknown object is shown by name, never as success",
        answer(201, R"({"object":"AccountPending","account_id":"acc_1"})"),
        {Tone::Unknown, copyOnly, NoFocus, false, 0, u"Unexpected answer"_s, {u"“AccountPending”"_s}});
    row("201 AccountCreated without account id is not success", answer(201, R"({"object":"AccountCreated"})"),
        {Tone::Unknown, copyOnly, NoFocus, false, 0, u"Unexpected answer"_s, {u"without an account id"_s}});
    row("200 plain text shows the excerpt", answer(200, "Hello from the gateway", "text/plain"),
        {Tone::Unknown,
         copyOnly,
         NoFocus,
         false,
         0,
         u"Unexpected answer"_s,
         {u"status 200"_s, u"“Hello from the gateway”"_s}});
    const QString sent = request().accountId;
    row("201 AccountCreated about another account: check in PostPress first",
        answerTo(201, R"({"object":"AccountCreated","account_id":"acc_SOMEONE_ELSE"})"),
        {Tone::Unknown,
         copyOnly,
         NoFocus,
         false,
         0,
         u"answered about another account"_s,
         {u"sent account "_s + sent, u"about account acc_SOMEONE_ELSE"_s, u"before telling the customer"_s}});
    row("201 Checkpoint about another account is no next step",
        answerTo(201, R"({"object":"Checkpoint","account_id":"acc_2","checkpoint":{"type":"OTP"}})"),
        {Tone::Unknown,
         copyOnly,
         NoFocus,
         false,
         0,
         u"answered about another account"_s,
         {u"sent account "_s + sent, u"about account acc_2"_s, u"before telling the customer"_s}});
    row("204 without a body says nothing was readable", answer(204, {}),
        {Tone::Unknown, copyOnly, NoFocus, false, 0, u"Unexpected answer"_s, {u"status 204"_s, u"no readable"_s}});
}

void badRequestRows()
{
    const Actions phone{Action::EnterPhone, Action::CopyForTicket};
    row("400 errors/invalid_parameters points at the code", problem(400, u"errors/invalid_parameters"_s),
        {Tone::TryAgain, retype, CodeFocus, true, 0, u"cannot accept"_s, {u"is not valid"_s, u"Check the code"_s}});
    row("400 errors/missing_parameters points at the code", problem(400, u"errors/missing_parameters"_s),
        {Tone::TryAgain, retype, CodeFocus, true, 0, u"missing"_s, {u"was missing"_s}});
    row("400 errors/invalid_request asks to check the provider", problem(400, u"errors/invalid_request"_s),
        {Tone::TryAgain, retype, CodeFocus, true, 0, u"do not fit together"_s, {u"LinkedIn is the right"_s}});
    row("400 errors/malformed_request: the provider refused the code's form",
        problem(400, u"errors/malformed_request"_s),
        {Tone::TryAgain, retype, CodeFocus, true, 0, u"LinkedIn refused"_s, {u"form it expects"_s}});
    row("400 errors/content_too_large: only the code, not a whole message", problem(400, u"errors/content_too_large"_s),
        {Tone::TryAgain, retype, CodeFocus, true, 0, u"Too much text"_s, {u"not a whole message"_s}});
    row("400 errors/too_many_characters: the code is too long", problem(400, u"errors/too_many_characters"_s),
        {Tone::TryAgain, retype, CodeFocus, true, 0, u"too long"_s, {u"more characters than allowed"_s}});
    row("400 errors/unescaped_characters: check the API address", problem(400, u"errors/unescaped_characters"_s),
        {Tone::Escalate, copyOnly, NoFocus, false, 0, u"API address"_s, {u"API address this window"_s}});
    row("400 errors/limit_too_high goes to PostPress support", problem(400, u"errors/limit_too_high"_s),
        {Tone::Escalate, copyOnly, NoFocus, false, 0, u"limit"_s, {u"list sizes"_s, u"PostPress support"_s}});
    row("400 errors/invalid_parameters with a bare phone number offers phone mode",
        problem(400, u"errors/invalid_parameters"_s), request(Provider::LinkedIn, u"06 12 34 56 78"_s),
        {Tone::TryAgain, phone, CodeFocus, false, 0, u"cannot accept"_s, {u"without its country prefix"_s}});
    row("400 errors/invalid_request with +33 number offers phone mode", problem(400, u"errors/invalid_request"_s),
        request(Provider::Instagram, u"+33 6 12 34 56 78"_s),
        {Tone::TryAgain, phone, CodeFocus, false, 0, u"do not fit"_s, {u"(+CC)number"_s, u"Instagram"_s}});
    row("400 errors/invalid_parameters with a (+CC) number is about the code",
        problem(400, u"errors/invalid_parameters"_s), request(Provider::LinkedIn, u"(+33)0612345678"_s),
        {Tone::TryAgain, retype, CodeFocus, true, 0, u"cannot accept"_s, {u"is not valid"_s, u"Check the code"_s}});
    row("400 errors/missing_parameters with an empty account id puts the cursor there",
        problem(400, u"errors/missing_parameters"_s), request(Provider::LinkedIn, u"123456"_s, QString()),
        {Tone::TryAgain, copyOnly, AccountIdFocus, false, 0, u"missing"_s, {u"account id looks wrong"_s}});
    row("400 errors/invalid_parameters with spaces in the account id puts the cursor there",
        problem(400, u"errors/invalid_parameters"_s), request(Provider::LinkedIn, u"123456"_s, u"acc 1"_s),
        {Tone::TryAgain, copyOnly, AccountIdFocus, false, 0, u"cannot accept"_s, {u"copy it again"_s}});
    row("400 of an unknown type shows what PostPress said", problem(400, u"errors/brand_new"_s),
        {Tone::TryAgain,
         retype,
         CodeFocus,
         true,
         0,
         u"refused the request"_s,
         {u"status 400"_s, u"Detail from the API"_s}});
}

void unauthorizedRows()
{
    row("401 errors/invalid_checkpoint_solution keeps the code selected",
        problem(401, u"errors/invalid_checkpoint_solution"_s),
        {Tone::TryAgain,
         newCode,
         CodeFocus,
         true,
         0,
         u"not accepted"_s,
         {u"expire within minutes"_s, u"Resend code"_s}});
    row("401 errors/invalid_checkpoint_solution on TWITTER offers no resend",
        problem(401, u"errors/invalid_checkpoint_solution"_s), request(Provider::Twitter),
        {Tone::TryAgain,
         retype,
         CodeFocus,
         true,
         0,
         u"not accepted"_s,
         {u"X (Twitter) rejected"_s, u"newest code, then type it in"_s}});
    row("401 errors/checkpoint_error: start over in PostPress", problem(401, u"errors/checkpoint_error"_s),
        {Tone::TryAgain, startOver, NoFocus, false, 0, u"cannot be solved here"_s, {u"Start the connection again"_s}});
    row("401 errors/missing_credentials: replace the API key", problem(401, u"errors/missing_credentials"_s),
        {Tone::TryAgain, replaceKey, NoFocus, false, 0, u"No API key"_s, {u"received no API key"_s}});
    row("401 errors/invalid_credentials: replace the API key", problem(401, u"errors/invalid_credentials"_s),
        {Tone::TryAgain, replaceKey, NoFocus, false, 0, u"API key was not accepted"_s, {u"wrong or no longer"_s}});
    row("401 errors/expired_credentials: get a new API key", problem(401, u"errors/expired_credentials"_s),
        {Tone::TryAgain, replaceKey, NoFocus, false, 0, u"expired"_s, {u"Get a new key"_s}});
    row("401 without a body is the API key", answer(401, {}),
        {Tone::TryAgain, replaceKey, NoFocus, false, 0, u"API key was not accepted"_s, {u"wrong or no longer"_s}});
}

void forbiddenRows()
{
    row("403 errors/account_restricted: the customer lifts it with the provider",
        problem(403, u"errors/account_restricted"_s),
        {Tone::Escalate, copyOnly, NoFocus, false, 0, u"restricted"_s, {u"sign in to LinkedIn directly"_s}});
    row("403 errors/account_mismatch: check the account id", problem(403, u"errors/account_mismatch"_s),
        {Tone::TryAgain, copyOnly, AccountIdFocus, false, 0, u"another account"_s, {u"do not match"_s}});
    row("403 errors/insufficient_permissions: customer's access or the workspace admin",
        problem(403, u"errors/insufficient_permissions"_s),
        {Tone::Escalate, copyOnly, NoFocus, false, 0, u"permissions"_s, {u"admin role"_s}});
    row("403 errors/session_mismatch: start over", problem(403, u"errors/session_mismatch"_s),
        {Tone::TryAgain, startOver, NoFocus, false, 0, u"session"_s, {u"does not match this account"_s}});
    row("403 errors/feature_not_subscribed goes to the plan owner", problem(403, u"errors/feature_not_subscribed"_s),
        {Tone::Escalate,
         copyOnly,
         NoFocus,
         false,
         0,
         u"PostPress plan"_s,
         {u"not part of your PostPress subscription"_s, u"owns your PostPress plan"_s}});
    row("403 errors/subscription_required goes to the plan owner", problem(403, u"errors/subscription_required"_s),
        {Tone::Escalate, copyOnly, NoFocus, false, 0, u"subscription"_s, {u"renew or upgrade"_s}});
    row("403 errors/unknown_authentication_context: no login in progress",
        problem(403, u"errors/unknown_authentication_context"_s),
        {Tone::TryAgain, startOver, AccountIdFocus, false, 0, u"No login in progress"_s, {u"may have expired"_s}});
    row("403 errors/action_required: the customer finishes a step in the provider's app",
        problem(403, u"errors/action_required"_s),
        {Tone::Escalate, retry, NoFocus, false, 0, u"finish a step in LinkedIn"_s, {u"own app or website"_s}});
    row("403 errors/resource_access_restricted goes to the workspace admin",
        problem(403, u"errors/resource_access_restricted"_s),
        {Tone::Escalate, copyOnly, NoFocus, false, 0, u"restricted"_s, {u"does not let this API key"_s}});
    row("403 of an unknown type goes to PostPress support", problem(403, u"errors/brand_new"_s),
        {Tone::Escalate, copyOnly, NoFocus, false, 0, u"Not allowed"_s, {u"status 403"_s, u"PostPress support"_s}});
}

void otherClientErrorRows()
{
    row("404 without a type: check the account id", answer(404, "Not Found", "text/plain"),
        {Tone::TryAgain, copyOnly, AccountIdFocus, false, 0, u"does not know this account"_s, {u"no such account"_s}});
    row("407 errors/proxy_auth_error: the account's proxy, not the agent's network",
        problem(407, u"errors/proxy_auth_error"_s),
        {Tone::Wait,
         retry,
         NoFocus,
         false,
         Guidance::DefaultRetryAfterSeconds,
         u"account's proxy"_s,
         {u"not your own network"_s, u"user name and password"_s}});
    row("407 without a type may be either proxy", answer(407, {}),
        {Tone::Wait,
         retry,
         NoFocus,
         false,
         Guidance::DefaultRetryAfterSeconds,
         u"proxy"_s,
         {u"Either the account's proxy"_s, u"status 407"_s}});
    row("408 errors/request_timeout: result unknown, a person retries once", problem(408, u"errors/request_timeout"_s),
        {Tone::Unknown, retry, NoFocus, false, 0, u"Result unknown"_s, {u"did not answer PostPress"_s, mayOrMayNot}});
    row("409 errors/operation_canceled: someone else is on this account", problem(409, u"errors/operation_canceled"_s),
        {Tone::Escalate, copyOnly, NoFocus, false, 0, u"replaced this one"_s, {u"colleague or another window"_s}});
    row("409 errors/already_exists: nothing left to do", problem(409, u"errors/already_exists"_s),
        {Tone::Done, copyOnly, NoFocus, false, 0, u"already connected"_s, {u"nothing left to do"_s}});
    row("409 of an unknown type: check for a colleague", problem(409, u"errors/brand_new"_s),
        {Tone::Escalate, copyOnly, NoFocus, false, 0, u"in the way"_s, {u"status 409"_s, u"colleague"_s}});
    row("425: another login is in progress, wait", problem(425, u"errors/too_early"_s),
        {Tone::Wait,
         retry,
         NoFocus,
         false,
         Guidance::DefaultRetryAfterSeconds,
         u"Another login"_s,
         {u"still running"_s, u"Wait 15 second"_s}});
    row("429 errors/too_many_requests waits for the rate limit", problem(429, u"errors/too_many_requests"_s),
        {Tone::Wait,
         retry,
         NoFocus,
         false,
         Guidance::RateLimitRetryAfterSeconds,
         u"Too many attempts"_s,
         {u"limiting"_s, u"Wait 30 second"_s}});
    row("429 errors/too_many_requests honours Retry-After", problem(429, u"errors/too_many_requests"_s, 120),
        {Tone::Wait, retry, NoFocus, false, 120, u"Too many attempts"_s, {u"limiting"_s, u"Wait 120 second"_s}});
    row("418, a status without a row, falls back to the 4xx class", problem(418, u"errors/teapot"_s),
        {Tone::TryAgain,
         retype,
         CodeFocus,
         true,
         0,
         u"refused the request"_s,
         {u"status 418"_s, u"Check the account id, the provider and the code"_s}});
}

void serverErrorRows()
{
    const int wait = Guidance::DefaultRetryAfterSeconds;
    row("500 errors/unexpected_error: wait, then retry", problem(500, u"errors/unexpected_error"_s),
        {Tone::Wait, retry, NoFocus, false, wait, u"went wrong"_s, {u"unexpected error"_s}});
    row("500 errors/provider_error: the provider has problems", problem(500, u"errors/provider_error"_s),
        {Tone::Wait, retry, NoFocus, false, wait, u"LinkedIn is having problems"_s, {u"operational problems"_s}});
    row("500 errors/authentication_intent_error offers Start over",
        problem(500, u"errors/authentication_intent_error"_s),
        {Tone::TryAgain,
         startOver,
         NoFocus,
         false,
         0,
         u"login attempt has ended"_s,
         {u"from the beginning in PostPress"_s, u"new code"_s}});
    row("500 of an unknown type falls back to the 5xx class", problem(500, u"errors/brand_new"_s),
        {Tone::Wait, retry, NoFocus, false, wait, u"problem on its side"_s, {u"status 500"_s}});
    row("500 with an empty body still says the status", answer(500, {}),
        {Tone::Wait, retry, NoFocus, false, wait, u"problem on its side"_s, {u"status 500 and no readable"_s}});
    row("501, a status without a row, falls back to the 5xx class", answer(501, "Not Implemented", "text/plain"),
        {Tone::Wait, retry, NoFocus, false, wait, u"problem on its side"_s, {u"status 501"_s, u"“Not Implemented”"_s}});
    row("502 errors/proxy_error: the account's proxy is failing", problem(502, u"errors/proxy_error"_s),
        {Tone::Wait,
         retry,
         NoFocus,
         false,
         wait,
         u"account's proxy"_s,
         {u"not your own network"_s, u"change the account's proxy"_s}});
    row("502 HTML from a gateway is PostPress, not the account's proxy",
        answer(502, "<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html"),
        {Tone::Wait, retry, NoFocus, false, wait, u"problem on its side"_s, {u"status 502"_s, u"Bad Gateway"_s}});
    row("503 errors/no_client_session: wait, then retry", problem(503, u"errors/no_client_session"_s),
        {Tone::Wait, retry, NoFocus, false, wait, u"no session"_s, {u"no session running"_s, u"Wait 15 second"_s}});
    row("503 errors/no_channel: wait, then retry", problem(503, u"errors/no_channel"_s),
        {Tone::Wait, retry, NoFocus, false, wait, u"cannot reach"_s, {u"cannot reach the session"_s}});
    row("503 errors/no_handler: wait, then retry", problem(503, u"errors/no_handler"_s),
        {Tone::Wait, retry, NoFocus, false, wait, u"cannot handle"_s, {u"nothing ready to handle"_s}});
    row("503 errors/network_down: PostPress's network, not the agent's", problem(503, u"errors/network_down"_s),
        {Tone::Wait, retry, NoFocus, false, wait, u"network is down"_s, {u"not your connection"_s}});
    row("503 errors/service_unavailable: wait, then retry", problem(503, u"errors/service_unavailable"_s),
        {Tone::Wait, retry, NoFocus, false, wait, u"temporarily unavailable"_s, {u"usually passes quickly"_s}});
    row("503 errors/service_unavailable honours Retry-After", problem(503, u"errors/service_unavailable"_s, 42),
        {Tone::Wait, retry, NoFocus, false, 42, u"temporarily unavailable"_s, {u"Wait 42 second"_s}});
    row("503 errors/no_channel with Retry-After 0 can retry at once", problem(503, u"errors/no_channel"_s, 0),
        {Tone::Wait, retry, NoFocus, false, 0, u"cannot reach"_s, {u"retry now"_s}});
    // The header as the client reads it: the one clamp is CheckpointClient::parseRetryAfter.
    const std::optional<int> absurd = CheckpointClient::parseRetryAfter("86400", QDateTime::currentDateTimeUtc());
    row("503 errors/network_down caps an absurd Retry-After", problem(503, u"errors/network_down"_s, absurd),
        {Tone::Wait, retry, NoFocus, false, 3600, u"network is down"_s, {u"Wait 3600"_s}});
    row("503 of an unknown type: wait, with what PostPress said", problem(503, u"errors/brand_new"_s),
        {Tone::Wait, retry, NoFocus, false, wait, u"temporarily unavailable"_s, {u"status 503"_s}});
    row("504 errors/request_timeout: result unknown, a person retries once", problem(504, u"errors/request_timeout"_s),
        {Tone::Unknown, retry, NoFocus, false, 0, u"Result unknown"_s, {u"timed out"_s, mayOrMayNot}});
    row("504 errors/request_timeout honours Retry-After", problem(504, u"errors/request_timeout"_s, 20),
        {Tone::Unknown, retry, NoFocus, false, 20, u"Result unknown"_s, {u"timed out"_s, mayOrMayNot}});
    row("504 HTML from a gateway is still unknown", answer(504, "<html>Gateway Timeout</html>", "text/html"),
        {Tone::Unknown, retry, NoFocus, false, 0, u"Result unknown"_s, {u"timed out"_s, mayOrMayNot}});
    row("999, an unknown status, is unexpected", answer(999, "What is this", "text/plain"),
        {Tone::Unknown, copyOnly, NoFocus, false, 0, u"Unexpected answer"_s, {u"status 999"_s, u"What is this"_s}});
}

void transportRows()
{
    row("transport InsecureUrl: refused before sending", failure(Transport::InsecureUrl, false),
        {Tone::TryAgain, copyOnly, NoFocus, false, 0, u"not secure"_s, {u"plain http"_s, u"nothing was sent"_s}});
    row("transport NotInstalled: nothing sent, reinstall", failure(Transport::NotInstalled, false),
        {Tone::Escalate,
         copyOnly,
         NoFocus,
         false,
         0,
         u"part of the app is missing"_s,
         {u"nothing was sent"_s, u"code was not used"_s, u"Reinstall PostPress Checkpoint"_s}});
    row("transport ConnectionRefused: nothing sent, safe to retry", failure(Transport::ConnectionRefused, false),
        {Tone::TryAgain, retry, NoFocus, false, 0, u"Could not connect"_s, {u"refused the connection"_s}});
    row("transport HostNotFound: nothing sent, check the address", failure(Transport::HostNotFound, false),
        {Tone::TryAgain, retry, NoFocus, false, 0, u"not found"_s, {u"could not be looked up"_s}});
    row("transport Tls: not trusted, tell IT", failure(Transport::Tls, false),
        {Tone::Escalate, copyOnly, NoFocus, false, 0, u"not trusted"_s, {u"work around"_s, u"IT team"_s}});
    row("transport Proxy before sending: the agent's own proxy", failure(Transport::Proxy, false),
        {Tone::Escalate, retry, NoFocus, false, 0, u"Your network's proxy failed"_s, {u"not the account's proxy"_s}});
    row("transport Proxy after sending: result unknown", failure(Transport::Proxy, true),
        {Tone::Unknown, retry, NoFocus, false, 0, u"Result unknown"_s, {u"your own network"_s, mayOrMayNot}});
    row("transport Timeout after sending: result unknown", failure(Transport::Timeout, true),
        {Tone::Unknown, retry, NoFocus, false, 0, u"Result unknown"_s, {u"did not answer in time"_s, mayOrMayNot}});
    row("transport Timeout before sending: safe to retry", failure(Transport::Timeout, false),
        {Tone::TryAgain, retry, NoFocus, false, 0, u"did not answer"_s, {u"timed out before"_s}});
    row("transport ConnectionClosed after sending: result unknown", failure(Transport::ConnectionClosed, true),
        {Tone::Unknown, retry, NoFocus, false, 0, u"Result unknown"_s, {u"dropped after"_s, mayOrMayNot, findOut}});
    row("transport ConnectionClosed before sending: safe to retry", failure(Transport::ConnectionClosed, false),
        {Tone::TryAgain, retry, NoFocus, false, 0, u"dropped"_s, {u"dropped before"_s}});
    row("transport Canceled after sending: result unknown", failure(Transport::Canceled, true),
        {Tone::Unknown, retry, NoFocus, false, 0, u"Cancelled: result unknown"_s, {u"may have received"_s}});
    row("transport Canceled before sending: cancelled, nothing sent", failure(Transport::Canceled, false),
        {Tone::TryAgain, retry, NoFocus, false, 0, u"Cancelled, nothing sent"_s, {u"was not used"_s}});
    row("transport Redirect: never followed, check the API address", failure(Transport::Redirect, true),
        {Tone::TryAgain, copyOnly, NoFocus, false, 0, u"redirect"_s, {u"never follows redirects"_s}});
    row("transport ResponseTooLarge: result unknown", failure(Transport::ResponseTooLarge, true),
        {Tone::Unknown, retry, NoFocus, false, 0, u"too large"_s, {u"did not read it"_s, mayOrMayNot}});
    row("transport Other after sending: result unknown", failure(Transport::Other, true),
        {Tone::Unknown, retry, NoFocus, false, 0, u"Result unknown"_s, {u"connection failed after"_s, mayOrMayNot}});
    row("transport Other before sending: safe to retry", failure(Transport::Other, false),
        {Tone::TryAgain, retry, NoFocus, false, 0, u"Could not reach"_s, {u"failed before"_s}});
}

} // namespace

class TestGuidance final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyRow_data();
    void everyRow();
    void everyTableRowIsTested();
    void tableRowsAreReachedAndFollowed();
    void twitterNeverOffersResend_data() { everyRow_data(); }
    void twitterNeverOffersResend();
    void bareOrFormattedPhoneNumber_data();
    void bareOrFormattedPhoneNumber();

private:
    // Explanation → the key phrases of the row that produced it: two rows with different advice must differ.
    QHash<QString, QStringList> m_seenExplanations;
    // The rows of Guidance's problem table that everyRow() reached.
    QSet<const Guidance::ProblemFacts *> m_testedFacts;
};

void TestGuidance::everyRow_data()
{
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<CheckpointRequest>("request");
    QTest::addColumn<Tone>("tone");
    QTest::addColumn<Actions>("actions");
    QTest::addColumn<int>("focus");
    QTest::addColumn<bool>("selectCode");
    QTest::addColumn<int>("retryAfter");
    QTest::addColumn<QString>("headlinePhrase");
    QTest::addColumn<QStringList>("explanationPhrases");

    successRows();
    nextCheckpointRows();
    resendAndUnexpectedRows();
    badRequestRows();
    unauthorizedRows();
    forbiddenRows();
    otherClientErrorRows();
    serverErrorRows();
    transportRows();
}

void TestGuidance::everyRow()
{
    QFETCH(Outcome, outcome);
    QFETCH(CheckpointRequest, request);
    QFETCH(Tone, tone);
    QFETCH(Actions, actions);
    QFETCH(int, focus);
    QFETCH(bool, selectCode);
    QFETCH(int, retryAfter);
    QFETCH(QString, headlinePhrase);
    QFETCH(QStringList, explanationPhrases);

    const Guidance guidance = Guidance::forOutcome(outcome, request);

    QCOMPARE(guidance.tone, tone);
    QCOMPARE(guidance.actions, actions);
    QCOMPARE(guidance.focusField ? int(*guidance.focusField) : NoFocus, focus);
    QCOMPARE(guidance.selectCode, selectCode);
    QCOMPARE(guidance.retryAfterSeconds, retryAfter);

    QVERIFY2(guidance.headline.contains(headlinePhrase), qPrintable(guidance.headline));
    for (const QString &phrase : explanationPhrases)
        QVERIFY2(guidance.explanation.contains(phrase), qPrintable(guidance.explanation));

    // Written for people: no type labels, no status as the message, one headline line.
    for (const QString &text : {guidance.headline, guidance.explanation}) {
        QVERIFY(!text.trimmed().isEmpty());
        QVERIFY2(!text.contains(u"errors/"_s), qPrintable(text));
        QVERIFY2(text != outcome.problem().title && text != outcome.problem().detail, qPrintable(text));
    }
    QVERIFY2(!guidance.headline.contains(u'\n'), qPrintable(guidance.headline));
    QVERIFY2(!guidance.headline.contains(u"HTTP"_s), qPrintable(guidance.headline));
    if (outcome.httpStatus() != 0)
        QVERIFY2(!guidance.headline.contains(QString::number(outcome.httpStatus())), qPrintable(guidance.headline));

    QCOMPARE(guidance.actions.constLast(), Action::CopyForTicket);
    if (!guidance.actions.contains(Action::Retry))
        QCOMPARE(guidance.retryAfterSeconds, 0);
    if (guidance.selectCode)
        QVERIFY(guidance.focusField == Field::Code);

    const QStringList key = QStringList{headlinePhrase} + explanationPhrases;
    const auto seen = m_seenExplanations.constFind(guidance.explanation);
    if (seen != m_seenExplanations.cend() && *seen != key)
        QFAIL(qPrintable(
            u"Same explanation as the row expecting %1: %2"_s.arg(seen->join(u" | "_s), guidance.explanation)));
    m_seenExplanations.insert(guidance.explanation, key);
    if (outcome.kind() == Outcome::Kind::Problem)
        m_testedFacts.insert(&Guidance::problemFacts(outcome));
}

// Every (status, type) the table knows has a row above that says what the agent reads.
void TestGuidance::everyTableRowIsTested()
{
    for (const Guidance::ProblemFacts &facts : Guidance::problemTable()) {
        QVERIFY2(m_testedFacts.contains(&facts),
                 qPrintable(u"No row of everyRow() for status %1, type \"%2\""_s.arg(facts.status).arg(facts.type)));
    }
}

// Each row is the one its (status, type) finds, not hidden by another, and the advice follows it.
void TestGuidance::tableRowsAreReachedAndFollowed()
{
    using Facts = Guidance::ProblemFacts;
    const QHash<int, int> classExample{
        {Facts::AnyClientError, 418}, {Facts::AnyServerError, 599}, {Facts::AnyStatus, 600}};
    for (const Facts &facts : Guidance::problemTable()) {
        const int status = classExample.value(facts.status, facts.status);
        const Outcome outcome = problem(status, facts.type.isEmpty() ? u"errors/brand_new"_s : QString(facts.type));
        QCOMPARE(&Guidance::problemFacts(outcome), &facts);
        const Guidance guidance = Guidance::forOutcome(outcome, request());
        QCOMPARE(guidance.tone, facts.tone);
        QCOMPARE(guidance.headline, Guidance::tr(facts.headline).replace(u"%1"_s, u"LinkedIn"_s));
        QCOMPARE(guidance.retryAfterSeconds, facts.actions.contains(Action::Retry) ? facts.retryFallbackSeconds : 0);
        QCOMPARE(guidance.explanation.contains(u"press Retry once to find out"_s), facts.codeMayHaveBeenUsed());
        QVERIFY(facts.ticketWords);
    }
}

void TestGuidance::twitterNeverOffersResend()
{
    QFETCH(Outcome, outcome);
    QFETCH(CheckpointRequest, request);
    QFETCH(Actions, actions);

    request.provider = Provider::Twitter;
    const Guidance guidance = Guidance::forOutcome(outcome, request);

    QVERIFY(!guidance.actions.contains(Action::ResendCode));
    QVERIFY2(!guidance.explanation.contains(u"Resend code"_s), qPrintable(guidance.explanation));
    actions.removeAll(Action::ResendCode);
    QCOMPARE(guidance.actions, actions); // everything else stays
}

void TestGuidance::bareOrFormattedPhoneNumber_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("barePhoneNumber");

    QTest::newRow("French national number") << u"0612345678"_s << true;
    QTest::newRow("French number read out in pairs") << u"06 12 34 56 78"_s << true;
    QTest::newRow("international with + and spaces") << u"+33 6 12 34 56 78"_s << true;
    QTest::newRow("US number with dashes") << u"201-555-0123"_s << true;
    QTest::newRow("dotted number") << u"06.12.34.56.78"_s << true;
    QTest::newRow("8 digits is the threshold") << u"12345678"_s << true;
    QTest::newRow("spec format (+CC) is not bare") << u"(+33)0612345678"_s << false;
    QTest::newRow("6-digit code") << u"123456"_s << false;
    QTest::newRow("6-digit code read out in halves") << u"123 456"_s << false;
    QTest::newRow("7 digits is below the threshold") << u"1234567"_s << false;
    QTest::newRow("letters make it a code") << u"AB12345678"_s << false;
    QTest::newRow("TRY_ANOTHER_WAY") << u"TRY_ANOTHER_WAY"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestGuidance::bareOrFormattedPhoneNumber()
{
    QFETCH(QString, code);
    QFETCH(bool, barePhoneNumber);

    QCOMPARE(Guidance::looksLikeBarePhoneNumber(code), barePhoneNumber);
}

QTEST_GUILESS_MAIN(TestGuidance)
#include "tst_guidance.moc"
