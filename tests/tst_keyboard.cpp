// The keyboard after every answer, through the real window against the fake API on loopback: which control has the
// focus and is the default, what Enter then does, and what Enter must not do (send a rejected code again, get around
// Retry's wait, send to a login attempt that has ended).
#include "CheckpointWindow.h"
#include "FakePostPressApi.h"
#include "TestConstants.h"
#include "WindowHarness.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestKeyboard final : public QObject, private WindowHarness {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void enterDoesTheNextStep_data();
    void enterDoesTheNextStep();
    void successLeavesTheCodeReadOnlyAndEnterCloses();
    void rejectedCodeIsNotSentTwice();
    void countdownHoldsSubmitBackThenRetryTakesEnter();
    void endedAttemptWaitsForStartOver();
    void noKeyOffersEnterApiKey();
    void previousAnswerDimsWhileSending();

private:
    void start();
    bool submitCode(const QString &typed);
    QLineEdit *codeEdit() const { return widget<QLineEdit>("codeEdit"); }
    QPushButton *submitButton() const { return widget<QPushButton>("submitButton"); }
    QLabel *hint() const { return widget<QLabel>("hintLabel"); }
    // Enter where the focus is; true when nothing reached the fake API within a moment.
    bool enterSendsNothing();
};

void TestKeyboard::initTestCase()
{
    QVERIFY(isolateSettings(u"tst_keyboard"_s));
}

void TestKeyboard::init()
{
    QVERIFY(setUpHarness());
}

void TestKeyboard::cleanup()
{
    tearDownHarness();
}

void TestKeyboard::start()
{
    QVERIFY(openWindow({TestConstants::accountId, u"--provider"_s, u"linkedin"_s}, FakePostPressApi::defaultApiKey()));
    QTRY_COMPARE(m_keys->state(), ApiKeyController::State::Stored);
    QTRY_COMPARE(QApplication::focusWidget(), codeEdit());
}

bool TestKeyboard::submitCode(const QString &typed)
{
    codeEdit()->selectAll();
    QTest::keyClicks(codeEdit(), typed);
    QTest::keyClick(codeEdit(), Qt::Key_Return);
    return waitForOutcome();
}

bool TestKeyboard::enterSendsNothing()
{
    QSignalSpy received(m_api.get(), &FakePostPressApi::requestReceived);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    return !received.wait(300);
}

void TestKeyboard::enterDoesTheNextStep_data()
{
    QTest::addColumn<ScriptedResponse>("answer");
    QTest::addColumn<QString>("focused");
    QTest::newRow("401 invalid_credentials: Replace API key…")
        << ScriptedResponse::problem(401, u"errors/invalid_credentials"_s) << u"replaceKeyButton"_s;
    QTest::newRow("500 authentication_intent_error: Start over")
        << ScriptedResponse::problem(500, u"errors/authentication_intent_error"_s) << u"startOverButton"_s;
    QTest::newRow("409 operation_canceled: Copy for ticket, its only action")
        << ScriptedResponse::problem(409, u"errors/operation_canceled"_s) << u"copyTicketButton"_s;
    QTest::newRow("201 connected: Close window") << ScriptedResponse::defaultAnswer() << u"closeButton"_s;
}

void TestKeyboard::enterDoesTheNextStep()
{
    QFETCH(ScriptedResponse, answer);
    QFETCH(QString, focused);
    start();
    m_api->enqueue(answer);
    QVERIFY(submitCode(u"123456"_s));
    auto *next = widget<QPushButton>(focused.toLatin1().constData());
    QTRY_COMPARE(QApplication::focusWidget(), next);
    QVERIFY(next->isDefault());
    QVERIFY(!submitButton()->isDefault());

    QSignalSpy clicked(next, &QPushButton::clicked);
    QVERIFY(enterSendsNothing());
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(m_api->requestCount(), 1);
}

