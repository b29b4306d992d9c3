#include "SafeText.h"

#include <QStringList>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace SafeText {

bool isUnsafe(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return category == QChar::Other_Control || category == QChar::Other_Format || category == QChar::Other_Surrogate
        || c == QChar::ReplacementCharacter;
}

QString clean(QStringView text)
{
    QString line;
    line.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool pair = text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate();
        const char32_t c = pair ? QChar::surrogateToUcs4(text[i], text[i + 1]) : text[i].unicode();
        if (QChar::category(c) == QChar::Other_Control || c == QChar::ReplacementCharacter)
            line += u' ';
        else if (!isUnsafe(c))
            line += text.sliced(i, pair ? 2 : 1);
        i += pair ? 1 : 0;
    }
    return line.simplified();
}

QString elided(const QString &text, qsizetype maxLength)
{
    if (text.size() <= maxLength)
        return text;
    qsizetype cut = std::max<qsizetype>(maxLength - 1, 0);
    if (cut > 0 && text.at(cut - 1).isHighSurrogate())
        --cut;
    return text.left(cut) + u'…';
}

QString withoutSecret(const QString &text, const QString &secret, const QString &marker)
{
    const qsizetype length = std::min(MinSecretPiece, secret.size());
    if (length == 0 || text.size() < length)
        return text;
    QStringList pieces;
    for (qsizetype i = 0; i + length <= secret.size(); ++i)
        pieces.append(secret.mid(i, length));
    pieces.removeDuplicates();
    // Every character that belongs to a piece found in the text; a longer echo is a chain of overlapping pieces.
    std::vector<bool> hidden(size_t(text.size()), false);
    for (const QString &piece : std::as_const(pieces)) {
        for (qsizetype at = text.indexOf(piece, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(piece, at + 1, Qt::CaseInsensitive))
            std::fill_n(hidden.begin() + at, length, true);
    }
    if (std::find(hidden.cbegin(), hidden.cend(), true) == hidden.cend())
        return text;
    QString result;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!hidden[size_t(i)])
            result += text.at(i);
        else if (i == 0 || !hidden[size_t(i - 1)])
            result += marker;
    }
    return result;
}

bool isVisible(char32_t c)
{
    if (isUnsafe(c))
        return false;
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

bool isPrintable(QStringView text)
{
    const QList<uint> codePoints = text.toUcs4();
    return std::all_of(codePoints.cbegin(), codePoints.cend(), [](uint c) {
        return isVisible(char32_t(c)) || QChar::category(char32_t(c)) == QChar::Separator_Space;
    });
}

QString codePoint(char32_t c)
{
    return u"U+%1"_s.arg(QString::number(uint(c), 16).toUpper().rightJustified(4, u'0'));
}

QString quotableName(QStringView name)
{
    constexpr qsizetype maxShown = 40;
    const bool shown = name.size() <= maxShown && std::all_of(name.begin(), name.end(), [](QChar c) {
                           const char16_t u = c.unicode();
                           return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || u == u'-' || u == u'_';
                       });
    return shown ? name.toString() : QString();
}

} // namespace SafeText
