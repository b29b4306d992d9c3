// SafeText, the one rule for text from outside the app, and Outcome applying it to everything the server says: no
// control or format characters, one line, a length cap, and never the API key, however it was echoed.
#include "Outcome.h"
#include "SafeText.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Outcome::Kind)
Q_DECLARE_METATYPE(HttpResponse)

namespace {

const QString key = u"pp_live_Zk4+q9/Wm2xR7tB"_s;
const QString marker = u"[API key removed]"_s;

HttpResponse response(int status, const QByteArray &body, const QString &requestIdHeader = {})
{
    HttpResponse answer;
    answer.status = status;
    answer.body = body;
    answer.contentType = body.startsWith('{') ? "application/json"_ba : "text/plain"_ba;
    answer.requestIdHeader = requestIdHeader;
    return answer;
}

// Every text of an outcome that came from the server, by name.
QList<std::pair<const char *, QString>> serverTexts(const Outcome &outcome)
{
    const ProblemDetails &problem = outcome.problem();
    return {{"type", problem.type},
            {"title", problem.title},
            {"detail", problem.detail},
            {"instance", problem.instance},
            {"object", outcome.object()},
            {"account id", outcome.accountId()},
            {"checkpoint type", outcome.checkpointType()},
            {"checkpoint source", outcome.checkpointSource()},
            {"request id header", outcome.requestIdHeader()},
            {"excerpt", outcome.bodyExcerpt()}};
}

} // namespace

class TestSafeText final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void clean_data();
    void clean();
    void elided_data();
    void elided();
    void withoutSecret_data();
    void withoutSecret();

    void everyServerTextIsClean_data();
    void everyServerTextIsClean();
    void echoedKeyIsRemovedFromEveryText_data();
    void echoedKeyIsRemovedFromEveryText();
    void answerAboutAnotherAccount_data();
    void answerAboutAnotherAccount();
    void longTextsAreCut();
    void printableMeansNothingATerminalObeys_data();
    void printableMeansNothingATerminalObeys();
    void quotableName_data();
    void quotableName();
};

void TestSafeText::clean_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("clean");

    QTest::newRow("plain text is kept") << u"Invalid checkpoint solution"_s << u"Invalid checkpoint solution"_s;
    QTest::newRow("accents, CJK, Arabic and emoji are kept") << u"réessayez 中文 خطأ 😀"_s << u"réessayez 中文 خطأ 😀"_s;
    QTest::newRow("embeddings and overrides U+202A-202E go")
        << u"a\u202Ab\u202Bc\u202Cd\u202De\u202Ef"_s << u"abcdef"_s;
    QTest::newRow("isolates U+2066-2069 go") << u"a\u2066b\u2067c\u2068d\u2069e"_s << u"abcde"_s;
    QTest::newRow("marks LRM, RLM and ALM go") << u"a\u200Eb\u200Fc\u061Cd"_s << u"abcd"_s;
    QTest::newRow("zero-width characters, BOM and soft hyphen go")
        << u"\uFEFFa\u200Bb\u200Dc\u00ADd\u2060e"_s << u"abcde"_s;
    QTest::newRow("format characters beyond the BMP go (tags)")
        << QString(u"flag"_s + QString::fromUcs4(U"\U000E0067\U000E007F")) << u"flag"_s;
    QTest::newRow("C0 controls, ESC and DEL become spaces") << u"a\u0001b\u001B[31mc\u007Fd"_s << u"a b [31mc d"_s;
    QTest::newRow("C1 controls become spaces (NEL, CSI)") << u"a\u0085b\u009B2Jc"_s << u"a b 2Jc"_s;
    QTest::newRow("line breaks and tabs become one space") << u"one\r\ntwo\n\n\tthree"_s << u"one two three"_s;
    QTest::newRow("line and paragraph separators become spaces") << u"a\u2028b\u2029c"_s << u"a b c"_s;
    QTest::newRow("NUL becomes a space") << QStringView(u"a\0b", 3).toString() << u"a b"_s;
    QTest::newRow("lone surrogates go") << QString(u"a"_s + QChar(0xD800) + u"b"_s + QChar(0xDC00)) << u"ab"_s;
    QTest::newRow("replacement characters become spaces") << u"bad\uFFFD\uFFFDbytes"_s << u"bad bytes"_s;
    QTest::newRow("white space folds, ends trimmed") << u"  a \u00A0 b  "_s << u"a b"_s;
    QTest::newRow("nothing but invisible characters is empty") << u"\u202E\u200B\r\n"_s << QString();
}

