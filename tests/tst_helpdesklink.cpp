#include "CheckpointRequest.h"
#include "HelpdeskLink.h"
#include "SafeText.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString base = u"postpress-checkpoint://solve?"_s;

QString link(const QString &query)
{
    return base + query;
}

} // namespace

// The link is the one input a stranger can hand an agent (a ticket, a mail, a web page), so every refusal is a
// row here, and a randomised round shows that whatever gets through passes the command line's checks.
class TestHelpdeskLink final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void acceptedLinks_data();
    void acceptedLinks();
    void refusedLinks_data();
    void refusedLinks();
    void refusalsNeverRepeatAValue_data();
    void refusalsNeverRepeatAValue();
    void isLink_data();
    void isLink();
    void makeRoundTrips_data();
    void makeRoundTrips();
    void ticketIds_data();
    void ticketIds();
    void refusalsNameThePart_data();
    void refusalsNameThePart();
    void mutatedLinksNeverGetPastTheChecks();
};

void TestHelpdeskLink::acceptedLinks_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("accountId");
    QTest::addColumn<QString>("provider"); // API name, empty when none

    QTest::newRow("the documented example")
        << u"postpress-checkpoint://solve?account_id=acc_123&provider=LINKEDIN"_s << u"acc_123"_s << u"LINKEDIN"_s;
    QTest::newRow("parameters in the other order")
        << link(u"provider=INSTAGRAM&account_id=acc_123"_s) << u"acc_123"_s << u"INSTAGRAM"_s;
    QTest::newRow("provider in any letter case")
        << link(u"account_id=acc_1&provider=mEsSeNgEr"_s) << u"acc_1"_s << u"MESSENGER"_s;
    QTest::newRow("without a provider") << link(u"account_id=acc_1"_s) << u"acc_1"_s << QString();
    QTest::newRow("scheme in capitals (RFC 3986: schemes are case-insensitive)")
        << u"POSTPRESS-CHECKPOINT://solve?account_id=acc_1"_s << u"acc_1"_s << QString();
    QTest::newRow("action in capitals") << u"postpress-checkpoint://SOLVE?account_id=acc_1"_s << u"acc_1"_s
                                        << QString();
    QTest::newRow("a slash after the action, as some tools add")
        << u"postpress-checkpoint://solve/?account_id=acc_1&provider=twitter"_s << u"acc_1"_s << u"TWITTER"_s;
    QTest::newRow("percent-encoded id is decoded")
        << link(u"account_id=acc%5F01HXYZ"_s) << u"acc_01HXYZ"_s << QString();
    QTest::newRow("percent-encoded parameter name is decoded")
        << link(u"account%5Fid=acc_1"_s) << u"acc_1"_s << QString();
    QTest::newRow("every character an id may have") << link(u"account_id=AZaz09_-.~"_s) << u"AZaz09_-.~"_s << QString();
    QTest::newRow("account id of the maximum length")
        << link(u"account_id="_s + QString(CheckpointRequest::MaxAccountIdLength, u'a'))
        << QString(CheckpointRequest::MaxAccountIdLength, u'a') << QString();
}

void TestHelpdeskLink::acceptedLinks()
{
    QFETCH(QString, link);
    QFETCH(QString, accountId);
    QFETCH(QString, provider);

    QString error;
    const std::optional<LaunchRequest> request = HelpdeskLink::parse(link, &error);
    QCOMPARE(error, QString());
    QVERIFY(request);
    QCOMPARE(request->accountId, accountId);
    QCOMPARE(request->provider ? providerApiName(*request->provider) : QString(), provider);
    QVERIFY(request->apiUrl.isEmpty());
}

