#include "SubmitPolicy.h"

#include "Guidance.h"

namespace {

using State = ApiKeyController::State;

// Connected, or already connected: nothing left to send for this account.
bool solved(const Attempt *answered)
{
    return answered && answered->isFinished()
        && Guidance::forOutcome(*answered->outcome(), answered->request()).tone == Guidance::Tone::Done;
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
        return SubmitPolicy::tr("Set the API key first (API key ▸ Replace API key).");
    return {};
}

} // namespace

QString SubmitPolicy::blocker(Send send, const Form &form, ApiKeyController::State keyState, const Attempt *answered)
{
    if (solved(answered))
        return tr("This checkpoint is solved: nothing more to send.");
    if (const QString problem = formProblem(send, form); !problem.isEmpty())
        return problem;
    return keyProblem(keyState);
}
