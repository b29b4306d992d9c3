#pragma once

#include "ApiKeyController.h"
#include "Attempt.h"
#include "CheckpointRequest.h"

#include <QCoreApplication>
#include <QString>

// Why the window's Submit (or Try another way) cannot be pressed now, from what the form holds, the API key's state
// and the answer the form stands for: one rule for the buttons, the hint under the form and the Enter key.
struct SubmitPolicy {
    Q_DECLARE_TR_FUNCTIONS(SubmitPolicy)

public:
    enum class Send {
        TypedAnswer, // Submit: the code or the phone number in the form
        TryAnotherWay, // sends its own code: what the answer fields hold does not matter
    };

    // What the form holds.
    struct Form {
        CheckpointRequest request; // what Submit would send: the account id trimmed, the answer cleaned up
        bool providerChosen = false;
        bool phoneMode = false;
        QString typed; // the answer field as typed: the code, or the phone number in phone mode
        QString phoneProblem; // phone mode: why the number cannot be sent (translated); empty when it can
    };

    // The reason (translated), or an empty string when it can be sent. answered: the last answered attempt while
    // the form is still about its account and provider, else null; retryWaiting: its Retry is still counting down.
    // The answer connected the account, or says it already is: nothing left to send.
    static bool solved(const Attempt *answered);
    static QString blocker(Send send, const Form &form, ApiKeyController::State keyState, const Attempt *answered,
                           bool retryWaiting = false);
};
