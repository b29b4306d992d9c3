#include "ShownText.h"

#include <QList>

#include <algorithm>

using namespace Qt::StringLiterals;

bool ShownText::isVisible(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Punctuation_Connector:
    case QChar::Punctuation_Dash:
    case QChar::Punctuation_Open:
    case QChar::Punctuation_Close:
    case QChar::Punctuation_InitialQuote:
    case QChar::Punctuation_FinalQuote:
    case QChar::Punctuation_Other:
    case QChar::Symbol_Math:
    case QChar::Symbol_Currency:
    case QChar::Symbol_Modifier:
    case QChar::Symbol_Other:
        return true;
    default:
        return false;
    }
}

bool ShownText::isPrintable(QStringView text)
{
    const QList<uint> codePoints = text.toUcs4();
    return std::all_of(codePoints.cbegin(), codePoints.cend(), [](uint c) {
        return isVisible(char32_t(c)) || QChar::category(char32_t(c)) == QChar::Separator_Space;
    });
}

QString ShownText::codePoint(char32_t c)
{
    return u"U+%1"_s.arg(QString::number(uint(c), 16).toUpper().rightJustified(4, u'0'));
}

QString ShownText::name(QStringView name)
{
    constexpr qsizetype maxShown = 40;
    const bool shown = name.size() <= maxShown && std::all_of(name.begin(), name.end(), [](QChar c) {
                           const char16_t u = c.unicode();
                           return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || u == u'-' || u == u'_';
                       });
    return shown ? name.toString() : QString();
}
