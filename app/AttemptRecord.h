#pragma once

#include "Attempt.h"
#include "CheckpointRequest.h"
#include "Outcome.h"

#include <QDateTime>
#include <QLatin1StringView>
#include <QString>

// One finished attempt as the history keeps it: who, what was pressed, how it ended, and the ids a ticket needs.
// Never the code, a phone number or the key: nothing here is typed by the customer, and the server's texts are not
// kept (the problem type and request id only, without any echo of the code).
struct AttemptRecord {
    qint64 id = 0; // given by the history; 0 until stored
    QDateTime timeUtc; // when the attempt started
    QString accountId;
    QString provider; // as the API spells it: "LINKEDIN"
    QString kind; // AttemptNames: "submit", "resend", "try_another_way"
    QString outcome; // AttemptNames: "connected", "code_rejected", …
    int httpStatus = 0; // 0: no HTTP answer
    QString problemType; // "errors/invalid_checkpoint_solution"
    QString requestId;
    QString ticketId;
    qint64 durationMs = 0;

    // What the history keeps of one finished attempt. kind: AttemptNames' Submit, Resend or TryAnotherWay. The code
    // a Submit sent is replaced by "[hidden]" wherever the server's ids echo it.
    static AttemptRecord of(QLatin1StringView kind, const CheckpointRequest &request, const Outcome &outcome,
                            const QDateTime &startedUtc, const QDateTime &finishedUtc, const QString &ticketId);

    // The same, of a finished Attempt, with its ticket.
    static AttemptRecord of(const Attempt &attempt);

    friend bool operator==(const AttemptRecord &, const AttemptRecord &) = default;
};