void TestHelpdeskLink::refusedLinks_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<QStringList>("messageMentions");
    QTest::addColumn<QStringList>("messageNeverMentions");

    const QString example = u"postpress-checkpoint://solve?account_id=acc_123&provider=LINKEDIN"_s;

    QTest::newRow("one character longer than 2048")
        << link(u"account_id=acc_1&provider=LINKEDIN&"_s).leftJustified(HelpdeskLink::MaxLength + 1, u'x')
        << QStringList{u"too long"_s, u"2048"_s} << QStringList();
    QTest::newRow("account id one character too long")
        << link(u"account_id="_s + QString(CheckpointRequest::MaxAccountIdLength + 1, u'a'))
        << QStringList{u"too long"_s, QString::number(CheckpointRequest::MaxAccountIdLength)} << QStringList();
    QTest::newRow("single colon form postpress-checkpoint:solve")
        << u"postpress-checkpoint:solve?account_id=acc_1"_s << QStringList{example} << QStringList();
    QTest::newRow("triple slash form postpress-checkpoint:///solve")
        << u"postpress-checkpoint:///solve?account_id=acc_1"_s << QStringList{example} << QStringList();
    QTest::newRow("another action") << u"postpress-checkpoint://submit?account_id=acc_1"_s << QStringList{example}
                                    << QStringList();
    QTest::newRow("a path after the action")
        << u"postpress-checkpoint://solve/now?account_id=acc_1"_s << QStringList{example} << QStringList();
    QTest::newRow("a user before the action")
        << u"postpress-checkpoint://agent@solve?account_id=acc_1"_s << QStringList{example} << QStringList();
    QTest::newRow("a port after the action")
        << u"postpress-checkpoint://solve:80?account_id=acc_1"_s << QStringList{example} << QStringList();
    QTest::newRow("another scheme") << u"https://solve?account_id=acc_1"_s << QStringList{u"another program"_s, example}
                                    << QStringList();
    QTest::newRow("javascript:") << u"javascript://solve?account_id=acc_1"_s
                                 << QStringList{u"another program"_s, example} << QStringList();
    // The rule for account ids applies after decoding, once: what the decoded id holds is named.
    QTest::newRow("decoding happens once: %2541 is a percent sign in the id")
        << link(u"account_id=acc%2541"_s) << QStringList{u"\u201c%\u201d (U+0025"_s} << QStringList();
    QTest::newRow("a plus sign is a plus sign, not a space")
        << link(u"account_id=acc+1"_s) << QStringList{u"\u201c+\u201d (U+002B"_s} << QStringList();
    QTest::newRow("UTF-8 in an id is decoded, then refused")
        << link(u"account_id=acc_%C3%A9"_s) << QStringList{u"\u00e9"_s, u"U+00E9"_s} << QStringList();
    QTest::newRow("a Cyrillic letter that looks Latin")
        << link(u"account_id=acc_01HXYZ%D0%A5QK3W"_s) << QStringList{u"U+0425"_s, u"character 11"_s} << QStringList();
    QTest::newRow("a Hebrew id") << link(u"account_id=%D7%90%D7%91"_s) << QStringList{u"U+05D0"_s} << QStringList();
    QTest::newRow("a fragment") << link(u"account_id=acc_1#x"_s) << QStringList{u"fragment"_s} << QStringList();
    QTest::newRow("no query") << u"postpress-checkpoint://solve"_s << QStringList{u"account_id"_s, example}
                              << QStringList();
    QTest::newRow("empty query") << link(QString()) << QStringList{u"account_id"_s} << QStringList();
    QTest::newRow("provider only") << link(u"provider=LINKEDIN"_s) << QStringList{u"account_id"_s} << QStringList();
    QTest::newRow("empty account id") << link(u"account_id=&provider=LINKEDIN"_s) << QStringList{u"account_id"_s}
                                      << QStringList();
    QTest::newRow("account_id without =")
        << link(u"account_id"_s) << QStringList{u"account_id"_s, u"no value"_s} << QStringList();
    QTest::newRow("duplicate account_id, same value")
        << link(u"account_id=acc_1&account_id=acc_1"_s) << QStringList{u"account_id"_s, u"more than once"_s}
        << QStringList();
    QTest::newRow("duplicate account_id, different values")
        << link(u"account_id=acc_1&account_id=acc_2"_s) << QStringList{u"account_id"_s, u"more than once"_s}
        << QStringList();
    QTest::newRow("duplicate provider, one of them encoded")
        << link(u"account_id=acc_1&provider=LINKEDIN&provid%65r=TWITTER"_s)
        << QStringList{u"provider"_s, u"more than once"_s} << QStringList();
    QTest::newRow("trailing &") << link(u"account_id=acc_1&"_s) << QStringList{u"empty parameter"_s} << QStringList();
    QTest::newRow("&& in the middle") << link(u"account_id=acc_1&&provider=LINKEDIN"_s)
                                      << QStringList{u"empty parameter"_s} << QStringList();

    // A code or a key is refused by name, and the value is never repeated.
    QTest::newRow("code=123456 is refused: a link never carries a code")
        << link(u"account_id=acc_1&provider=LINKEDIN&code=123456"_s) << QStringList{u"never carries a code"_s}
        << QStringList{u"123456"_s};
    QTest::newRow("api_key is refused: a link never carries a key")
        << link(u"account_id=acc_1&api_key=sk_live_0123456789"_s) << QStringList{u"keychain"_s}
        << QStringList{u"sk_live_0123456789"_s};
    QTest::newRow("key is refused") << link(u"account_id=acc_1&key=sk_live_0123456789"_s) << QStringList{u"keychain"_s}
                                    << QStringList{u"sk_live_0123456789"_s};
    QTest::newRow("an encoded name co%64e is refused like code")
        << link(u"account_id=acc_1&co%64e=654321"_s) << QStringList{u"never carries a code"_s}
        << QStringList{u"654321"_s};
    QTest::newRow("otp is refused") << link(u"account_id=acc_1&otp=111222"_s) << QStringList{u"never carries a code"_s}
                                    << QStringList{u"111222"_s};
    // The key is sent to the API URL: a link that chose it could send the key anywhere.
    QTest::newRow("api_url is refused: a link cannot choose the server")
        << link(u"account_id=acc_1&api_url=https%3A%2F%2Fevil.example"_s) << QStringList{u"API server"_s}
        << QStringList{u"evil.example"_s};
    QTest::newRow("unknown parameter is named, and the valid ones listed")
        << link(u"account_id=acc_1&colour=red"_s) << QStringList{u"\"colour\""_s, u"account_id"_s, u"provider"_s}
        << QStringList{u"red"_s};
    QTest::newRow("parameter names are case-sensitive")
        << link(u"Account_ID=acc_1"_s) << QStringList{u"\"Account_ID\""_s} << QStringList();
    // Only a name made of letters, '-' and '_' is quoted: not a key pasted as a name, not markup.
    QTest::newRow("an unknown name with markup is not quoted")
        << link(u"account_id=acc_1&<h1>CALL+1-555-0100</h1>"_s) << QStringList{u"unknown parameter"_s}
        << QStringList{u"<h1>"_s, u"555"_s};
    QTest::newRow("an unknown name with a control character is not echoed")
        << link(u"account_id=acc_1&a%1Bb=1"_s) << QStringList{u"unknown parameter"_s} << QStringList{u"\x1b"_s};

    QTest::newRow("unknown provider: the four are listed, the value is not repeated")
        << link(u"account_id=acc_1&provider=facebook"_s)
        << QStringList{u"Unknown provider"_s, u"LINKEDIN"_s, u"INSTAGRAM"_s, u"TWITTER"_s, u"MESSENGER"_s}
        << QStringList{u"facebook"_s};
    QTest::newRow("empty provider") << link(u"account_id=acc_1&provider="_s) << QStringList{u"LINKEDIN"_s}
                                    << QStringList();
    QTest::newRow("provider with an encoded space")
        << link(u"account_id=acc_1&provider=%20LINKEDIN"_s) << QStringList{u"provider"_s, u"spaces"_s} << QStringList();

    QTest::newRow("a raw space") << link(u"account_id=acc 1"_s) << QStringList{u"percent-encode"_s} << QStringList();
    QTest::newRow("a raw newline") << link(u"account_id=acc_1\nprovider=LINKEDIN"_s) << QStringList{u"percent-encode"_s}
                                   << QStringList();
    QTest::newRow("a raw non-ASCII character")
        << link(u"account_id=acc_\u00e9"_s) << QStringList{u"percent-encode"_s} << QStringList();
    QTest::newRow("an encoded space in the id")
        << link(u"account_id=acc%201"_s) << QStringList{u"account id"_s, u"spaces"_s, u"U+0020"_s} << QStringList();
    QTest::newRow("an encoded newline in the id")
        << link(u"account_id=acc_1%0A"_s) << QStringList{u"account id"_s, u"control"_s, u"U+000A"_s} << QStringList();
    QTest::newRow("an encoded NUL in the id")
        << link(u"account_id=acc%00_1"_s) << QStringList{u"account id"_s, u"control"_s, u"U+0000"_s} << QStringList();
    QTest::newRow("an encoded zero-width space in the id")
        << link(u"account_id=acc%E2%80%8B1"_s) << QStringList{u"control"_s} << QStringList();
    QTest::newRow("an encoded right-to-left override in the id")
        << link(u"account_id=acc%E2%80%AE1"_s) << QStringList{u"control"_s} << QStringList();
    QTest::newRow("an encoded byte order mark before the id")
        << link(u"account_id=%EF%BB%BFacc_1"_s) << QStringList{u"control"_s} << QStringList();
    QTest::newRow("% without digits") << link(u"account_id=acc%"_s) << QStringList{u"encoded"_s} << QStringList();
    QTest::newRow("% with one digit") << link(u"account_id=acc%4"_s) << QStringList{u"encoded"_s} << QStringList();
    QTest::newRow("% with a non-hex digit")
        << link(u"account_id=acc%4G"_s) << QStringList{u"encoded"_s} << QStringList();
    QTest::newRow("invalid UTF-8") << link(u"account_id=acc%C3"_s) << QStringList{u"UTF-8"_s} << QStringList();
    QTest::newRow("overlong UTF-8 for a slash")
        << link(u"account_id=acc%C0%AF"_s) << QStringList{u"UTF-8"_s} << QStringList();
}

