#include "LaunchOptions.h"

#include "ApiBaseUrl.h"
#include "CheckpointRequest.h"
#include "HelpdeskLink.h"
#include "SafeText.h"
#include "TicketId.h"

#include <QCommandLineParser>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct Options {
    QCommandLineOption help;
    QCommandLineOption version;
    QCommandLineOption accountId;
    QCommandLineOption provider;
    QCommandLineOption apiUrl;
    QCommandLineOption ticket;
};

Options makeOptions()
{
    const QString providers = providerApiNames().join(u", "_s);
    const QString defaultUrl = ApiBaseUrl::defaultUrl().toString();
    return {
        QCommandLineOption({u"h"_s, u"help"_s}, LaunchOptions::tr("Show this help and exit.")),
        QCommandLineOption({u"v"_s, u"version"_s}, LaunchOptions::tr("Show the version and exit.")),
        QCommandLineOption(u"account-id"_s, LaunchOptions::tr("The id of the account waiting at a checkpoint."),
                           LaunchOptions::tr("ID")),
        QCommandLineOption(u"provider"_s, LaunchOptions::tr("The provider: %1 (any letter case).").arg(providers),
                           LaunchOptions::tr("NAME")),
        QCommandLineOption(u"api-url"_s, LaunchOptions::tr("The PostPress API base URL (default %1).").arg(defaultUrl),
                           LaunchOptions::tr("URL")),
        QCommandLineOption(u"ticket"_s,
                           LaunchOptions::tr("The helpdesk ticket the attempts are for: letters, digits and _ - . #, "
                                             "at most %1.")
                               .arg(TicketId::MaxLength),
                           LaunchOptions::tr("ID")),
    };
}

LaunchOptions failure(const QString &message)
{
    LaunchOptions options;
    options.action = LaunchOptions::Action::Error;
    options.errorMessage = message;
    return options;
}

QString usageText(const QString &program, const QCommandLineParser &parser)
{
    // QCommandLineParser::helpText() reads the program name from the QCoreApplication, which may not
    // exist yet: the help is printed before any window system is touched.
    QString help = parser.helpText();
    const qsizetype firstLineEnd = help.indexOf(u'\n');
    const QString usage = LaunchOptions::tr("Usage: %1 [options] [ACCOUNT_ID]").arg(program);
    return usage + help.mid(firstLineEnd);
}

// Qt's text names the unknown option but not the ones that exist. Someone reaching for an API key option is
// told where the key lives instead: the command line would leave it in the shell history and the process list.
// No message repeats a value, so a key typed after "--api-key=" is not echoed; an unknown option's name is quoted
// only when it looks like one (SafeText::name), and the key message does not repeat the name at all.
QString parseErrorMessage(const QCommandLineParser &parser)
{
    const QStringList unknown = parser.unknownOptionNames();
    if (unknown.isEmpty())
        return parser.errorText(); // "Missing value after '--api-url'.": one of our own options, as typed
    const bool wantsKey = std::any_of(unknown.cbegin(), unknown.cend(),
                                      [](const QString &name) { return name.contains("key"_L1, Qt::CaseInsensitive); });
    if (wantsKey) {
        // Not even the option's name is repeated: "--api-keysk_live_…" carries the key in the name itself.
        return LaunchOptions::tr("This program has no option for the API key.") + u' '
            + LaunchOptions::tr("The API key is never given on the command line: the program asks for it and "
                                "keeps it in the system keychain.");
    }
    const QString name = SafeText::quotableName(unknown.constFirst());
    const QString problem =
        name.isEmpty() ? LaunchOptions::tr("Unknown option.") : LaunchOptions::tr("Unknown option '%1'.").arg(name);
    return problem + u' '
        + LaunchOptions::tr("Valid options: %1.")
              .arg(u"--account-id, --provider, --ticket, --api-url, --help, --version"_s);
}

// With an option given twice, the last value would silently win: refuse unless they agree. The values are not
// repeated: either may be a password in a URL or a key pasted in the wrong place.
QString repeatedOptionProblem(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    QStringList values = parser.values(option);
    for (QString &value : values)
        value = value.trimmed();
    values.removeDuplicates();
    if (values.size() < 2)
        return {};
    return LaunchOptions::tr("--%1 was given more than once, with different values. Give it once.")
        .arg(option.names().constLast());
}

// A helpdesk link in place of the account id fills the account id and the provider; options given beside it
// must agree with it.
QString readLink(const QString &link, const QString &optionId, LaunchOptions &result)
{
    result.fromLink = true;
    QString problem;
    const std::optional<LaunchRequest> request = HelpdeskLink::parse(link, &problem, &result.linkPart);
    if (!request)
        return problem;
    if (!optionId.isEmpty() && optionId != request->accountId) {
        result.linkPart = HelpdeskLink::Part::AccountId;
        return LaunchOptions::tr("The link is for another account than --account-id says. Give the account once.");
    }
    result.accountId = request->accountId;
    result.provider = request->provider;
    result.ticketId = request->ticketId;
    return {};
}