void TestSafeText::clean()
{
    QFETCH(QString, text);
    QFETCH(QString, clean);
    QCOMPARE(SafeText::clean(text), clean);
    const QList<uint> codePoints = SafeText::clean(text).toUcs4();
    for (uint c : codePoints)
        QVERIFY2(!SafeText::isUnsafe(char32_t(c)), qPrintable(QString::number(c, 16)));
}

void TestSafeText::elided_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<QString>("elided");

    QTest::newRow("short text is kept") << u"abc"_s << 3 << u"abc"_s;
    QTest::newRow("longer text ends with an ellipsis") << u"abcdef"_s << 4 << u"abc…"_s;
    QTest::newRow("an emoji is not split") << u"ab😀cd"_s << 4 << u"ab…"_s;
    QTest::newRow("one unit left is the ellipsis") << u"abcdef"_s << 1 << u"…"_s;
}

void TestSafeText::elided()
{
    QFETCH(QString, text);
    QFETCH(int, maxLength);
    QFETCH(QString, elided);
    QCOMPARE(SafeText::elided(text, maxLength), elided);
    QVERIFY(SafeText::elided(text, maxLength).isValidUtf16());
}

void TestSafeText::withoutSecret_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("result");

    QTest::newRow("the whole key") << u"key "_s + key + u" refused"_s << key << u"key [API key removed] refused"_s;
    QTest::newRow("twice") << key + u" and "_s + key << key << u"[API key removed] and [API key removed]"_s;
    QTest::newRow("twice in a row is one marker") << key + key << key << marker;
    QTest::newRow("upper case") << u"X-API-KEY="_s + key.toUpper() << key << u"X-API-KEY=[API key removed]"_s;
    QTest::newRow("the first 8 characters") << u"key pp_live_ expired"_s << key << u"key [API key removed] expired"_s;
    QTest::newRow("the last 10 characters") << u"…/Wm2xR7tB."_s << key << u"…[API key removed]."_s;
    QTest::newRow("a piece of 7 characters is kept") << u"see pp_live"_s << key << u"see pp_live"_s;
    QTest::newRow("pieces on both sides of a space")
        << u"pp_live_Zk4 +q9/Wm2xR7tB"_s << key << u"[API key removed] [API key removed]"_s;
    QTest::newRow("a key shorter than 8 counts whole")
        << u"abc abcd abcdef"_s << u"abcd"_s << u"abc [API key removed] [API key removed]ef"_s;
    QTest::newRow("no key, nothing removed") << u"pp_live_Zk4"_s << QString() << u"pp_live_Zk4"_s;
    QTest::newRow("text without the key is kept")
        << u"Invalid checkpoint solution"_s << key << u"Invalid checkpoint solution"_s;
}

void TestSafeText::withoutSecret()
{
    QFETCH(QString, text);
    QFETCH(QString, secret);
    QFETCH(QString, result);
    QCOMPARE(SafeText::withoutSecret(text, secret, marker), result);
}