void TestHelpdeskLink::refusedLinks()
{
    QFETCH(QString, link);
    QFETCH(QStringList, messageMentions);
    QFETCH(QStringList, messageNeverMentions);

    QString error;
    const std::optional<LaunchRequest> request = HelpdeskLink::parse(link, &error);
    QVERIFY(!request);
    QVERIFY(!error.isEmpty());
    for (const QString &part : std::as_const(messageMentions)) {
        if (!error.contains(part))
            QFAIL(qPrintable(u"\"%1\" does not mention \"%2\""_s.arg(error, part)));
    }
    for (const QString &part : std::as_const(messageNeverMentions)) {
        if (error.contains(part))
            QFAIL(qPrintable(u"\"%1\" mentions \"%2\""_s.arg(error, part)));
    }
}

// Whoever wrote the link chose every value in it: a refusal names the parameter, never repeats a value that may
// be a secret, and never prints a control or bidi character, whichever parameter carried it.
void TestHelpdeskLink::refusalsNeverRepeatAValue_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("mentions");
    QTest::addColumn<QString>("secret");

    struct Kind {
        const char *name;
        QString value;
        QString secret;
    };
    const QList<Kind> kinds{
        {"a password in a URL", u"https://agent:hunter2@api.postpress.ai/v1"_s, u"hunter2"_s},
        {"an API key", u"pp_live_Zk4q9XyZ0123456789abcd"_s, u"Zk4q9XyZ"_s},
        {"escape sequences", u"\x1b]0;owned\x07\x1b[2J\x1b[31mOK"_s, u"\x1b"_s},
        {"bidi controls", u"acc_\u202egnp.exe\u2066x\u2069"_s, u"\u202e"_s},
    };
    for (const Kind &kind : kinds) {
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(kind.value));
        QTest::addRow("account_id is %s", kind.name) << link(u"account_id="_s + encoded) << u"account"_s << kind.secret;
        QTest::addRow("provider is %s", kind.name)
            << link(u"account_id=acc_1&provider="_s + encoded) << u"provider"_s << kind.secret;
        QTest::addRow("ticket is %s", kind.name)
            << link(u"account_id=acc_1&ticket="_s + encoded) << u"ticket"_s << kind.secret;
        QTest::addRow("an unknown parameter's value is %s", kind.name)
            << link(u"account_id=acc_1&note="_s + encoded) << u"parameter"_s << kind.secret;
        QTest::addRow("an unknown parameter's name is %s", kind.name)
            << link(u"account_id=acc_1&"_s + encoded + u"=1"_s) << QString() << kind.secret;
    }
}

