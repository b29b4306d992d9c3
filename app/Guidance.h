#pragma once

#include "CheckpointRequest.h"
#include "Outcome.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// What the agent should do next, in words and in the actions the window offers. The one place that
// turns an Outcome into advice: one table, every row tested.
struct Guidance {
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(Guidance)

public:
    // The icon and colour class of the outcome panel.
    enum class Tone {
        Done, // connected, or nothing left to do
        Next, // another checkpoint step: ask the customer for the next input
        TryAgain, // the agent can fix it now (new code, correct a field)
        Wait, // temporary: wait, then a person retries
        Unknown, // nobody knows whether the code was used
        Escalate, // needs someone else (customer's provider app, plan owner, PostPress support)
    };
    Q_ENUM(Tone)

    enum class Action {
        RetypeCode, // focus the code field with the code selected, so typing replaces it
        ResendCode, // POST accounts/checkpoint/resend (never offered for TWITTER)
        TryAnotherWay, // send TRY_ANOTHER_WAY as the code
        EnterPhone, // switch to the phone-number mode
        ReplaceApiKey, // open the API-key dialog
        Retry, // a person sends the same request again (after retryAfterSeconds, when set)
        StartOver, // clear the code: the login must be restarted in PostPress first
        CopyForTicket, // copy the plain-text summary
    };
    Q_ENUM(Action)

    // The wait before Retry when the API sends no usable Retry-After: long enough for a restarting session, short
    // enough for a customer on the phone. Rate limits get longer, so the retry does not hit the limit again.
    static constexpr int DefaultRetryAfterSeconds = 15;
    static constexpr int RateLimitRetryAfterSeconds = 30;

    Tone tone = Tone::Unknown;
    QString headline; // one line
    QString explanation; // one or two sentences, plain text
    QList<Action> actions;
    // The field to put the cursor in, when the outcome says which input is at fault.
    std::optional<CheckpointRequest::Field> focusField;
    bool selectCode = false; // keep the code selected so typing replaces it
    int retryAfterSeconds = 0; // Retry becomes available after this many seconds (0: at once)

    // request: what was sent (provider, and whether the code was a phone number), for advice that depends on it.
    // Pure: the same outcome and request always give the same guidance.
    static Guidance forOutcome(const Outcome &outcome, const CheckpointRequest &request);

    // A phone number typed as a code, without the "(+CC)" prefix the API wants: only digits, spaces, '+', '-' and
    // dots, at least 8 digits. Kept this simple on purpose; it only adds a hint, it never changes what is sent.
    static bool looksLikeBarePhoneNumber(QStringView code);

    // Problem types that other texts (the ticket) name on their own, read from the same table as forOutcome():
    // errors/invalid_checkpoint_solution, and the account's proxy (errors/proxy_error, errors/proxy_auth_error).
    static bool isRejectedCode(const Outcome &outcome);
    static bool isAccountProxyFailure(const Outcome &outcome);
};
