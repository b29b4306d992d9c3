#include "TicketSummary.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

// What the agent typed and the key the client sent in every scenario below: neither may reach the ticket.
const QString SubmittedCode = u"482913"_s;
const QString ApiKey = u"pp_live_9f8e7d6c5b4a_SECRET"_s;
const QString AccountId = u"acc_01HXYZ4QK3WJ8FN3M6QH7TZ8GR"_s;

QDateTime when()
{
    return QDateTime(QDate(2026, 11, 25), QTime(14, 3, 7), QTimeZone::utc());
}

Outcome answer(int status, const QByteArray &body, const QString &requestIdHeader = {},
               std::optional<int> retryAfter = std::nullopt, const SentRequest &sent = {})
{
    HttpResponse response;
    response.status = status;
    response.body = body;
    response.contentType = body.startsWith('{') ? "application/problem+json"_ba : "text/html"_ba;
    response.requestIdHeader = requestIdHeader;
    response.retryAfterSeconds = retryAfter;
    return Outcome::fromHttpResponse(response, sent);
}

} // namespace

class TestTicketSummary final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void summarises_data();
    void summarises();
    void convertsLocalTimeToUtc();
    void leavesOutEmptyTimeAndAccount();
    void anAttemptCarriesItsTicketNotItsCode();
};