void TestSafeText::everyServerTextIsClean_data()
{
    QTest::addColumn<HttpResponse>("answer");

    QTest::newRow("a problem with overrides, controls and line breaks in every member")
        << response(401,
                    R"({"type":"errors/x\u202e","title":"\u202edoog si edoc\u202c","detail":"a\r\nb\u001b[0m",)"
                    R"("instance":"req_\u2066\u0085"})",
                    u"req\u200F-header"_s);
    QTest::newRow("a checkpoint with marks in its object, account, type and source")
        << response(201,
                    R"({"object":"Checkpoint\u200e","account_id":"acc_1\u061c",)"
                    R"("checkpoint":{"type":"\u202eOTP","source":"S\u0007MS"}})");
    QTest::newRow("a text body with C1 controls and an override") << response(502,
                                                                              "Bad \xc2\x9b"
                                                                              "31m \xe2\x80\xae"
                                                                              "yawetag\r\n");
    QTest::newRow("JSON escapes of controls in a body shown as text")
        << response(502, R"({"message":"\u202eyawetag\u0000\u001b"})");
}

void TestSafeText::everyServerTextIsClean()
{
    QFETCH(HttpResponse, answer);

    const Outcome outcome = Outcome::fromHttpResponse(answer, {u"acc_1"_s, key});
    qsizetype shown = 0;
    for (const auto &[name, text] : serverTexts(outcome)) {
        QCOMPARE(text, SafeText::clean(text));
        QVERIFY2(text == text.simplified(), name);
        shown += text.size();
    }
    QVERIFY(shown > 0);
}

void TestSafeText::echoedKeyIsRemovedFromEveryText_data()
{
    QTest::addColumn<HttpResponse>("answer");
    QTest::addColumn<QString>("kept");

    QByteArray allEscaped;
    for (QChar c : key)
        allEscaped += "\\u" + QByteArray::number(c.unicode(), 16).rightJustified(4, '0');
    const QByteArray slashEscaped = R"(pp_live_Zk4+q9\/Wm2xR7tB)";

    QTest::newRow("every problem member, the slash escaped")
        << response(401,
                    R"({"type":"errors/)" + slashEscaped + R"(","title":"Key )" + slashEscaped
                        + R"( refused",)"
                          R"("detail":")"
                        + slashEscaped + R"(","instance":"req_)" + slashEscaped + R"("})",
                    key)
        << u"refused"_s;
    QTest::newRow("every answer member as \\u escapes")
        << response(201,
                    R"({"object":"Checkpoint","account_id":")" + allEscaped + R"(","checkpoint":{"type":")" + allEscaped
                        + R"(","source":")" + allEscaped + R"("}})")
        << u"Checkpoint"_s;
    QTest::newRow("a gateway's JSON shown as an excerpt")
        << response(502, R"({"echo":")" + slashEscaped + R"("})") << u"echo"_s;
    QTest::newRow("JSON cut off, shown as text")
        << response(502, R"({"echo":")" + allEscaped + R"(","trace":"ab)") << u"trace"_s;
    QTest::newRow("split by a zero-width space, upper case")
        << response(500, "{\"title\":\"PP_LIVE_ZK4\\u200b+Q9/WM2XR7TB!\"}") << u"!"_s;
}

void TestSafeText::echoedKeyIsRemovedFromEveryText()
{
    QFETCH(HttpResponse, answer);
    QFETCH(QString, kept);

    const Outcome outcome = Outcome::fromHttpResponse(answer, {u"acc_1"_s, key});
    QString all;
    for (const auto &[name, text] : serverTexts(outcome)) {
        for (qsizetype i = 0; i + SafeText::MinSecretPiece <= key.size(); ++i)
            QVERIFY2(!text.contains(key.mid(i, SafeText::MinSecretPiece), Qt::CaseInsensitive), name);
        all += text;
    }
    QVERIFY2(all.contains(marker) && all.contains(kept), qPrintable(all));
}

void TestSafeText::answerAboutAnotherAccount_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("sent");
    QTest::addColumn<Outcome::Kind>("kind");
    QTest::addColumn<bool>("another");

    using Kind = Outcome::Kind;
    const QString mine = u"acc_MINE"_s;
    QTest::newRow("AccountCreated for the account sent is connected")
        << QByteArray(R"({"object":"AccountCreated","account_id":"acc_MINE"})") << mine << Kind::Connected << false;
    QTest::newRow("AccountCreated for another account is unexpected")
        << QByteArray(R"({"object":"AccountCreated","account_id":"acc_OTHER"})") << mine << Kind::UnexpectedAnswer
        << true;
    QTest::newRow("AccountReconnected for the account in other letter case is unexpected")
        << QByteArray(R"({"object":"AccountReconnected","account_id":"ACC_MINE"})") << mine << Kind::UnexpectedAnswer
        << true;
    QTest::newRow("Checkpoint for another account is unexpected")
        << QByteArray(R"({"object":"Checkpoint","account_id":"acc_OTHER","checkpoint":{"type":"OTP"}})") << mine
        << Kind::UnexpectedAnswer << true;
    QTest::newRow("CheckpointResend for another account is unexpected")
        << QByteArray(R"({"object":"CheckpointResend","account_id":"acc_OTHER","success":true})") << mine
        << Kind::UnexpectedAnswer << true;
    QTest::newRow("Checkpoint without an account id is the next step")
        << QByteArray(R"({"object":"Checkpoint","checkpoint":{"type":"OTP"}})") << mine << Kind::NextCheckpoint
        << false;
    QTest::newRow("an invisible mark after the id is the same id")
        << QByteArray(R"({"object":"AccountCreated","account_id":"acc_MINE\u200e"})") << mine << Kind::Connected
        << false;
    QTest::newRow("nothing sent to compare with")
        << QByteArray(R"({"object":"AccountCreated","account_id":"acc_OTHER"})") << QString() << Kind::Connected
        << false;
}

