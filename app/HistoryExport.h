#pragma once

#include "AttemptRecord.h"

#include <QByteArray>
#include <QList>
#include <QString>

// The history's rows as others read them: CSV for a spreadsheet, plain lines for a ticket, and the words a row is shown
// with.
namespace HistoryExport {

// One CSV cell (RFC 4180): quoted when it holds a comma, a quote, CR or LF, quotes doubled. A cell a spreadsheet would
// take for a formula (starting with = + - @, a tab or CR) starts with ' instead, as OWASP advises for CSV injection.
QString csvCell(const QString &value);
// A header row of the stored names (time_utc, account_id, …), then one row per record, each ending in CRLF; UTF-8.
// Kinds and outcomes as their short names, times in ISO 8601 UTC: the file reads the same in every language.
QByteArray csv(const QList<AttemptRecord> &records);

// One line per record in the app's language, for a ticket:
// "2026-11-25 14:03:07 UTC · acc_1 · LinkedIn · Submit code · Code rejected · HTTP 401 · errors/… · Request ID req_1 ·
// Ticket 4711 · 1.2 s"; parts with nothing in them left out. Lines joined by "\n".
QString ticketText(const QList<AttemptRecord> &records);

// "2026-11-25 14:03:07 UTC"
QString utcTime(const QDateTime &time);
// "LinkedIn" for LINKEDIN; a name this version does not know, as it is.
QString providerLabel(const QString &apiName);
// "1.2 s", in the app's locale.
QString duration(qint64 milliseconds);

} // namespace HistoryExport