void TestKeyboard::successLeavesTheCodeReadOnlyAndEnterCloses()
{
    start();
    QVERIFY(submitCode(u"123456"_s));
    QVERIFY(codeEdit()->isReadOnly());
    QVERIFY(!submitButton()->isEnabled());
    QVERIFY(!hint()->isVisible()); // the advice says it is done; the hint does not repeat it
    QSignalSpy closing(m_controller->window(), &CheckpointWindow::aboutToClose);
    QTRY_COMPARE(QApplication::focusWidget(), widget<QPushButton>("closeButton"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(closing.size(), 1);
    QVERIFY(!m_controller->window()->isVisible());
}

void TestKeyboard::rejectedCodeIsNotSentTwice()
{
    start();
    m_api->enqueueProblem(401, u"errors/invalid_checkpoint_solution"_s);
    QVERIFY(submitCode(u"987 654"_s));
    QTRY_COMPARE(QApplication::focusWidget(), codeEdit());
    QCOMPARE(codeEdit()->selectedText(), u"987 654"_s);
    QVERIFY(submitButton()->isDefault());
    QVERIFY(!submitButton()->isEnabled());
    // The selected field is where the new code goes: no "Enter a new code" button beside it says so again.
    QVERIFY(widget<QPushButton>("retypeCodeButton")->isHidden());
    QVERIFY(widget<QPushButton>("copyTicketButton")->isVisible());

    // The second Enter, with the rejected code still selected: nothing goes out, and the hint says why.
    QVERIFY(enterSendsNothing());
    QCOMPARE(m_api->requestCount(), 1);
    QCOMPARE(hint()->text(), u"This code was already sent: type the new code."_s);

    // The new code typed over the selection goes out at once.
    QTest::keyClicks(codeEdit(), u"123456"_s);
    QVERIFY(submitButton()->isEnabled());
    QTest::keyClick(codeEdit(), Qt::Key_Return);
    QVERIFY(waitForOutcome());
    QCOMPARE(m_api->requestCount(), 2);
}

void TestKeyboard::countdownHoldsSubmitBackThenRetryTakesEnter()
{
    start();
    m_api->enqueueProblem(503, u"errors/service_unavailable"_s, 2);
    QVERIFY(submitCode(u"123456"_s));
    auto *retry = widget<QPushButton>("retryButton");
    QVERIFY(!retry->isEnabled());
    QTRY_COMPARE(QApplication::focusWidget(), widget<QPushButton>("copyTicketButton"));

    // A different code does not get around the wait, by Enter or by Submit.
    codeEdit()->setFocus();
    QTest::keyClicks(codeEdit(), u"654321"_s);
    QVERIFY(!submitButton()->isEnabled());
    QVERIFY(enterSendsNothing());
    QCOMPARE(hint()->text(), u"Wait until Retry can be pressed: the server asked for a pause."_s);
    auto *explanation = widget<QLabel>("explanationLabel");
    QVERIFY2(explanation->text().contains(u"then press Retry"_s), qPrintable(explanation->text()));

    // The wait ends: Submit can send the new code, and the advice no longer says to wait.
    QTRY_VERIFY_WITH_TIMEOUT(retry->isEnabled(), 5000);
    QVERIFY(submitButton()->isEnabled());
    QVERIFY2(!explanation->text().contains(u"then press Retry"_s), qPrintable(explanation->text()));
    QVERIFY2(explanation->text().contains(u"You can retry now."_s), qPrintable(explanation->text()));
    QCOMPARE(m_api->requestCount(), 1);
}

void TestKeyboard::endedAttemptWaitsForStartOver()
{
    start();
    m_api->enqueueProblem(500, u"errors/authentication_intent_error"_s);
    QVERIFY(submitCode(u"123456"_s));
    codeEdit()->setFocus();
    codeEdit()->selectAll();
    QTest::keyClicks(codeEdit(), u"654321"_s);
    QVERIFY(!submitButton()->isEnabled());
    QVERIFY(enterSendsNothing());
    QCOMPARE(m_api->requestCount(), 1);
    QVERIFY2(hint()->text().contains(u"Start over"_s), qPrintable(hint()->text()));

    QTest::mouseClick(widget<QPushButton>("startOverButton"), Qt::LeftButton);
    QTRY_COMPARE(QApplication::focusWidget(), codeEdit());
    QVERIFY(submitCode(u"654321"_s));
    QCOMPARE(m_api->requestCount(), 2);
}

void TestKeyboard::noKeyOffersEnterApiKey()
{
    QVERIFY(openWindow({TestConstants::accountId, u"--provider"_s, u"linkedin"_s}, QString()));
    QTRY_COMPARE(m_keys->state(), ApiKeyController::State::Missing);
    auto *enterKey = widget<QPushButton>("enterKeyButton");
    QVERIFY(enterKey->isVisible());
    QVERIFY(widget<QLabel>("keyStateLabel")->isVisible());
    QCOMPARE(widget<QAction>("replaceKeyAction")->text(), u"&Enter API key…"_s);
    QTest::mouseClick(enterKey, Qt::LeftButton);
    QTRY_VERIFY(m_controller->keyDialog());

    // Once a key is stored the line and the button go, and the menu replaces the key.
    m_keys->save(FakePostPressApi::defaultApiKey());
    QTRY_COMPARE(m_keys->state(), ApiKeyController::State::Stored);
    QVERIFY(!enterKey->isVisible());
    QVERIFY(!widget<QLabel>("keyStateLabel")->isVisible());
    QCOMPARE(widget<QAction>("replaceKeyAction")->text(), u"&Replace API key…"_s);
}

void TestKeyboard::previousAnswerDimsWhileSending()
{
    start();
    m_api->enqueueProblem(401, u"errors/invalid_checkpoint_solution"_s);
    QVERIFY(submitCode(u"987654"_s));
    auto *headline = widget<QLabel>("headlineLabel");
    QVERIFY(headline->isEnabled());
    m_api->enqueueDelay(std::chrono::milliseconds(300));
    QTest::keyClicks(codeEdit(), u"123456"_s);
    QTest::keyClick(codeEdit(), Qt::Key_Return);
    QVERIFY(!headline->isEnabled()); // greyed beside "Sending…"
    QVERIFY(waitForOutcome());
    QVERIFY(headline->isEnabled());
    QCOMPARE(headline->text(), u"Account connected"_s);
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
