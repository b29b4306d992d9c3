#include "CheckpointClient.h"
#include "LaunchOptions.h"
#include "SafeText.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString program = u"postpress-checkpoint"_s;

QStringList argv(std::initializer_list<QString> arguments)
{
    return QStringList{program} + QStringList(arguments);
}

} // namespace

// Started with QTEST_APPLESS_MAIN: main() parses the command line before any QCoreApplication exists, so
// --help and --version work without a display. Every test here runs in that situation.
class TestLaunchOptions final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void runsWithoutApplicationInstance();
    void validArguments_data();
    void validArguments();
    void invalidArguments_data();
    void invalidArguments();
    void errorsNeverRepeatAValue_data();
    void errorsNeverRepeatAValue();
    void help_data();
    void help();
    void version_data();
    void version();
    void qtOptionsAreNotOurs_data();
    void qtOptionsAreNotOurs();
    void linksAreMarked_data();
    void linksAreMarked();
    void otherSchemesAreRefusedLinks_data();
    void otherSchemesAreRefusedLinks();
    void requestCarriesOnlyWhatWasGiven_data();
    void requestCarriesOnlyWhatWasGiven();
    void ticketIds_data();
    void ticketIds();
};

void TestLaunchOptions::runsWithoutApplicationInstance()
{
    QVERIFY(!QCoreApplication::instance());
    const LaunchOptions options = LaunchOptions::parse(argv({u"--help"_s}));
    QCOMPARE(options.action, LaunchOptions::Action::ShowHelp);
    QVERIFY(!QCoreApplication::instance());
}

