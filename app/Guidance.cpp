#include "Guidance.h"

#include "SafeText.h"

#include <algorithm>

using namespace Qt::StringLiterals;

// Advice for a support agent on the phone with a customer, for every outcome: HTTP problems from the table in
// GuidanceTable.cpp, keyed on (status, type); next steps by checkpoint type, and transport failures, here.

namespace {

using Action = Guidance::Action;
using Tone = Guidance::Tone;
using Field = CheckpointRequest::Field;

// --- Building blocks -------------------------------------------------------------------------------------------

// Every outcome can be copied for a ticket, always as the last action.
Guidance make(Tone tone, const QString &headline, const QString &explanation, QList<Action> actions = {})
{
    Guidance guidance;
    guidance.tone = tone;
    guidance.headline = headline;
    guidance.explanation = explanation;
    guidance.actions = std::move(actions);
    guidance.actions.append(Action::CopyForTicket);
    return guidance;
}

// The code is what to fix next: cursor in the code field, the old code selected so typing replaces it.
Guidance focusCode(Guidance guidance)
{
    guidance.focusField = Field::Code;
    guidance.selectCode = true;
    return guidance;
}

Guidance focusAccountId(Guidance guidance)
{
    guidance.focusField = Field::AccountId;
    return guidance;
}

QString sentences(const QString &first, const QString &second)
{
    return first + u' ' + second;
}

// The API's Retry-After when it sent a usable one (CheckpointClient::parseRetryAfter keeps it within an hour), else
// the fallback.
int waitSeconds(const Outcome &outcome, int fallback)
{
    return outcome.retryAfterSeconds().value_or(fallback);
}

// RetypeCode, then ResendCode where the provider has the resend endpoint, then the rest.
QList<Action> newCodeActions(Provider provider, const QList<Action> &rest = {})
{
    QList<Action> actions{Action::RetypeCode};
    if (providerSupportsResend(provider))
        actions.append(Action::ResendCode);
    return actions + rest;
}

QString providerName(const CheckpointRequest &request)
{
    return providerDisplayName(request.provider);
}

// What PostPress said, for rows that cannot rely on a known type: the status and whatever was readable.
QString whatPostPressSaid(const Outcome &outcome)
{
    const ProblemDetails &problem = outcome.problem();
    QString said = !problem.detail.isEmpty() ? problem.detail
        : !problem.title.isEmpty()           ? problem.title
                                             : outcome.bodyExcerpt();
    said = SafeText::elided(said.trimmed(), Outcome::MaxExcerptLength); // a quote, not the whole page
    if (said.endsWith(u'.'))
        said.chop(1);
    const QString status = QString::number(outcome.httpStatus());
    if (said.isEmpty()) {
        //: %1 is an HTTP status number, e.g. 418
        return Guidance::tr("PostPress answered with status %1 and no readable message.").arg(status);
    }
    //: %1 is an HTTP status number, %2 the message PostPress sent, quoted as is
    return Guidance::tr("PostPress answered with status %1: “%2”.").arg(status, said);
}

QString waitThenRetry(int seconds)
{
    if (seconds <= 0)
        return Guidance::tr("You can retry now.");
    //: The Retry button counts these seconds down before it can be pressed.
    return Guidance::tr("Wait %n second(s), then press Retry.", nullptr, seconds);
}

// For outcomes where the code may have been used: how a person finds out, without anything resent by itself.
QString findOut()
{
    return Guidance::tr("The code may or may not have been used: press Retry once to find out, and if it is then "
                        "rejected, ask the customer for a new code.");
}

Guidance resultUnknown(const QString &headline, const QString &reason)
{
    return make(Tone::Unknown, headline, sentences(reason, findOut()), {Action::Retry});
}

// --- Success and next steps ------------------------------------------------------------------------------------

Guidance connected(const Outcome &outcome)
{
    if (outcome.object() == "AccountReconnected"_L1) {
        return make(Tone::Done, Guidance::tr("Account reconnected"),
                    //: %1 is the account id
                    Guidance::tr("Account %1 is connected again: the customer can use it now. Nothing else to do.")
                        .arg(outcome.accountId()));
    }
    return make(Tone::Done, Guidance::tr("Account connected"),
                //: %1 is the account id
                Guidance::tr("Account %1 is connected: the customer can use it now. Nothing else to do.")
                    .arg(outcome.accountId()));
}

Guidance askForCode(const QString &headline, const QString &explanation, QList<Action> actions)
{
    actions.append(Action::TryAnotherWay);
    return focusCode(make(Tone::Next, headline, explanation, actions));
}

Guidance twoFactor(const QString &source, const CheckpointRequest &request)
{
    const QString provider = providerName(request);
    const QList<Action> sent = newCodeActions(request.provider);
    if (source == "SMS"_L1) {
        return askForCode(Guidance::tr("Ask for the code from the text message"),
                          //: %1 is the provider, e.g. LinkedIn
                          Guidance::tr("%1 sent a verification code to the customer's phone by text message. Ask "
                                       "the customer to read it out, then type it in.")
                              .arg(provider),
                          sent);
    }
    if (source == "WHATSAPP"_L1) {
        return askForCode(Guidance::tr("Ask for the code sent by WhatsApp"),
                          //: %1 is the provider, e.g. LinkedIn
                          Guidance::tr("%1 sent a verification code to the customer's WhatsApp. Ask the customer "
                                       "to read it out, then type it in.")
                              .arg(provider),
                          sent);
    }
    if (source == "APP"_L1) {
        // An authenticator app makes its own codes: there is nothing to resend.
        return askForCode(Guidance::tr("Ask for the code from the authenticator app"),
                          //: %1 is the provider, e.g. LinkedIn
                          Guidance::tr("%1 wants the current code from the customer's authenticator app (for "
                                       "example Google Authenticator). Ask the customer to open it and read out "
                                       "the code shown for %1.")
                              .arg(provider),
                          {Action::RetypeCode});
    }
    if (!source.isEmpty()) {
        return askForCode(Guidance::tr("Ask for the verification code"),
                          //: %1 is the provider, e.g. LinkedIn; %2 where the code was sent, as the API names it
                          Guidance::tr("%1 asks for a two-step verification code (sent by: %2). Ask the customer "
                                       "to read it out, then type it in.")
                              .arg(provider, source),
                          sent);
    }
    return askForCode(Guidance::tr("Ask for the verification code"),
                      //: %1 is the provider, e.g. LinkedIn
                      Guidance::tr("%1 asks for a two-step verification code. Ask the customer where it arrived "
                                   "(text message, authenticator app or WhatsApp) and to read it out.")
                          .arg(provider),
                      sent);
}

Guidance inAppValidation(const CheckpointRequest &request)
{
    // No Retry: the approval completes the login on the provider's side, and resending the last code (often
    // TRY_ANOTHER_WAY) would switch away from it.
    QList<Action> actions{Action::TryAnotherWay};
    if (providerSupportsResend(request.provider))
        actions.append(Action::ResendCode);
    return make(Tone::Next,
                //: %1 is the provider, e.g. LinkedIn
                Guidance::tr("Ask the customer to approve the sign-in in the %1 app").arg(providerName(request)),
                //: %1 is the provider, e.g. LinkedIn
                Guidance::tr("The customer must open the %1 app on their phone and approve this sign-in; the login "
                             "then finishes by itself, so check in PostPress that the account shows as connected. "
                             "If they cannot approve it, use Try another way to get a code instead.")
                    .arg(providerName(request)),
                actions);
}

// Steps that no code from this window can solve: the customer finishes the login elsewhere.
Guidance notSolvableByCode(const QString &type, const CheckpointRequest &request)
{
    const QString provider = providerName(request);
    if (type == "CAPTCHA"_L1) {
        return make(Tone::Escalate,
                    //: %1 is the provider, e.g. LinkedIn
                    Guidance::tr("%1 wants a CAPTCHA solved").arg(provider),
                    //: %1 is the provider, e.g. LinkedIn
                    Guidance::tr("A CAPTCHA cannot be solved with a code from this window. Ask the customer to "
                                 "finish the login themselves in PostPress, or use Try another way to ask %1 for a "
                                 "code instead.")
                        .arg(provider),
                    {Action::TryAnotherWay});
    }
    if (type == "QRCODE"_L1) {
        return make(Tone::Escalate,
                    //: %1 is the provider, e.g. LinkedIn
                    Guidance::tr("%1 wants a QR code scanned").arg(provider),
                    //: %1 is the provider, e.g. LinkedIn
                    Guidance::tr("A QR code cannot be solved with a code from this window. The customer must "
                                 "finish the login themselves in PostPress and scan the QR code there with the %1 "
                                 "app on their phone.")
                        .arg(provider),
                    {Action::TryAnotherWay});
    }
    return make(Tone::Escalate,
                //: %1 is the provider, e.g. LinkedIn. A contract is a paid plan of the customer's account.
                Guidance::tr("%1 asks which contract to use").arg(provider),
                //: %1 is the provider, e.g. LinkedIn. A contract is a paid plan of the customer's account.
                Guidance::tr("The customer's %1 account has several contracts and one must be chosen, which cannot "
                             "be done from this window. Ask the customer to finish the login themselves in "
                             "PostPress and choose the contract there.")
                    .arg(provider));
}

Guidance unknownStep(const QString &type, const CheckpointRequest &request)
{
    const QString provider = providerName(request);
    //: %1 is the provider, e.g. LinkedIn
    const QString headline = Guidance::tr("%1 asks for another step").arg(provider);
    const QString advice = Guidance::tr("If the customer received a code, type it in; otherwise ask them to finish "
                                        "the login themselves in PostPress.");
    if (type.isEmpty()) {
        //: %1 is the provider, e.g. LinkedIn
        const QString what = Guidance::tr("%1 asks for another step but did not say which.").arg(provider);
        return askForCode(headline, sentences(what, advice), {Action::RetypeCode});
    }
    //: %1 is the provider, e.g. LinkedIn; %2 the name of the step as the API sends it
    const QString what = Guidance::tr("%1 asks for a step this app does not know yet: %2.").arg(provider, type);
    return askForCode(headline, sentences(what, advice), {Action::RetypeCode});
}

Guidance nextCheckpoint(const Outcome &outcome, const CheckpointRequest &request)
{
    const QString type = outcome.checkpointType();
    if (type == "2FA"_L1)
        return twoFactor(outcome.checkpointSource(), request);
    if (type == "OTP"_L1) {
        return askForCode(Guidance::tr("Ask for the one-time code"),
                          //: %1 is the provider, e.g. LinkedIn
                          Guidance::tr("%1 sent a one-time code to the customer by e-mail or text message. Ask the "
                                       "customer to check both and read out the newest code.")
                              .arg(providerName(request)),
                          newCodeActions(request.provider));
    }
    if (type == "PHONE_REGISTER"_L1) {
        Guidance guidance = make(Tone::Next, Guidance::tr("Ask for the customer's mobile number"),
                                 //: %1 is the provider, e.g. LinkedIn
                                 Guidance::tr("%1 wants a mobile number for this account. Switch to phone number "
                                              "mode, pick the country and type the number as the customer says it.")
                                     .arg(providerName(request)),
                                 {Action::EnterPhone, Action::TryAnotherWay});
        guidance.focusField = Field::Code;
        return guidance;
    }
    if (type == "IN_APP_VALIDATION"_L1)
        return inAppValidation(request);
    if (type == "CAPTCHA"_L1 || type == "QRCODE"_L1 || type == "CONTRACT_CHOOSER"_L1)
        return notSolvableByCode(type, request);
    return unknownStep(type, request);
}

Guidance codeResent(const CheckpointRequest &request)
{
    return focusCode(make(Tone::Next, Guidance::tr("A new code is on its way"),
                          //: %1 is the provider, e.g. LinkedIn
                          Guidance::tr("%1 is sending the code or the app notification to the customer again; it "
                                       "can take a minute. Use only the newest code: resending does not give the "
                                       "login more time.")
                              .arg(providerName(request)),
                          {Action::RetypeCode}));
}

// The answer is about an account other than the one sent: nothing in it is news for this customer.
Guidance anotherAccount(const Outcome &outcome, const CheckpointRequest &request)
{
    //: %1 is the account id that was sent, %2 the one PostPress answered about
    const QString explanation = Guidance::tr("You sent account %1, but PostPress answered about account %2. Check "
                                             "account %1 in PostPress before telling the customer anything, and copy "
                                             "the details for a ticket.")
                                    .arg(request.accountId, outcome.accountId());
    return make(Tone::Unknown, Guidance::tr("PostPress answered about another account"), explanation);
}

Guidance unexpectedAnswer(const Outcome &outcome, const CheckpointRequest &request)
{
    if (outcome.answersAnotherAccount())
        return anotherAccount(outcome, request);
    const QString headline = Guidance::tr("Unexpected answer from PostPress");
    const QString advice = Guidance::tr("Check the account in PostPress before doing anything else, and copy the "
                                        "details for a ticket.");
    const QString object = outcome.object();
    if (object == "AccountCreated"_L1 || object == "AccountReconnected"_L1) {
        //: %1 is the name of the answer, e.g. AccountCreated
        const QString what = Guidance::tr("PostPress answered “%1” but without an account id, so the account is "
                                          "not confirmed as connected.")
                                 .arg(object);
        return make(Tone::Unknown, headline, sentences(what, advice));
    }
    if (object == "CheckpointResend"_L1) {
        return make(Tone::Unknown, headline,
                    Guidance::tr("PostPress did not confirm that the code was sent again. Ask the customer whether "
                                 "a new code arrived, and copy the details for a ticket."));
    }
    if (!object.isEmpty()) {
        //: %1 is the name of the answer as PostPress sent it
        const QString what = Guidance::tr("PostPress answered “%1”, which this app does not know, so the account is "
                                          "not confirmed as connected.")
                                 .arg(object);
        return make(Tone::Unknown, headline, sentences(what, advice));
    }
    return make(Tone::Unknown, headline, sentences(whatPostPressSaid(outcome), advice));
}

// --- Problems, by status and type ------------------------------------------------------------------------------

enum class Fault { AccountId, PhoneWithoutPrefix, Code };

Fault faultyInput(const CheckpointRequest &request)
{
    if (!CheckpointRequest::accountIdProblem(request.accountId.trimmed()).isEmpty())
        return Fault::AccountId;
    if (Guidance::looksLikeBarePhoneNumber(request.code))
        return Fault::PhoneWithoutPrefix;
    return Fault::Code;
}

// A 400 the agent can fix: what PostPress said, then which field to correct, with the cursor put there.
Guidance fixTheInput(const QString &headline, const QString &cause, const CheckpointRequest &request)
{
    switch (faultyInput(request)) {
    case Fault::AccountId:
        return focusAccountId(
            make(Tone::TryAgain, headline,
                 sentences(cause, Guidance::tr("The account id looks wrong: copy it again from PostPress."))));
    case Fault::PhoneWithoutPrefix: {
        Guidance guidance = make(Tone::TryAgain, headline,
                                 sentences(cause,
                                           Guidance::tr("The code looks like a phone number without its "
                                                        "country prefix: if it is one, switch to phone "
                                                        "number mode so it is sent as (+CC)number.")),
                                 {Action::EnterPhone});
        guidance.focusField = Field::Code;
        return guidance;
    }
    case Fault::Code:
        return focusCode(make(Tone::TryAgain, headline,
                              sentences(cause, Guidance::tr("Check the code with the customer and type it again.")),
                              {Action::RetypeCode}));
    }
    Q_UNREACHABLE();
    return {};
}

// --- Problems: one row of the table (GuidanceTable.cpp) each ------------------------------------------------------

using Facts = Guidance::ProblemFacts;

// A source text of the table, translated, with the provider for its %1.
QString tableText(const char *text, const CheckpointRequest &request)
{
    const QString translated = Guidance::tr(text);
    return translated.contains("%1"_L1) ? translated.arg(providerName(request)) : translated;
}

// The explanation's second sentence, as the row says, or an empty string.
QString secondSentence(const Facts &facts, const CheckpointRequest &request, int retrySeconds)
{
    switch (facts.then) {
    case Facts::Then::Nothing:
        return {};
    case Facts::Then::Advice:
        if (facts.adviceWithoutResend && !providerSupportsResend(request.provider))
            return Guidance::tr(facts.adviceWithoutResend);
        return Guidance::tr(facts.advice);
    case Facts::Then::WaitThenRetry:
        return waitThenRetry(retrySeconds);
    case Facts::Then::FindOut:
        return findOut();
    }
    Q_UNREACHABLE();
    return {};
}

Guidance problem(const Outcome &outcome, const CheckpointRequest &request)
{
    const Facts &facts = Guidance::problemFacts(outcome);
    const QString headline = tableText(facts.headline, request);
    const QString cause = facts.explanation ? tableText(facts.explanation, request) : whatPostPressSaid(outcome);
    if (facts.focus == Facts::Focus::FaultyInput)
        return fixTheInput(headline, cause, request);
    const int seconds = facts.actions.contains(Action::Retry) ? waitSeconds(outcome, facts.retryFallbackSeconds) : 0;
    const QString next = secondSentence(facts, request, seconds);
    QList<Action> actions = facts.actions;
    if (!providerSupportsResend(request.provider))
        actions.removeAll(Action::ResendCode);
    Guidance guidance = make(facts.tone, headline, next.isEmpty() ? cause : sentences(cause, next), actions);
    guidance.retryAfterSeconds = seconds;
    if (facts.focus == Facts::Focus::AccountId)
        return focusAccountId(guidance);
    return facts.focus == Facts::Focus::Code ? focusCode(guidance) : guidance;
}

// --- No usable HTTP answer -------------------------------------------------------------------------------------

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

Guidance transportFailure(const Outcome &outcome)
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

} // namespace

