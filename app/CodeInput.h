#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QLocale;

// Turning what the agent typed into what the API expects.
namespace CodeInput {

// A numeric code read out or pasted as "123 456", "123-456" or "123.456" becomes "123456": any white space
// (non-breaking included), dashes, dots and invisible format characters go, and digits of other scripts
// (full-width "１２３") become ASCII. Anything else (a letter, "+", "(") is only trimmed, so alphanumeric
// codes, TRY_ANOTHER_WAY and an already formatted "(+33)0612345678" stay as typed.
QString normaliseCode(const QString &typed);

} // namespace CodeInput

// A phone number for PHONE_REGISTER checkpoints, validated with libphonenumber and formatted as the spec
// wants: "(+<country calling code>)<national number as dialled>", e.g. "(+33)0612345678", "(+1)2015550123".
class PhoneNumberFormatter {
    Q_DECLARE_TR_FUNCTIONS(PhoneNumberFormatter)

public:
    struct Result {
        QString formatted; // empty when the number is not valid
        QString problem; // translated reason when it is not valid
        QString regionCode; // the region the valid number belongs to; may differ from the one chosen
        bool isValid() const { return !formatted.isEmpty(); }
    };

    // regionCode: ISO 3166-1 alpha-2, e.g. "FR"; typed: the number as the customer says it,
    // national ("06 12 34 56 78") or international ("+33 6 12 34 56 78", "0033 6 12 34 56 78").
    // A number typed with another country's "+CC" keeps its own country: the region only decides how
    // national input is read.
    static Result format(const QString &regionCode, const QString &typed);
    // All regions libphonenumber supports, sorted by code.
    static QStringList supportedRegions();
    // "+33" for "FR"; empty for an unknown region.
    static QString callingCodeFor(const QString &regionCode);
    // An example mobile number of the region as people write it there, for the phone field's placeholder; empty
    // when libphonenumber has none or is not installed.
    static QString exampleNumber(const QString &regionCode);
    // "France" for "FR" (Qt's English territory name); the code itself when Qt does not know it.
    static QString regionName(const QString &regionCode);
    // The region of the system locale, when libphonenumber supports it, else "US".
    static QString defaultRegion();
    // The region of the given locale, when libphonenumber supports it, else "US".
    static QString regionForLocale(const QLocale &locale);
};
