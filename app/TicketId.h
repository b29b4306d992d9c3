#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

// The rule for a helpdesk ticket id, wherever it comes from (a link's ticket=, --ticket, another launch): what the
// window title, Copy for ticket and the history may carry.
namespace TicketId {

// ASCII letters, digits and _ - . # (what helpdesks number tickets with: "4711", "INC-0042", "#4711"), at most
// MaxLength. ASCII only, as for account ids: a Cyrillic letter that looks Latin would file the attempt elsewhere.
inline constexpr qsizetype MaxLength = 64;

// A translated reason naming the first character not allowed (shown, with its code point, only when it is visible),
// or empty when the id may be used. Checked as given: nothing is trimmed.
QString problem(QStringView ticketId);

} // namespace TicketId
