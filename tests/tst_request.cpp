#include "CheckpointRequest.h"
#include "Provider.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int NoProblem = -1;

QJsonObject parsedObject(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return {};
    return document.object();
}

} // namespace

class TestRequest final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void providers_data();
    void providers();
    void unknownProviders_data();
    void unknownProviders();
    void providerLists();
    void validate_data();
    void validate();
    void toJson_data();
    void toJson();
    void tryAnotherWayCode();
    void resendRequestJson_data();
    void resendRequestJson();
};

void TestRequest::providers_data()
{
    QTest::addColumn<Provider>("provider");
    QTest::addColumn<QString>("apiName");
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<bool>("supportsResend");

    QTest::newRow("LinkedIn") << Provider::LinkedIn << u"LINKEDIN"_s << u"LinkedIn"_s << true;
    QTest::newRow("Instagram") << Provider::Instagram << u"INSTAGRAM"_s << u"Instagram"_s << true;
    QTest::newRow("Twitter cannot resend") << Provider::Twitter << u"TWITTER"_s << u"X (Twitter)"_s << false;
    QTest::newRow("Messenger") << Provider::Messenger << u"MESSENGER"_s << u"Messenger"_s << true;
}

void TestRequest::providers()
{
    QFETCH(Provider, provider);
    QFETCH(QString, apiName);
    QFETCH(QString, displayName);
    QFETCH(bool, supportsResend);

    QCOMPARE(providerApiName(provider), apiName);
    QCOMPARE(providerDisplayName(provider), displayName);
    QCOMPARE(providerSupportsResend(provider), supportsResend);

    const std::optional<Provider> expected = provider;
    QCOMPARE(providerFromString(apiName), expected);
    QCOMPARE(providerFromString(apiName.toLower()), expected);
    QCOMPARE(providerFromString(QString(apiName.left(1) + apiName.mid(1).toLower())), expected);
    QCOMPARE(providerFromString(QString(u"  "_s + apiName.toLower() + u"\t"_s)), expected);
}

void TestRequest::unknownProviders_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << u"   "_s;
    QTest::newRow("another network") << u"FACEBOOK"_s;
    QTest::newRow("display name X (Twitter)") << u"X (Twitter)"_s;
    QTest::newRow("X") << u"X"_s;
    QTest::newRow("a space inside") << u"LINKED IN"_s;
    QTest::newRow("a prefix only") << u"LINKED"_s;
    QTest::newRow("a longer word") << u"LINKEDINX"_s;
    QTest::newRow("dotless i does not fold to LINKEDIN") << u"L\u0131NKED\u0131N"_s;
}

void TestRequest::unknownProviders()
{
    QFETCH(QString, text);
    QCOMPARE(providerFromString(text), std::optional<Provider>());
}

