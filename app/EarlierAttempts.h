#pragma once

#include "AttemptRecord.h"

#include <QDateTime>
#include <QList>
#include <QString>

// The line under the form when the account had attempts in the last hour ("2 earlier attempts in the last 40 minutes:
// both codes rejected"): an agent reading it knows the customer is probably reading out an old code.
namespace EarlierAttempts {

// How far back the line looks.
inline constexpr int Minutes = 60;

// attempts: the account's, newest first (History::attempts); those that started before nowUtc - Minutes are not
// counted. Empty when none is left. Outcomes are counted by kind, the most recent kind first; when every attempt
// had its code rejected, the line says so in one phrase.
QString line(const QList<AttemptRecord> &attempts, const QDateTime &nowUtc);

} // namespace EarlierAttempts
