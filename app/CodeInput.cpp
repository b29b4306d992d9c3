#include "CodeInput.h"

#include <QLocale>

#include <phonenumbers/phonenumberutil.h>

#include <set>
#include <string>

using namespace Qt::StringLiterals;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

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

const PhoneNumberUtil &phoneUtil()
{
    return *PhoneNumberUtil::GetInstance();
}

// libphonenumber wants upper-case ISO codes ("FR"); an unknown or empty one is "ZZ" to it.
std::string regionToStd(const QString &text)
{
    return text.toUpper().toStdString();
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

// The region whose rules an invalid number broke: its own when libphonenumber can tell, else the main region
// of its calling code ("US" for +1).
QString regionOfNumber(const PhoneNumber &number)
{
    std::string region;
    phoneUtil().GetRegionCodeForNumber(number, &region);
    if (region.empty() || region == "ZZ")
        phoneUtil().GetRegionCodeForCountryCode(number.country_code(), &region);
    return QString::fromStdString(region);
}

// The digits of libphonenumber's national format keep the trunk prefix where the country dials one
// ("06…" in France, "07400…" in Great Britain) and none where it does not ("201…" in the US): the number as
// the customer dials it at home, which is what the spec's "(+33)0612345678" shows.
QString nationalDigits(const PhoneNumber &number)
{
    std::string national;
    phoneUtil().Format(number, PhoneNumberUtil::NATIONAL, &national);
    QString digits;
    for (char c : national) {
        if (c >= '0' && c <= '9')
            digits.append(QLatin1Char(c));
    }
    return digits;
}

// Why libphonenumber refused a number that parsed. The length is checked against mobile numbers when
// the general rules allow it, since PHONE_REGISTER asks for a mobile: the British "07400 12345" is then
// "too short" rather than merely "not valid".
QString invalidReason(const PhoneNumber &number, const QString &region)
{
    PhoneNumberUtil::ValidationResult length = phoneUtil().IsPossibleNumberWithReason(number);
    if (length == PhoneNumberUtil::IS_POSSIBLE)
        length = phoneUtil().IsPossibleNumberForTypeWithReason(number, PhoneNumberUtil::MOBILE);
    switch (length) {
    case PhoneNumberUtil::TOO_SHORT:
        return PhoneNumberFormatter::tr("The number is too short for %1.").arg(regionLabel(region));
    case PhoneNumberUtil::TOO_LONG:
        return PhoneNumberFormatter::tr("The number is too long for %1.").arg(regionLabel(region));
    case PhoneNumberUtil::INVALID_LENGTH:
        return PhoneNumberFormatter::tr("The number has the wrong number of digits for %1.").arg(regionLabel(region));
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
        return PhoneNumberFormatter::tr("The number is incomplete: the area code is missing.");
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        return PhoneNumberFormatter::tr("The country code after \"+\" does not exist.");
    case PhoneNumberUtil::IS_POSSIBLE:
        break;
    }
    return PhoneNumberFormatter::tr("This is not a valid number in %1: check the digits.").arg(regionLabel(region));
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

    PhoneNumber number;
    switch (phoneUtil().Parse(text.toStdString(), regionToStd(regionCode), &number)) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        if (callingCodeFor(regionCode).isEmpty())
            return {{}, tr("Choose the customer's country, or type the number with its country code (+…)."), {}};
        return {{}, tr("The country code after \"+\" does not exist."), {}};
    case PhoneNumberUtil::NOT_A_NUMBER:
        return {{}, tr("This is not a phone number."), {}};
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        return {{}, tr("The number is too short."), {}};
    case PhoneNumberUtil::TOO_LONG_NSN:
        return {{}, tr("The number is too long."), {}};
    }

    const QString region = regionOfNumber(number);
    if (number.has_extension())
        return {{}, tr("Leave out the extension: the provider needs a mobile number."), {}};
    if (!phoneUtil().IsValidNumber(number))
        return {{}, invalidReason(number, region), {}};
    if (region == "001"_L1) // +800, +808, +870, …: global services, no country's mobile network
        return {{}, tr("This number belongs to no country: the provider needs the customer's mobile number."), {}};
    return {u"(+"_s + QString::number(number.country_code()) + u')' + nationalDigits(number), {}, region};
}

QStringList PhoneNumberFormatter::supportedRegions()
{
    std::set<std::string> regions;
    phoneUtil().GetSupportedRegions(&regions);
    QStringList codes;
    codes.reserve(qsizetype(regions.size()));
    for (const std::string &region : regions)
        codes.append(QString::fromStdString(region));
    return codes; // std::set iterates in order
}

QString PhoneNumberFormatter::callingCodeFor(const QString &regionCode)
{
    const int code = phoneUtil().GetCountryCodeForRegion(regionToStd(regionCode));
    return code > 0 ? u"+"_s + QString::number(code) : QString();
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