void TestHelpdeskLink::refusalsNeverRepeatAValue()
{
    QFETCH(QString, link);
    QFETCH(QString, mentions);
    QFETCH(QString, secret);

    QString error;
    if (HelpdeskLink::parse(link, &error))
        QSKIP("an API key pasted as an account id is an id like any other; nothing is printed");
    QVERIFY2(error.contains(mentions, Qt::CaseInsensitive), qPrintable(error));
    QVERIFY2(!error.contains(secret), qPrintable(error));
    QVERIFY2(SafeText::isPrintable(error), qPrintable(error));
}

void TestHelpdeskLink::isLink_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<bool>("expected");

    QTest::newRow("the canonical form") << link(u"account_id=acc_1"_s) << true;
    QTest::newRow("a broken link is still meant as a link") << u"postpress-checkpoint:nonsense"_s << true;
    QTest::newRow("scheme in capitals") << u"Postpress-Checkpoint://solve"_s << true;
    QTest::newRow("an account id") << u"acc_123"_s << false;
    QTest::newRow("the scheme name without a colon") << u"postpress-checkpoint"_s << false;
    QTest::newRow("another scheme's link is a link, to be refused") << u"https://postpress.ai"_s << true;
    QTest::newRow("javascript:// in capitals") << u"JAVASCRIPT://x"_s << true;
    QTest::newRow("a scheme of letters, digits, + . -") << u"a1+b.c-d://x"_s << true;
    QTest::newRow("a scheme must start with a letter") << u"1abc://x"_s << false;
    QTest::newRow("no scheme before ://") << u"://x"_s << false;
    QTest::newRow("another scheme without //") << u"mailto:agent@example.com"_s << false;
    QTest::newRow("a colon in an id") << u"acc:1"_s << false;
}

