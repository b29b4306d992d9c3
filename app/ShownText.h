#pragma once

#include <QString>
#include <QStringView>

// How a message quotes something that came from outside (an argument, a link, another launch's message): never a
// value that may be secret, never a character that is not what it looks like (controls, bidi and other invisible
// format characters), so an error is safe to print on a terminal, in a log or in a message box.
namespace ShownText {

// A letter, digit, punctuation mark or symbol: shows as itself. Not a space, a control or format character (an
// escape, a bidi override, a zero-width space), a combining mark, a surrogate, a private or unassigned one.
bool isVisible(char32_t c);
// Every character is visible or a space (U+0020, or a no-break one as French typography puts before a colon): the
// text is safe to print as it is.
bool isPrintable(QStringView text);
// "U+0425"
QString codePoint(char32_t c);
// A name that is not ours (an unknown option or link parameter) as a message may quote it: when it looks like a
// name (up to 40 ASCII letters, '-' and '_'), the name; otherwise empty, and the message does not quote it. A key
// pasted where a name goes has digits; markup, escapes and bidi controls have other characters.
QString name(QStringView name);

} // namespace ShownText