void TestLaunchOptions::validArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("accountId");
    QTest::addColumn<QString>("provider"); // API name, empty when none was given
    QTest::addColumn<QUrl>("apiUrl");
    QTest::addColumn<bool>("apiUrlGiven");

    const QUrl defaultUrl(u"https://api.postpress.ai/v1"_s);
    const QString longestId(CheckpointRequest::MaxAccountIdLength, u'a');

    QTest::newRow("no arguments opens an empty window against the default API")
        << QStringList{program} << QString() << QString() << defaultUrl << false;
    QTest::newRow("an empty argument list behaves like the bare program name")
        << QStringList() << QString() << QString() << defaultUrl << false;
    QTest::newRow("positional account id")
        << argv({u"acc_01HXYZ"_s}) << u"acc_01HXYZ"_s << QString() << defaultUrl << false;
    QTest::newRow("positional account id is trimmed")
        << argv({u"  acc_01HXYZ \t"_s}) << u"acc_01HXYZ"_s << QString() << defaultUrl << false;
    QTest::newRow("--account-id ID") << argv({u"--account-id"_s, u"acc_1"_s}) << u"acc_1"_s << QString() << defaultUrl
                                     << false;
    QTest::newRow("--account-id=ID") << argv({u"--account-id=acc_1"_s}) << u"acc_1"_s << QString() << defaultUrl
                                     << false;
    QTest::newRow("single-dash -account-id is read as the long option")
        << argv({u"-account-id"_s, u"acc_1"_s}) << u"acc_1"_s << QString() << defaultUrl << false;
    QTest::newRow("positional and --account-id equal")
        << argv({u"acc_1"_s, u"--account-id"_s, u"acc_1"_s}) << u"acc_1"_s << QString() << defaultUrl << false;
    QTest::newRow("positional and --account-id equal after trimming")
        << argv({u" acc_1"_s, u"--account-id"_s, u"acc_1 "_s}) << u"acc_1"_s << QString() << defaultUrl << false;
    QTest::newRow("--account-id repeated with the same value")
        << argv({u"--account-id"_s, u"acc_1"_s, u"--account-id"_s, u"acc_1"_s}) << u"acc_1"_s << QString() << defaultUrl
        << false;
    QTest::newRow("an id starting with a dash after --")
        << argv({u"--"_s, u"-acc_1"_s}) << u"-acc_1"_s << QString() << defaultUrl << false;
    QTest::newRow("account id of the maximum length")
        << argv({longestId}) << longestId << QString() << defaultUrl << false;

    QTest::newRow("--provider linkedin") << argv({u"--provider"_s, u"linkedin"_s}) << QString() << u"LINKEDIN"_s
                                         << defaultUrl << false;
    QTest::newRow("--provider LinkedIn") << argv({u"--provider"_s, u"LinkedIn"_s}) << QString() << u"LINKEDIN"_s
                                         << defaultUrl << false;
    QTest::newRow("--provider LINKEDIN") << argv({u"--provider"_s, u"LINKEDIN"_s}) << QString() << u"LINKEDIN"_s
                                         << defaultUrl << false;
    QTest::newRow("--provider=instagram")
        << argv({u"--provider=instagram"_s}) << QString() << u"INSTAGRAM"_s << defaultUrl << false;
    QTest::newRow("--provider Twitter") << argv({u"--provider"_s, u"Twitter"_s}) << QString() << u"TWITTER"_s
                                        << defaultUrl << false;
    QTest::newRow("--provider mEsSeNgEr")
        << argv({u"--provider"_s, u"mEsSeNgEr"_s}) << QString() << u"MESSENGER"_s << defaultUrl << false;
    // A value quoted with spaces (from a script or a pasted link) means the same provider.
    QTest::newRow("--provider with surrounding spaces is trimmed")
        << argv({u"--provider"_s, u" twitter "_s}) << QString() << u"TWITTER"_s << defaultUrl << false;
    QTest::newRow("single-dash -provider is read as the long option")
        << argv({u"-provider"_s, u"instagram"_s}) << QString() << u"INSTAGRAM"_s << defaultUrl << false;

    QTest::newRow("--api-url https") << argv({u"--api-url"_s, u"https://staging.postpress.ai/v1"_s}) << QString()
                                     << QString() << QUrl(u"https://staging.postpress.ai/v1"_s) << true;
    QTest::newRow("--api-url https with a trailing slash")
        << argv({u"--api-url"_s, u"https://staging.postpress.ai/v1/"_s}) << QString() << QString()
        << QUrl(u"https://staging.postpress.ai/v1/"_s) << true;
    QTest::newRow("--api-url equal to the default still counts as given")
        << argv({u"--api-url"_s, u"https://api.postpress.ai/v1"_s}) << QString() << QString() << defaultUrl << true;
    QTest::newRow("--api-url with surrounding spaces is trimmed")
        << argv({u"--api-url"_s, u" https://staging.postpress.ai/v1 "_s}) << QString() << QString()
        << QUrl(u"https://staging.postpress.ai/v1"_s) << true;
    QTest::newRow("--api-url http to 127.0.0.1 with a port")
        << argv({u"--api-url"_s, u"http://127.0.0.1:8080/v1"_s}) << QString() << QString()
        << QUrl(u"http://127.0.0.1:8080/v1"_s) << true;
    QTest::newRow("--api-url http to localhost") << argv({u"--api-url"_s, u"http://localhost"_s}) << QString()
                                                 << QString() << QUrl(u"http://localhost"_s) << true;
    QTest::newRow("--api-url http to LOCALHOST in capitals")
        << argv({u"--api-url"_s, u"http://LOCALHOST:8080/v1"_s}) << QString() << QString()
        << QUrl(u"http://LOCALHOST:8080/v1"_s) << true;
    QTest::newRow("--api-url http to [::1] with a port") << argv({u"--api-url"_s, u"http://[::1]:9/v1"_s}) << QString()
                                                         << QString() << QUrl(u"http://[::1]:9/v1"_s) << true;

    const QString link = u"postpress-checkpoint://solve?account_id=acc_123&provider=LINKEDIN"_s;
    QTest::newRow("a helpdesk link fills account id and provider")
        << argv({link}) << u"acc_123"_s << u"LINKEDIN"_s << defaultUrl << false;
    QTest::newRow("a helpdesk link without a provider") << argv({u"postpress-checkpoint://solve?account_id=acc_123"_s})
                                                        << u"acc_123"_s << QString() << defaultUrl << false;
    QTest::newRow("a helpdesk link with an agreeing --account-id and --provider")
        << argv({u"--account-id"_s, u"acc_123"_s, u"--provider"_s, u"linkedin"_s, link}) << u"acc_123"_s
        << u"LINKEDIN"_s << defaultUrl << false;
    QTest::newRow("--provider completes a link without one")
        << argv({u"--provider"_s, u"twitter"_s, u"postpress-checkpoint://solve?account_id=acc_123"_s}) << u"acc_123"_s
        << u"TWITTER"_s << defaultUrl << false;
    QTest::newRow("a helpdesk link with --api-url from the command line")
        << argv({u"--api-url"_s, u"http://127.0.0.1:9/v1"_s, link}) << u"acc_123"_s << u"LINKEDIN"_s
        << QUrl(u"http://127.0.0.1:9/v1"_s) << true;

    QTest::newRow("everything at once") << argv(
        {u"--provider"_s, u"messenger"_s, u"--api-url"_s, u"http://127.0.0.1:9/v1"_s, u"acc_42"_s})
                                        << u"acc_42"_s << u"MESSENGER"_s << QUrl(u"http://127.0.0.1:9/v1"_s) << true;
}

