#pragma once

#include <QString>
#include <QStringView>

// The one rule for text from outside the app (the API, a proxy in front of it, Qt's reading of them) before anything
// shows it or copies it: one clean line, cut to a length a window can hold, and never a secret it echoes back.
namespace SafeText {

// What must never reach the screen or the clipboard from outside: control characters (C0, DEL, C1), format
// characters (Unicode category Cf: the bidi controls U+061C, U+200E/F, U+202A–202E and U+2066–2069, zero-width
// characters, the BOM, soft hyphens, tags), lone surrogates, and U+FFFD, which stands for bytes that were not text.
bool isUnsafe(char32_t c);

// `text` as one line without unsafe characters: control characters, line breaks and U+FFFD become spaces, the other
// unsafe characters go, and white space folds to single spaces.
QString clean(QStringView text);

// At most maxLength UTF-16 units, ending with "…" when cut; a surrogate pair is never split.
QString elided(const QString &text, qsizetype maxLength);

// A piece of a secret this long is as good as a leak; shorter keys count whole.
constexpr qsizetype MinSecretPiece = 8;

// `text` with every run made of pieces of `secret` at least MinSecretPiece long (in any letter case) replaced by
// `marker`: an answer may echo a key whole, cut short, split by markup or upper-cased.
QString withoutSecret(const QString &text, const QString &secret, const QString &marker);

// Quoting what came from outside (an argument, a link, another launch's message) in a message of the app's own.

// Shows as itself: a letter, digit, punctuation mark or symbol that isUnsafe() does not refuse. Not a space, a
// combining mark (it would sit on the quotation mark), a private-use or unassigned character either.
bool isVisible(char32_t c);
// Every character visible, or a space (U+0020, or the no-break ones French typography puts before a colon): the text is
// safe to print on a terminal or in a log as it is. A lone surrogate counts as U+FFFD, which is not visible.
bool isPrintable(QStringView text);
// "U+0425"
QString codePoint(char32_t c);
// A name that is not ours (an unknown option or link parameter) as a message may quote it: when it looks like a name
// (up to 40 ASCII letters, '-' and '_'), the name; otherwise empty, and the message does not quote it. A key pasted
// where a name goes has digits; markup, escapes and bidi controls have other characters.
QString quotableName(QStringView name);

} // namespace SafeText