void TestTicketSummary::summarises_data()
{
    QTest::addColumn<Provider>("provider");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<QStringList>("lines");

    const QString time = u"Time: 2026-11-25 14:03:07 UTC"_s;
    const QString account = u"Account ID: "_s + AccountId;

    QTest::newRow("Connected after AccountReconnected")
        << Provider::LinkedIn
        << answer(201, R"({"object":"AccountReconnected","account_id":"acc_01HXYZ4QK3WJ8FN3M6QH7TZ8GR"})")
        << QStringList{time,
                       account,
                       u"Provider: LinkedIn (LINKEDIN)"_s,
                       u"Outcome: Connected"_s,
                       u"HTTP status: 201"_s,
                       u"Answer: AccountReconnected"_s};

    QTest::newRow("Checkpoint answer names the next step and the answer's account")
        << Provider::Instagram
        << answer(202, R"({"object":"Checkpoint","account_id":"acc_OTHER","checkpoint":{"type":"2FA","source":"SMS"}})")
        << QStringList{time,
                       account,
                       u"Provider: Instagram (INSTAGRAM)"_s,
                       u"Outcome: Another checkpoint step"_s,
                       u"HTTP status: 202"_s,
                       u"Answer: Checkpoint"_s,
                       u"Account ID in answer: acc_OTHER"_s,
                       u"Next checkpoint: 2FA (SMS)"_s};

    QTest::newRow("401 invalid_checkpoint_solution with every problem field")
        << Provider::LinkedIn
        << answer(401,
                  R"({"type":"errors/invalid_checkpoint_solution","status":401,"title":"Invalid checkpoint solution",)"
                  R"("detail":"The code is wrong or expired.","instance":"req_7Q2"})")
        << QStringList{time,
                       account,
                       u"Provider: LinkedIn (LINKEDIN)"_s,
                       u"Outcome: Code rejected"_s,
                       u"HTTP status: 401"_s,
                       u"Type: errors/invalid_checkpoint_solution"_s,
                       u"Title: Invalid checkpoint solution"_s,
                       u"Detail: The code is wrong or expired."_s,
                       u"Request ID: req_7Q2"_s};

    QTest::newRow("401 other type is about the API key")
        << Provider::Messenger << answer(401, R"({"type":"errors/unauthorized","status":401,"title":"Unauthorized"})")
        << QStringList{time,
                       account,
                       u"Provider: Messenger (MESSENGER)"_s,
                       u"Outcome: API key rejected"_s,
                       u"HTTP status: 401"_s,
                       u"Type: errors/unauthorized"_s,
                       u"Title: Unauthorized"_s};

    QTest::newRow("503 with only a header request id and Retry-After")
        << Provider::Twitter
        << answer(503, R"({"type":"errors/service_unavailable","status":503,"title":"Service unavailable"})",
                  u"hdr-77"_s, 30)
        << QStringList{time,
                       account,
                       u"Provider: X (Twitter) (TWITTER)"_s,
                       u"Outcome: Temporarily unavailable"_s,
                       u"HTTP status: 503"_s,
                       u"Type: errors/service_unavailable"_s,
                       u"Title: Service unavailable"_s,
                       u"Request ID: hdr-77"_s,
                       u"Retry after: 30 s"_s};

    QTest::newRow("403 with instance and a different header request id")
        << Provider::LinkedIn
        << answer(403,
                  R"({"type":"errors/subscription_required","status":403,"title":"Subscription required",)"
                  R"("instance":"req_A1"})",
                  u"hdr-B2"_s)
        << QStringList{time,
                       account,
                       u"Provider: LinkedIn (LINKEDIN)"_s,
                       u"Outcome: Not allowed"_s,
                       u"HTTP status: 403"_s,
                       u"Type: errors/subscription_required"_s,
                       u"Title: Subscription required"_s,
                       u"Request ID: req_A1"_s,
                       u"Request ID header: hdr-B2"_s};

    QTest::newRow("header equal to the instance is not repeated")
        << Provider::LinkedIn
        << answer(409, R"({"type":"errors/operation_canceled","status":409,"title":"Canceled","instance":"same-1"})",
                  u"same-1"_s)
        << QStringList{time,
                       account,
                       u"Provider: LinkedIn (LINKEDIN)"_s,
                       u"Outcome: Conflict"_s,
                       u"HTTP status: 409"_s,
                       u"Type: errors/operation_canceled"_s,
                       u"Title: Canceled"_s,
                       u"Request ID: same-1"_s};

    QTest::newRow("a right-to-left override in the title cannot reorder the ticket")
        << Provider::LinkedIn << answer(500, "{\"type\":\"errors/provider_error\",\"title\":\"Provider \u202Erorre\"}")
        << QStringList{time,
                       account,
                       u"Provider: LinkedIn (LINKEDIN)"_s,
                       u"Outcome: Server error"_s,
                       u"HTTP status: 500"_s,
                       u"Type: errors/provider_error"_s,
                       u"Title: Provider rorre"_s};
    QTest::newRow("an AccountCreated about another account is not connected")
        << Provider::LinkedIn
        << answer(201, R"({"object":"AccountCreated","account_id":"acc_SOMEONE_ELSE"})", {}, {}, {AccountId, ApiKey})
        << QStringList{time,
                       account,
                       u"Provider: LinkedIn (LINKEDIN)"_s,
                       u"Outcome: Answer about another account"_s,
                       u"HTTP status: 201"_s,
                       u"Answer: AccountCreated"_s,
                       u"Account ID in answer: acc_SOMEONE_ELSE"_s};
    QTest::newRow("the key echoed with JSON escapes is removed")
        << Provider::LinkedIn
        << answer(401,
                  R"({"type":"errors/invalid_credentials","title":"Key pp_live_9f8e7d6c5b4a\u005fSECRET refused"})", {},
                  {}, {AccountId, ApiKey})
        << QStringList{time,
                       account,
                       u"Provider: LinkedIn (LINKEDIN)"_s,
                       u"Outcome: API key rejected"_s,
                       u"HTTP status: 401"_s,
                       u"Type: errors/invalid_credentials"_s,
                       u"Title: Key [API key removed] refused"_s};
    QTest::newRow("multi-line detail stays on one line")
        << Provider::LinkedIn
        << answer(500,
                  "{\"type\":\"errors/provider_error\",\"status\":500,\"title\":\"Provider\\nerror\","
                  "\"detail\":\"First line.\\r\\nSecond\\tline.\"}")
        << QStringList{time,
                       account,
                       u"Provider: LinkedIn (LINKEDIN)"_s,
                       u"Outcome: Server error"_s,
                       u"HTTP status: 500"_s,
                       u"Type: errors/provider_error"_s,
                       u"Title: Provider error"_s,
                       u"Detail: First line. Second line."_s};

    QTest::newRow("502 proxy_error: the account's proxy failed")
        << Provider::LinkedIn << answer(502, R"({"type":"errors/proxy_error","status":502,"title":"Proxy error"})")
        << QStringList{time,
                       account,
                       u"Provider: LinkedIn (LINKEDIN)"_s,
                       u"Outcome: Account proxy failed"_s,
                       u"HTTP status: 502"_s,
                       u"Type: errors/proxy_error"_s,
                       u"Title: Proxy error"_s};
    QTest::newRow("407 proxy_auth_error: the account's proxy failed")
        << Provider::Instagram
        << answer(407, R"({"type":"errors/proxy_auth_error","status":407,"title":"Proxy authentication"})")
        << QStringList{time,
                       account,
                       u"Provider: Instagram (INSTAGRAM)"_s,
                       u"Outcome: Account proxy failed"_s,
                       u"HTTP status: 407"_s,
                       u"Type: errors/proxy_auth_error"_s,
                       u"Title: Proxy authentication"_s};
    QTest::newRow("407 without a type: a proxy, perhaps the agent's own")
        << Provider::Instagram << answer(407, "")
        << QStringList{time, account, u"Provider: Instagram (INSTAGRAM)"_s, u"Outcome: A proxy asked for a login"_s,
                       u"HTTP status: 407"_s};
    // The ticket's words come from the guidance's row for (status, type), so they say what the window said.
    QTest::newRow("401 checkpoint_error is about the checkpoint, not the API key")
        << Provider::LinkedIn << answer(401, R"({"type":"errors/checkpoint_error","status":401})")
        << QStringList{time,
                       account,
                       u"Provider: LinkedIn (LINKEDIN)"_s,
                       u"Outcome: Checkpoint cannot be solved with a code"_s,
                       u"HTTP status: 401"_s,
                       u"Type: errors/checkpoint_error"_s};
    QTest::newRow("407 with the account proxy's other type: a proxy asked for a login, as the window says")
        << Provider::Instagram << answer(407, R"({"type":"errors/proxy_error","status":407})")
        << QStringList{time,
                       account,
                       u"Provider: Instagram (INSTAGRAM)"_s,
                       u"Outcome: A proxy asked for a login"_s,
                       u"HTTP status: 407"_s,
                       u"Type: errors/proxy_error"_s};
    QTest::newRow("status 600: an unexpected HTTP status, not a server error")
        << Provider::LinkedIn << answer(600, "")
        << QStringList{time, account, u"Provider: LinkedIn (LINKEDIN)"_s, u"Outcome: Unexpected HTTP status"_s,
                       u"HTTP status: 600"_s};
    QTest::newRow("502 HTML page from a gateway is a server error, as the guidance says")
        << Provider::LinkedIn
        << answer(502,
                  "<html><head><style>p{}</style></head><body><h1>502 Bad Gateway</h1>\n<p>nginx</p></body></html>",
                  u"f00d"_s)
        << QStringList{time,
                       account,
                       u"Provider: LinkedIn (LINKEDIN)"_s,
                       u"Outcome: Server error"_s,
                       u"HTTP status: 502"_s,
                       u"Request ID: f00d"_s,
                       u"Response excerpt: 502 Bad Gateway nginx"_s};

    QTest::newRow("timeout after sending: result unknown")
        << Provider::LinkedIn << Outcome::transportFailure(Outcome::Transport::Timeout, u"Operation canceled"_s, true)
        << QStringList{time,
                       account,
                       u"Provider: LinkedIn (LINKEDIN)"_s,
                       u"Outcome: No answer in time"_s,
                       u"Network error: Operation canceled"_s,
                       u"Reached PostPress: unknown: the request may have been applied"_s};

    QTest::newRow("connection refused before sending")
        << Provider::Instagram
        << Outcome::transportFailure(Outcome::Transport::ConnectionRefused, u"Connection refused"_s, false)
        << QStringList{time, account, u"Provider: Instagram (INSTAGRAM)"_s, u"Outcome: Connection refused"_s,
                       u"Network error: Connection refused"_s};

    const QString missing = u"The network component (libpostpress-checkpoint-network.so) is not installed: it is in "
                            "none of /usr/lib/postpress-checkpoint."_s;
    QTest::newRow("network component missing: nothing sent, and which file")
        << Provider::LinkedIn << Outcome::transportFailure(Outcome::Transport::NotInstalled, missing, false)
        << QStringList{time, account, u"Provider: LinkedIn (LINKEDIN)"_s,
                       u"Outcome: Not sent: the app's network component is missing"_s, u"Network error: "_s + missing};
}

