// The PhoneNumberBackend plugin: libphonenumber behind PhoneNumberBackend. Built as a module of its own
// (postpress-checkpoint-phonenumber), loaded by PhoneNumberLibrary on first use; fuzz builds link it statically.
#include "PhoneNumberBackend.h"

#include <QObject>

#include <phonenumbers/phonenumberutil.h>

#include <set>
#include <string>

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

const PhoneNumberUtil &phoneUtil()
{
    return *PhoneNumberUtil::GetInstance();
}

PhoneNumberBackend::ParseError parseError(PhoneNumberUtil::ErrorType error)
{
    using E = PhoneNumberBackend::ParseError;
    switch (error) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        return E::None;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return E::InvalidCountryCode;
    case PhoneNumberUtil::NOT_A_NUMBER:
        return E::NotANumber;
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        return E::TooShort;
    case PhoneNumberUtil::TOO_LONG_NSN:
        return E::TooLong;
    }
    return E::NotANumber;
}

// The length is checked against mobile numbers when the general rules allow it, since PHONE_REGISTER asks for a
// mobile: the British "07400 12345" is then "too short" rather than merely "not valid".
PhoneNumberBackend::Possibility possibility(const PhoneNumber &number)
{
    using P = PhoneNumberBackend::Possibility;
    PhoneNumberUtil::ValidationResult length = phoneUtil().IsPossibleNumberWithReason(number);
    if (length == PhoneNumberUtil::IS_POSSIBLE)
        length = phoneUtil().IsPossibleNumberForTypeWithReason(number, PhoneNumberUtil::MOBILE);
    switch (length) {
    case PhoneNumberUtil::IS_POSSIBLE:
        return P::Possible;
    case PhoneNumberUtil::TOO_SHORT:
        return P::TooShort;
    case PhoneNumberUtil::TOO_LONG:
        return P::TooLong;
    case PhoneNumberUtil::INVALID_LENGTH:
        return P::InvalidLength;
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
        return P::LocalOnly;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        return P::InvalidCountryCode;
    }
    return P::Possible;
}

// Its own region when libphonenumber can tell, else the main region of its calling code ("US" for +1).
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

} // namespace

class LibPhoneNumberPlugin final : public QObject, public PhoneNumberBackend {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID PhoneNumberBackend_iid)
    Q_INTERFACES(PhoneNumberBackend)

public:
    LibPhoneNumberPlugin() = default;

    Number parse(const QString &text, const QString &regionCode) const override
    {
        PhoneNumber number;
        Number result;
        result.error = parseError(phoneUtil().Parse(text.toStdString(), regionCode.toStdString(), &number));
        if (result.error != ParseError::None)
            return result;
        result.countryCode = int(number.country_code());
        result.region = regionOfNumber(number);
        result.nationalDigits = nationalDigits(number);
        result.hasExtension = number.has_extension();
        result.isValid = phoneUtil().IsValidNumber(number);
        if (!result.isValid)
            result.possibility = possibility(number);
        return result;
    }

    QStringList supportedRegions() const override
    {
        std::set<std::string> regions;
        phoneUtil().GetSupportedRegions(&regions);
        QStringList codes;
        codes.reserve(qsizetype(regions.size()));
        for (const std::string &region : regions)
            codes.append(QString::fromStdString(region));
        return codes; // std::set iterates in order
    }

    int countryCodeForRegion(const QString &regionCode) const override
    {
        return phoneUtil().GetCountryCodeForRegion(regionCode.toStdString());
    }

    QString exampleMobileNumber(const QString &regionCode) const override
    {
        PhoneNumber number;
        if (!phoneUtil().GetExampleNumberForType(regionCode.toStdString(), PhoneNumberUtil::MOBILE, &number))
            return {};
        std::string national;
        phoneUtil().Format(number, PhoneNumberUtil::NATIONAL, &national);
        return QString::fromStdString(national);
    }
};

#include "LibPhoneNumberPlugin.moc"
