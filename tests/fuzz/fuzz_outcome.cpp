// The API's answer, as untrusted bytes, through everything that reads it: Outcome::fromHttpResponse, then the
// advice the window shows (Guidance::forOutcome) and the "Copy for ticket" text (ticketSummary).
//
// Input, like a tiny HTTP response:
//   401 application/problem+json      status and Content-Type (a first token that is no status picks one)
//   X-Request-ID: req_123             optional header lines: X-Request-ID or Request-Id, Retry-After, and for
//   Provider: TWITTER                 the request that was sent, Provider, Code, Account (its account id, ASCII) and
//   Key: pp_live_Zk4+q9/Wm2xR7tB      Key (the API key it carried: printable ASCII, as the client keeps it, and at
//                                     least 16 characters, so that it is no word of the app's own texts)
//   <empty line>
//   the body
//
// Besides crashes: everything the server said reaches the outcome, the guidance and the ticket as clean text (no
// control or format character, one line, within its length) and never with a piece of the key in it; an answer about
// another account is never a success.
#include "FuzzInput.h"

#include "CheckpointClient.h"
#include "CheckpointRequest.h"
#include "Guidance.h"
#include "Outcome.h"
#include "SafeText.h"
#include "TicketSummary.h"

#include <QDateTime>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace {

// What the API, its gateway and the proxies in front of it answer.
constexpr std::array statuses{200, 201, 202, 204, 302, 307, 400, 401, 403, 404, 405,
                              408, 409, 413, 415, 422, 429, 500, 502, 503, 504, 520};

const QDateTime &fixedNow()
{
    static const QDateTime now(QDate(2026, 11, 25), QTime(14, 3, 7), Qt::UTC);
    return now;
}

int statusOf(QByteArrayView token)
{
    bool ok = false;
    const int status = token.toInt(&ok);
    if (ok && status >= 100 && status <= 599)
        return status;
    const auto pick = token.isEmpty() ? 0U : uint(uchar(token.front()));
    return statuses.at(pick % statuses.size());
}

// "Name: value" with a name of letters and dashes; anything else starts the body.
bool isHeaderLine(QByteArrayView line)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return false;
    for (char c : line.first(colon)) {
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-'))
            return false;
    }
    return true;
}

bool isPrintableAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c > u' ' && c < u'\x7f'; });
}

// The first code point that must not come from outside, or 0; `allowed` is the app's own line break, if any.
char32_t firstUnsafe(const QString &text, char32_t allowed = 0)
{
    const QList<uint> codePoints = text.toUcs4();
    for (uint c : codePoints) {
        if (c != allowed && SafeText::isUnsafe(char32_t(c)))
            return char32_t(c);
    }
    return 0;
}

// `text` without the outcome's own "[API key removed]" markers, which must not count as an echo of a key like
// "removed]".
QString withoutMarkers(QString text)
{
    return text.replace(u"[API key removed]"_s, u" "_s);
}