void TestTicketSummary::summarises()
{
    QFETCH(Provider, provider);
    QFETCH(Outcome, outcome);
    QFETCH(QStringList, lines);

    const QString summary = ticketSummary(AccountId, provider, outcome, when());
    QCOMPARE(summary.split(u'\n'), lines);

    static const QRegularExpression labelAndValue(u"^[A-Z][A-Za-z -]*: \\S.*$"_s);
    for (const QString &line : summary.split(u'\n'))
        QVERIFY2(labelAndValue.match(line).hasMatch(), qPrintable(line));
    QVERIFY(!summary.contains(SubmittedCode));
    QVERIFY(!summary.contains(ApiKey));
}

void TestTicketSummary::convertsLocalTimeToUtc()
{
    const QDateTime paris(QDate(2026, 11, 25), QTime(15, 3, 7), QTimeZone(3600));
    const Outcome outcome = Outcome::transportFailure(Outcome::Transport::Canceled, u"Operation canceled"_s, false);
    const QStringList lines = ticketSummary(AccountId, Provider::LinkedIn, outcome, paris).split(u'\n');
    QCOMPARE(lines.value(0), u"Time: 2026-11-25 14:03:07 UTC"_s);
    QCOMPARE(lines.value(3), u"Outcome: Canceled by the agent"_s);
}