void TestLaunchOptions::validArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, accountId);
    QFETCH(QString, provider);
    QFETCH(QUrl, apiUrl);
    QFETCH(bool, apiUrlGiven);

    const LaunchOptions options = LaunchOptions::parse(arguments);
    QCOMPARE(options.errorMessage, QString());
    QCOMPARE(options.action, LaunchOptions::Action::Run);
    QCOMPARE(options.accountId, accountId);
    QCOMPARE(options.provider ? providerApiName(*options.provider) : QString(), provider);
    QCOMPARE(options.apiUrl, apiUrl);
    QCOMPARE(options.apiUrlGiven, apiUrlGiven);
}

void TestLaunchOptions::invalidArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("messageMentions");
    QTest::addColumn<QStringList>("messageNeverMentions");

    const QStringList allProviderNames{u"LINKEDIN"_s, u"INSTAGRAM"_s, u"TWITTER"_s, u"MESSENGER"_s};
    const QString defaultUrl = u"https://api.postpress.ai/v1"_s;

    // A stray value may be a pasted API key: messages about positional values never repeat them.
    QTest::newRow("positional and --account-id different")
        << argv({u"acc_1"_s, u"--account-id"_s, u"acc_2"_s}) << QStringList{u"--account-id"_s, u"differ"_s}
        << QStringList{u"acc_1"_s, u"acc_2"_s};
    QTest::newRow("--account-id twice with different values names the option, not the values")
        << argv({u"--account-id"_s, u"acc_1"_s, u"--account-id"_s, u"acc_2"_s})
        << QStringList{u"--account-id"_s, u"more than once"_s} << QStringList{u"acc_1"_s, u"acc_2"_s};
    QTest::newRow("two positional account ids")
        << argv({u"acc_1"_s, u"acc_2"_s}) << QStringList{u"Too many arguments"_s, u"2 values"_s}
        << QStringList{u"acc_1"_s, u"acc_2"_s};
    QTest::newRow("empty --account-id") << argv({u"--account-id"_s, QString()}) << QStringList{u"--account-id"_s}
                                        << QStringList();
    QTest::newRow("blank --account-id") << argv({u"--account-id="_s}) << QStringList{u"--account-id"_s}
                                        << QStringList();
    QTest::newRow("--account-id without a value at the end")
        << argv({u"--account-id"_s}) << QStringList{u"account-id"_s} << QStringList();
    QTest::newRow("account id one character too long")
        << argv({QString(CheckpointRequest::MaxAccountIdLength + 1, u'a')})
        << QStringList{u"too long"_s, QString::number(CheckpointRequest::MaxAccountIdLength)} << QStringList();
    QTest::newRow("--account-id one character too long")
        << argv({u"--account-id"_s, QString(CheckpointRequest::MaxAccountIdLength + 1, u'a')})
        << QStringList{u"too long"_s} << QStringList();

    QTest::newRow("account id with a control character")
        << argv({u"acc\u0007_1"_s}) << QStringList{u"control characters"_s} << QStringList();
    QTest::newRow("account id with a space inside") << argv({u"acc 1"_s}) << QStringList{u"spaces"_s} << QStringList();
    QTest::newRow("a Cyrillic letter that looks Latin names it and its code point")
        << argv({u"acc_01HXYZ\u0425QK3W"_s}) << QStringList{u"\u0425"_s, u"U+0425"_s, u"character 11"_s}
        << QStringList();
    QTest::newRow("a Hebrew --account-id")
        << argv({u"--account-id"_s, u"\u05d0\u05d1"_s}) << QStringList{u"U+05D0"_s, u"character 1"_s} << QStringList();
    QTest::newRow("a colon without slashes is no link: an account id with a colon")
        << argv({u"acc:1"_s}) << QStringList{u"U+003A"_s} << QStringList();

    const QString link = u"postpress-checkpoint://solve?account_id=acc_123&provider=LINKEDIN"_s;
    QTest::newRow("a link and a different --account-id")
        << argv({u"--account-id"_s, u"acc_999"_s, link}) << QStringList{u"link"_s, u"--account-id"_s}
        << QStringList{u"acc_999"_s};
    QTest::newRow("a link and a different --provider")
        << argv({u"--provider"_s, u"twitter"_s, link}) << QStringList{u"LINKEDIN"_s, u"TWITTER"_s} << QStringList();
    QTest::newRow("a link and a second positional argument")
        << argv({link, u"acc_2"_s}) << QStringList{u"Too many arguments"_s} << QStringList();
    QTest::newRow("a malformed link shows the expected form")
        << argv({u"postpress-checkpoint:solve?account_id=acc_1"_s}) << QStringList{link} << QStringList();
    QTest::newRow("a link carrying a code opens nothing and does not repeat it")
        << argv({link + u"&code=123456"_s}) << QStringList{u"never carries a code"_s} << QStringList{u"123456"_s};
    QTest::newRow("a link longer than 2048 characters")
        << argv({link + u"&"_s + QString(2048, u'x')}) << QStringList{u"too long"_s, u"2048"_s} << QStringList();

    QTest::newRow("invalid provider lists all four, without repeating the value")
        << argv({u"--provider"_s, u"facebook"_s}) << QStringList{u"Unknown provider"_s} + allProviderNames
        << QStringList{u"facebook"_s};
    QTest::newRow("X is not a provider name") << argv({u"--provider"_s, u"X"_s}) << allProviderNames << QStringList();
    QTest::newRow("empty provider lists all four")
        << argv({u"--provider"_s, QString()}) << allProviderNames << QStringList();
    QTest::newRow("--provider without a value at the end")
        << argv({u"--provider"_s}) << QStringList{u"provider"_s} << QStringList();
    QTest::newRow("--provider twice with different values")
        << argv({u"--provider"_s, u"linkedin"_s, u"--provider"_s, u"twitter"_s})
        << QStringList{u"--provider"_s, u"more than once"_s} << QStringList{u"linkedin"_s, u"twitter"_s};

    QTest::newRow("unknown option names it and the valid ones")
        << argv({u"--colour"_s, u"red"_s})
        << QStringList{u"colour"_s, u"--account-id"_s, u"--provider"_s, u"--api-url"_s, u"--help"_s, u"--version"_s}
        << QStringList();
    QTest::newRow("unknown single-dash option names it") << argv({u"-x"_s}) << QStringList{u"'x'"_s} << QStringList();
    // The key only ever comes from the keychain or the window: the command line would put it in shell history
    // and the process list. The refusal must not repeat the value either.
    QTest::newRow("--api-key VALUE is refused without echoing the key")
        << argv({u"--api-key"_s, u"sk_live_0123456789"_s}) << QStringList{u"no option for the API key"_s, u"keychain"_s}
        << QStringList{u"sk_live_0123456789"_s};
    QTest::newRow("--api-key=VALUE is refused without echoing the key")
        << argv({u"--api-key=sk_live_0123456789"_s}) << QStringList{u"no option for the API key"_s, u"keychain"_s}
        << QStringList{u"sk_live_0123456789"_s};
    // Found by fuzz_launch: without a separator the key is part of the option's name, which is not repeated either.
    QTest::newRow("--api-keyVALUE glued together is refused without echoing the key")
        << argv({u"--api-keysk_live_0123456789"_s}) << QStringList{u"no option for the API key"_s}
        << QStringList{u"sk_live_0123456789"_s};
    QTest::newRow("--key VALUE is refused")
        << argv({u"--key"_s, u"sk_live_0123456789"_s}) << QStringList{u"key"_s} << QStringList{u"sk_live_0123456789"_s};

    QTest::newRow("--api-url plain http to another host gets the https message")
        << argv({u"--api-url"_s, u"http://example.com"_s}) << QStringList{u"plain http"_s, u"https"_s}
        << QStringList{u"example.com"_s};
    QTest::newRow("--api-url plain http to a name starting with localhost")
        << argv({u"--api-url"_s, u"http://localhost.example.com/v1"_s}) << QStringList{u"plain http"_s, u"https"_s}
        << QStringList{u"localhost.example.com"_s};
    QTest::newRow("--api-url with a query is refused")
        << argv({u"--api-url"_s, u"https://api.postpress.ai/v1?x=1"_s}) << QStringList{u"query"_s} << QStringList();
    QTest::newRow("--api-url with a fragment is refused")
        << argv({u"--api-url"_s, u"https://api.postpress.ai/v1#top"_s}) << QStringList{u"fragment"_s}
        << QStringList();
    QTest::newRow("--api-url ftp") << argv({u"--api-url"_s, u"ftp://api.postpress.ai/v1"_s})
                                   << QStringList{u"https://"_s} << QStringList{u"ftp:"_s};
    QTest::newRow("--api-url not a url") << argv({u"--api-url"_s, u"not a url"_s})
                                         << QStringList{u"not a valid URL"_s, defaultUrl}
                                         << QStringList{u"not a url"_s};
    QTest::newRow("--api-url without a scheme") << argv({u"--api-url"_s, u"api.postpress.ai/v1"_s})
                                                << QStringList{u"not a valid URL"_s, defaultUrl} << QStringList();
    QTest::newRow("--api-url without a host")
        << argv({u"--api-url"_s, u"https:///v1"_s}) << QStringList{defaultUrl} << QStringList();
    QTest::newRow("--api-url empty") << argv({u"--api-url"_s, QString()}) << QStringList{defaultUrl} << QStringList();
    QTest::newRow("--api-url with a password is refused without echoing it")
        << argv({u"--api-url"_s, u"https://agent:hunter2@api.postpress.ai/v1"_s}) << QStringList{u"password"_s}
        << QStringList{u"hunter2"_s};
    QTest::newRow("--api-url twice with different values")
        << argv({u"--api-url"_s, u"http://localhost:1/v1"_s, u"--api-url"_s, u"http://localhost:2/v1"_s})
        << QStringList{u"--api-url"_s} << QStringList();
}

