#include "GuidanceParts.h"

#include "SafeText.h"

using namespace Qt::StringLiterals;

// Advice for a support agent on the phone with a customer, for every outcome (Guidance::forOutcome): the building
// blocks and HTTP problems from the table in GuidanceTable.cpp, keyed on (status, type), here; next steps by
// checkpoint type in GuidanceSteps.cpp, failures without an HTTP answer in GuidanceTransport.cpp.

namespace GuidanceParts {

// --- Building blocks -------------------------------------------------------------------------------------------

// Every outcome can be copied for a ticket, always as the last action.
Guidance make(Tone tone, const QString &headline, const QString &explanation, QList<Action> actions)
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
QList<Action> newCodeActions(Provider provider, const QList<Action> &rest)
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

} // namespace GuidanceParts

namespace {

using namespace GuidanceParts;

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
    Guidance guidance = make(facts.tone, headline, next.isEmpty() ? cause : sentences(cause, next), facts.actions);
    guidance.retryAfterSeconds = seconds;
    if (facts.then == Facts::Then::WaitThenRetry && seconds > 0)
        guidance.explanationOnceReady = sentences(cause, waitThenRetry(0));
    if (facts.focus == Facts::Focus::AccountId)
        return focusAccountId(guidance);
    return facts.focus == Facts::Focus::Code ? focusCode(guidance) : guidance;
}

Guidance advice(const Outcome &outcome, const CheckpointRequest &request)
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

} // namespace

Guidance Guidance::forOutcome(const Outcome &outcome, const CheckpointRequest &request)
{
    Guidance guidance = advice(outcome, request);
    if (!providerSupportsResend(request.provider)) // whatever a row or step offers: this provider has no resend
        guidance.actions.removeAll(Action::ResendCode);
    return guidance;
}
