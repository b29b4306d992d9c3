// The command line (or a message forwarded by a second instance) through LaunchOptions::parse, with no
// QCoreApplication, exactly as main() calls it before Qt starts.
//
// Input: one argument per line, the program name first, e.g.
//   postpress-checkpoint
//   --provider=linkedin
//   acc_123
#include "FuzzChecks.h"
#include "FuzzInput.h"

#include "ApiBaseUrl.h"
#include "CheckpointRequest.h"
#include "HelpdeskLink.h"
#include "LaunchOptions.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Values given to an option named like a key ("--api-key=…", "-key=…"), of the characters keys are made of.
QStringList keyLikeValues(const QStringList &arguments)
{
    static const QRegularExpression keyOption(u"^--?[^=]*key[^=]*=([A-Za-z0-9_]{6,})$"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    QStringList values;
    // After "--" everything is a positional argument, which the messages may quote.
    const auto options = std::find(arguments.cbegin(), arguments.cend(), u"--"_s);
    for (const QString &argument : QStringList(arguments.cbegin(), options)) {
        if (const QRegularExpressionMatch match = keyOption.match(argument); match.hasMatch())
            values.append(match.captured(1));
    }
    return values;
}

// The message repeats the value itself: the value appears in one argument only (Qt quotes unknown option names,
// which could hold the same text), and with it replaced, the message no longer holds it (so it is not a word of
// the message itself).
bool echoesKey(const QString &message, const QStringList &arguments)
{
    const QStringList values = keyLikeValues(arguments);
    return std::any_of(values.cbegin(), values.cend(), [&](const QString &value) {
        const auto holders = std::count_if(arguments.cbegin(), arguments.cend(),
                                           [&](const QString &argument) { return argument.contains(value); });
        if (holders != 1 || !message.contains(value))
            return false;
        const QString other(value.size(), value.contains(u'Q') ? u'X' : u'Q');
        QStringList replaced = arguments;
        replaced.replaceInStrings(value, other);
        return !LaunchOptions::parse(replaced).errorMessage.contains(value);
    });
}

void checkRun(const LaunchOptions &options)
{
    fuzzCheck(options.accountId.isEmpty() || isAsciiAccountId(options.accountId),
              "an accepted account id is ASCII letters, digits and _ - . ~, at most 128");
    fuzzCheck(options.apiUrl.isValid(), "a run always has a valid API URL");
    fuzzCheck(ApiBaseUrl::problem(options.apiUrl).isEmpty(),
              "a run never starts with an API URL the client would refuse (plain http to another host)");
    fuzzCheck(options.accountId == options.accountId.trimmed(), "the account id is trimmed");
    fuzzCheck(options.ticketId.isEmpty() || isTicketId(options.ticketId),
              "an accepted ticket id is 1 to 64 ASCII letters, digits and _ - . #");
}

bool isOurLink(const QString &argument)
{
    return argument.trimmed().startsWith(HelpdeskLink::scheme() + u':', Qt::CaseInsensitive);
}

QString rerun(const QString &lines)
{
    return LaunchOptions::parse(lines.split(u'\n')).errorMessage;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    const QStringList arguments = input.lines();
    const LaunchOptions options = LaunchOptions::parse(arguments);
    switch (options.action) {
    case LaunchOptions::Action::Run:
        checkRun(options);
        fuzzCheck(!options.fromLink || std::any_of(arguments.cbegin(), arguments.cend(), isOurLink),
                  "only a postpress-checkpoint: link opens as a link; any other scheme:// is refused");
        break;
    case LaunchOptions::Action::ShowHelp:
        fuzzCheck(!options.helpText.isEmpty(), "--help has a text");
        break;
    case LaunchOptions::Action::ShowVersion:
        fuzzCheck(!options.versionText.isEmpty(), "--version has a text");
        break;
    case LaunchOptions::Action::Error:
        fuzzCheck(!options.errorMessage.isEmpty(), "an error says what is wrong");
        fuzzCheck(!echoesKey(options.errorMessage, arguments), "an error never repeats a key given as an option");
        fuzzCheck(isPrintable(options.errorMessage), "an error has no control, bidi or other invisible character");
        fuzzCheck(!echoesASecret(options.errorMessage, arguments.join(u'\n'), rerun),
                  "an error never repeats a value that may be secret (a key, a URL's user and password)");
        break;
    }
    return 0;
}