void TestHelpdeskLink::isLink()
{
    QFETCH(QString, argument);
    QFETCH(bool, expected);

    QCOMPARE(HelpdeskLink::isLink(argument), expected);
}

void TestHelpdeskLink::makeRoundTrips_data()
{
    QTest::addColumn<QString>("accountId");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("ticketId");
    QTest::addColumn<QString>("expectedLink");

    QTest::newRow("plain id with provider")
        << u"acc_123"_s << u"LINKEDIN"_s << QString()
        << u"postpress-checkpoint://solve?account_id=acc_123&provider=LINKEDIN"_s;
    QTest::newRow("id without provider") << u"acc_123"_s << QString() << QString()
                                         << u"postpress-checkpoint://solve?account_id=acc_123"_s;
    QTest::newRow("every character an id may have, none encoded")
        << u"AZaz09_-.~"_s << u"MESSENGER"_s << QString()
        << u"postpress-checkpoint://solve?account_id=AZaz09_-.~&provider=MESSENGER"_s;
    QTest::newRow("a ticket, its # encoded") << u"acc_1"_s << u"TWITTER"_s << u"#4711"_s
                                            << u"postpress-checkpoint://solve?account_id=acc_1&provider=TWITTER"
                                               u"&ticket=%234711"_s;
}

void TestHelpdeskLink::makeRoundTrips()
{
    QFETCH(QString, accountId);
    QFETCH(QString, provider);
    QFETCH(QString, ticketId);
    QFETCH(QString, expectedLink);

    const QString made = HelpdeskLink::make(accountId, providerFromString(provider), ticketId);
    QCOMPARE(made, expectedLink);
    QString error;
    const std::optional<LaunchRequest> request = HelpdeskLink::parse(made, &error);
    QCOMPARE(error, QString());
    QVERIFY(request);
    QCOMPARE(request->accountId, accountId);
    QCOMPARE(request->provider, providerFromString(provider));
    QCOMPARE(request->ticketId, ticketId);
}

