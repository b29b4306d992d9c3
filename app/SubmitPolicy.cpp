#include "SubmitPolicy.h"

#include "Guidance.h"

namespace {

using State = ApiKeyController::State;

// What the answer shown forbids, whatever the form holds: sending to a solved checkpoint or to an ended login
// attempt, or getting around the wait the server asked for.
QString answerForbids(const Guidance &guidance, bool retryWaiting)
{
    if (guidance.tone == Guidance::Tone::Done)
        return SubmitPolicy::tr("This checkpoint is solved: nothing more to send.");
    if (guidance.actions.contains(Guidance::Action::StartOver))
        return SubmitPolicy::tr("This login attempt has ended: press Start over before sending a new code.");
    if (retryWaiting)
        return SubmitPolicy::tr("Wait until Retry can be pressed: the server asked for a pause.");
    return {};
}

// The code the answer rejected or already took, typed again: providers count failed attempts.
bool sameCodeAgain(const Guidance &guidance, const SubmitPolicy::Form &form, const Attempt &answered)
{
    return guidance.selectCode && form.request.code == answered.request().code;
}

QString answerProblem(const SubmitPolicy::Form &form)
{
    if (form.phoneMode) {
        if (form.typed.trimmed().isEmpty())
            return SubmitPolicy::tr("Enter the customer's mobile number.");
        if (!form.phoneProblem.isEmpty())
            return form.phoneProblem;
    }
    if (form.typed.trimmed().isEmpty())
        return SubmitPolicy::tr("Enter the code the customer received.");
    if (const auto problem = form.request.validate())
        return problem->message;
    return {};
}

// In the order the agent fills the form in. Before the answer: Try another way sends the account id too.
QString formProblem(SubmitPolicy::Send send, const SubmitPolicy::Form &form)
{
    const QString &accountId = form.request.accountId;
    if (accountId.isEmpty())
        return SubmitPolicy::tr("Enter the account id.");
    if (const QString problem = CheckpointRequest::accountIdProblem(accountId); !problem.isEmpty())
        return problem;
    if (!form.providerChosen)
        return SubmitPolicy::tr("Choose the provider.");
    return send == SubmitPolicy::Send::TypedAnswer ? answerProblem(form) : QString();
}

QString keyProblem(State keyState)
{
    if (keyState == State::Idle || keyState == State::Loading || keyState == State::Saving)
        return SubmitPolicy::tr("Waiting for the system keychain…");
    if (keyState != State::Stored && keyState != State::SessionOnly)
        return SubmitPolicy::tr("Enter the API key first (Enter API key…).");
    return {};
}

} // namespace

bool SubmitPolicy::solved(const Attempt *answered)
{
    return answered && answered->isFinished()
        && Guidance::forOutcome(*answered->outcome(), answered->request()).tone == Guidance::Tone::Done;
}

QString SubmitPolicy::blocker(Send send, const Form &form, ApiKeyController::State keyState, const Attempt *answered,
                              bool retryWaiting)
{
    const bool finished = answered && answered->isFinished();
    const Guidance guidance = finished ? Guidance::forOutcome(*answered->outcome(), answered->request()) : Guidance();
    if (finished) {
        if (const QString forbidden = answerForbids(guidance, retryWaiting); !forbidden.isEmpty())
            return forbidden;
    }
    if (const QString problem = formProblem(send, form); !problem.isEmpty())
        return problem;
    if (finished && send == Send::TypedAnswer && sameCodeAgain(guidance, form, *answered))
        return form.phoneMode ? tr("This number was already sent: type another one.")
                              : tr("This code was already sent: type the new code.");
    return keyProblem(keyState);
}
