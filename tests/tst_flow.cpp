// The whole checkpoint flow through the real window, offscreen, against the fake PostPress API on loopback: what the
// agent sees and where the cursor goes after each outcome, what each action button sends, and what it never sends.
#include "ApiKeyController.h"
#include "CheckpointWindow.h"
#include "CodeInput.h"
#include "FakePostPressApi.h"
#include "LaunchOptions.h"
#include "MemoryApiKeyStore.h"
#include "TestConstants.h"
#include "WindowController.h"
#include "WindowHarness.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

using TestConstants::accountId;
// Not the fake's default key: a distinctive secret that must never reach the clipboard.
const QString apiKey = u"k3y-SECRET-7f1c"_s;

} // namespace

class TestFlow final : public QObject, private WindowHarness {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void rejectedCodeStaysSelected_data();
    void rejectedCodeStaysSelected();
    void cursorGoesWhereTheFixIs_data();
    void cursorGoesWhereTheFixIs();
    void retryCountsDownAndSendsNothingByItself_data();
    void retryCountsDownAndSendsNothingByItself();
    void defaultWaitWhenNoRetryAfter();
    void startOverClearsTheCode();
    void startOverFromPhoneModeGoesBackToTheCode();
    void nextCheckpointAsksForTheNextCode();
    void phoneRegisterSwitchesToPhoneMode();
    void tryAnotherWaySendsItsOwnCode_data();
    void tryAnotherWaySendsItsOwnCode();
    void phoneNumberIsSentInTheSpecFormat_data();
    void phoneNumberIsSentInTheSpecFormat();
    void invalidPhoneNumberIsRefusedBeforeSending();
    void codeIsCleanedUpBeforeSending_data();
    void codeIsCleanedUpBeforeSending();
    void resendCodeAfterARejectedCode_data();
    void resendCodeAfterARejectedCode();
    void retryAfterAFailedResendResends();
    void retryAfterTryAnotherWaySendsItAgain();
    void retrySendsWhatWasSentWhateverTheFieldsSayNow();
    void copyForTicketHasNoCodeAndNoKey();
    void copyForTicketHidesWhatTheAnswerEchoes_data();
    void copyForTicketHidesWhatTheAnswerEchoes();
    void outcomesAreNeverRichText_data();
    void outcomesAreNeverRichText();

private:
    void start(const QString &provider = u"linkedin"_s);
    QLineEdit *codeEdit() const { return widget<QLineEdit>("codeEdit"); }
    QLineEdit *phoneEdit() const { return widget<QLineEdit>("phoneEdit"); }
    QPushButton *submitButton() const { return widget<QPushButton>("submitButton"); }
    QPushButton *retryButton() const { return widget<QPushButton>("retryButton"); }
    QLabel *headline() const { return widget<QLabel>("headlineLabel"); }
    QLabel *hint() const { return widget<QLabel>("hintLabel"); }
    // Types the code and presses Enter; true once the request's one outcome is shown.
    bool submitCode(const QString &typed);
    // The "code" member of the n-th request the fake received.
    QString sentCode(qsizetype index = 0) const;
};

void TestFlow::initTestCase()
{
    QVERIFY(isolateSettings(u"tst_flow"_s));
}

void TestFlow::init()
{
    QVERIFY(setUpHarness());
    m_api->setApiKey(apiKey);
}

void TestFlow::cleanup()
{
    tearDownHarness();
}

void TestFlow::start(const QString &provider)
{
    QVERIFY(openWindow({accountId, u"--provider"_s, provider}, apiKey));
    QTRY_COMPARE(m_keys->state(), ApiKeyController::State::Stored);
    QTRY_COMPARE(QApplication::focusWidget(), codeEdit());
}

bool TestFlow::submitCode(const QString &typed)
{
    QTest::keyClicks(codeEdit(), typed);
    QTest::keyClick(codeEdit(), Qt::Key_Return);
    return waitForOutcome();
}

