#include "LaunchOptions.h"

#include "CheckpointClient.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace {

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

} // namespace

LaunchOptions LaunchOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(tr("Solve a PostPress login checkpoint with the code the customer reads out."));
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, tr("Show this help and exit."));
    const QCommandLineOption versionOption({u"v"_s, u"version"_s}, tr("Show the version and exit."));
    const QCommandLineOption accountOption(u"account-id"_s, tr("The id of the account waiting at a checkpoint."),
                                           tr("ID"));
    const QCommandLineOption providerOption(
        u"provider"_s, tr("The provider: %1 (any letter case).").arg(providerApiNames().join(u", "_s)), tr("NAME"));
    const QCommandLineOption apiUrlOption(u"api-url"_s, tr("The PostPress API base URL (default %1).")
                                                            .arg(CheckpointClient::defaultBaseUrl().toString()),
                                          tr("URL"));
    parser.addOptions({helpOption, versionOption, accountOption, providerOption, apiUrlOption});
    parser.addPositionalArgument(u"ACCOUNT_ID"_s, tr("The id of the account (same as --account-id)."),
                                 u"[ACCOUNT_ID]"_s);

    const QString program = arguments.isEmpty() ? u"postpress-checkpoint"_s : arguments.constFirst();
    if (!parser.parse(arguments.isEmpty() ? QStringList{program} : arguments))
        return failure(parser.errorText());

    LaunchOptions options;
    if (parser.isSet(helpOption)) {
        options.action = Action::ShowHelp;
        options.helpText = usageText(program, parser);
        return options;
    }
    if (parser.isSet(versionOption)) {
        options.action = Action::ShowVersion;
        options.versionText = u"postpress-checkpoint "_s + QLatin1StringView(CHECKPOINT_VERSION);
        return options;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return failure(tr("Too many arguments: %1. Give one account id.").arg(positional.join(u' ')));
    const QString positionalId = positional.isEmpty() ? QString() : positional.constFirst().trimmed();
    const QString optionId = parser.value(accountOption).trimmed();
    if (!positionalId.isEmpty() && !optionId.isEmpty() && positionalId != optionId)
        return failure(tr("Two different account ids were given: %1 and %2.").arg(positionalId, optionId));
    if (parser.isSet(accountOption) && optionId.isEmpty())
        return failure(tr("--account-id needs a value."));
    options.accountId = optionId.isEmpty() ? positionalId : optionId;
    if (options.accountId.size() > CheckpointRequest::MaxAccountIdLength)
        return failure(tr("The account id is too long (at most %1 characters).").arg(CheckpointRequest::MaxAccountIdLength));

    if (parser.isSet(providerOption)) {
        const QString name = parser.value(providerOption);
        options.provider = providerFromString(name);
        if (!options.provider) {
            return failure(tr("Unknown provider \"%1\". Valid providers: %2.")
                               .arg(name, providerApiNames().join(u", "_s)));
        }
    }

    options.apiUrl = CheckpointClient::defaultBaseUrl();
    if (parser.isSet(apiUrlOption)) {
        const QString text = parser.value(apiUrlOption).trimmed();
        const QUrl url(text, QUrl::StrictMode);
        if (text.isEmpty() || !url.isValid() || url.isRelative() || url.host().isEmpty())
            return failure(tr("\"%1\" is not a valid API URL. Example: %2")
                               .arg(text, CheckpointClient::defaultBaseUrl().toString()));
        if (const QString problem = CheckpointClient::baseUrlProblem(url); !problem.isEmpty())
            return failure(problem);
        options.apiUrl = url;
        options.apiUrlGiven = true;
    }
    return options;
}