// ticket= carries the helpdesk's ticket number by TicketId's rule: "#" percent-encoded (a raw one starts a fragment).
void TestHelpdeskLink::ticketIds_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("ticketId"); // empty: refused
    QTest::addColumn<QString>("messageMentions");

    QTest::newRow("none") << u"account_id=acc_1"_s << QString() << QString();
    QTest::newRow("digits") << u"account_id=acc_1&ticket=4711"_s << u"4711"_s << QString();
    QTest::newRow("before the account") << u"ticket=INC-0042&account_id=acc_1"_s << u"INC-0042"_s << QString();
    QTest::newRow("an encoded #") << u"account_id=acc_1&ticket=%234711"_s << u"#4711"_s << QString();
    QTest::newRow("every allowed character") << u"account_id=acc_1&ticket=aZ09_-.%23"_s << u"aZ09_-.#"_s << QString();
    QTest::newRow("64 characters") << u"account_id=acc_1&ticket="_s + QString(64, u'9') << QString(64, u'9')
                                   << QString();
    QTest::newRow("65 characters") << u"account_id=acc_1&ticket="_s + QString(65, u'9') << QString()
                                   << u"too long"_s;
    QTest::newRow("a raw # is a fragment") << u"account_id=acc_1&ticket=#4711"_s << QString() << u"fragment"_s;
    QTest::newRow("empty") << u"account_id=acc_1&ticket="_s << QString() << u"empty"_s;
    QTest::newRow("no value") << u"account_id=acc_1&ticket"_s << QString() << u"no value"_s;
    QTest::newRow("twice") << u"account_id=acc_1&ticket=1&ticket=1"_s << QString() << u"more than once"_s;
    QTest::newRow("an encoded space") << u"account_id=acc_1&ticket=INC%2042"_s << QString() << u"spaces"_s;
    QTest::newRow("a slash") << u"account_id=acc_1&ticket=a%2Fb"_s << QString() << u"“/”"_s;
    QTest::newRow("a Cyrillic letter") << u"account_id=acc_1&ticket=%D0%90"_s << QString() << u"U+0410"_s;
    QTest::newRow("a right-to-left override") << u"account_id=acc_1&ticket=a%E2%80%AEb"_s << QString()
                                              << u"U+202E"_s;
}

void TestHelpdeskLink::ticketIds()
{
    QFETCH(QString, query);
    QFETCH(QString, ticketId);
    QFETCH(QString, messageMentions);

    QString error;
    HelpdeskLink::Part part = HelpdeskLink::Part::Other;
    const std::optional<LaunchRequest> request = HelpdeskLink::parse(link(query), &error, &part);
    if (messageMentions.isEmpty()) {
        QCOMPARE(error, QString());
        QVERIFY(request);
        QCOMPARE(request->ticketId, ticketId);
        return;
    }
    QVERIFY(!request);
    QVERIFY2(error.contains(messageMentions), qPrintable(error));
    QVERIFY2(SafeText::isPrintable(error), qPrintable(error));
    if (!query.contains(u'#'))
        QCOMPARE(part, HelpdeskLink::Part::TicketId);
}