Guidance Guidance::forOutcome(const Outcome &outcome, const CheckpointRequest &request)
{
    switch (outcome.kind()) {
    case Outcome::Kind::Connected:
        return connected(outcome);
    case Outcome::Kind::NextCheckpoint:
        return nextCheckpoint(outcome, request);
    case Outcome::Kind::CodeResent:
        return codeResent(request);
    case Outcome::Kind::UnexpectedAnswer:
        return unexpectedAnswer(outcome, request);
    case Outcome::Kind::Problem:
        return problem(outcome, request);
    case Outcome::Kind::TransportFailure:
        return transportFailure(outcome);
    }
    Q_UNREACHABLE();
    return {};
}

const Guidance::ProblemFacts &Guidance::problemFacts(const Outcome &outcome)
{
    const std::span<const ProblemFacts> rows = problemTable();
    const auto find = [rows](int status, QStringView type) {
        return std::find_if(rows.begin(), rows.end(),
                            [&](const ProblemFacts &facts) { return facts.status == status && facts.type == type; });
    };
    const int status = outcome.httpStatus();
    if (const auto exact = find(status, outcome.problem().type); exact != rows.end())
        return *exact;
    if (const auto anyType = find(status, {}); anyType != rows.end())
        return *anyType;
    const int statusClass = status / 100 == 4 ? ProblemFacts::AnyClientError
        : status / 100 == 5                   ? ProblemFacts::AnyServerError
                                              : ProblemFacts::AnyStatus;
    return *find(statusClass, {});
}

bool Guidance::looksLikeBarePhoneNumber(QStringView code)
{
    // "(+CC)…" is already in the API's format: '(' is not among the accepted characters.
    qsizetype digits = 0;
    for (QChar c : code.trimmed()) {
        if (c >= u'0' && c <= u'9')
            ++digits;
        else if (c != u' ' && c != u'+' && c != u'-' && c != u'.')
            return false;
    }
    return digits >= 8;
}
