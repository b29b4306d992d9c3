#pragma once

#include "CheckpointRequest.h"
#include "Outcome.h"

#include <QCoreApplication>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringView>

// The stable short names of an attempt's kind and outcome, which the history stores and the audit events send, and
// the words a person reads for them. Names are never translated or renamed: a history an older version wrote reads
// the same.
namespace AttemptNames {

// How an attempt ended. The names follow the advice the agent saw (Guidance), so history, audit and window agree:
enum class OutcomeName {
    Connected, // connected: the checkpoint is cleared, or the account was already connected
    NextStep, // next_step: the answer was accepted and the provider asks for another step
    CodeResent, // code_resent: a new code is on its way
    CodeRejected, // code_rejected: the provider rejected the code (errors/invalid_checkpoint_solution)
    IntentEnded, // intent_ended: the login in PostPress is over or unknown, it must be started again (Start over)
    KeyRejected, // key_rejected: PostPress refused the API key, nothing was done with the code
    Busy, // busy: PostPress, the provider or the account's proxy asked to wait, then retry
    Unknown, // unknown: nobody knows whether the code was used (no answer, a dropped connection, an odd answer)
    Cancelled, // cancelled: the agent cancelled before an answer
    Error, // error: anything else (refused, not sent, needs someone else)
};

// request: what was sent, as Guidance reads it.
OutcomeName outcomeOf(const Outcome &outcome, const CheckpointRequest &request);
QLatin1StringView shortName(OutcomeName name);
// Every outcome name, in the order above.
QList<OutcomeName> allOutcomeNames();

// "Code rejected" for code_rejected; a name this version does not know, as it is.
QString outcomeLabel(const QString &name);
// "2 codes rejected": how many attempts ended this way, for the earlier-attempts line.
QString outcomeCounted(const QString &name, int count);

// The kinds of attempt as stored: what the agent pressed.
inline constexpr QLatin1StringView Submit{"submit"};
inline constexpr QLatin1StringView Resend{"resend"};
inline constexpr QLatin1StringView TryAnotherWay{"try_another_way"};
// "Submit code" for submit; a name this version does not know, as it is.
QString kindLabel(const QString &name);

} // namespace AttemptNames
