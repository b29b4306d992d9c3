#pragma once

#include "Outcome.h"

#include <QString>

// What the server or the network said, as plain lines for the window to show under the advice: "HTTP 401 ·
// errors/…", the problem's title and detail, an excerpt of an answer that was not what the API documents, or the
// network's own reason. Shown, never interpreted.
// Lines are joined by "\n"; empty for a transport failure without a reason. A title or detail is cut to
// MaxShownDetailLength characters: the outcome keeps it whole for the ticket, the window shows what fits a screen.
QString outcomeDetails(const Outcome &outcome);

constexpr qsizetype MaxShownDetailLength = 600;