// The message box says in plain words which part is wrong (LinkRefusal): every refusal names one.
void TestHelpdeskLink::refusalsNameThePart_data()
{
    using Part = HelpdeskLink::Part;
    QTest::addColumn<QString>("link");
    QTest::addColumn<Part>("part");

    QTest::newRow("too long") << link(QString(HelpdeskLink::MaxLength, u'x')) << Part::Form;
    QTest::newRow("another program's") << u"https://solve?account_id=acc_1"_s << Part::Form;
    QTest::newRow("another action") << u"postpress-checkpoint://submit?account_id=acc_1"_s << Part::Form;
    QTest::newRow("a raw space") << link(u"account_id=acc 1"_s) << Part::Form;
    QTest::newRow("a fragment") << link(u"account_id=acc_1#x"_s) << Part::Form;
    QTest::newRow("an empty parameter") << link(u"account_id=acc_1&"_s) << Part::Form;
    QTest::newRow("bad percent-encoding") << link(u"account_id=acc%4G"_s) << Part::Form;
    QTest::newRow("no query") << u"postpress-checkpoint://solve"_s << Part::AccountId;
    QTest::newRow("no account") << link(u"provider=LINKEDIN"_s) << Part::AccountId;
    QTest::newRow("account twice") << link(u"account_id=a&account_id=a"_s) << Part::AccountId;
    QTest::newRow("not an account id") << link(u"account_id=a%2Fb"_s) << Part::AccountId;
    QTest::newRow("unknown provider") << link(u"account_id=acc_1&provider=MYSPACE"_s) << Part::Provider;
    QTest::newRow("provider with a space") << link(u"account_id=acc_1&provider=LINKED%20IN"_s) << Part::Provider;
    QTest::newRow("bad ticket") << link(u"account_id=acc_1&ticket=a%2Fb"_s) << Part::TicketId;
    QTest::newRow("a code") << link(u"account_id=acc_1&code=123456"_s) << Part::Secret;
    QTest::newRow("a key") << link(u"account_id=acc_1&api_key=sk_1"_s) << Part::Secret;
    QTest::newRow("a server") << link(u"account_id=acc_1&host=evil.example"_s) << Part::Server;
    QTest::newRow("something else") << link(u"account_id=acc_1&colour=red"_s) << Part::Unknown;
}

void TestHelpdeskLink::refusalsNameThePart()
{
    QFETCH(QString, link);
    QFETCH(HelpdeskLink::Part, part);

    QString error;
    HelpdeskLink::Part refused = HelpdeskLink::Part::Other;
    QVERIFY(!HelpdeskLink::parse(link, &error, &refused));
    QVERIFY(!error.isEmpty());
    QCOMPARE(refused, part);
}

// Random edits of valid links (fixed seed, so a failure repeats): anything accepted must still satisfy what the
// command line requires of an account id and name a real provider, and anything refused must say why.
void TestHelpdeskLink::mutatedLinksNeverGetPastTheChecks()
{
    const QStringList seeds{link(u"account_id=acc_123&provider=LINKEDIN"_s), link(u"account_id=acc%5F1"_s),
                            u"postpress-checkpoint://solve/?provider=twitter&account_id=a%C3%A9"_s};
    const QString alphabet = u"%&=?#/:+ abcdefACDEF0123456789_\u00e9\n\x7f"_s;
    QRandomGenerator random(20251125);
    int accepted = 0;
    for (int round = 0; round < 20000; ++round) {
        QString text = seeds.at(random.bounded(seeds.size()));
        const int edits = 1 + random.bounded(4);
        for (int e = 0; e < edits; ++e) {
            const qsizetype at = random.bounded(text.size() + 1);
            const QChar c = alphabet.at(random.bounded(alphabet.size()));
            switch (random.bounded(3)) {
            case 0:
                text.insert(at, c);
                break;
            case 1:
                text.remove(at, 1);
                break;
            default:
                if (at < text.size())
                    text[at] = c;
            }
        }
        QString error;
        const std::optional<LaunchRequest> request = HelpdeskLink::parse(text, &error);
        if (!request) {
            QVERIFY2(!error.isEmpty(), qPrintable(text));
            continue;
        }
        ++accepted;
        QVERIFY2(CheckpointRequest::accountIdProblem(request->accountId).isEmpty(), qPrintable(text));
        QVERIFY2(request->apiUrl.isEmpty(), qPrintable(text));
        QVERIFY2(text.size() <= HelpdeskLink::MaxLength, qPrintable(text));
    }
    QVERIFY(accepted > 0); // the round did reach the accepting path
}

QTEST_APPLESS_MAIN(TestHelpdeskLink)

#include "tst_helpdesklink.moc"