void TestLaunchOptions::invalidArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, messageMentions);
    QFETCH(QStringList, messageNeverMentions);

    const LaunchOptions options = LaunchOptions::parse(arguments);
    QCOMPARE(options.action, LaunchOptions::Action::Error);
    QVERIFY(!options.errorMessage.isEmpty());
    for (const QString &part : std::as_const(messageMentions)) {
        if (!options.errorMessage.contains(part))
            QFAIL(qPrintable(u"\"%1\" does not mention \"%2\""_s.arg(options.errorMessage, part)));
    }
    for (const QString &part : std::as_const(messageNeverMentions)) {
        if (options.errorMessage.contains(part))
            QFAIL(qPrintable(u"\"%1\" mentions \"%2\""_s.arg(options.errorMessage, part)));
    }
}

// A value may be a secret typed in the wrong place (a password in a URL, a key pasted as an account id) or carry
// what a terminal obeys (escape sequences, bidi controls that reorder the line): an error names the option and
// never repeats the value, whichever option it was given to, once or twice.
void TestLaunchOptions::errorsNeverRepeatAValue_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::addColumn<QString>("secret");

    struct Kind {
        const char *name;
        QString value;
        QString secret; // the part that must never be printed
    };
    const QList<Kind> kinds{
        {"a password in a URL", u"https://agent:hunter2@api.postpress.ai/v1"_s, u"hunter2"_s},
        {"an API key", u"pp_live_Zk4q9XyZ0123456789abcd"_s, u"Zk4q9XyZ"_s},
        {"escape sequences", u"\x1b]0;owned\x07\x1b[2J\x1b[31mOK"_s, u"\x1b"_s},
        {"bidi controls", u"acc_\u202egnp.exe\u2066x\u2069"_s, u"\u202e"_s},
        {"a percent-encoded bidi override in a URL", u"http://evil.example/a%E2%80%AEb"_s, u"\u202e"_s},
    };
    struct Option {
        QString name;
        QString goodValue;
        QString field; // how a message about its value names it
    };
    const QList<Option> options{{u"--api-url"_s, u"https://api.postpress.ai/v1"_s, u"API URL"_s},
                                {u"--account-id"_s, u"acc_1"_s, u"account id"_s},
                                {u"--provider"_s, u"linkedin"_s, u"provider"_s}};
    const QString link = u"postpress-checkpoint://solve?account_id=acc_123"_s;
    for (const Option &option : options) {
        for (const Kind &kind : kinds) {
            QTest::addRow("%s twice, the second %s", qPrintable(option.name), kind.name)
                << argv({option.name, option.goodValue, option.name, kind.value}) << option.name << kind.secret;
            QTest::addRow("%s once, %s", qPrintable(option.name), kind.name)
                << argv({option.name, kind.value}) << option.field << kind.secret;
        }
    }
    for (const Kind &kind : kinds) {
        QTest::addRow("an unknown option named with %s", kind.name)
            << argv({u"--"_s + kind.value}) << u"Unknown option"_s << kind.secret;
        QTest::addRow("a link and --account-id %s", kind.name)
            << argv({u"--account-id"_s, kind.value, link}) << u"--account-id"_s << kind.secret;
        QTest::addRow("a positional %s and a different --account-id", kind.name)
            << argv({kind.value, u"--account-id"_s, u"acc_1"_s}) << QString() << kind.secret;
    }
}

