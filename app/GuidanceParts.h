#pragma once

#include "Guidance.h"

// The building blocks of Guidance::forOutcome(), shared by the files that build its advice: Guidance.cpp (problems,
// from the table), GuidanceSteps.cpp (answers that are not problems) and GuidanceTransport.cpp (no HTTP answer).
namespace GuidanceParts {

using Action = Guidance::Action;
using Tone = Guidance::Tone;
using Field = CheckpointRequest::Field;

// Every outcome can be copied for a ticket, always as the last action.
Guidance make(Tone tone, const QString &headline, const QString &explanation, QList<Action> actions = {});
// The code is what to fix next: cursor in the code field, the old code selected so typing replaces it.
Guidance focusCode(Guidance guidance);
Guidance focusAccountId(Guidance guidance);
QString sentences(const QString &first, const QString &second);
// The API's Retry-After when it sent a usable one, else the fallback.
int waitSeconds(const Outcome &outcome, int fallback);
// RetypeCode, then ResendCode where the provider has the resend endpoint, then the rest.
QList<Action> newCodeActions(Provider provider, const QList<Action> &rest = {});
QString providerName(const CheckpointRequest &request);
// What PostPress said, for rows that cannot rely on a known type: the status and whatever was readable.
QString whatPostPressSaid(const Outcome &outcome);
QString waitThenRetry(int seconds);
// For outcomes where the code may have been used: how a person finds out, without anything resent by itself.
QString findOut();

// The parts of forOutcome(), by the outcome's kind.
Guidance connected(const Outcome &outcome);
Guidance nextCheckpoint(const Outcome &outcome, const CheckpointRequest &request);
Guidance codeResent(const CheckpointRequest &request);
Guidance unexpectedAnswer(const Outcome &outcome, const CheckpointRequest &request);
Guidance transportFailure(const Outcome &outcome);

} // namespace GuidanceParts
