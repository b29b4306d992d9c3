// The real window, driven with QTest offscreen, against the fake PostPress API on loopback and an in-memory
// key store: launch options → pre-filled window → code → Enter → request → outcome.
#include "ApiKeyController.h"
#include "ApiKeyDialog.h"
#include "CheckpointWindow.h"
#include "FakePostPressApi.h"
#include "LaunchOptions.h"
#include "MemoryApiKeyStore.h"
#include "TestConstants.h"
#include "WindowController.h"
#include "WindowHarness.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

using TestConstants::accountId;

template <typename T> T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1StringView(name));
    if (!widget)
        qWarning("no widget named %s", name);
    return widget;
}

} // namespace

class TestWindow final : public QObject, private WindowHarness {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void launchOptionsFillTheWindowAndFocusTheCode();
    void newWindowTakesItsHeightFromTheForm();
    void focusStartsOnTheFirstEmptyField_data();
    void focusStartsOnTheFirstEmptyField();
    void submitIsDisabledWithTheReasonWhileAFieldIsEmpty();
    void anAccountIdOutsideTheRuleIsRefusedWithTheCharacterNamed_data();
    void anAccountIdOutsideTheRuleIsRefusedWithTheCharacterNamed();
    void enterSubmitsAndSuccessShowsTheAccount();
    void busyStateWhileInFlight();
    void errorLeavesEveryFieldAsTyped_data();
    void errorLeavesEveryFieldAsTyped();
    void enterPressedManyTimesSendsOneRequest();
    void cancelAbortsTheRequestAndKeepsTheFields();
    void requestIdIsSelectableAndCopied();
    void missingKeyOpensTheKeyDialogWithTheCursorInIt();
    void keyDialogRefusesAKeyWithLineBreaksAndKeepsIt();
    void keychainFailureOffersSessionOnlyKey();
    void keychainPendingKeepsTheWindowUsable();
    void lastProviderIsRemembered();
    void alreadyConnectedLeavesNothingToSend();

private:
    void start(const QStringList &arguments, bool withKey = true);
    QLineEdit *codeEdit() { return child<QLineEdit>(m_controller->window(), "codeEdit"); }
    QLineEdit *accountEdit() { return child<QLineEdit>(m_controller->window(), "accountIdEdit"); }
    QComboBox *providerCombo() { return child<QComboBox>(m_controller->window(), "providerCombo"); }
    QPushButton *submitButton() { return child<QPushButton>(m_controller->window(), "submitButton"); }
    QLabel *headline() { return child<QLabel>(m_controller->window(), "headlineLabel"); }
};

void TestWindow::initTestCase()
{
    QVERIFY(isolateSettings(u"tst_window"_s));
}

void TestWindow::init()
{
    QVERIFY(setUpHarness());
}

void TestWindow::cleanup()
{
    tearDownHarness();
}

void TestWindow::start(const QStringList &arguments, bool withKey)
{
    QVERIFY(openWindow(arguments, withKey ? FakePostPressApi::defaultApiKey() : QString()));
    if (withKey)
        QTRY_COMPARE(m_keys->state(), ApiKeyController::State::Stored);
}

// The last window's place and width come back; its height, grown by its answer, does not.
void TestWindow::newWindowTakesItsHeightFromTheForm()
{
    start({accountId, u"--provider"_s, u"linkedin"_s});
    CheckpointWindow *first = m_controller->window();
    const int formHeight = first->height();
    first->resize(first->width() + 60, first->height());
    QTest::keyClicks(codeEdit(), u"123456"_s);
    QTest::keyClick(codeEdit(), Qt::Key_Return);
    QVERIFY(waitForOutcome());
    QTRY_VERIFY(first->height() > formHeight);
    const int width = first->width();
    first->close();

    start({accountId, u"--provider"_s, u"linkedin"_s});
    QCOMPARE(m_controller->window()->width(), width);
    const int restoredHeight = m_controller->window()->height();
    m_controller->window()->close();

    // As tall as a window that never had a place saved (both in the code font of every window after the first).
    QSettings().remove(u"window/geometry"_s);
    start({accountId, u"--provider"_s, u"linkedin"_s});
    QCOMPARE(restoredHeight, m_controller->window()->height());
}

