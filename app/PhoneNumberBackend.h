#pragma once

#include <QString>
#include <QStringList>
#include <QtPlugin>

// What PhoneNumberFormatter needs from libphonenumber, behind a plugin boundary: libphonenumber, protobuf and
// abseil cost about 3 MB and several milliseconds to load, and only PHONE_REGISTER checkpoints need them, so the
// app loads the plugin that implements this (app/phonenumber) the first time a phone number is typed, not at
// start. No user-visible text crosses the boundary: the plugin reports facts, CodeInput.cpp words them.
class PhoneNumberBackend {
public:
    enum class ParseError { None, InvalidCountryCode, NotANumber, TooShort, TooLong };
    // libphonenumber's ValidationResult for a number that parsed, checked against mobile numbers when the general
    // rules allow it.
    enum class Possibility { Possible, TooShort, TooLong, InvalidLength, LocalOnly, InvalidCountryCode };

    struct Number {
        ParseError error = ParseError::None;
        int countryCode = 0;
        QString region; // the number's region; else the main region of its calling code ("US" for +1); "001" global
        QString nationalDigits; // the national format's digits, trunk prefix included ("0612345678")
        bool hasExtension = false;
        bool isValid = false;
        Possibility possibility = Possibility::Possible;
    };

    virtual ~PhoneNumberBackend() = default;
    // regionCode: upper-case ISO 3166-1 alpha-2; how national input is read.
    virtual Number parse(const QString &text, const QString &regionCode) const = 0;
    // Sorted by code.
    virtual QStringList supportedRegions() const = 0;
    // 33 for "FR"; 0 for an unknown region.
    virtual int countryCodeForRegion(const QString &regionCode) const = 0;
    // libphonenumber's example mobile number for the region, in its national format ("06 12 34 56 78" for "FR",
    // "(201) 555-0123" for "US"); empty when it has none.
    virtual QString exampleMobileNumber(const QString &regionCode) const = 0;

protected:
    PhoneNumberBackend() = default;
    Q_DISABLE_COPY_MOVE(PhoneNumberBackend)
};

#define PhoneNumberBackend_iid "ai.postpress.Checkpoint.PhoneNumberBackend/2"
Q_DECLARE_INTERFACE(PhoneNumberBackend, PhoneNumberBackend_iid)
