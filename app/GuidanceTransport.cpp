#include "Guidance.h"

#include "GuidanceParts.h"

using namespace Qt::StringLiterals;

// Advice when no usable HTTP answer came back: whether the request may have arrived decides whether a retry is safe.

namespace {

using namespace GuidanceParts;

Guidance resultUnknown(const QString &headline, const QString &reason)
{
    return make(Tone::Unknown, headline, sentences(reason, findOut()), {Action::Retry});
}

Guidance nothingSent(Tone tone, const QString &headline, const QString &explanation)
{
    return make(tone, headline, explanation, {Action::Retry});
}

// Failures that may have happened after the request left: nobody knows whether the code was used.
Guidance afterSending(Outcome::Transport transport)
{
    switch (transport) {
    case Outcome::Transport::Timeout:
        return resultUnknown(Guidance::tr("Result unknown: no answer from PostPress"),
                             Guidance::tr("The request left, but PostPress did not answer in time."));
    case Outcome::Transport::ConnectionClosed:
        return resultUnknown(Guidance::tr("Result unknown: the connection dropped"),
                             Guidance::tr("The connection dropped after the request left, before PostPress "
                                          "answered."));
    case Outcome::Transport::Canceled:
        return resultUnknown(Guidance::tr("Cancelled: result unknown"),
                             Guidance::tr("You cancelled after the request had left, so PostPress may have "
                                          "received it."));
    case Outcome::Transport::ResponseTooLarge:
        return resultUnknown(Guidance::tr("Result unknown: the answer was too large"),
                             Guidance::tr("PostPress sent an answer far larger than expected, so the app did not "
                                          "read it."));
    case Outcome::Transport::Proxy:
        return resultUnknown(Guidance::tr("Result unknown: your network's proxy failed"),
                             Guidance::tr("The proxy of your own network failed after the request left."));
    default:
        return resultUnknown(Guidance::tr("Result unknown: the connection failed"),
                             Guidance::tr("The connection failed after the request left, before a full answer "
                                          "came back."));
    }
}

Guidance beforeSending(Outcome::Transport transport)
{
    switch (transport) {
    case Outcome::Transport::Timeout:
        return nothingSent(Tone::TryAgain, Guidance::tr("PostPress did not answer"),
                           Guidance::tr("The connection timed out before the request was sent, so it is safe to "
                                        "retry. If it keeps happening, check your network."));
    case Outcome::Transport::ConnectionClosed:
        return nothingSent(Tone::TryAgain, Guidance::tr("The connection to PostPress dropped"),
                           Guidance::tr("The connection dropped before the request was sent, so it is safe to "
                                        "retry."));
    case Outcome::Transport::Canceled:
        return nothingSent(Tone::TryAgain, Guidance::tr("Cancelled, nothing sent"),
                           Guidance::tr("You cancelled before the request left this computer, so the code was not "
                                        "used. Submit it again when you are ready."));
    case Outcome::Transport::Proxy:
        return nothingSent(Tone::Escalate, Guidance::tr("Your network's proxy failed"),
                           Guidance::tr("The proxy of your own network (not the account's proxy in PostPress) did "
                                        "not pass the request on, so nothing was sent. Retry; if it keeps failing, "
                                        "ask your IT team."));
    default:
        return nothingSent(Tone::TryAgain, Guidance::tr("Could not reach PostPress"),
                           Guidance::tr("The connection failed before the request was sent, so it is safe to retry. "
                                        "If it keeps happening, check your network or tell your IT team."));
    }
}

} // namespace

Guidance GuidanceParts::transportFailure(const Outcome &outcome)
{
    switch (outcome.transport()) {
    case Outcome::Transport::InsecureUrl:
        return make(Tone::TryAgain, Guidance::tr("Not sent: the API address is not secure"),
                    Guidance::tr("The API address uses plain http, so the app refused to send the key and the code "
                                 "over it; nothing was sent. Open the window with an address starting with "
                                 "https://."));
    case Outcome::Transport::ConnectionRefused:
        return nothingSent(Tone::TryAgain, Guidance::tr("Could not connect to PostPress"),
                           Guidance::tr("PostPress refused the connection, so nothing was sent and it is safe to "
                                        "retry. If it keeps happening, check your network and the API address."));
    case Outcome::Transport::HostNotFound:
        return nothingSent(Tone::TryAgain, Guidance::tr("PostPress's address was not found"),
                           Guidance::tr("The API address could not be looked up, so nothing was sent and it is safe "
                                        "to retry. Check that this computer is online and the address is spelled "
                                        "right."));
    case Outcome::Transport::Tls:
        return make(Tone::Escalate, Guidance::tr("The connection to PostPress is not trusted"),
                    Guidance::tr("The secure connection to PostPress could not be verified, so nothing was sent. Do "
                                 "not try to work around it: tell your IT team, as someone may be intercepting the "
                                 "connection."));
    case Outcome::Transport::Redirect:
        return make(Tone::TryAgain, Guidance::tr("PostPress answered with a redirect"),
                    Guidance::tr("The app never follows redirects, so your API key and the code went nowhere else. "
                                 "Check the API address this window was opened with: it may be outdated or miss "
                                 "https:// or the version path."));
    case Outcome::Transport::NotInstalled:
        return make(Tone::Escalate, Guidance::tr("Not sent: part of the app is missing"),
                    Guidance::tr("The part of this app that sends requests is missing or broken, so nothing was sent "
                                 "and the code was not used. Reinstall PostPress Checkpoint, or ask your IT team to "
                                 "reinstall it."));
    case Outcome::Transport::ResponseTooLarge:
        return afterSending(outcome.transport());
    default:
        return outcome.requestMayHaveArrived() ? afterSending(outcome.transport()) : beforeSending(outcome.transport());
    }
}
