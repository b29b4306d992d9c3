// A helpdesk link, as a ticket system or a browser hands it over, through HelpdeskLink::parse and through the
// command line that receives it (LaunchOptions::parse, the desktop file's "%u").
//
// Input: the link, e.g. postpress-checkpoint://solve?account_id=acc_123&provider=LINKEDIN&ticket=%234711
#include "FuzzChecks.h"
#include "FuzzInput.h"

#include "CheckpointClient.h"
#include "CheckpointRequest.h"
#include "HelpdeskLink.h"
#include "LaunchOptions.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Values of parameters named like a secret ("code=…", "api_key=…"), of the characters codes and keys are made of.
QStringList secretLikeValues(const QString &link)
{
    static const QRegularExpression secretName(u"code|key|otp|token|secret|pass"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression secretValue(u"^[A-Za-z0-9_]{6,}$"_s);
    const qsizetype question = link.indexOf(u'?');
    if (question < 0)
        return {};
    QStringList values;
    for (const QStringView parameter : QStringView(link).sliced(question + 1).split(u'&')) {
        const qsizetype equals = parameter.indexOf(u'=');
        const QStringView value = equals < 0 ? QStringView() : parameter.sliced(equals + 1);
        if (equals > 0 && secretName.match(parameter.first(equals)).hasMatch() && secretValue.match(value).hasMatch())
            values.append(value.toString());
    }
    return values;
}

QString refusal(const QString &link)
{
    QString error;
    HelpdeskLink::parse(link, &error);
    return error;
}

// The refusal repeats the value itself: the value appears once in the link (a refusal may quote another
// parameter's name, which could hold the same text), and with it replaced, the refusal no longer holds it (so it
// is not a word of the message itself).
bool echoesSecret(const QString &message, const QString &link)
{
    const QStringList values = secretLikeValues(link);
    return std::any_of(values.cbegin(), values.cend(), [&](const QString &value) {
        if (link.count(value) != 1 || !message.contains(value))
            return false;
        const QString other(value.size(), value.contains(u'Q') ? u'X' : u'Q');
        return !refusal(QString(link).replace(value, other)).contains(value);
    });
}

void checkAccepted(const QString &link, const LaunchRequest &request)
{
    fuzzCheck(HelpdeskLink::isLink(link), "an accepted link is a link");
    fuzzCheck(request.apiUrl.isEmpty(), "a link never chooses the API server");
    fuzzCheck(CheckpointRequest::accountIdProblem(request.accountId).isEmpty(),
              "the account id passes the usual checks");
    fuzzCheck(isAsciiAccountId(request.accountId), "an accepted account id is ASCII letters, digits and _ - . ~");
    fuzzCheck(request.ticketId.isEmpty() || isTicketId(request.ticketId),
              "an accepted ticket id is 1 to 64 ASCII letters, digits and _ - . #");
    fuzzCheck(link.startsWith(HelpdeskLink::scheme() + u':', Qt::CaseInsensitive),
              "only a postpress-checkpoint: link is accepted");
    QString error;
    const std::optional<LaunchRequest> again =
        HelpdeskLink::parse(HelpdeskLink::make(request.accountId, request.provider, request.ticketId), &error);
    fuzzCheck(again && *again == request, "make() gives a link that parses back to the same request");

    const LaunchOptions options = LaunchOptions::parse({u"postpress-checkpoint"_s, link});
    fuzzCheck(options.fromLink && options.action == LaunchOptions::Action::Run,
              "the command line opens an accepted link");
    fuzzCheck(options.accountId == request.accountId && options.provider == request.provider
                  && options.ticketId == request.ticketId,
              "the command line reads a link as HelpdeskLink does");
    fuzzCheck(!options.apiUrlGiven, "a link on the command line never chooses the API server");
}

void checkRefused(const QString &link, const QString &error)
{
    fuzzCheck(isPrintable(error), "a refusal has no control, bidi or other invisible character");
    fuzzCheck(!echoesASecret(error, link, refusal), "a refusal never repeats a value that may be secret");
    if (link != link.trimmed() || !HelpdeskLink::isLink(link))
        return;
    const LaunchOptions options = LaunchOptions::parse({u"postpress-checkpoint"_s, link});
    fuzzCheck(options.fromLink && options.action == LaunchOptions::Action::Error,
              "the command line refuses such a link as a link (main() explains it in a message box)");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    const QString link = QString::fromUtf8(input.rest());
    QString error;
    const std::optional<LaunchRequest> request = HelpdeskLink::parse(link, &error);
    if (request) {
        fuzzCheck(error.isEmpty(), "an accepted link has no error");
        checkAccepted(link, *request);
    } else {
        fuzzCheck(!error.isEmpty(), "a refused link says why");
        fuzzCheck(!echoesSecret(error, link), "a refusal never repeats a code or a key the link carried");
        checkRefused(link, error);
    }
    return 0;
}