void TestLaunchOptions::errorsNeverRepeatAValue()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    QFETCH(QString, secret);

    const LaunchOptions options = LaunchOptions::parse(arguments);
    if (options.action == LaunchOptions::Action::Run && arguments.contains(u"--account-id"_s))
        QSKIP("an API key pasted as an account id is an id like any other; nothing is printed");
    QCOMPARE(options.action, LaunchOptions::Action::Error);
    const QString &message = options.errorMessage;
    QVERIFY2(message.contains(mentions, Qt::CaseInsensitive), qPrintable(message));
    QVERIFY2(!message.contains(secret), qPrintable(message));
    QVERIFY2(SafeText::isPrintable(message), qPrintable(message));
}

void TestLaunchOptions::help_data()
{
    QTest::addColumn<QStringList>("arguments");

    QTest::newRow("--help") << argv({u"--help"_s});
    QTest::newRow("-h") << argv({u"-h"_s});
    QTest::newRow("-help") << argv({u"-help"_s});
    QTest::newRow("--help wins over an invalid provider") << argv({u"--provider"_s, u"facebook"_s, u"--help"_s});
    QTest::newRow("--help wins over --version") << argv({u"--version"_s, u"--help"_s});
}

void TestLaunchOptions::help()
{
    QFETCH(QStringList, arguments);

    const LaunchOptions options = LaunchOptions::parse(arguments);
    QCOMPARE(options.action, LaunchOptions::Action::ShowHelp);
    QVERIFY(options.errorMessage.isEmpty());
    QVERIFY(options.helpText.startsWith(u"Usage: postpress-checkpoint [options] [ACCOUNT_ID]\n"_s));
    const QStringList mustMention{u"--account-id <ID>"_s,
                                  u"--provider <NAME>"_s,
                                  u"--api-url <URL>"_s,
                                  u"-h, --help"_s,
                                  u"-v, --version"_s,
                                  u"ACCOUNT_ID"_s,
                                  u"LINKEDIN, INSTAGRAM, TWITTER, MESSENGER"_s,
                                  u"https://api.postpress.ai/v1"_s};
    for (const QString &part : mustMention) {
        if (!options.helpText.contains(part))
            QFAIL(qPrintable(u"the help does not mention \"%1\":\n%2"_s.arg(part, options.helpText)));
    }
    QVERIFY(!options.helpText.contains(u"<executable_name>"_s));
    QVERIFY(!options.helpText.contains(u"--api-key"_s));
}

