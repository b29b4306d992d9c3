#pragma once

// What every target that reads another's input promises about the messages it refuses with and the account ids it
// accepts, written out here independently of the code under test.

#include "SafeText.h"

#include <QByteArray>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <type_traits>

// PostPress account ids: ASCII letters, digits and _ - . ~, 1 to 128 of them.
inline bool isAsciiAccountId(const QString &id)
{
    static const QRegularExpression rule(QStringLiteral("^[A-Za-z0-9_.~-]{1,128}$"));
    return rule.match(id).hasMatch();
}

// Helpdesk ticket ids: ASCII letters, digits and _ - . #, 1 to 64 of them.
inline bool isTicketId(const QString &id)
{
    static const QRegularExpression rule(QStringLiteral("^[A-Za-z0-9_.#-]{1,64}$"));
    return rule.match(id).hasMatch();
}

// No control, format (bidi, zero-width), line or paragraph separator character: safe on a terminal and in a log.
inline bool isPrintable(const QString &message)
{
    return SafeText::isPrintable(message);
}

inline QString asText(const QString &text)
{
    return text;
}

inline QString asText(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

template <typename Text> Text fromText(const QString &text)
{
    if constexpr (std::is_same_v<Text, QString>)
        return text;
    else
        return text.toUtf8();
}

// Whether message repeats value, which the input holds once: with the value replaced by other characters in the
// input, the message the code under test gives (rerun) no longer holds it. A value that is a word of the message
// itself, or of an example it quotes, is no echo.
template <typename Text, typename Rerun>
bool echoes(const QString &message, const Text &input, const Text &value, Rerun rerun)
{
    if (input.count(value) != 1 || !message.contains(asText(value)))
        return false;
    const QString shown = asText(value);
    const Text other = fromText<Text>(QString(shown.size(), shown.contains(u'Q') ? u'X' : u'Q'));
    return !rerun(Text(input).replace(value, other)).contains(shown);
}

// What may be a secret in a text: tokens of at least 6 letters, digits and "_" with a digit among them (keys,
// codes; a word like "colour" may be quoted as an unknown name), and the user information of a URL
// ("agent:pw@" in https://agent:pw@host).
template <typename Text> QList<Text> secretLikeParts(const Text &input)
{
    static const QRegularExpression token(QStringLiteral("[A-Za-z0-9_]*[0-9][A-Za-z0-9_]*"));
    static const QRegularExpression userInfo(QStringLiteral("[A-Za-z][A-Za-z0-9+.-]*://([^/?#@\\s\"]{3,})@"));
    const QString text = asText(input);
    QList<Text> parts;
    for (const QRegularExpressionMatch &match : token.globalMatch(text)) {
        if (match.capturedLength() >= 6)
            parts.append(fromText<Text>(match.captured()));
    }
    for (const QRegularExpressionMatch &match : userInfo.globalMatch(text))
        parts.append(fromText<Text>(match.captured(1)));
    return parts;
}

// A refusal names what is wrong and never repeats a secret-looking part of the input.
template <typename Text, typename Rerun> bool echoesASecret(const QString &message, const Text &input, Rerun rerun)
{
    const QList<Text> parts = secretLikeParts(input);
    return std::any_of(parts.cbegin(), parts.cend(),
                       [&](const Text &part) { return echoes(message, input, part, rerun); });
}
