// What another launch sends the running program over the single-instance socket, through
// InstanceMessage::parse: anyone running as the same user can write to that socket.
//
// Input: the payload after the length prefix, e.g.
//   {"v":1,"account_id":"acc_123","provider":"LINKEDIN"}
#include "FuzzChecks.h"
#include "FuzzInput.h"

#include "ApiBaseUrl.h"
#include "CheckpointRequest.h"
#include "InstanceMessage.h"
#include "LaunchOptions.h"

#include <QtEndian>

using namespace Qt::StringLiterals;

namespace {

void checkAccepted(const LaunchRequest &request)
{
    fuzzCheck(request.accountId.isEmpty() || CheckpointRequest::accountIdProblem(request.accountId).isEmpty(),
              "an accepted account id passes the command line's checks");
    fuzzCheck(request.accountId.isEmpty() || isAsciiAccountId(request.accountId),
              "an accepted account id is ASCII letters, digits and _ - . ~");
    fuzzCheck(request.ticketId.isEmpty() || isTicketId(request.ticketId),
              "an accepted ticket id is 1 to 64 ASCII letters, digits and _ - . #");
    fuzzCheck(request.apiUrl.isEmpty() || ApiBaseUrl::problem(request.apiUrl).isEmpty(),
              "an accepted API URL is one the client would use (https, or http to this computer)");
    QString error;
    const std::optional<LaunchRequest> again =
        InstanceMessage::parse(InstanceMessage::encode(request), &error);
    fuzzCheck(again.has_value(), "InstanceMessage::encode() gives a message parse() accepts");
    fuzzCheck(again->accountId == request.accountId && again->provider == request.provider
                  && again->ticketId == request.ticketId,
              "the account, the provider and the ticket survive InstanceMessage::encode() and parse()");
    // Compared as the program uses it (windows, keys): a fragment may come back percent-encoded ("#" as "%23").
    fuzzCheck(again->apiUrl.isEmpty() == request.apiUrl.isEmpty()
                  && ApiBaseUrl::normalised(again->apiUrl) == ApiBaseUrl::normalised(request.apiUrl),
              "the API URL survives InstanceMessage::encode() and parse()");
}

QString refusal(const QByteArray &payload)
{
    QString error;
    InstanceMessage::parse(payload, &error);
    return error;
}

void checkFrame(QByteArrayView payload)
{
    const QByteArray framed = InstanceMessage::frame(payload);
    fuzzCheck(framed.size() == payload.size() + 4, "a frame is a 4-byte length and the payload");
    fuzzCheck(qFromBigEndian<quint32>(framed.constData()) == quint32(payload.size()), "the length is big-endian");
    fuzzCheck(QByteArrayView(framed).sliced(4) == payload, "the payload follows the length unchanged");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    const QByteArrayView payload = input.rest();
    QString error;
    const std::optional<LaunchRequest> request = InstanceMessage::parse(payload, &error);
    if (request) {
        fuzzCheck(error.isEmpty(), "an accepted message has no error");
        checkAccepted(*request);
    } else {
        fuzzCheck(!error.isEmpty(), "a refused message says why");
        fuzzCheck(isPrintable(error), "a refusal has no control, bidi or other invisible character");
        fuzzCheck(!echoesASecret(error, payload.toByteArray(), refusal),
                  "a refusal never repeats a value that may be secret (a key, a URL's user and password)");
    }
    checkFrame(payload);
    return 0;
}