QString TestFlow::sentCode(qsizetype index) const
{
    return m_api->requests().value(index).json().value("code"_L1).toString();
}

void TestFlow::rejectedCodeStaysSelected_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("typed");
    QTest::newRow("401 invalid_checkpoint_solution keeps the code selected") << u"linkedin"_s << u"987 654"_s;
    QTest::newRow("401 invalid_checkpoint_solution keeps an alphanumeric code selected") << u"twitter"_s << u"AB-12"_s;
}

void TestFlow::rejectedCodeStaysSelected()
{
    QFETCH(QString, provider);
    QFETCH(QString, typed);
    start(provider);
    const QString providerText = widget<QComboBox>("providerCombo")->currentText();
    QVERIFY(submitCode(typed));

    QCOMPARE(headline()->text(), u"The code was not accepted"_s);
    QTRY_COMPARE(QApplication::focusWidget(), codeEdit());
    QCOMPARE(codeEdit()->text(), typed);
    QCOMPARE(codeEdit()->selectedText(), typed);
    QCOMPARE(widget<QLineEdit>("accountIdEdit")->text(), accountId);
    QCOMPARE(widget<QComboBox>("providerCombo")->currentText(), providerText);

    // Typing replaces the rejected code, and Enter sends the new one.
    QVERIFY(submitCode(u"123456"_s));
    QCOMPARE(m_api->requestCount(), 2);
    QCOMPARE(sentCode(1), u"123456"_s);
    QCOMPARE(headline()->text(), u"Account connected"_s);
}

void TestFlow::cursorGoesWhereTheFixIs_data()
{
    QTest::addColumn<ScriptedResponse>("answer");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("focused");
    QTest::addColumn<QString>("button");
    QTest::newRow("400 invalid_parameters for a bare phone number: the code, and Enter phone number")
        << ScriptedResponse::problem(400, u"errors/invalid_parameters"_s) << u"06 12 34 56 78"_s << u"codeEdit"_s
        << u"enterPhoneButton"_s;
    QTest::newRow("403 account_mismatch: the account id")
        << ScriptedResponse::problem(403, u"errors/account_mismatch"_s) << u"123456"_s << u"accountIdEdit"_s
        << u"copyTicketButton"_s;
    QTest::newRow("404: the account id") << ScriptedResponse::problem(404, u"errors/not_found"_s) << u"123456"_s
                                         << u"accountIdEdit"_s << u"copyTicketButton"_s;
    QTest::newRow("401 invalid_credentials: Replace API key")
        << ScriptedResponse::problem(401, u"errors/invalid_credentials"_s) << u"123456"_s << u"replaceKeyButton"_s
        << u"replaceKeyButton"_s;
    QTest::newRow("409 operation_canceled: its one action, Copy for ticket")
        << ScriptedResponse::problem(409, u"errors/operation_canceled"_s) << u"123456"_s << u"copyTicketButton"_s
        << u"copyTicketButton"_s;
}

void TestFlow::cursorGoesWhereTheFixIs()
{
    QFETCH(ScriptedResponse, answer);
    QFETCH(QString, typed);
    QFETCH(QString, focused);
    QFETCH(QString, button);
    start();
    m_api->enqueue(answer);
    QVERIFY(submitCode(typed));
    QTRY_VERIFY(QApplication::focusWidget());
    QCOMPARE(QApplication::focusWidget()->objectName(), focused);
    if (focused == "accountIdEdit"_L1)
        QCOMPARE(widget<QLineEdit>("accountIdEdit")->selectedText(), accountId);
    QVERIFY(m_controller->window()->findChild<QPushButton *>(button)->isVisible());
    QCOMPARE(codeEdit()->text(), typed);
}