void TestWindow::launchOptionsFillTheWindowAndFocusTheCode()
{
    start({accountId, u"--provider"_s, u"linkedin"_s});
    QCOMPARE(accountEdit()->text(), accountId);
    QCOMPARE(providerCombo()->currentText(), u"LinkedIn"_s);
    QTRY_COMPARE(QApplication::focusWidget(), codeEdit());
    auto *endpoint = child<QLabel>(m_controller->window(), "endpointLabel");
    QVERIFY2(endpoint->isVisible(), "a non-default API URL is shown");
    QVERIFY(endpoint->text().contains(m_api->baseUrl().toString()));
}

void TestWindow::focusStartsOnTheFirstEmptyField_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("focused");
    QTest::newRow("no account id: the account field") << QStringList{} << u"accountIdEdit"_s;
    QTest::newRow("account but no provider: the provider") << QStringList{accountId} << u"providerCombo"_s;
    QTest::newRow("account and provider: the code")
        << QStringList{u"--account-id"_s, accountId, u"--provider"_s, u"MESSENGER"_s} << u"codeEdit"_s;
}

void TestWindow::focusStartsOnTheFirstEmptyField()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, focused);
    start(arguments);
    QTRY_VERIFY(QApplication::focusWidget());
    QCOMPARE(QApplication::focusWidget()->objectName(), focused);
}

void TestWindow::submitIsDisabledWithTheReasonWhileAFieldIsEmpty()
{
    start({accountId, u"--provider"_s, u"instagram"_s});
    auto *hint = child<QLabel>(m_controller->window(), "hintLabel");
    QVERIFY(!submitButton()->isEnabled());
    QVERIFY(hint->isVisible());
    QCOMPARE(hint->text(), u"Enter the code the customer received."_s);

    QTest::keyClicks(codeEdit(), u"123456"_s);
    QVERIFY(submitButton()->isEnabled());
    QVERIFY(!hint->isVisible());

    accountEdit()->clear();
    QTest::keyClicks(accountEdit(), u" "_s);
    QVERIFY(!submitButton()->isEnabled());
    QCOMPARE(hint->text(), u"Enter the account id."_s);

    // Enter on an invalid form sends nothing (the window decides at once, on the key press).
    QSignalSpy submitted(m_controller->window(), &CheckpointWindow::submitRequested);
    QTest::keyClick(codeEdit(), Qt::Key_Return);
    QCOMPARE(submitted.size(), 0);
    QCOMPARE(m_api->requestCount(), 0);
}

// The field follows the rule of the command line and links: pasted from a ticket, a Cyrillic Х looks like the Latin
// X, and a bidi control looks like nothing. Submit and Try another way send nothing, the hint names the character,
// and the text stays as typed.
void TestWindow::anAccountIdOutsideTheRuleIsRefusedWithTheCharacterNamed_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("named");

    QTest::newRow("a Cyrillic letter") << u"acc_01HXYZ\u0425QK3W"_s << u"\u201c\u0425\u201d (U+0425, character 11)"_s;
    QTest::newRow("a Hebrew letter") << u"acc_\u05d0"_s << u"U+05D0"_s;
    QTest::newRow("a right-to-left override, named but not shown") << u"acc_\u202e1"_s << u"character 5 is U+202E"_s;
    QTest::newRow("another program's link") << u"javascript://x"_s << u"U+003A"_s;
    QTest::newRow("129 characters") << QString(CheckpointRequest::MaxAccountIdLength + 1, u'a') << u"too long"_s;
}

void TestWindow::anAccountIdOutsideTheRuleIsRefusedWithTheCharacterNamed()
{
    QFETCH(QString, typed);
    QFETCH(QString, named);

    start({u"--provider"_s, u"linkedin"_s});
    QTest::keyClicks(codeEdit(), u"123456"_s);
    accountEdit()->setFocus();
    QGuiApplication::clipboard()->setText(typed); // pasted from a ticket, as agents do
    QTest::keySequence(accountEdit(), QKeySequence::Paste);
    QCOMPARE(accountEdit()->text(), typed); // all of it: nothing cut at a length limit
    auto *hint = child<QLabel>(m_controller->window(), "hintLabel");
    QVERIFY2(hint->text().contains(named), qPrintable(hint->text()));
    QVERIFY(hint->isVisible());
    QVERIFY(!submitButton()->isEnabled());
    QVERIFY(!child<QPushButton>(m_controller->window(), "tryAnotherWayButton")->isEnabled());
    QVERIFY(!hint->text().contains(u"\u202e"_s));

    QSignalSpy submitted(m_controller->window(), &CheckpointWindow::submitRequested);
    QTest::keyClick(codeEdit(), Qt::Key_Return);
    QCOMPARE(submitted.size(), 0);
    QCOMPARE(accountEdit()->text(), typed);
    QCOMPARE(QApplication::focusWidget(), accountEdit()); // where the problem is
}