void TestRequest::providerLists()
{
    const QStringList expected{u"LINKEDIN"_s, u"INSTAGRAM"_s, u"TWITTER"_s, u"MESSENGER"_s};
    QCOMPARE(providerApiNames(), expected);
    QCOMPARE(qsizetype(allProviders.size()), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(providerApiName(allProviders.at(std::size_t(i))), expected.at(i));
}

void TestRequest::validate_data()
{
    QTest::addColumn<QString>("accountId");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("field"); // a CheckpointRequest::Field, or NoProblem
    QTest::addColumn<QString>("message");

    const int accountField = int(CheckpointRequest::Field::AccountId);
    const int codeField = int(CheckpointRequest::Field::Code);
    const QString enterId = u"Enter the account id."_s;
    // Which character, where, and its code point: a Cyrillic Х looks like the Latin X, an invisible one like nothing.
    const auto notAllowed = [](const QString &character, const QString &codePoint, int position) {
        return u"The account id cannot contain \u201c%1\u201d (%2, character %3): only ASCII letters, digits and "
               u"_ - . ~ are allowed."_s.arg(character, codePoint)
                   .arg(position);
    };
    const auto invisible = [](const QString &codePoint, int position) {
        return u"The account id cannot contain spaces, invisible or control characters: character %1 is %2."_s
            .arg(position)
            .arg(codePoint);
    };
    const QString idTooLong = u"The account id is too long: 129 characters, at most 128."_s;
    const QString enterCode = u"Enter the code the customer received."_s;
    const QString codeCharacters = u"The code cannot contain control characters."_s;
    const QString codeTooLong = u"The code is too long (at most 256 characters)."_s;
    const QString longestId(CheckpointRequest::MaxAccountIdLength, u'a');
    const QString longestCode(CheckpointRequest::MaxCodeLength, u'1');

    QTest::newRow("plain values are valid")
        << u"acc_01HXYZ4QK3WJ8FN3M6QH7TZ8GR"_s << u"123456"_s << NoProblem << QString();
    QTest::newRow("surrounding white space is ignored") << u"  acc_1\t"_s << u"\n 123456  "_s << NoProblem << QString();
    QTest::newRow("phone number code") << u"acc_1"_s << u"(+33)0612345678"_s << NoProblem << QString();
    QTest::newRow("TRY_ANOTHER_WAY code")
        << u"acc_1"_s << CheckpointRequest::tryAnotherWayCode() << NoProblem << QString();
    QTest::newRow("code with a space inside") << u"acc_1"_s << u"123 456"_s << NoProblem << QString();
    QTest::newRow("a code may be any text") << u"acc_1"_s << u"код😀"_s << NoProblem << QString();
    QTest::newRow("an id of every allowed character") << u"AZaz09_-.~"_s << u"1"_s << NoProblem << QString();
    QTest::newRow("account id of the maximum length") << longestId << u"1"_s << NoProblem << QString();
    QTest::newRow("account id of the maximum length once trimmed")
        << u"  "_s + longestId + u" "_s << u"1"_s << NoProblem << QString();
    QTest::newRow("code of the maximum length") << u"acc_1"_s << longestCode << NoProblem << QString();

    QTest::newRow("empty account id") << QString() << u"123456"_s << accountField << enterId;
    QTest::newRow("white-space account id") << u" \t\n "_s << u"123456"_s << accountField << enterId;
    QTest::newRow("a Cyrillic Х that looks like the Latin X")
        << u"acc_01HXYZ\u0425QK3W"_s << u"123456"_s << accountField << notAllowed(u"\u0425"_s, u"U+0425"_s, 11);
    QTest::newRow("a Hebrew letter") << u"acc_\u05d0"_s << u"123456"_s << accountField
                                     << notAllowed(u"\u05d0"_s, u"U+05D0"_s, 5);
    QTest::newRow("a Latin letter with an accent")
        << u"acc_\u00e9"_s << u"123456"_s << accountField << notAllowed(u"\u00e9"_s, u"U+00E9"_s, 5);
    QTest::newRow("a full-width digit") << u"acc_\uff11"_s << u"123456"_s << accountField
                                        << notAllowed(u"\uff11"_s, u"U+FF11"_s, 5);
    QTest::newRow("an emoji beyond the BMP counts as one character")
        << u"\U0001F600acc"_s << u"123456"_s << accountField << notAllowed(u"\U0001F600"_s, u"U+1F600"_s, 1);
    QTest::newRow("a colon") << u"acc:1"_s << u"123456"_s << accountField << notAllowed(u":"_s, u"U+003A"_s, 4);
    QTest::newRow("a percent sign") << u"acc%41"_s << u"123456"_s << accountField << notAllowed(u"%"_s, u"U+0025"_s, 4);
    QTest::newRow("a plus sign") << u"acc+1"_s << u"123456"_s << accountField << notAllowed(u"+"_s, u"U+002B"_s, 4);
    QTest::newRow("a quotation mark") << u"acc\"1"_s << u"123456"_s << accountField
                                      << notAllowed(u"\""_s, u"U+0022"_s, 4);
    QTest::newRow("account id with a space inside")
        << u"acc 1"_s << u"123456"_s << accountField << invisible(u"U+0020"_s, 4);
    QTest::newRow("account id with a no-break space inside")
        << u"acc\u00a01"_s << u"123456"_s << accountField << invisible(u"U+00A0"_s, 4);
    QTest::newRow("account id with a tab inside")
        << u"acc\t1"_s << u"123456"_s << accountField << invisible(u"U+0009"_s, 4);
    QTest::newRow("account id with a line break inside")
        << u"acc\n1"_s << u"123456"_s << accountField << invisible(u"U+000A"_s, 4);
    QTest::newRow("account id with a NUL inside")
        << u"acc"_s + QChar(0) + u"1"_s << u"123456"_s << accountField << invisible(u"U+0000"_s, 4);
    QTest::newRow("account id with an escape inside")
        << u"acc\u001b[2J"_s << u"123456"_s << accountField << invisible(u"U+001B"_s, 4);
    QTest::newRow("account id with DEL inside")
        << u"acc\u007f1"_s << u"123456"_s << accountField << invisible(u"U+007F"_s, 4);
    QTest::newRow("account id with a zero-width space inside")
        << u"acc\u200b1"_s << u"123456"_s << accountField << invisible(u"U+200B"_s, 4);
    QTest::newRow("account id with a right-to-left override")
        << u"acc\u202e1"_s << u"123456"_s << accountField << invisible(u"U+202E"_s, 4);
    QTest::newRow("account id with a combining accent: named, not shown (it would sit on the quote)")
        << u"acce\u0301"_s << u"123456"_s << accountField << invisible(u"U+0301"_s, 5);
    QTest::newRow("account id one character too long")
        << longestId + u"a"_s << u"123456"_s << accountField << idTooLong;

    QTest::newRow("empty code") << u"acc_1"_s << QString() << codeField << enterCode;
    QTest::newRow("white-space code") << u"acc_1"_s << u"  \t "_s << codeField << enterCode;
    QTest::newRow("code one character too long") << u"acc_1"_s << longestCode + u"1"_s << codeField << codeTooLong;
    QTest::newRow("code with a line break inside") << u"acc_1"_s << u"123\n456"_s << codeField << codeCharacters;
    QTest::newRow("code with an escape character") << u"acc_1"_s << u"123\u001b456"_s << codeField << codeCharacters;
    QTest::newRow("code with an invisible left-to-right mark pasted from a message")
        << u"acc_1"_s << u"\u200e123456"_s << codeField << codeCharacters;

    QTest::newRow("code with an invisible tag character beyond the BMP")
        << u"acc_1"_s << u"123\U000E0041456"_s << codeField << codeCharacters;
    QTest::newRow("code with a byte order mark in front")
        << u"acc_1"_s << u"\ufeff123456"_s << codeField << codeCharacters;
    QTest::newRow("both wrong: the account id is reported first") << QString() << QString() << accountField << enterId;
    QTest::newRow("both wrong: a bad account id before a bad code")
        << u"acc 1"_s << u"1\n2"_s << accountField << invisible(u"U+0020"_s, 4);
}

void TestRequest::validate()
{
    QFETCH(QString, accountId);
    QFETCH(QString, code);
    QFETCH(int, field);
    QFETCH(QString, message);

    for (Provider provider : allProviders) {
        const CheckpointRequest request{accountId, provider, code};
        const std::optional<CheckpointRequest::Problem> problem = request.validate();
        if (field == NoProblem) {
            QVERIFY2(!problem, qPrintable(problem ? problem->message : QString()));
            continue;
        }
        QVERIFY(problem);
        QCOMPARE(int(problem->field), field);
        QCOMPARE(problem->message, message);
    }
}

void TestRequest::toJson_data()
{
    QTest::addColumn<QString>("accountId");
    QTest::addColumn<Provider>("provider");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QByteArray>("json"); // exact: QJsonObject writes its keys in sorted order

    QTest::newRow("the example of the endpoint page")
        << u"acc_01HXYZ4QK3WJ8FN3M6QH7TZ8GR"_s << Provider::LinkedIn << u"123456"_s
        << QByteArray(R"({"account_id":"acc_01HXYZ4QK3WJ8FN3M6QH7TZ8GR","code":"123456","provider":"LINKEDIN"})");
    QTest::newRow("INSTAGRAM in upper case")
        << u"acc_1"_s << Provider::Instagram << u"1"_s
        << QByteArray(R"({"account_id":"acc_1","code":"1","provider":"INSTAGRAM"})");
    QTest::newRow("TWITTER in upper case") << u"acc_1"_s << Provider::Twitter << u"1"_s
                                           << QByteArray(R"({"account_id":"acc_1","code":"1","provider":"TWITTER"})");
    QTest::newRow("MESSENGER in upper case")
        << u"acc_1"_s << Provider::Messenger << u"1"_s
        << QByteArray(R"({"account_id":"acc_1","code":"1","provider":"MESSENGER"})");
    QTest::newRow("values are trimmed") << u" \tacc_1\n"_s << Provider::LinkedIn << u"  654321 "_s
                                        << QByteArray(
                                               R"({"account_id":"acc_1","code":"654321","provider":"LINKEDIN"})");
    QTest::newRow("TRY_ANOTHER_WAY") << u"acc_1"_s << Provider::LinkedIn << CheckpointRequest::tryAnotherWayCode()
                                     << QByteArray(
                                            R"({"account_id":"acc_1","code":"TRY_ANOTHER_WAY","provider":"LINKEDIN"})");
    QTest::newRow("phone number with its dialling code")
        << u"acc_1"_s << Provider::Instagram << u"(+33)0612345678"_s
        << QByteArray(R"({"account_id":"acc_1","code":"(+33)0612345678","provider":"INSTAGRAM"})");
    QTest::newRow("quotes are escaped") << u"acc_1"_s << Provider::LinkedIn << u"\"12\"34\""_s
                                        << QByteArray(
                                               R"({"account_id":"acc_1","code":"\"12\"34\"","provider":"LINKEDIN"})");
    QTest::newRow("backslashes are escaped")
        << u"acc_1"_s << Provider::LinkedIn << u"12\\34\\"_s
        << QByteArray(R"({"account_id":"acc_1","code":"12\\34\\","provider":"LINKEDIN"})");
    QTest::newRow("a quote after a backslash")
        << u"acc_1"_s << Provider::LinkedIn << u"\\\""_s
        << QByteArray(R"({"account_id":"acc_1","code":"\\\"","provider":"LINKEDIN"})");
    QTest::newRow("JSON-looking code stays a string")
        << u"acc_1"_s << Provider::LinkedIn << u"\",\"provider\":\"TWITTER"_s
        << QByteArray(R"({"account_id":"acc_1","code":"\",\"provider\":\"TWITTER","provider":"LINKEDIN"})");
    QTest::newRow("é as UTF-8") << u"acc_1"_s << Provider::LinkedIn << u"café"_s
                                << QByteArray("{\"account_id\":\"acc_1\",\"code\":\"caf\xc3\xa9\","
                                              "\"provider\":\"LINKEDIN\"}");
    QTest::newRow("中文 as UTF-8") << u"acc_1"_s << Provider::Messenger << u"中文"_s
                                   << QByteArray("{\"account_id\":\"acc_1\",\"code\":\"\xe4\xb8\xad\xe6\x96\x87\","
                                                 "\"provider\":\"MESSENGER\"}");
    QTest::newRow("emoji as 4-byte UTF-8") << u"acc_1"_s << Provider::Twitter << u"😀1"_s
                                           << QByteArray("{\"account_id\":\"acc_1\",\"code\":\"\xf0\x9f\x98\x80"
                                                         "1\",\"provider\":\"TWITTER\"}");
    QTest::newRow("a slash is not escaped")
        << u"acc_1"_s << Provider::LinkedIn << u"1/2"_s
        << QByteArray(R"({"account_id":"acc_1","code":"1/2","provider":"LINKEDIN"})");
}