void TestFlow::retryCountsDownAndSendsNothingByItself_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("seconds");
    QTest::newRow("503 no_client_session with Retry-After 2") << u"errors/no_client_session"_s << 2;
    QTest::newRow("503 service_unavailable with Retry-After 1") << u"errors/service_unavailable"_s << 1;
}

void TestFlow::retryCountsDownAndSendsNothingByItself()
{
    QFETCH(QString, type);
    QFETCH(int, seconds);
    start();
    m_api->enqueueProblem(503, type, seconds);
    QSignalSpy received(m_api.get(), &FakePostPressApi::requestReceived);
    QVERIFY(submitCode(u"123456"_s));
    QCOMPARE(received.size(), 1);

    QVERIFY(retryButton()->isVisible());
    QVERIFY(!retryButton()->isEnabled());
    QVERIFY2(retryButton()->text().contains(QString::number(seconds)), qPrintable(retryButton()->text()));
    if (seconds > 1)
        QTRY_VERIFY2(retryButton()->text().contains(QString::number(seconds - 1)), qPrintable(retryButton()->text()));
    QVERIFY(!retryButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(retryButton()->isEnabled(), (seconds + 3) * 1000);
    QVERIFY2(!retryButton()->text().contains(QString::number(seconds)), qPrintable(retryButton()->text()));

    // Nothing went out by itself, during the countdown or after it.
    QVERIFY(!received.wait(1500));
    QCOMPARE(m_api->requestCount(), 1);
    QCOMPARE(codeEdit()->text(), u"123456"_s);

    // A person presses Retry: exactly one request, with the same code.
    QTest::mouseClick(retryButton(), Qt::LeftButton);
    QVERIFY(waitForOutcome());
    QCOMPARE(m_api->requestCount(), 2);
    QCOMPARE(sentCode(1), u"123456"_s);
    QCOMPARE(headline()->text(), u"Account connected"_s);
}

void TestFlow::defaultWaitWhenNoRetryAfter()
{
    start();
    m_api->enqueueProblem(503, u"errors/network_down"_s);
    QSignalSpy received(m_api.get(), &FakePostPressApi::requestReceived);
    QVERIFY(submitCode(u"123456"_s));

    const QString full = QString::number(Guidance::DefaultRetryAfterSeconds);
    const QString next = QString::number(Guidance::DefaultRetryAfterSeconds - 1);
    QVERIFY(retryButton()->isVisible());
    QVERIFY(!retryButton()->isEnabled());
    QVERIFY2(retryButton()->text().contains(full), qPrintable(retryButton()->text()));
    QTRY_VERIFY2(retryButton()->text().contains(next), qPrintable(retryButton()->text()));
    QVERIFY(!retryButton()->isEnabled());
    QCOMPARE(received.size(), 1);
}

void TestFlow::startOverClearsTheCode()
{
    start();
    m_api->enqueueProblem(500, u"errors/authentication_intent_error"_s);
    QSignalSpy received(m_api.get(), &FakePostPressApi::requestReceived);
    QVERIFY(submitCode(u"123456"_s));
    QCOMPARE(headline()->text(), u"The login attempt has ended"_s);

    auto *startOver = widget<QPushButton>("startOverButton");
    QVERIFY(startOver->isVisible());
    QTest::mouseClick(startOver, Qt::LeftButton);
    QCOMPARE(codeEdit()->text(), QString());
    QVERIFY(hint()->isVisible());
    QVERIFY2(hint()->text().contains(u"Code cleared"_s), qPrintable(hint()->text()));
    QTRY_COMPARE(QApplication::focusWidget(), codeEdit());
    QVERIFY(!received.wait(300));
    QCOMPARE(m_api->requestCount(), 1);
}

void TestFlow::startOverFromPhoneModeGoesBackToTheCode()
{
    start();
    m_api->enqueueCheckpoint(u"PHONE_REGISTER"_s);
    QVERIFY(submitCode(u"123456"_s));
    QTRY_COMPARE(QApplication::focusWidget(), phoneEdit());
    auto *country = widget<QComboBox>("countryCombo");
    country->setCurrentIndex(country->findData(u"FR"_s));
    QTest::keyClicks(phoneEdit(), u"06 12 34 56 78"_s);
    m_api->enqueueProblem(500, u"errors/authentication_intent_error"_s);
    QTest::keyClick(phoneEdit(), Qt::Key_Return);
    QVERIFY(waitForOutcome());
    QCOMPARE(sentCode(1), u"(+33)0612345678"_s);

    // The restarted login begins with a code: Start over clears both fields and puts the cursor in the code.
    QTest::mouseClick(widget<QPushButton>("startOverButton"), Qt::LeftButton);
    QCOMPARE(codeEdit()->text(), QString());
    QCOMPARE(phoneEdit()->text(), QString());
    QVERIFY(!widget<QRadioButton>("phoneModeRadio")->isChecked());
    QVERIFY(codeEdit()->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), codeEdit());
    QVERIFY2(hint()->text().contains(u"Code cleared"_s), qPrintable(hint()->text()));
    QCOMPARE(m_api->requestCount(), 2);
}

