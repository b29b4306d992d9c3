#pragma once

#include "CheckpointRequest.h"
#include "Outcome.h"

#include <QDateTime>

#include <chrono>
#include <optional>

// One request a window sent (a code, a resend or "try another way") and what came of it: what Retry and Resend start
// from, what the outcome panel shows, and the record that history and audit will read.
//
// The code stays in memory with the attempt and nowhere else: Retry (a person's press, never automatic) sends exactly
// this request again, and Copy for ticket hides echoes of it. A record kept anywhere (history, audit) takes the kind,
// account, provider, times and outcome, and never request().code.
class Attempt {
public:
    enum class Kind {
        Submit, // the code (or phone number) the agent typed
        Resend, // POST accounts/checkpoint/resend: no code
        TryAnotherWay, // TRY_ANOTHER_WAY as the code
    };

    // What Submit sends, or Try another way when the code is TRY_ANOTHER_WAY.
    static Attempt submit(const CheckpointRequest &request,
                          const QDateTime &startedUtc = QDateTime::currentDateTimeUtc());
    // A new code for this account and provider; the request carries no code.
    static Attempt resend(const QString &accountId, Provider provider,
                          const QDateTime &startedUtc = QDateTime::currentDateTimeUtc());
    // The same request again, not finished yet: what Retry sends.
    Attempt again(const QDateTime &startedUtc = QDateTime::currentDateTimeUtc()) const;

    Kind kind() const { return m_kind; }
    const CheckpointRequest &request() const { return m_request; }
    QString accountId() const { return m_request.accountId; }
    Provider provider() const { return m_request.provider; }
    // The code the agent typed, for a Submit; empty otherwise (TRY_ANOTHER_WAY is no secret). An answer that echoes
    // it must not carry it further.
    QString typedCode() const { return m_kind == Kind::Submit ? m_request.code : QString(); }

    // The helpdesk ticket the attempt was made for (TicketId's rule); empty: none. Again() keeps it.
    QString ticketId() const { return m_ticketId; }
    void setTicketId(const QString &ticketId) { m_ticketId = ticketId; }

    QDateTime startedUtc() const { return m_startedUtc; }
    QDateTime finishedUtc() const { return m_finishedUtc; } // null until finished
    std::optional<std::chrono::milliseconds> duration() const;
    bool isFinished() const { return m_outcome.has_value(); }
    const std::optional<Outcome> &outcome() const { return m_outcome; }
    void finish(const Outcome &outcome, const QDateTime &finishedUtc = QDateTime::currentDateTimeUtc());

private:
    Attempt(Kind kind, const CheckpointRequest &request, const QDateTime &startedUtc);

    Kind m_kind;
    CheckpointRequest m_request;
    QString m_ticketId;
    QDateTime m_startedUtc;
    QDateTime m_finishedUtc;
    std::optional<Outcome> m_outcome;
};