// A piece of the key long enough to count (SafeText::withoutSecret's rule), in any letter case.
bool hasKeyPiece(const QString &text, const QString &key)
{
    const QString echo = withoutMarkers(text);
    const qsizetype length = std::min(SafeText::MinSecretPiece, key.size());
    for (qsizetype i = 0; length > 0 && i + length <= key.size(); ++i) {
        if (echo.contains(QStringView(key).mid(i, length), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// The whole key, for texts that mix the app's own words with the server's (a short piece may be an ordinary word).
bool hasKey(const QString &text, const QString &key)
{
    return withoutMarkers(text).contains(key, Qt::CaseInsensitive);
}

struct Scenario {
    HttpResponse response;
    CheckpointRequest request{u"acc_fuzz_1"_s, Provider::LinkedIn, u"123456"_s};
    QString apiKey = u"pp_live_Zk4+q9/Wm2xR7tB"_s;
};

void applyHeader(Scenario &scenario, QByteArrayView line)
{
    const qsizetype colon = line.indexOf(':');
    const QByteArray name = line.first(colon).toByteArray().toLower();
    const QByteArrayView value = line.sliced(colon + 1).trimmed();
    if (name == "x-request-id" || name == "request-id") {
        // As CheckpointClient keeps it: 128 Latin-1 characters at most, printable ASCII only.
        const QString id = QString::fromLatin1(value.first(std::min<qsizetype>(value.size(), 128)));
        scenario.response.requestIdHeader = isPrintableAscii(id) ? id : QString();
    } else if (name == "retry-after") {
        scenario.response.retryAfterSeconds = CheckpointClient::parseRetryAfter(value, fixedNow());
    } else if (name == "provider") {
        scenario.request.provider = providerFromString(QString::fromUtf8(value)).value_or(Provider::LinkedIn);
    } else if (name == "code") {
        scenario.request.code = QString::fromUtf8(value);
    } else if (name == "account" && isPrintableAscii(QString::fromLatin1(value))) {
        // Account ids are ASCII; the window refuses anything else before sending.
        scenario.request.accountId = QString::fromLatin1(value);
    } else if (name == "key" && value.size() >= 16 && isPrintableAscii(QString::fromLatin1(value))) {
        scenario.apiKey = QString::fromLatin1(value);
    }
}

Scenario readScenario(FuzzInput &input)
{
    Scenario scenario;
    const QByteArrayView statusLine = input.takeLine();
    const qsizetype space = statusLine.indexOf(' ');
    scenario.response.status = statusOf(space < 0 ? statusLine : statusLine.first(space));
    scenario.response.contentType = space < 0 ? QByteArray() : statusLine.sliced(space + 1).trimmed().toByteArray();
    while (!input.atEnd() && isHeaderLine(input.peekLine()))
        applyHeader(scenario, input.takeLine());
    // The request is one the window would send: a valid one, which the agent typed, so no piece of the key either.
    const CheckpointRequest &request = scenario.request;
    if (request.validate() || hasKeyPiece(request.accountId, scenario.apiKey)
        || hasKeyPiece(request.code, scenario.apiKey))
        scenario.request = Scenario().request;
    if (!input.atEnd() && input.peekLine().isEmpty())
        input.takeLine();
    scenario.response.body =
        input.rest().first(std::min(input.rest().size(), CheckpointClient::MaxResponseBytes)).toByteArray();
    return scenario;
}

void checkServerText(const QString &text, qsizetype maxLength, const QString &key)
{
    fuzzCheck(text.size() <= maxLength, "server text is cut to its length");
    fuzzCheck(text.isValidUtf16(), "server text never splits a surrogate pair");
    fuzzCheck(firstUnsafe(text) == 0, "server text holds no control or format character");
    fuzzCheck(text == text.simplified(), "server text is one line, its white space folded");
    fuzzCheck(!hasKeyPiece(text, key), "server text holds no piece of the API key");
}

void checkOutcome(const Outcome &outcome, const Scenario &scenario)
{
    const int status = scenario.response.status;
    fuzzCheck(!outcome.isSuccess() || (status >= 200 && status < 300), "success only for a 2xx status");
    fuzzCheck(!outcome.isSuccess() || !outcome.accountId().isEmpty(), "success names the account");
    const QString sent = scenario.request.accountId.trimmed();
    fuzzCheck(!outcome.isSuccess() || sent.isEmpty() || outcome.accountId() == sent,
              "success is for the account that was sent");
    fuzzCheck(!outcome.answersAnotherAccount() || outcome.kind() == Outcome::Kind::UnexpectedAnswer,
              "an answer about another account is unexpected");
    const QString &key = scenario.apiKey;
    const ProblemDetails &problem = outcome.problem();
    for (const QString &id : {problem.type, problem.instance, outcome.object(), outcome.accountId(),
                              outcome.checkpointType(), outcome.checkpointSource(), outcome.requestIdHeader()})
        checkServerText(id, Outcome::MaxIdLength, key);
    checkServerText(problem.title, Outcome::MaxTextLength, key);
    checkServerText(problem.detail, Outcome::MaxTextLength, key);
    checkServerText(outcome.bodyExcerpt(), Outcome::MaxExcerptLength, key);
}

void checkGuidance(const Guidance &guidance, const QString &key)
{
    fuzzCheck(!guidance.headline.isEmpty(), "every outcome has a headline");
    fuzzCheck(guidance.retryAfterSeconds >= 0 && guidance.retryAfterSeconds <= CheckpointClient::MaxRetryAfterSeconds,
              "the Retry wait stays within 0 and MaxRetryAfterSeconds");
    for (const QString &text : {guidance.headline, guidance.explanation}) {
        fuzzCheck(firstUnsafe(text) == 0, "guidance holds no control or format character");
        fuzzCheck(!hasKey(text, key), "guidance holds no API key");
    }
}

void checkTicket(const QString &ticket, const QString &key)
{
    fuzzCheck(!ticket.isEmpty() && !ticket.endsWith(u'\n'), "a ticket has lines and no trailing newline");
    fuzzCheck(!ticket.contains(u"\n\n"_s), "a ticket has no empty line");
    fuzzCheck(firstUnsafe(ticket, U'\n') == 0, "a ticket holds no control or format character but its line breaks");
    fuzzCheck(!hasKey(ticket, key), "a ticket holds no API key");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    const Scenario scenario = readScenario(input);
    const Outcome outcome =
        Outcome::fromHttpResponse(scenario.response, {scenario.request.accountId.trimmed(), scenario.apiKey});
    checkOutcome(outcome, scenario);
    checkGuidance(Guidance::forOutcome(outcome, scenario.request), scenario.apiKey);
    checkTicket(ticketSummary(scenario.request.accountId, scenario.request.provider, outcome, fixedNow()),
                scenario.apiKey);
    return 0;
}
