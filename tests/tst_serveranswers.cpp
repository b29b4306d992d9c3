// What the server sends, through the whole stack: the fake API on loopback answers, the real client reads it, and the
// real window (offscreen) shows it and copies it. The API key echoed back in any spelling, an answer about another
// account, and invisible or control characters never reach the screen or the clipboard.
#include "TestConstants.h"
#include "WindowHarness.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using TestConstants::accountId;
// With '/' and '+', which JSON and URLs may escape.
const QString apiKey = u"pp_live_Zk4+q9/Wm2xR7tB"_s;
const QByteArray keyJson = R"(pp_live_Zk4+q9\/Wm2xR7tB)"; // as a JSON encoder that escapes '/' writes it

// Every character as \uXXXX, as some JSON encoders write non-alphanumerics (and some everything).
QByteArray keyAllEscaped()
{
    QByteArray escaped;
    for (QChar c : apiKey)
        escaped += "\\u" + QByteArray::number(c.unicode(), 16).rightJustified(4, '0');
    return escaped;
}

// The first piece of the key at least 8 characters long found in `text`, in any letter case; empty when none is.
QString keyPieceIn(const QString &text)
{
    for (qsizetype i = 0; i + 8 <= apiKey.size(); ++i) {
        if (text.contains(apiKey.mid(i, 8), Qt::CaseInsensitive))
            return apiKey.mid(i, 8);
    }
    return {};
}

// The first character of `text` that must not come from outside onto the screen or the clipboard (a control or
// format character, a lone surrogate), as U+XXXX; empty when there is none. The app's own line breaks are allowed.
QString unsafeCharacterIn(const QString &text)
{
    for (QChar c : text) {
        const QChar::Category category = c.category();
        const bool surrogate = c.isSurrogate() && !text.isValidUtf16();
        if ((category == QChar::Other_Control && c != u'\n') || category == QChar::Other_Format || surrogate)
            return u"U+%1"_s.arg(uint(c.unicode()), 4, 16, QChar(u'0'));
    }
    return {};
}

ScriptedResponse json(int status, const QByteArray &body)
{
    return ScriptedResponse::raw(status, body, status >= 400 ? "application/problem+json" : "application/json");
}

} // namespace

class TestServerAnswers final : public QObject, private WindowHarness {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void echoedKeyIsNeverShownOrCopied_data();
    void echoedKeyIsNeverShownOrCopied();
    void answerAboutAnotherAccountIsNotSuccess_data();
    void answerAboutAnotherAccountIsNotSuccess();
    void invisibleCharactersAreNeverShownOrCopied_data();
    void invisibleCharactersAreNeverShownOrCopied();

private:
    // Opens the window for `accountId`, sends a code and waits for `answer` to be shown.
    bool answerWith(const ScriptedResponse &answer);
    // Every text the window shows about the answer, and what Copy request ID and Copy for ticket put on the clipboard,
    // by name.
    QList<std::pair<QString, QString>> shownAndCopied();
};

void TestServerAnswers::initTestCase()
{
    QVERIFY(isolateSettings(u"tst_serveranswers"_s));
}

void TestServerAnswers::init()
{
    QVERIFY(setUpHarness());
    m_api->setApiKey(apiKey);
}

void TestServerAnswers::cleanup()
{
    tearDownHarness();
}

bool TestServerAnswers::answerWith(const ScriptedResponse &answer)
{
    if (!openWindow({accountId, u"--provider"_s, u"linkedin"_s}, apiKey))
        return false;
    auto *code = widget<QLineEdit>("codeEdit");
    if (!QTest::qWaitFor([this] { return m_keys->state() == ApiKeyController::State::Stored; }))
        return false;
    m_api->enqueue(answer);
    QTest::keyClicks(code, u"123 456"_s);
    QTest::keyClick(code, Qt::Key_Return);
    return waitForOutcome() && m_api->requestCount() == 1;
}

QList<std::pair<QString, QString>> TestServerAnswers::shownAndCopied()
{
    QList<std::pair<QString, QString>> texts;
    for (const char *name : {"headlineLabel", "explanationLabel", "detailsLabel"})
        texts.append({QLatin1StringView(name), widget<QLabel>(name)->text()});
    texts.append({u"requestIdEdit"_s, widget<QLineEdit>("requestIdEdit")->text()});
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (auto *copyId = widget<QPushButton>("copyRequestIdButton"); copyId->isVisible()) {
        clipboard->clear();
        QTest::mouseClick(copyId, Qt::LeftButton);
        texts.append({u"Copy request ID"_s, clipboard->text()});
    }
    clipboard->clear();
    QTest::mouseClick(widget<QPushButton>("copyTicketButton"), Qt::LeftButton);
    texts.append({u"Copy for ticket"_s, clipboard->text()});
    return texts;
}

