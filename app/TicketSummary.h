#pragma once

#include "Attempt.h"
#include "CheckpointRequest.h"
#include "Outcome.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

// "Copy for ticket": a short plain-text summary of one attempt. It never contains the code or the key:
// it is built from the account id, the provider and the outcome only.
// One "Label: value" line each (labels translated), in this order, lines with an empty value left out:
// Time ("2026-11-25 14:03:07 UTC"), Ticket (the attempt's ticket id), Account ID, Provider ("LinkedIn (LINKEDIN)"),
// Outcome (short words derived from the outcome alone, e.g. "Code rejected"), HTTP status, Answer (the 2xx "object"),
// Account ID in answer (when it differs), Next checkpoint ("2FA (SMS)"), Type, Title, Detail, Request ID (the problem's
// instance, else the header), Request ID header (when it differs), Retry after, Response excerpt (a body that was not
// JSON), Network error (Qt's text), Reached PostPress (when the request may have been applied). Lines are joined by
// "\n", no trailing newline.
QString ticketSummary(const QString &accountId, Provider provider, const Outcome &outcome, const QDateTime &whenUtc);
// The same, with every occurrence of each non-empty string of `hidden` (the code that was sent) replaced by
// "[hidden]" in the lines that quote the server (Title, Detail, Response excerpt, Network error): an answer may
// echo the request back, and the summary never carries the code.
QString ticketSummary(const QString &accountId, Provider provider, const Outcome &outcome, const QDateTime &whenUtc,
                      const QStringList &hidden);
// The summary of a finished attempt: its ticket line, and the code it sent hidden.
QString ticketSummary(const Attempt &attempt, const QDateTime &whenUtc);
