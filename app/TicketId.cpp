#include "TicketId.h"

#include "SafeText.h"

#include <algorithm>

namespace TicketId {

namespace {

bool isTicketIdCharacter(char32_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-'
        || c == u'.' || c == u'#';
}

} // namespace

QString problem(QStringView ticketId)
{
    if (ticketId.isEmpty())
        return QCoreApplication::translate("TicketId", "The ticket id is empty.");
    if (ticketId.size() > MaxLength) {
        return QCoreApplication::translate("TicketId", "The ticket id is too long: %1 characters, at most %2.")
            .arg(ticketId.size())
            .arg(MaxLength);
    }
    const QList<uint> codePoints = ticketId.toUcs4();
    const auto bad = std::find_if_not(codePoints.cbegin(), codePoints.cend(),
                                      [](uint c) { return isTicketIdCharacter(char32_t(c)); });
    if (bad == codePoints.cend())
        return {};
    const char32_t c = char32_t(*bad);
    const int position = int(bad - codePoints.cbegin()) + 1;
    if (!SafeText::isVisible(c)) {
        return QCoreApplication::translate(
                   "TicketId",
                   "The ticket id cannot contain spaces, invisible or control characters: character %1 is %2.")
            .arg(QString::number(position), SafeText::codePoint(c));
    }
    return QCoreApplication::translate(
               "TicketId",
               "The ticket id cannot contain “%1” (%2, character %3): only ASCII letters, digits and _ - . # are "
               "allowed.")
        .arg(QString::fromUcs4(&c, 1), SafeText::codePoint(c), QString::number(position));
}

} // namespace TicketId