void TestServerAnswers::echoedKeyIsNeverShownOrCopied_data()
{
    QTest::addColumn<ScriptedResponse>("answer");
    QTest::addColumn<QString>("kept"); // the rest of what the server said reaches the ticket

    QTest::newRow("the detail echoes the key with its slash escaped")
        << json(401,
                R"({"type":"errors/invalid_credentials","title":"Invalid key","detail":"Key )" + keyJson
                    + R"( is not valid."})")
        << u"is not valid."_s;
    QTest::newRow("the title echoes the key as \\u escapes")
        << json(401, R"({"type":"errors/invalid_credentials","title":"Key )" + keyAllEscaped() + R"( refused"})")
        << u"refused"_s;
    QTest::newRow("the type and the instance carry the key")
        << json(403, R"({"type":"errors/)" + keyJson + R"(","title":"Forbidden","instance":"req_)" + keyJson + R"("})")
        << u"Forbidden"_s;
    QTest::newRow("a 201 names the key as its account id")
        << json(201, R"({"object":"AccountCreated","account_id":")" + keyJson + R"("})") << u"AccountCreated"_s;
    QTest::newRow("a gateway's JSON echoes the request headers, escaped")
        << json(502, R"({"message":"denied","headers":{"x-api-key":")" + keyJson + R"("}})") << u"denied"_s;
    QTest::newRow("JSON cut off, shown as text, echoes the key escaped")
        << ScriptedResponse::raw(502, R"({"message":"denied","key":")" + keyJson + R"(","trace":"ab)", "text/plain")
        << u"denied"_s;
    QTest::newRow("the key split by a zero-width space")
        << json(401, "{\"title\":\"Key pp_live_Zk4\\u200b+q9/Wm2xR7tB refused\"}") << u"refused"_s;
    QTest::newRow("an HTML page splits the key with markup") << ScriptedResponse::raw(
        502, "<html><pre>X-API-KEY: pp_live_Zk4<wbr>+q9/Wm2xR7tB</pre>Bad Gateway</html>", "text/html")
                                                             << u"Bad Gateway"_s;
    QTest::newRow("a proxy echoes the key upper case")
        << json(500, R"({"title":"Upstream error","detail":"header X-API-KEY=PP_LIVE_ZK4+Q9/WM2XR7TB"})")
        << u"Upstream error"_s;
    QTest::newRow("the detail echoes the first half of the key")
        << json(401, R"({"title":"Invalid key","detail":"The key pp_live_Zk4+q9 is unknown."})") << u"is unknown."_s;
    QTest::newRow("the request id header is the key")
        << json(500, R"({"title":"Server error"})").withHeader("X-Request-ID", apiKey.toLatin1()) << u"Server error"_s;
}

void TestServerAnswers::echoedKeyIsNeverShownOrCopied()
{
    QFETCH(ScriptedResponse, answer);
    QFETCH(QString, kept);

    QVERIFY(answerWith(answer));
    const QList<std::pair<QString, QString>> texts = shownAndCopied();
    for (const auto &[name, text] : texts)
        QVERIFY2(keyPieceIn(text).isEmpty(), qPrintable(name + u" shows a piece of the key: "_s + text));
    QVERIFY2(texts.constLast().second.contains(kept), qPrintable(texts.constLast().second));
}

void TestServerAnswers::answerAboutAnotherAccountIsNotSuccess_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("answered");

    QTest::newRow("201 AccountCreated for someone else")
        << QByteArray(R"({"object":"AccountCreated","account_id":"acc_SOMEONE_ELSE"})") << u"acc_SOMEONE_ELSE"_s;
    QTest::newRow("201 AccountReconnected for someone else")
        << QByteArray(R"({"object":"AccountReconnected","account_id":"acc_OTHER"})") << u"acc_OTHER"_s;
    QTest::newRow("201 Checkpoint for someone else")
        << QByteArray(R"({"object":"Checkpoint","account_id":"acc_OTHER","checkpoint":{"type":"OTP"}})")
        << u"acc_OTHER"_s;
    QTest::newRow("201 AccountCreated for the same id in other letter case")
        << QByteArray(R"({"object":"AccountCreated","account_id":"ACC_01HXYZ4QK3WJ8FN3M6QH7TZ8GR"})")
        << u"ACC_01HXYZ4QK3WJ8FN3M6QH7TZ8GR"_s;
}