void TestLaunchOptions::version_data()
{
    QTest::addColumn<QStringList>("arguments");

    QTest::newRow("--version") << argv({u"--version"_s});
    QTest::newRow("-v") << argv({u"-v"_s});
    QTest::newRow("--version with other options") << argv({u"acc_1"_s, u"--version"_s, u"--provider"_s, u"nope"_s});
}

void TestLaunchOptions::version()
{
    QFETCH(QStringList, arguments);

    const LaunchOptions options = LaunchOptions::parse(arguments);
    QCOMPARE(options.action, LaunchOptions::Action::ShowVersion);
    QCOMPARE(options.versionText, u"postpress-checkpoint "_s + QLatin1StringView(CHECKPOINT_VERSION));
    QVERIFY(QRegularExpression(u"^postpress-checkpoint \\d+\\.\\d+\\.\\d+$"_s).match(options.versionText).hasMatch());
}

// main() hands QApplication only the program name, so Qt never sees these; and our own parser must not
// take them either: each is an unknown option, which main() turns into exit status 2. (Some of them were a
// code execution hole in Qt programs that forwarded argv from a URL handler.)
void TestLaunchOptions::qtOptionsAreNotOurs_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("name");

    QTest::newRow("-platform offscreen") << argv({u"-platform"_s, u"offscreen"_s}) << u"platform"_s;
    QTest::newRow("--platform offscreen") << argv({u"--platform"_s, u"offscreen"_s}) << u"platform"_s;
    QTest::newRow("-platform=offscreen") << argv({u"-platform=offscreen"_s}) << u"platform"_s;
    QTest::newRow("-platformpluginpath /tmp") << argv({u"-platformpluginpath"_s, u"/tmp"_s}) << u"platformpluginpath"_s;
    QTest::newRow("-platformtheme gtk3") << argv({u"-platformtheme"_s, u"gtk3"_s}) << u"platformtheme"_s;
    QTest::newRow("-plugin evdevtouch") << argv({u"-plugin"_s, u"evdevtouch"_s}) << u"plugin"_s;
    QTest::newRow("-style fusion") << argv({u"-style"_s, u"fusion"_s}) << u"style"_s;
    QTest::newRow("-style=fusion") << argv({u"-style=fusion"_s}) << u"style"_s;
    QTest::newRow("-stylesheet /tmp/x.qss") << argv({u"-stylesheet"_s, u"/tmp/x.qss"_s}) << u"stylesheet"_s;
    QTest::newRow("-qmljsdebugger=port:1234") << argv({u"-qmljsdebugger=port:1234"_s}) << u"qmljsdebugger"_s;
    QTest::newRow("-session") << argv({u"-session"_s, u"s1"_s}) << u"session"_s;
    QTest::newRow("-display :1") << argv({u"-display"_s, u":1"_s}) << u"display"_s;
    QTest::newRow("-geometry") << argv({u"-geometry"_s, u"10x10"_s}) << u"geometry"_s;
    QTest::newRow("-qwindowgeometry") << argv({u"-qwindowgeometry"_s, u"10x10"_s}) << u"qwindowgeometry"_s;
    QTest::newRow("-qwindowtitle") << argv({u"-qwindowtitle"_s, u"x"_s}) << u"qwindowtitle"_s;
    QTest::newRow("-qwindowicon") << argv({u"-qwindowicon"_s, u"/tmp/x.png"_s}) << u"qwindowicon"_s;
    QTest::newRow("-reverse") << argv({u"-reverse"_s}) << u"reverse"_s;
    QTest::newRow("-nograb") << argv({u"-nograb"_s}) << u"nograb"_s;
    QTest::newRow("-widgetcount") << argv({u"-widgetcount"_s}) << u"widgetcount"_s;
    QTest::newRow("-platform before a valid link")
        << argv({u"-platform"_s, u"offscreen"_s, u"postpress-checkpoint://solve?account_id=acc_1"_s}) << u"platform"_s;
}

