// The API's answer, as untrusted bytes, through everything that reads it: Outcome::fromHttpResponse, then the
// advice the window shows (Guidance::forOutcome) and the "Copy for ticket" text (ticketSummary).
//
// Input, like a tiny HTTP response:
//   401 application/problem+json      status and Content-Type (a first token that is no status picks one)
//   X-Request-ID: req_123             optional header lines: X-Request-ID or Request-Id, Retry-After, and for
//   Provider: TWITTER                 the request that was sent, Provider and Code
//   <empty line>
//   the body
#include "FuzzInput.h"

#include "CheckpointClient.h"
#include "CheckpointRequest.h"
#include "Guidance.h"
#include "Outcome.h"
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

struct Scenario {
    HttpResponse response;
    CheckpointRequest request{u"acc_fuzz_1"_s, Provider::LinkedIn, u"123456"_s};
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
    if (!input.atEnd() && input.peekLine().isEmpty())
        input.takeLine();
    scenario.response.body =
        input.rest().first(std::min(input.rest().size(), CheckpointClient::MaxResponseBytes)).toByteArray();
    return scenario;
}

bool isControl(QChar c)
{
    return c.category() == QChar::Other_Control;
}

bool isControlOrFormat(QChar c)
{
    return isControl(c) || c.category() == QChar::Other_Format;
}

void checkOutcome(const Outcome &outcome, int status)
{
    fuzzCheck(!outcome.isSuccess() || (status >= 200 && status < 300), "success only for a 2xx status");
    fuzzCheck(!outcome.isSuccess() || !outcome.accountId().isEmpty(), "success names the account");
    const QString excerpt = outcome.bodyExcerpt();
    fuzzCheck(excerpt.size() <= Outcome::MaxExcerptLength, "the excerpt is cut to MaxExcerptLength");
    fuzzCheck(excerpt.isValidUtf16(), "the excerpt never splits a surrogate pair");
    fuzzCheck(std::none_of(excerpt.cbegin(), excerpt.cend(), isControlOrFormat),
              "the excerpt holds no control or format characters");
}

void checkGuidance(const Guidance &guidance)
{
    fuzzCheck(!guidance.headline.isEmpty(), "every outcome has a headline");
    fuzzCheck(guidance.retryAfterSeconds >= 0 && guidance.retryAfterSeconds <= Guidance::MaxRetryAfterSeconds,
              "the Retry wait stays within 0 and MaxRetryAfterSeconds");
}

void checkTicket(const QString &ticket)
{
    fuzzCheck(!ticket.isEmpty() && !ticket.endsWith(u'\n'), "a ticket has lines and no trailing newline");
    fuzzCheck(!ticket.contains(u"\n\n"_s), "a ticket has no empty line");
    fuzzCheck(std::none_of(ticket.cbegin(), ticket.cend(), [](QChar c) { return c != u'\n' && isControl(c); }),
              "a ticket holds no control character but its line breaks");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    const Scenario scenario = readScenario(input);
    const Outcome outcome = Outcome::fromHttpResponse(scenario.response);
    checkOutcome(outcome, scenario.response.status);
    checkGuidance(Guidance::forOutcome(outcome, scenario.request));
    checkTicket(ticketSummary(scenario.request.accountId, scenario.request.provider, outcome, fixedNow()));
    return 0;
}