void TestFlow::nextCheckpointAsksForTheNextCode()
{
    start();
    m_api->enqueueCheckpoint(u"2FA"_s, u"SMS"_s);
    QVERIFY(submitCode(u"111 222"_s));

    QCOMPARE(headline()->text(), u"Ask for the code from the text message"_s);
    QVERIFY(widget<QLabel>("explanationLabel")->text().contains(u"text message"_s));
    QVERIFY(!widget<QRadioButton>("phoneModeRadio")->isChecked());
    QTRY_COMPARE(QApplication::focusWidget(), codeEdit());
    QCOMPARE(codeEdit()->selectedText(), u"111 222"_s);
    QVERIFY(widget<QPushButton>("resendButton")->isVisible());

    // The next code goes to the same endpoint, and clears the checkpoint.
    QVERIFY(submitCode(u"123456"_s));
    QCOMPARE(m_api->requestCount(), 2);
    QCOMPARE(sentCode(1), u"123456"_s);
    QCOMPARE(headline()->text(), u"Account connected"_s);
}

void TestFlow::phoneRegisterSwitchesToPhoneMode()
{
    start();
    m_api->enqueueCheckpoint(u"PHONE_REGISTER"_s);
    QVERIFY(submitCode(u"123456"_s));

    QCOMPARE(headline()->text(), u"Ask for the customer's mobile number"_s);
    QVERIFY(widget<QRadioButton>("phoneModeRadio")->isChecked());
    QVERIFY(phoneEdit()->isVisible());
    QVERIFY(widget<QComboBox>("countryCombo")->count() > 100);
    QTRY_COMPARE(QApplication::focusWidget(), phoneEdit());
    // The placeholder is the chosen country's example mobile number, from libphonenumber.
    auto *country = widget<QComboBox>("countryCombo");
    country->setCurrentIndex(country->findData(u"US"_s));
    QCOMPARE(phoneEdit()->placeholderText(), u"(201) 555-0123"_s);
    country->setCurrentIndex(country->findData(u"FR"_s));
    QCOMPARE(phoneEdit()->placeholderText(), u"06 12 34 56 78"_s);
    // Already switched: no Enter phone number, no advice to switch, and Submit says what it sends.
    QVERIFY(!widget<QPushButton>("enterPhoneButton")->isVisible());
    QVERIFY(!widget<QLabel>("explanationLabel")->text().contains(u"Switch to phone"_s));
    QCOMPARE(submitButton()->text(), u"&Submit number"_s);
}

void TestFlow::tryAnotherWaySendsItsOwnCode_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("with the code field empty") << QString();
    QTest::newRow("with a code typed: the code stays") << u"987654"_s;
}