void TestSafeText::answerAboutAnotherAccount()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, sent);
    QFETCH(Outcome::Kind, kind);
    QFETCH(bool, another);

    const Outcome outcome = Outcome::fromHttpResponse(response(201, body), {sent, key});
    QCOMPARE(outcome.kind(), kind);
    QCOMPARE(outcome.answersAnotherAccount(), another);
    if (another) {
        QVERIFY(!outcome.isSuccess());
        QVERIFY2(outcome.bodyExcerpt().isEmpty(), "a documented answer, only about someone else");
    }
}

void TestSafeText::longTextsAreCut()
{
    const QByteArray huge(60'000, 'x');
    const Outcome outcome =
        Outcome::fromHttpResponse(response(400,
                                           R"({"type":")" + huge + R"(","title":")" + huge + R"(","detail":")" + huge
                                               + R"(","instance":")" + huge + R"("})"));
    QCOMPARE(outcome.problem().type.size(), Outcome::MaxIdLength);
    QCOMPARE(outcome.problem().instance.size(), Outcome::MaxIdLength);
    QCOMPARE(outcome.problem().title.size(), Outcome::MaxTextLength);
    QCOMPARE(outcome.problem().detail.size(), Outcome::MaxTextLength);
    QVERIFY(outcome.problem().detail.endsWith(u'…'));
}

// isPrintable is what the tests of the command line, links and launches and their fuzz targets hold every message to.
void TestSafeText::printableMeansNothingATerminalObeys_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("printable");

    QTest::newRow("plain ASCII") << u"Unknown option 'x'."_s << true;
    QTest::newRow("French narrow no-break spaces") << u"Option inconnue \u00ab\u202fx\u202f\u00bb."_s << true;
    QTest::newRow("a Cyrillic letter and an emoji") << u"\u0425 \U0001F600"_s << true;
    QTest::newRow("an escape") << u"a\x1b[2Jb"_s << false;
    QTest::newRow("a line feed") << u"a\nb"_s << false;
    QTest::newRow("a NUL") << u"a"_s + QChar(0) + u"b"_s << false;
    QTest::newRow("a C1 control (NEL)") << u"a\u0085b"_s << false;
    QTest::newRow("a right-to-left override") << u"a\u202eb"_s << false;
    QTest::newRow("a first-strong isolate") << u"a\u2068b"_s << false;
    QTest::newRow("a left-to-right mark") << u"a\u200eb"_s << false;
    QTest::newRow("a zero-width space") << u"a\u200bb"_s << false;
    QTest::newRow("a line separator") << u"a\u2028b"_s << false;
    QTest::newRow("a byte order mark") << u"\ufeffab"_s << false;
    QTest::newRow("a lone surrogate") << u"a"_s + QChar(0xd800) + u"b"_s << false;
    QTest::newRow("U+FFFD, which stands for bytes that were not text") << u"a\ufffdb"_s << false;
}

void TestSafeText::printableMeansNothingATerminalObeys()
{
    QFETCH(QString, text);
    QFETCH(bool, printable);

    QCOMPARE(SafeText::isPrintable(text), printable);
}

void TestSafeText::quotableName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("quoted");

    QTest::newRow("a word") << u"colour"_s << u"colour"_s;
    QTest::newRow("dashes and underscores") << u"Account_ID-x"_s << u"Account_ID-x"_s;
    QTest::newRow("40 letters") << QString(40, u'a') << QString(40, u'a');
    QTest::newRow("41 letters") << QString(41, u'a') << QString();
    QTest::newRow("a key has digits") << u"pp_live_Zk4q9XyZ"_s << QString();
    QTest::newRow("markup") << u"<h1>CALL</h1>"_s << QString();
    QTest::newRow("an escape") << u"a\x1b[2J"_s << QString();
    QTest::newRow("a Cyrillic letter") << u"\u0425"_s << QString();
}

void TestSafeText::quotableName()
{
    QFETCH(QString, name);
    QFETCH(QString, quoted);

    QCOMPARE(SafeText::quotableName(name), quoted);
}

QTEST_APPLESS_MAIN(TestSafeText)
#include "tst_safetext.moc"