void TestWindow::enterSubmitsAndSuccessShowsTheAccount()
{
    start({accountId, u"--provider"_s, u"linkedin"_s});
    QTest::keyClicks(codeEdit(), u" 123 456 "_s);
    QTest::keyClick(codeEdit(), Qt::Key_Return);
    QVERIFY(waitForOutcome());

    QCOMPARE(m_api->requestCount(), 1);
    const RecordedRequest request = m_api->requests().constFirst();
    QCOMPARE(request.method, "POST");
    QCOMPARE(request.path, "/v1/accounts/checkpoint");
    QCOMPARE(request.header("x-api-key"), "demo-key");
    QCOMPARE(request.json().value("account_id"_L1).toString(), accountId);
    QCOMPARE(request.json().value("provider"_L1).toString(), u"LINKEDIN"_s);
    QCOMPARE(request.json().value("code"_L1).toString(), u"123456"_s);

    QVERIFY(child<QWidget>(m_controller->window(), "outcomePanel")->isVisible());
    QVERIFY2(headline()->text().contains(u"connected"_s, Qt::CaseInsensitive), qPrintable(headline()->text()));
    auto *explanation = child<QLabel>(m_controller->window(), "explanationLabel");
    QVERIFY2(explanation->text().contains(accountId) || headline()->text().contains(accountId),
             "the success state shows the account id");
    QVERIFY2(!submitButton()->isEnabled(), "a solved checkpoint is not submitted again");
}

void TestWindow::busyStateWhileInFlight()
{
    start({accountId, u"--provider"_s, u"linkedin"_s});
    m_api->enqueueDelay(std::chrono::milliseconds(300));
    QTest::keyClicks(codeEdit(), u"123456"_s);
    QTest::keyClick(codeEdit(), Qt::Key_Return);
    auto *busyBar = child<QWidget>(m_controller->window(), "busyBar");
    auto *cancel = child<QPushButton>(m_controller->window(), "cancelButton");
    QVERIFY(busyBar->isVisible());
    QVERIFY(cancel->isVisible());
    QVERIFY(!submitButton()->isEnabled());
    QVERIFY(waitForOutcome());
    QVERIFY(!busyBar->isVisible());
    QVERIFY(!cancel->isVisible());
}

void TestWindow::errorLeavesEveryFieldAsTyped_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type");
    QTest::newRow("401 errors/invalid_checkpoint_solution") << 401 << u"errors/invalid_checkpoint_solution"_s;
    QTest::newRow("403 errors/account_restricted") << 403 << u"errors/account_restricted"_s;
    QTest::newRow("500 errors/authentication_intent_error") << 500 << u"errors/authentication_intent_error"_s;
    QTest::newRow("503 errors/no_client_session") << 503 << u"errors/no_client_session"_s;
    QTest::newRow("504 errors/request_timeout") << 504 << u"errors/request_timeout"_s;
}

void TestWindow::errorLeavesEveryFieldAsTyped()
{
    QFETCH(int, status);
    QFETCH(QString, type);
    start({});
    QTest::keyClicks(accountEdit(), u"acc_typed_by_hand"_s);
    providerCombo()->setCurrentIndex(providerCombo()->findText(u"Instagram"_s));
    QTest::keyClicks(codeEdit(), u"987 654"_s);
    m_api->enqueueProblem(status, type);
    QTest::keyClick(codeEdit(), Qt::Key_Return);
    QVERIFY(waitForOutcome());

    QCOMPARE(accountEdit()->text(), u"acc_typed_by_hand"_s);
    QCOMPARE(providerCombo()->currentText(), u"Instagram"_s);
    QCOMPARE(codeEdit()->text(), u"987 654"_s);
    auto *details = child<QLabel>(m_controller->window(), "detailsLabel");
    QVERIFY2(details->text().contains(QString::number(status)), qPrintable(details->text()));
    QVERIFY2(details->text().contains(type), qPrintable(details->text()));
    QVERIFY2(details->text().contains(FakePostPressApi::titleFor(status, type)), qPrintable(details->text()));
    QVERIFY(!headline()->text().isEmpty());
    QVERIFY2(!child<QLineEdit>(m_controller->window(), "requestIdEdit")->text().isEmpty(), "instance shown");
}

