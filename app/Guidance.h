#pragma once

#include "CheckpointRequest.h"
#include "Outcome.h"

#include <QCoreApplication>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <span>

// What the agent should do next, in words and in the actions the window offers. The one place that
// turns an Outcome into advice: what each HTTP problem means is one table (problemTable()), every row tested.
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
    QString explanationOnceReady; // the explanation once Retry's wait is over, when it says to wait; else empty

    // What an HTTP problem means, per (status, type): one row of the table that forOutcome() builds the advice from,
    // the ticket summary takes its words from, and the tests walk. Texts are source texts, translated where they are
    // shown (headline and explanations in Guidance's context, ticketWords in TicketSummary's); %1 in a headline or an
    // explanation is the provider.
    struct ProblemFacts {
        // Where the cursor goes. Code selects the code so typing replaces it; FaultyInput puts it in the field that
        // looks wrong (the account id, a phone number without its prefix, else the code) with that field's advice
        // and action instead of `then` and `actions`.
        enum class Focus { None, AccountId, Code, FaultyInput };
        // The explanation's second sentence, after `explanation`.
        enum class Then {
            Nothing,
            Advice, // `advice`
            WaitThenRetry, // how long Retry waits
            FindOut, // the code may or may not have been used: press Retry once to find out
        };
        // The status of a class's last row: any other 4xx, any other 5xx, any other status at all.
        static constexpr int AnyClientError = 4;
        static constexpr int AnyServerError = 5;
        static constexpr int AnyStatus = 0;

        int status = AnyStatus;
        QLatin1StringView type = {}; // empty: any type without a row of its own at this status
        Tone tone = Tone::Unknown;
        QList<Action> actions = {}; // before CopyForTicket; ResendCode only where the provider can resend
        Focus focus = Focus::None;
        int retryFallbackSeconds = DefaultRetryAfterSeconds; // Retry's wait without a Retry-After (rows with Retry)
        const char *headline = nullptr;
        const char *explanation = nullptr; // nullptr: what PostPress said (its status and message)
        Then then = Then::Nothing;
        const char *advice = nullptr;
        const char *adviceWithoutResend = nullptr; // instead of advice when the provider cannot resend
        const char *ticketWords = nullptr; // the Outcome line of the ticket, from the outcome alone

        // Nobody knows whether the code was applied: a person presses Retry once to find out.
        bool codeMayHaveBeenUsed() const { return then == Then::FindOut; }
    };

    // Every row, ordered by status; a status's row with an empty type and the class rows come last.
    static std::span<const ProblemFacts> problemTable();
    // The row for a Problem outcome: its (status, type), else its status with any type, else its status class.
    static const ProblemFacts &problemFacts(const Outcome &outcome);

    // request: what was sent (provider, and whether the code was a phone number), for advice that depends on it.
    // Pure: the same outcome and request always give the same guidance.
    static Guidance forOutcome(const Outcome &outcome, const CheckpointRequest &request);

    // A phone number typed as a code, without the "(+CC)" prefix the API wants: only digits, spaces, '+', '-' and
    // dots, at least 8 digits. Kept this simple on purpose; it only adds a hint, it never changes what is sent.
    static bool looksLikeBarePhoneNumber(QStringView code);
};
