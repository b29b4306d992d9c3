// What the agent types or pastes into the code field, through CodeInput::normaliseCode, and a phone number for
// PHONE_REGISTER through PhoneNumberFormatter::format (libphonenumber, in the phone-number plugin).
//
// Input: the region on the first line (ISO 3166-1, e.g. "FR"; anything else too), then the typed text, e.g.
//   GB
//   07400 123456
#include "FuzzInput.h"

#include "CodeInput.h"
#include "Guidance.h"
#include "PhoneNumberLibrary.h"

#include <QtPlugin>

#include <algorithm>

// The phone-number plugin, linked in statically (tests/fuzz/CMakeLists.txt) so that libFuzzer sees its coverage.
Q_IMPORT_PLUGIN(LibPhoneNumberPlugin)

using namespace Qt::StringLiterals;

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// "(+<calling code>)<national digits>", what the spec wants for PHONE_REGISTER.
bool isSpecPhoneFormat(const QString &text)
{
    const qsizetype close = text.indexOf(u')');
    if (!text.startsWith(u"(+"_s) || close < 3 || close > 5 || close + 1 >= text.size())
        return false;
    const QStringView code = QStringView(text).sliced(2, close - 2);
    const QStringView national = QStringView(text).sliced(close + 1);
    return std::all_of(code.begin(), code.end(), isAsciiDigit)
        && std::all_of(national.begin(), national.end(), isAsciiDigit);
}

void checkCode(const QString &typed)
{
    const QString code = CodeInput::normaliseCode(typed);
    fuzzCheck(CodeInput::normaliseCode(code) == code, "normaliseCode is idempotent");
    fuzzCheck(code.size() <= typed.size(), "normaliseCode never adds characters");
    Guidance::looksLikeBarePhoneNumber(code);
}

void checkPhone(const QString &region, const QString &typed)
{
    const PhoneNumberFormatter::Result result = PhoneNumberFormatter::format(region, typed);
    fuzzCheck(result.isValid() == result.problem.isEmpty(), "a number is either formatted or has a reason");
    if (!result.isValid())
        return;
    fuzzCheck(isSpecPhoneFormat(result.formatted), "a valid number is formatted as (+CC)digits");
    // Not a calling code of its region: non-geographic numbers (+800, +882 …) are valid in region "001".
    fuzzCheck(!result.regionCode.isEmpty(), "a valid number names its region");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Without the plugin every number would only be refused: nothing of libphonenumber would be fuzzed.
    static const bool loaded = PhoneNumberLibrary::instance().backend() != nullptr;
    fuzzCheck(loaded, "the statically linked phone-number plugin is found");
    FuzzInput input(data, size);
    const QString region = QString::fromUtf8(input.takeLine());
    const QString typed = QString::fromUtf8(input.rest());
    checkCode(typed);
    checkPhone(region, typed);
    PhoneNumberFormatter::callingCodeFor(region);
    PhoneNumberFormatter::regionName(region);
    return 0;
}
