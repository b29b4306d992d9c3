#include "CodeInput.h"

#include <QLocale>

#include "PhoneNumberBackend.h"
#include "PhoneNumberLibrary.h"

using namespace Qt::StringLiterals;

namespace {

// Pasted text often carries invisible marks (zero-width space, left-to-right mark, BOM) next to spaces.
bool isBlank(QChar c)
{
    return c.isSpace() || c.category() == QChar::Other_Format;
}

// What people put between groups of digits when they read a code out or copy it from a message.
bool isDigitSeparator(QChar c)
{
    return isBlank(c) || c.category() == QChar::Punctuation_Dash || c == u'.' || c == u'\u2212' // minus sign
        || c == u'\uFF0E'; // full-width full stop
}

QString trimBlanks(const QString &text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isBlank(text.at(begin)))
        ++begin;
    while (end > begin && isBlank(text.at(end - 1)))
        --end;
    return text.mid(begin, end - begin);
}

// libphonenumber wants upper-case ISO codes ("FR"); an unknown or empty one is "ZZ" to it.
QString normalisedRegion(const QString &text)
{
    return text.toUpper();
}

} // namespace

QString CodeInput::normaliseCode(const QString &typed)
{
    const QString trimmed = trimBlanks(typed);
    QString digits;
    digits.reserve(trimmed.size());
    for (QChar c : trimmed) {
        if (c.isDigit())
            digits.append(QChar(u'0' + c.digitValue()));
        else if (!isDigitSeparator(c))
            return trimmed;
    }
    return digits.isEmpty() ? trimmed : digits;
}

namespace {

// "France (+33)": how a problem names the country it checked the number against.
QString regionLabel(const QString &regionCode)
{
    return PhoneNumberFormatter::regionName(regionCode) + u" ("_s + PhoneNumberFormatter::callingCodeFor(regionCode)
        + u')';
}

// Why libphonenumber refused a number that parsed.
QString invalidReason(PhoneNumberBackend::Possibility possibility, const QString &region)
{
    using P = PhoneNumberBackend::Possibility;
    switch (possibility) {
    case P::TooShort:
        return PhoneNumberFormatter::tr("The number is too short for %1.").arg(regionLabel(region));
    case P::TooLong:
        return PhoneNumberFormatter::tr("The number is too long for %1.").arg(regionLabel(region));
    case P::InvalidLength:
        return PhoneNumberFormatter::tr("The number has the wrong number of digits for %1.").arg(regionLabel(region));
    case P::LocalOnly:
        return PhoneNumberFormatter::tr("The number is incomplete: the area code is missing.");
    case P::InvalidCountryCode:
        return PhoneNumberFormatter::tr("The country code after \"+\" does not exist.");
    case P::Possible:
        break;
    }
    return PhoneNumberFormatter::tr("This is not a valid number in %1: check the digits.").arg(regionLabel(region));
}

const PhoneNumberBackend *phoneBackend()
{
    return PhoneNumberLibrary::instance().backend();
}

// Why the library could not read a number as one.
QString parseProblem(PhoneNumberBackend::ParseError error, const QString &regionCode)
{
    using E = PhoneNumberBackend::ParseError;
    switch (error) {
    case E::None:
        break;
    case E::InvalidCountryCode:
        if (PhoneNumberFormatter::callingCodeFor(regionCode).isEmpty())
            return PhoneNumberFormatter::tr(
                "Choose the customer's country, or type the number with its country code (+…).");
        return PhoneNumberFormatter::tr("The country code after \"+\" does not exist.");
    case E::NotANumber:
        return PhoneNumberFormatter::tr("This is not a phone number.");
    case E::TooShort:
        return PhoneNumberFormatter::tr("The number is too short.");
    case E::TooLong:
        return PhoneNumberFormatter::tr("The number is too long.");
    }
    return {};
}

} // namespace

PhoneNumberFormatter::Result PhoneNumberFormatter::format(const QString &regionCode, const QString &typed)
{
    const QString text = trimBlanks(typed);
    if (text.isEmpty())
        return {{}, tr("Type the customer's phone number."), {}};
    for (QChar c : text) {
        if (c.isLetter())
            return {{}, tr("A phone number has no letters: type its digits only."), {}};
    }

    const PhoneNumberBackend *backend = phoneBackend();
    if (!backend) {
        return {{},
                tr("Phone numbers cannot be checked on this computer. %1 Choose Code and type the number as "
                   "(+country code)number, for example (+33)0612345678, or reinstall PostPress Checkpoint.")
                    .arg(PhoneNumberLibrary::instance().problem()),
                {}};
    }
    const PhoneNumberBackend::Number number = backend->parse(text, normalisedRegion(regionCode));
    if (number.error != PhoneNumberBackend::ParseError::None)
        return {{}, parseProblem(number.error, regionCode), {}};
    if (number.hasExtension)
        return {{}, tr("Leave out the extension: the provider needs a mobile number."), {}};
    if (!number.isValid)
        return {{}, invalidReason(number.possibility, number.region), {}};
    if (number.region == "001"_L1) // +800, +808, +870, …: global services, no country's mobile network
        return {{}, tr("This number belongs to no country: the provider needs the customer's mobile number."), {}};
    return {u"(+"_s + QString::number(number.countryCode) + u')' + number.nationalDigits, {}, number.region};
}

QStringList PhoneNumberFormatter::supportedRegions()
{
    const PhoneNumberBackend *backend = phoneBackend();
    return backend ? backend->supportedRegions() : QStringList();
}

QString PhoneNumberFormatter::callingCodeFor(const QString &regionCode)
{
    const PhoneNumberBackend *backend = phoneBackend();
    const int code = backend ? backend->countryCodeForRegion(normalisedRegion(regionCode)) : 0;
    return code > 0 ? u"+"_s + QString::number(code) : QString();
}

QString PhoneNumberFormatter::exampleNumber(const QString &regionCode)
{
    const PhoneNumberBackend *backend = phoneBackend();
    return backend ? backend->exampleMobileNumber(normalisedRegion(regionCode)) : QString();
}

QString PhoneNumberFormatter::regionName(const QString &regionCode)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(regionCode.toUpper());
    return territory == QLocale::AnyTerritory ? regionCode.toUpper() : QLocale::territoryToString(territory);
}

QString PhoneNumberFormatter::defaultRegion()
{
    return regionForLocale(QLocale::system());
}

QString PhoneNumberFormatter::regionForLocale(const QLocale &locale)
{
    const QString code = QLocale::territoryToCode(locale.territory());
    return callingCodeFor(code).isEmpty() ? u"US"_s : code;
}