void TestWindow::enterPressedManyTimesSendsOneRequest()
{
    start({accountId, u"--provider"_s, u"linkedin"_s});
    m_api->enqueueDelay(std::chrono::milliseconds(200));
    QTest::keyClicks(codeEdit(), u"123456"_s);
    QSignalSpy submitted(m_controller->window(), &CheckpointWindow::submitRequested);
    for (int i = 0; i < 10; ++i)
        QTest::keyClick(codeEdit(), Qt::Key_Return);
    QTest::mouseClick(submitButton(), Qt::LeftButton);
    QVERIFY(waitForOutcome());
    QCOMPARE(submitted.size(), 1);
    QCOMPARE(m_api->requestCount(), 1);
}

void TestWindow::cancelAbortsTheRequestAndKeepsTheFields()
{
    start({accountId, u"--provider"_s, u"linkedin"_s});
    m_api->enqueue(ScriptedResponse::neverAnswer());
    QTest::keyClicks(codeEdit(), u"123456"_s);
    QSignalSpy received(m_api.get(), &FakePostPressApi::requestReceived);
    QTest::keyClick(codeEdit(), Qt::Key_Return);
    QVERIFY(received.wait(5000));
    QSignalSpy finished(m_controller->client(), &CheckpointClient::finished);
    QTest::mouseClick(child<QPushButton>(m_controller->window(), "cancelButton"), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.constFirst().constFirst().value<Outcome>().transport(), Outcome::Transport::Canceled);
    QCOMPARE(codeEdit()->text(), u"123456"_s);
    QVERIFY(submitButton()->isEnabled());
    QVERIFY(!headline()->text().isEmpty());
}