void TestLaunchOptions::qtOptionsAreNotOurs()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, name);

    const LaunchOptions options = LaunchOptions::parse(arguments);
    QCOMPARE(options.action, LaunchOptions::Action::Error);
    QVERIFY2(options.errorMessage.contains(u"Unknown option"_s), qPrintable(options.errorMessage));
    QVERIFY2(options.errorMessage.contains(u"'%1'"_s.arg(name)), qPrintable(options.errorMessage));
}

void TestLaunchOptions::linksAreMarked_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("fromLink");

    QTest::newRow("an accepted link") << argv({u"postpress-checkpoint://solve?account_id=acc_1"_s}) << true;
    QTest::newRow("a refused link") << argv({u"postpress-checkpoint://solve?code=1"_s}) << true;
    QTest::newRow("our scheme without slashes, in capitals") << argv({u"POSTPRESS-CHECKPOINT:solve"_s}) << true;
    QTest::newRow("another scheme's link") << argv({u"javascript://solve?account_id=acc_1"_s}) << true;
    QTest::newRow("an account id") << argv({u"acc_1"_s}) << false;
    QTest::newRow("an account id with a colon") << argv({u"acc:1"_s}) << false;
    QTest::newRow("no argument") << argv({}) << false;
}

void TestLaunchOptions::linksAreMarked()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, fromLink);

    QCOMPARE(LaunchOptions::parse(arguments).fromLink, fromLink);
}

// Only postpress-checkpoint: links are ours. Any other "scheme://" (RFC 3986: a letter, then letters, digits, "+",
// "-" or "."), given where a link goes, is a link someone meant for another program: refused as a link (main()
// then says so in a message box), never read as an account id.
void TestLaunchOptions::otherSchemesAreRefusedLinks_data()
{
    QTest::addColumn<QString>("argument");

    QTest::newRow("javascript://") << u"javascript://solve?account_id=acc_1"_s;
    QTest::newRow("JavaScript:// in mixed case") << u"JavaScript://solve?account_id=acc_1"_s;
    QTest::newRow("https://") << u"https://postpress.ai/solve?account_id=acc_1"_s;
    QTest::newRow("file:///") << u"file:///etc/passwd"_s;
    QTest::newRow("data://") << u"data://text/plain,acc_1"_s;
    QTest::newRow("a scheme with + . -") << u"x-ms.app+ext://solve?account_id=acc_1"_s;
    QTest::newRow("our name with a suffix is another scheme") << u"postpress-checkpoint+x://solve?account_id=acc_1"_s;
    QTest::newRow("spaces around it") << u"  ftp://host/acc_1 "_s;
}

void TestLaunchOptions::otherSchemesAreRefusedLinks()
{
    QFETCH(QString, argument);

    const LaunchOptions options = LaunchOptions::parse(argv({argument}));
    QCOMPARE(options.action, LaunchOptions::Action::Error);
    QVERIFY(options.fromLink);
    QVERIFY(options.accountId.isEmpty());
    QVERIFY2(options.errorMessage.contains(u"postpress-checkpoint://solve?account_id="_s),
             qPrintable(options.errorMessage));
}

// What a second launch forwards to the running one, and what the running one opens from it.
void TestLaunchOptions::requestCarriesOnlyWhatWasGiven_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("accountId");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QUrl>("requestApiUrl"); // empty: not given, so the running program's own
    QTest::addColumn<QString>("ticketId");

    QTest::newRow("nothing given") << argv({}) << QString() << QString() << QUrl() << QString();
    QTest::newRow("a link") << argv({u"postpress-checkpoint://solve?account_id=acc_1&provider=twitter"_s}) << u"acc_1"_s
                            << u"TWITTER"_s << QUrl() << QString();
    QTest::newRow("a link with a ticket")
        << argv({u"postpress-checkpoint://solve?account_id=acc_1&ticket=%234711"_s}) << u"acc_1"_s << QString()
        << QUrl() << u"#4711"_s;
    QTest::newRow("--ticket") << argv({u"acc_1"_s, u"--ticket"_s, u"INC-0042"_s}) << u"acc_1"_s << QString() << QUrl()
                              << u"INC-0042"_s;
    QTest::newRow("an API URL given") << argv({u"acc_1"_s, u"--api-url"_s, u"https://staging.postpress.ai/v1"_s})
                                      << u"acc_1"_s << QString() << QUrl(u"https://staging.postpress.ai/v1"_s)
                                      << QString();
    QTest::newRow("the default API URL given explicitly still travels")
        << argv({u"--api-url"_s, u"https://api.postpress.ai/v1"_s}) << QString() << QString()
        << QUrl(u"https://api.postpress.ai/v1"_s) << QString();
}