void TestServerAnswers::answerAboutAnotherAccountIsNotSuccess()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, answered);

    QVERIFY(answerWith(json(201, body)));
    const QString headline = widget<QLabel>("headlineLabel")->text();
    const QString explanation = widget<QLabel>("explanationLabel")->text();
    QCOMPARE(headline, u"PostPress answered about another account"_s);
    for (const QString &id : {accountId, answered})
        QVERIFY2(explanation.contains(id), qPrintable(explanation));
    QVERIFY2(explanation.contains(u"before telling the customer"_s), qPrintable(explanation));
    // Not solved: the agent may still send, and the code is where it was.
    QVERIFY(widget<QPushButton>("submitButton")->isEnabled());
    QCOMPARE(widget<QLineEdit>("codeEdit")->text(), u"123 456"_s);
    const QString ticket = shownAndCopied().constLast().second;
    for (const QString &expected :
         {u"Outcome: Answer about another account"_s, QString(u"Account ID in answer: "_s + answered)})
        QVERIFY2(ticket.contains(expected), qPrintable(ticket));
}

void TestServerAnswers::invisibleCharactersAreNeverShownOrCopied_data()
{
    QTest::addColumn<ScriptedResponse>("answer");
    QTest::addColumn<QString>("kept"); // what the agent still reads, in the ticket

    // The review's example: reversed text behind a right-to-left override reads "code is good, account connected".
    QTest::newRow("401 with overrides, isolates and marks in every member")
        << json(401,
                R"({"type":"errors/invalid_checkpoint_solution\u2066","title":"\u202edetcennoc tnuocca ,doog )"
                R"(si edoc\u202c","detail":"line one\r\nline two\u200f\u061c","instance":"req_\u202e4711"})")
        << u"detcennoc tnuocca ,doog si edoc"_s;
    QTest::newRow("terminal escapes, C1 controls, DEL and a BOM in a problem")
        << json(503,
                R"({"type":"errors/no_channel","title":"\u001b[31mRed\u001b[0m\u007f","detail":"\ufeffa\u0085b)"
                R"(\u009b2Jc","instance":"req_\u0007\u0000bell"})")
        << u"[31mRed [0m"_s;
    QTest::newRow("an unknown status quotes its detail in the explanation")
        << json(418, R"({"type":"errors/teapot","detail":"\u202egnihtyreve ot seY\u202c"})") << u"gnihtyreve ot seY"_s;
    QTest::newRow("an unknown object name with an override")
        << json(201, R"({"object":"Account\u202eCreated","account_id":"acc_01HXYZ4QK3WJ8FN3M6QH7TZ8GR"})")
        << u"AccountCreated"_s;
    QTest::newRow("a checkpoint type and source with marks and a bell")
        << json(201, R"({"object":"Checkpoint","checkpoint":{"type":"2FA","source":"\u200fW\u0007HATSAPP\u202e"}})")
        << u"W HATSAPP"_s;
    QTest::newRow("a plain-text body with C1 controls and an override")
        << ScriptedResponse::raw(502,
                                 "Bad \xc2\x9b"
                                 "31m gateway \xe2\x80\xae"
                                 "yxorp",
                                 "text/plain")
        << u"yxorp"_s;
}

void TestServerAnswers::invisibleCharactersAreNeverShownOrCopied()
{
    QFETCH(ScriptedResponse, answer);
    QFETCH(QString, kept);

    QVERIFY(answerWith(answer));
    const QList<std::pair<QString, QString>> texts = shownAndCopied();
    for (const auto &[name, text] : texts) {
        const QString unsafe = unsafeCharacterIn(text);
        QVERIFY2(unsafe.isEmpty(), qPrintable(name + u" shows "_s + unsafe + u": "_s + text));
    }
    QVERIFY2(texts.constLast().second.contains(kept), qPrintable(texts.constLast().second));
}

QTEST_MAIN(TestServerAnswers)
#include "tst_serveranswers.moc"