void TestFlow::tryAnotherWaySendsItsOwnCode()
{
    QFETCH(QString, typed);
    start();
    QTest::keyClicks(codeEdit(), typed);
    auto *tryAnotherWay = widget<QPushButton>("tryAnotherWayButton");
    QVERIFY(tryAnotherWay->isEnabled());
    QTest::mouseClick(tryAnotherWay, Qt::LeftButton);
    QVERIFY(waitForOutcome());

    QCOMPARE(m_api->requestCount(), 1);
    QCOMPARE(sentCode(), u"TRY_ANOTHER_WAY"_s);
    QCOMPARE(m_api->requests().constFirst().json().value("account_id"_L1).toString(), accountId);
    QCOMPARE(codeEdit()->text(), typed);
    // The fake answers TRY_ANOTHER_WAY with a 2FA SMS step.
    QCOMPARE(headline()->text(), u"Ask for the code from the text message"_s);
    QTRY_COMPARE(QApplication::focusWidget(), codeEdit());
}

void TestFlow::phoneNumberIsSentInTheSpecFormat_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("sent");
    QTest::newRow("FR 06 12 34 56 78") << u"FR"_s << u"06 12 34 56 78"_s << u"(+33)0612345678"_s;
    QTest::newRow("US (201) 555-0123") << u"US"_s << u"(201) 555-0123"_s << u"(+1)2015550123"_s;
    QTest::newRow("GB 07400 123456") << u"GB"_s << u"07400 123456"_s << u"(+44)07400123456"_s;
    QTest::newRow("DE 01512 3456789") << u"DE"_s << u"01512 3456789"_s << u"(+49)015123456789"_s;
    QTest::newRow("US picked, +33 6 12 34 56 78 typed: France's number")
        << u"US"_s << u"+33 6 12 34 56 78"_s << u"(+33)0612345678"_s;
}

void TestFlow::phoneNumberIsSentInTheSpecFormat()
{
    QFETCH(QString, region);
    QFETCH(QString, typed);
    QFETCH(QString, sent);
    start();
    QTest::mouseClick(widget<QRadioButton>("phoneModeRadio"), Qt::LeftButton);
    QTRY_COMPARE(QApplication::focusWidget(), phoneEdit());
    auto *country = widget<QComboBox>("countryCombo");
    const int index = country->findData(region);
    QVERIFY(index >= 0);
    country->setCurrentIndex(index);
    QTest::keyClicks(phoneEdit(), typed);

    auto *preview = widget<QLabel>("phonePreviewLabel");
    QVERIFY(preview->isVisible());
    QVERIFY2(preview->text().contains(sent), qPrintable(preview->text()));
    QVERIFY(submitButton()->isEnabled());
    QTest::keyClick(phoneEdit(), Qt::Key_Return);
    QVERIFY(waitForOutcome());

    QCOMPARE(m_api->requestCount(), 1);
    QCOMPARE(sentCode(), sent);
    QCOMPARE(phoneEdit()->text(), typed);
}

void TestFlow::invalidPhoneNumberIsRefusedBeforeSending()
{
    start();
    QTest::mouseClick(widget<QRadioButton>("phoneModeRadio"), Qt::LeftButton);
    auto *country = widget<QComboBox>("countryCombo");
    country->setCurrentIndex(country->findData(u"FR"_s));
    QTest::keyClicks(phoneEdit(), u"12"_s);

    QVERIFY(!submitButton()->isEnabled());
    QVERIFY(hint()->isVisible());
    const QString reason = PhoneNumberFormatter::format(u"FR"_s, u"12"_s).problem;
    QVERIFY(!reason.isEmpty());
    QCOMPARE(hint()->text(), reason);
    QVERIFY(!widget<QLabel>("phonePreviewLabel")->isVisible());

    QSignalSpy received(m_api.get(), &FakePostPressApi::requestReceived);
    QTest::keyClick(phoneEdit(), Qt::Key_Return);
    QVERIFY(!received.wait(300));
    QCOMPARE(m_api->requestCount(), 0);
    QCOMPARE(phoneEdit()->text(), u"12"_s);
}