QString readAccountId(const QCommandLineParser &parser, const Options &options, LaunchOptions &result)
{
    // The values themselves are not repeated: a stray one may be an API key pasted in the wrong place, and what
    // the program prints on stderr can end up in the system log.
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        return LaunchOptions::tr("Too many arguments: %n values were given without an option name. Give one account "
                                 "id; the API key is never given on the command line.",
                                 nullptr, int(positional.size()));
    }
    const QString positionalId = positional.isEmpty() ? QString() : positional.constFirst().trimmed();
    const QString optionId = parser.value(options.accountId).trimmed();
    if (parser.isSet(options.accountId) && optionId.isEmpty())
        return LaunchOptions::tr("--account-id needs a value.");
    if (HelpdeskLink::isLink(positionalId))
        return readLink(positionalId, optionId, result);
    if (!positionalId.isEmpty() && !optionId.isEmpty() && positionalId != optionId)
        return LaunchOptions::tr("--account-id and the value given without an option name differ. Give the "
                                 "account id once.");
    result.accountId = optionId.isEmpty() ? positionalId : optionId;
    if (result.accountId.isEmpty())
        return {};
    return CheckpointRequest::accountIdProblem(result.accountId);
}

QString readProvider(const QCommandLineParser &parser, const Options &options, LaunchOptions &result)
{
    if (!parser.isSet(options.provider))
        return {};
    const QString name = parser.value(options.provider);
    if (const QString problem = LaunchRequest::providerProblem(name); !problem.isEmpty())
        return problem;
    const std::optional<Provider> provider = providerFromString(name);
    if (result.provider && result.provider != provider) {
        result.linkPart = HelpdeskLink::Part::Provider;
        return LaunchOptions::tr("The link is for provider %1 but --provider says %2.")
            .arg(providerApiName(*result.provider), providerApiName(*provider));
    }
    result.provider = provider;
    return {};
}

QString readApiUrl(const QCommandLineParser &parser, const Options &options, LaunchOptions &result)
{
    result.apiUrl = ApiBaseUrl::defaultUrl();
    if (!parser.isSet(options.apiUrl))
        return {};
    const QString text = parser.value(options.apiUrl).trimmed();
    if (const QString problem = ApiBaseUrl::problem(text); !problem.isEmpty())
        return problem;
    result.apiUrl = ApiBaseUrl::fromText(text);
    result.apiUrlGiven = true;
    return {};
}

// The values are not repeated, as for the account: a ticket field is where a pasted key would land.
QString readTicket(const QCommandLineParser &parser, const Options &options, LaunchOptions &result)
{
    if (!parser.isSet(options.ticket))
        return {};
    const QString ticketId = parser.value(options.ticket).trimmed();
    if (ticketId.isEmpty())
        return LaunchOptions::tr("--ticket needs a value.");
    if (const QString problem = TicketId::problem(ticketId); !problem.isEmpty())
        return problem;
    if (!result.ticketId.isEmpty() && result.ticketId != ticketId) {
        result.linkPart = HelpdeskLink::Part::TicketId;
        return LaunchOptions::tr("The link is for another ticket than --ticket says. Give the ticket once.");
    }
    result.ticketId = ticketId;
    return {};
}

void setUp(QCommandLineParser &parser, const Options &options)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(
        LaunchOptions::tr("Solve a PostPress login checkpoint with the code the customer reads out."));
    parser.addOptions(
        {options.help, options.version, options.accountId, options.provider, options.ticket, options.apiUrl});
    parser.addPositionalArgument(u"ACCOUNT_ID"_s,
                                 LaunchOptions::tr("The id of the account (same as --account-id), or a helpdesk link: %1")
                                     .arg(HelpdeskLink::scheme() + u"://solve?account_id=ID&provider=NAME&ticket=ID"_s),
                                 u"[ACCOUNT_ID]"_s);
}

} // namespace

LaunchOptions LaunchOptions::parse(const QStringList &arguments)
{
    const Options options = makeOptions();
    QCommandLineParser parser;
    setUp(parser, options);
    const QString program = arguments.isEmpty() ? u"postpress-checkpoint"_s : arguments.constFirst();
    if (!parser.parse(arguments.isEmpty() ? QStringList{program} : arguments))
        return failure(parseErrorMessage(parser));

    LaunchOptions result;
    if (parser.isSet(options.help)) {
        result.action = Action::ShowHelp;
        result.helpText = usageText(program, parser);
        return result;
    }
    if (parser.isSet(options.version)) {
        result.action = Action::ShowVersion;
        result.versionText = u"postpress-checkpoint "_s + QLatin1StringView(CHECKPOINT_VERSION);
        return result;
    }

    for (const QCommandLineOption *option : {&options.accountId, &options.provider, &options.ticket, &options.apiUrl}) {
        if (const QString problem = repeatedOptionProblem(parser, *option); !problem.isEmpty())
            return failure(problem);
    }
    for (const auto read : {readAccountId, readProvider, readTicket, readApiUrl}) {
        if (const QString problem = read(parser, options, result); !problem.isEmpty()) {
            LaunchOptions refused = failure(problem);
            refused.fromLink = result.fromLink;
            refused.linkPart = result.linkPart;
            return refused;
        }
    }
    return result;
}

LaunchRequest LaunchOptions::request() const
{
    return {accountId, provider, apiUrlGiven ? apiUrl : QUrl(), ticketId};
}

LaunchOptions LaunchOptions::fromRequest(const LaunchRequest &request)
{
    LaunchOptions options;
    options.accountId = request.accountId;
    options.provider = request.provider;
    options.ticketId = request.ticketId;
    options.apiUrlGiven = !request.apiUrl.isEmpty();
    options.apiUrl = options.apiUrlGiven ? request.apiUrl : ApiBaseUrl::defaultUrl();
    return options;
}