void TestLaunchOptions::requestCarriesOnlyWhatWasGiven()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, accountId);
    QFETCH(QString, provider);
    QFETCH(QUrl, requestApiUrl);
    QFETCH(QString, ticketId);

    const LaunchOptions options = LaunchOptions::parse(arguments);
    QCOMPARE(options.action, LaunchOptions::Action::Run);
    const LaunchRequest request = options.request();
    QCOMPARE(request, (LaunchRequest{accountId, providerFromString(provider), requestApiUrl, ticketId}));

    const LaunchOptions reopened = LaunchOptions::fromRequest(request);
    QCOMPARE(reopened.action, LaunchOptions::Action::Run);
    QCOMPARE(reopened.accountId, options.accountId);
    QCOMPARE(reopened.provider, options.provider);
    QCOMPARE(reopened.apiUrl, options.apiUrl);
    QCOMPARE(reopened.apiUrlGiven, options.apiUrlGiven);
    QCOMPARE(reopened.ticketId, ticketId);
}

// --ticket and a link's ticket follow TicketId's rule; given both ways, they must agree. A refusal never repeats the
// value (a key pasted into the ticket field of a helpdesk template) and says which part of a link is wrong.
void TestLaunchOptions::ticketIds_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("ticketId"); // empty: refused
    QTest::addColumn<QString>("messageMentions");
    QTest::addColumn<int>("linkPart"); // HelpdeskLink::Part of a refusal

    const QString link = u"postpress-checkpoint://solve?account_id=acc_1&ticket=INC-0042"_s;
    const int none = int(HelpdeskLink::Part::Other);
    QTest::newRow("digits") << argv({u"acc_1"_s, u"--ticket"_s, u"4711"_s}) << u"4711"_s << QString() << none;
    QTest::newRow("every allowed character, trimmed")
        << argv({u"acc_1"_s, u"--ticket= aZ09_-.# "_s}) << u"aZ09_-.#"_s << QString() << none;
    QTest::newRow("without an account") << argv({u"--ticket"_s, u"T-1"_s}) << u"T-1"_s << QString() << none;
    QTest::newRow("the link's ticket") << argv({link}) << u"INC-0042"_s << QString() << none;
    QTest::newRow("the link's ticket and --ticket agree")
        << argv({link, u"--ticket"_s, u"INC-0042"_s}) << u"INC-0042"_s << QString() << none;
    QTest::newRow("the link's ticket and --ticket differ")
        << argv({link, u"--ticket"_s, u"INC-0043"_s}) << QString() << u"--ticket"_s
        << int(HelpdeskLink::Part::TicketId);
    QTest::newRow("a bad ticket in the link")
        << argv({u"postpress-checkpoint://solve?account_id=acc_1&ticket=a%2Fb"_s}) << QString() << u"“/”"_s
        << int(HelpdeskLink::Part::TicketId);
    QTest::newRow("empty") << argv({u"acc_1"_s, u"--ticket="_s}) << QString() << u"--ticket needs a value"_s << none;
    QTest::newRow("a space inside") << argv({u"acc_1"_s, u"--ticket"_s, u"INC 42"_s}) << QString() << u"spaces"_s
                                    << none;
    QTest::newRow("a slash") << argv({u"acc_1"_s, u"--ticket"_s, u"a/b"_s}) << QString() << u"“/”"_s << none;
    QTest::newRow("65 characters") << argv({u"acc_1"_s, u"--ticket"_s, QString(65, u'7')}) << QString()
                                   << u"too long"_s << none;
    QTest::newRow("given twice, differently")
        << argv({u"acc_1"_s, u"--ticket"_s, u"1"_s, u"--ticket"_s, u"2"_s}) << QString() << u"more than once"_s << none;
}

void TestLaunchOptions::ticketIds()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, ticketId);
    QFETCH(QString, messageMentions);
    QFETCH(int, linkPart);

    const LaunchOptions options = LaunchOptions::parse(arguments);
    if (!ticketId.isEmpty()) {
        QCOMPARE(options.errorMessage, QString());
        QCOMPARE(options.action, LaunchOptions::Action::Run);
        QCOMPARE(options.ticketId, ticketId);
        QCOMPARE(options.request().ticketId, ticketId);
        return;
    }
    QCOMPARE(options.action, LaunchOptions::Action::Error);
    QVERIFY2(options.errorMessage.contains(messageMentions), qPrintable(options.errorMessage));
    QCOMPARE(int(options.linkPart), linkPart);
}

QTEST_APPLESS_MAIN(TestLaunchOptions)

#include "tst_launchoptions.moc"