void TestFlow::codeIsCleanedUpBeforeSending_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("sent");
    QTest::newRow("123 456 is sent as 123456") << u"123 456"_s << u"123456"_s;
    QTest::newRow("123-456 is sent as 123456") << u"123-456"_s << u"123456"_s;
    QTest::newRow("AB-12 is sent as typed") << u"AB-12"_s << u"AB-12"_s;
    QTest::newRow("  ab12cd  is only trimmed") << u"  ab12cd  "_s << u"ab12cd"_s;
}

void TestFlow::codeIsCleanedUpBeforeSending()
{
    QFETCH(QString, typed);
    QFETCH(QString, sent);
    start();
    QVERIFY(submitCode(typed));
    QCOMPARE(m_api->requestCount(), 1);
    QCOMPARE(sentCode(), sent);
    QCOMPARE(codeEdit()->text(), typed);
}

void TestFlow::resendCodeAfterARejectedCode_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("apiName");
    QTest::addColumn<bool>("offered");
    QTest::newRow("LINKEDIN offers Resend code") << u"linkedin"_s << u"LINKEDIN"_s << true;
    QTest::newRow("INSTAGRAM offers Resend code") << u"instagram"_s << u"INSTAGRAM"_s << true;
    QTest::newRow("MESSENGER offers Resend code") << u"messenger"_s << u"MESSENGER"_s << true;
    QTest::newRow("TWITTER does not offer Resend code") << u"twitter"_s << u"TWITTER"_s << false;
}

void TestFlow::resendCodeAfterARejectedCode()
{
    QFETCH(QString, provider);
    QFETCH(QString, apiName);
    QFETCH(bool, offered);
    start(provider);
    QVERIFY(submitCode(u"000000"_s));
    QCOMPARE(headline()->text(), u"The code was not accepted"_s);

    auto *resend = widget<QPushButton>("resendButton");
    QCOMPARE(resend->isVisible(), offered);
    if (!offered)
        return;
    QTest::mouseClick(resend, Qt::LeftButton);
    QVERIFY(waitForOutcome());

    QCOMPARE(m_api->requestCount(), 2);
    const RecordedRequest request = m_api->requests().at(1);
    QCOMPARE(request.method, "POST"_ba);
    QCOMPARE(request.path, "/v1/accounts/checkpoint/resend"_ba);
    QCOMPARE(request.header("x-api-key"), apiKey.toUtf8());
    const QJsonObject body = request.json();
    QCOMPARE(body.value("account_id"_L1).toString(), accountId);
    QCOMPARE(body.value("provider"_L1).toString(), apiName);
    QVERIFY2(!body.contains("code"_L1), "a code is never resent");
    QCOMPARE(headline()->text(), u"A new code is on its way"_s);
    QTRY_COMPARE(QApplication::focusWidget(), codeEdit());
}

void TestFlow::retryAfterAFailedResendResends()
{
    start();
    QVERIFY(submitCode(u"000000"_s));
    m_api->enqueueProblem(503, u"errors/no_channel"_s, 1);
    QTest::mouseClick(widget<QPushButton>("resendButton"), Qt::LeftButton);
    QVERIFY(waitForOutcome());
    QCOMPARE(headline()->text(), u"PostPress cannot reach the account's session"_s);
    QTRY_VERIFY_WITH_TIMEOUT(retryButton()->isEnabled(), 4000);

    // Retry repeats what failed, the resend, and does not submit the rejected code again.
    QTest::mouseClick(retryButton(), Qt::LeftButton);
    QVERIFY(waitForOutcome());
    QCOMPARE(m_api->requestCount(), 3);
    QCOMPARE(m_api->requests().at(2).path, "/v1/accounts/checkpoint/resend"_ba);
    QVERIFY(!m_api->requests().at(2).json().contains("code"_L1));
    QCOMPARE(headline()->text(), u"A new code is on its way"_s);
}