void TestRequest::toJson()
{
    QFETCH(QString, accountId);
    QFETCH(Provider, provider);
    QFETCH(QString, code);
    QFETCH(QByteArray, json);

    const CheckpointRequest request{accountId, provider, code};
    QVERIFY2(!request.validate(), "every row is a request that can be sent");
    const QByteArray actual = request.toJson();
    QCOMPARE(actual, json);

    const QJsonObject object = parsedObject(actual);
    QCOMPARE(object.size(), 3);
    QCOMPARE(object.value("account_id"_L1).toString(), accountId.trimmed());
    QCOMPARE(object.value("provider"_L1).toString(), providerApiName(provider));
    QCOMPARE(object.value("code"_L1).toString(), code.trimmed());
}

void TestRequest::tryAnotherWayCode()
{
    QCOMPARE(CheckpointRequest::tryAnotherWayCode(), u"TRY_ANOTHER_WAY"_s);
}

void TestRequest::resendRequestJson_data()
{
    QTest::addColumn<QString>("accountId");
    QTest::addColumn<Provider>("provider");
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("LINKEDIN") << u"acc_1"_s << Provider::LinkedIn
                              << QByteArray(R"({"account_id":"acc_1","provider":"LINKEDIN"})");
    QTest::newRow("INSTAGRAM") << u"acc_1"_s << Provider::Instagram
                               << QByteArray(R"({"account_id":"acc_1","provider":"INSTAGRAM"})");
    QTest::newRow("MESSENGER") << u"acc_1"_s << Provider::Messenger
                               << QByteArray(R"({"account_id":"acc_1","provider":"MESSENGER"})");
    QTest::newRow("account id trimmed") << u"  acc_1 \n"_s << Provider::LinkedIn
                                        << QByteArray(R"({"account_id":"acc_1","provider":"LINKEDIN"})");
    QTest::newRow("quotes, backslashes and non-ASCII")
        << u"a\"b\\c_é"_s << Provider::Instagram
        << QByteArray("{\"account_id\":\"a\\\"b\\\\c_\xc3\xa9\",\"provider\":\"INSTAGRAM\"}");
}

void TestRequest::resendRequestJson()
{
    QFETCH(QString, accountId);
    QFETCH(Provider, provider);
    QFETCH(QByteArray, json);

    const QByteArray actual = ::resendRequestJson(accountId, provider);
    QCOMPARE(actual, json);
    const QJsonObject object = parsedObject(actual);
    QCOMPARE(object.size(), 2);
    QCOMPARE(object.value("account_id"_L1).toString(), accountId.trimmed());
    QCOMPARE(object.value("provider"_L1).toString(), providerApiName(provider));
    QVERIFY(!object.contains("code"_L1));
}

QTEST_APPLESS_MAIN(TestRequest)

#include "tst_request.moc"