void TestTicketSummary::leavesOutEmptyTimeAndAccount()
{
    const Outcome outcome = answer(404, {});
    const QString summary = ticketSummary(QString(), Provider::Messenger, outcome, QDateTime());
    QCOMPARE(summary.split(u'\n'),
             (QStringList{u"Provider: Messenger (MESSENGER)"_s, u"Outcome: Not found"_s, u"HTTP status: 404"_s}));
}

// What Copy for ticket copies: the attempt's ticket second, after the time; the code the answer echoes hidden.
void TestTicketSummary::anAttemptCarriesItsTicketNotItsCode()
{
    Attempt attempt = Attempt::submit({AccountId, Provider::LinkedIn, SubmittedCode}, when());
    attempt.setTicketId(u"#4711"_s);
    attempt.finish(answer(401, R"({"type":"errors/invalid_checkpoint_solution","status":401,)"
                               R"("detail":"Code 482913 is not valid."})"));
    const QStringList lines = ticketSummary(attempt, when()).split(u'\n');
    QCOMPARE(lines.value(0), u"Time: 2026-11-25 14:03:07 UTC"_s);
    QCOMPARE(lines.value(1), u"Ticket: #4711"_s);
    QCOMPARE(lines.value(2), u"Account ID: "_s + AccountId);
    QVERIFY(lines.contains(u"Detail: Code [hidden] is not valid."_s));
    QVERIFY(!lines.join(u'\n').contains(SubmittedCode));

    attempt.setTicketId({});
    QVERIFY(!ticketSummary(attempt, when()).contains(u"Ticket"_s)); // no ticket, no line
}

QTEST_GUILESS_MAIN(TestTicketSummary)
#include "tst_ticketsummary.moc"