void TestFlow::retryAfterTryAnotherWaySendsItAgain()
{
    start();
    QTest::keyClicks(codeEdit(), u"987654"_s);
    m_api->enqueueProblem(503, u"errors/no_handler"_s, 1);
    QTest::mouseClick(widget<QPushButton>("tryAnotherWayButton"), Qt::LeftButton);
    QVERIFY(waitForOutcome());
    QTRY_VERIFY_WITH_TIMEOUT(retryButton()->isEnabled(), 4000);
    QTest::mouseClick(retryButton(), Qt::LeftButton);
    QVERIFY(waitForOutcome());
    QCOMPARE(m_api->requestCount(), 2);
    QCOMPARE(sentCode(1), u"TRY_ANOTHER_WAY"_s);
}

// Retry repeats the attempt the answer is about; a code typed since goes with Submit, not with Retry.
void TestFlow::retrySendsWhatWasSentWhateverTheFieldsSayNow()
{
    start();
    m_api->enqueueProblem(503, u"errors/no_client_session"_s, 1);
    QVERIFY(submitCode(u"123456"_s));
    QTRY_VERIFY_WITH_TIMEOUT(retryButton()->isEnabled(), 4000);
    codeEdit()->selectAll();
    QTest::keyClicks(codeEdit(), u"654321"_s);
    widget<QLineEdit>("accountIdEdit")->selectAll();
    QTest::keyClicks(widget<QLineEdit>("accountIdEdit"), u"acc_typed_since"_s);

    QTest::mouseClick(retryButton(), Qt::LeftButton);
    QVERIFY(waitForOutcome());
    QCOMPARE(m_api->requestCount(), 2);
    QCOMPARE(sentCode(1), u"123456"_s);
    QCOMPARE(m_api->requests().at(1).json().value("account_id"_L1).toString(), accountId);
    QCOMPARE(m_controller->attempt()->kind(), Attempt::Kind::Submit);
    QCOMPARE(codeEdit()->text(), u"654321"_s);
}

void TestFlow::copyForTicketHasNoCodeAndNoKey()
{
    start();
    const QString type = u"errors/invalid_checkpoint_solution"_s;
    m_api->enqueue(ScriptedResponse::problem(401, type).withInstance(u"req_ticket_42"_s));
    QVERIFY(submitCode(u"987 654"_s));
    QGuiApplication::clipboard()->clear();

    auto *copy = widget<QPushButton>("copyTicketButton");
    QVERIFY(copy->isVisible());
    QTest::mouseClick(copy, Qt::LeftButton);
    const QString ticket = QGuiApplication::clipboard()->text();
    QVERIFY(!ticket.isEmpty());
    for (const QString &expected : {accountId, u"LINKEDIN"_s, u"401"_s, type, FakePostPressApi::titleFor(401, type),
                                    u"req_ticket_42"_s, u"UTC"_s})
        QVERIFY2(ticket.contains(expected), qPrintable(expected + u" missing from:\n"_s + ticket));
    for (const QString &secret : {u"987654"_s, u"987 654"_s, apiKey})
        QVERIFY2(!ticket.contains(secret), qPrintable(u"leaked into the ticket: "_s + secret));
}

void TestFlow::copyForTicketHidesWhatTheAnswerEchoes_data()
{
    QTest::addColumn<ScriptedResponse>("answer");
    QTest::addColumn<QString>("kept");
    QTest::newRow("the API echoes the code in its detail")
        << ScriptedResponse::problem(400, u"errors/invalid_parameters"_s)
               .withDetail(u"code 8675309 is not a valid solution"_s)
        << u"is not a valid solution"_s;
    QTest::newRow("a proxy's page echoes the request headers")
        << ScriptedResponse::raw(502, "<html><pre>X-API-KEY: k3y-SECRET-7f1c\r\n</pre>Bad Gateway</html>", "text/html")
        << u"Bad Gateway"_s;
    QTest::newRow("a gateway's JSON echoes the body and the key") << ScriptedResponse::raw(
        500, R"({"message":"failed","echo":{"code":"8675309","key":"k3y-SECRET-7f1c"}})", "application/json")
                                                                  << u"failed"_s;
}