void TestWindow::requestIdIsSelectableAndCopied()
{
    start({accountId, u"--provider"_s, u"linkedin"_s});
    m_api->enqueue(ScriptedResponse::problem(403, u"errors/account_mismatch"_s).withInstance(u"req_copy_me"_s));
    QTest::keyClicks(codeEdit(), u"123456"_s);
    QTest::keyClick(codeEdit(), Qt::Key_Return);
    QVERIFY(waitForOutcome());
    auto *requestId = child<QLineEdit>(m_controller->window(), "requestIdEdit");
    QCOMPARE(requestId->text(), u"req_copy_me"_s);
    QVERIFY(requestId->isReadOnly());
    QTest::mouseClick(child<QPushButton>(m_controller->window(), "copyRequestIdButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"req_copy_me"_s);
}

void TestWindow::missingKeyOpensTheKeyDialogWithTheCursorInIt()
{
    start({accountId, u"--provider"_s, u"linkedin"_s}, false);
    QTRY_VERIFY(m_controller->keyDialog());
    ApiKeyDialog *dialog = m_controller->keyDialog();
    QTRY_VERIFY(dialog->isVisible());
    auto *keyEdit = child<QLineEdit>(dialog, "keyEdit");
    QTRY_COMPARE(QApplication::focusWidget(), keyEdit);
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
    QTest::mouseClick(child<QWidget>(dialog, "showKeyButton"), Qt::LeftButton);
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Normal);

    QTest::keyClicks(keyEdit, u"demo-key"_s);
    QTest::keyClick(keyEdit, Qt::Key_Return);
    QTRY_COMPARE(m_keys->state(), ApiKeyController::State::Stored);
    QCOMPARE(m_store->storedKey(m_keys->baseUrl()), u"demo-key"_s);
    QTRY_VERIFY(!m_controller->keyDialog());

    // And the key is used.
    QTest::keyClicks(codeEdit(), u"123456"_s);
    QTest::keyClick(codeEdit(), Qt::Key_Return);
    QVERIFY(waitForOutcome());
    QCOMPARE(m_api->requests().constLast().header("x-api-key"), "demo-key");
}

void TestWindow::keyDialogRefusesAKeyWithLineBreaksAndKeepsIt()
{
    start({accountId, u"--provider"_s, u"linkedin"_s}, false);
    QTRY_VERIFY(m_controller->keyDialog() && m_controller->keyDialog()->isVisible());
    ApiKeyDialog *dialog = m_controller->keyDialog();
    auto *keyEdit = child<QLineEdit>(dialog, "keyEdit");
    keyEdit->setText(u"demo key\r\nX-Evil: 1"_s);
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    auto *message = child<QLabel>(dialog, "messageLabel");
    QVERIFY(message->isVisible());
    QVERIFY(!message->text().isEmpty());
    QCOMPARE(keyEdit->text(), u"demo key\r\nX-Evil: 1"_s);
    QCOMPARE(m_store->callCount(MemoryApiKeyStore::Operation::Write), 0);
    QVERIFY(dialog->isVisible());
}

void TestWindow::keychainFailureOffersSessionOnlyKey()
{
    m_store->setFailure(MemoryApiKeyStore::Operation::Write, ApiKeyStore::Result::Unavailable,
                        u"No keychain service is running."_s);
    start({accountId, u"--provider"_s, u"linkedin"_s}, false);
    QTRY_VERIFY(m_controller->keyDialog() && m_controller->keyDialog()->isVisible());
    ApiKeyDialog *dialog = m_controller->keyDialog();
    auto *keyEdit = child<QLineEdit>(dialog, "keyEdit");
    QTest::keyClicks(keyEdit, u"demo-key"_s);
    QTest::keyClick(keyEdit, Qt::Key_Return);
    QTRY_COMPARE(m_keys->state(), ApiKeyController::State::Failed);
    auto *sessionOnly = child<QPushButton>(dialog, "sessionOnlyButton");
    QTRY_VERIFY(sessionOnly->isVisible());
    QCOMPARE(keyEdit->text(), u"demo-key"_s);
    QVERIFY(child<QLabel>(dialog, "messageLabel")->text().contains(u"No keychain service"_s));

    QTest::mouseClick(sessionOnly, Qt::LeftButton);
    QTRY_COMPARE(m_keys->state(), ApiKeyController::State::SessionOnly);
    QTRY_VERIFY(!m_controller->keyDialog());
    QVERIFY(m_store->entries().isEmpty());
    auto *keyState = child<QLabel>(m_controller->window(), "keyStateLabel");
    QVERIFY2(keyState->text().contains(u"session only"_s), qPrintable(keyState->text()));
}

void TestWindow::keychainPendingKeepsTheWindowUsable()
{
    m_store->setHoldAnswers(true);
    start({accountId, u"--provider"_s, u"linkedin"_s}, false);
    QCOMPARE(m_keys->state(), ApiKeyController::State::Loading);
    auto *keyState = child<QLabel>(m_controller->window(), "keyStateLabel");
    QVERIFY2(keyState->text().contains(u"keychain"_s), qPrintable(keyState->text()));
    // The agent can type while the keychain thinks; Submit waits for the key and says so.
    QTest::keyClicks(codeEdit(), u"123456"_s);
    QCOMPARE(codeEdit()->text(), u"123456"_s);
    QVERIFY(!submitButton()->isEnabled());
    QCOMPARE(child<QLabel>(m_controller->window(), "hintLabel")->text(), u"Waiting for the system keychain…"_s);

    m_store->setStoredKey(m_keys->baseUrl(), FakePostPressApi::defaultApiKey());
    m_store->releaseHeldAnswers();
    QTRY_COMPARE(m_keys->state(), ApiKeyController::State::Stored);
    QVERIFY(submitButton()->isEnabled());
}

void TestWindow::lastProviderIsRemembered()
{
    start({accountId, u"--provider"_s, u"messenger"_s});
    QTest::keyClicks(codeEdit(), u"123456"_s);
    QTest::keyClick(codeEdit(), Qt::Key_Return);
    QVERIFY(waitForOutcome());
    m_controller->window()->close();
    m_controller.reset();

    start({accountId});
    QCOMPARE(providerCombo()->currentText(), u"Messenger"_s);
    const QStringList keys = QSettings().allKeys();
    for (const QString &key : keys)
        QVERIFY2(!QSettings().value(key).toString().contains(u"demo-key"_s), "no secret in QSettings");
}

void TestWindow::alreadyConnectedLeavesNothingToSend()
{
    start({accountId, u"--provider"_s, u"linkedin"_s});
    m_api->enqueueProblem(409, u"errors/already_exists"_s);
    QTest::keyClicks(codeEdit(), u"123456"_s);
    QTest::keyClick(codeEdit(), Qt::Key_Return);
    QVERIFY(waitForOutcome());
    QVERIFY2(!submitButton()->isEnabled(), "the account is connected: the code is not sent again");
    QSignalSpy submitted(m_controller->window(), &CheckpointWindow::submitRequested);
    QTest::keyClick(codeEdit(), Qt::Key_Return);
    QCOMPARE(submitted.size(), 0);
    QCOMPARE(m_api->requestCount(), 1);
    // Another account in the same window is a fresh start.
    accountEdit()->selectAll();
    QTest::keyClicks(accountEdit(), u"acc_other"_s);
    QVERIFY(submitButton()->isEnabled());
}

QTEST_MAIN(TestWindow)
#include "tst_window.moc"
