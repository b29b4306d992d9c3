#pragma once

#include "CheckpointRequest.h"
#include "Outcome.h"

#include <QDateTime>
#include <QString>

// "Copy for ticket": a short plain-text summary of one attempt. It never contains the code or the key:
// it is built from the account id, the provider and the outcome only.
QString ticketSummary(const QString &accountId, Provider provider, const Outcome &outcome, const QDateTime &whenUtc);