void TestFlow::copyForTicketHidesWhatTheAnswerEchoes()
{
    QFETCH(ScriptedResponse, answer);
    QFETCH(QString, kept);
    start();
    m_api->enqueue(answer);
    QVERIFY(submitCode(u"8675 309"_s));

    QTest::mouseClick(widget<QPushButton>("copyTicketButton"), Qt::LeftButton);
    const QString ticket = QGuiApplication::clipboard()->text();
    QVERIFY2(ticket.contains(kept), qPrintable(ticket));
    QVERIFY2(ticket.contains(accountId), qPrintable(ticket));
    for (const QString &secret : {u"8675309"_s, u"8675 309"_s, apiKey})
        QVERIFY2(!ticket.contains(secret), qPrintable(secret + u" leaked into:\n"_s + ticket));
    for (const char *name : {"headlineLabel", "explanationLabel", "detailsLabel"})
        QVERIFY2(!widget<QLabel>(name)->text().contains(apiKey), name);
}

void TestFlow::outcomesAreNeverRichText_data()
{
    const QString markup = u"<b>bold</b><script>alert(1)</script>"_s;
    QTest::addColumn<ScriptedResponse>("answer");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("literal");
    QTest::newRow("documented problem: detail with markup")
        << ScriptedResponse::problem(400, u"errors/invalid_parameters"_s).withDetail(markup) << u"detailsLabel"_s
        << markup;
    QTest::newRow("documented problem: title with markup")
        << ScriptedResponse::problem(503, u"errors/no_channel"_s).withTitle(markup) << u"detailsLabel"_s << markup;
    QTest::newRow("unknown status: what PostPress said, in the explanation")
        << ScriptedResponse::problem(418, u"errors/teapot"_s).withDetail(markup) << u"explanationLabel"_s << markup;
    QTest::newRow("unknown checkpoint type named with markup")
        << ScriptedResponse::checkpoint(u"<b>NEW</b>"_s) << u"explanationLabel"_s << u"<b>NEW</b>"_s;
    QTest::newRow("unknown object named with markup")
        << ScriptedResponse::object(u"<b>Surprise</b>"_s) << u"explanationLabel"_s << u"<b>Surprise</b>"_s;
    QTest::newRow("JSON from a gateway, shown as an excerpt")
        << ScriptedResponse::raw(502, R"({"message":"<i>gateway</i>"})", "application/json") << u"detailsLabel"_s
        << u"<i>gateway</i>"_s;
}

void TestFlow::outcomesAreNeverRichText()
{
    QFETCH(ScriptedResponse, answer);
    QFETCH(QString, label);
    QFETCH(QString, literal);
    start();
    m_api->enqueue(answer);
    QVERIFY(submitCode(u"123456"_s));

    auto *shown = m_controller->window()->findChild<QLabel *>(label);
    QVERIFY(shown);
    if (label == "detailsLabel"_L1) { // what the server said is under a closed "Technical details"
        QVERIFY(!shown->isVisible());
        widget<QAbstractButton>("detailsToggle")->click();
    }
    QVERIFY(shown->isVisible());
    QVERIFY2(shown->text().contains(literal), qPrintable(shown->text()));
    for (const char *name : {"headlineLabel", "explanationLabel", "detailsLabel"})
        QVERIFY2(widget<QLabel>(name)->textFormat() == Qt::PlainText, name);
}

QTEST_MAIN(TestFlow)
#include "tst_flow.moc"
