// Keychain faults with the real window (offscreen) and the fake API on loopback: no Secret Service at all, a
// locked keyring, access denied, a keychain that never answers, a failed write. In every case the window stays
// usable, its status line says what is wrong, the API-key dialog offers "Use for this session only", and that
// key lives in memory only: marked as such, gone at exit, never written to a file instead.
//
// Registered twice: through tests/with-secret-service.sh (a real, unlocked GNOME Keyring that the locked-keyring
// case then locks) and through `with-secret-service.sh --no-secret-service` (a session bus with nothing on it
// that stores secrets). Each real-keychain case runs in the environment it needs and is skipped in the other;
// the in-memory cases run in both.
#include "ApiBaseUrl.h"
#include "ApiKeyController.h"
#include "ApiKeyDialog.h"
#include "CheckpointWindow.h"
#include "FakePostPressApi.h"
#include "KeychainApiKeyStore.h"
#include "MemoryApiKeyStore.h"
#include "SecurityTestSupport.h"
#include "TestConstants.h"
#include "WindowController.h"
#include "WindowHarness.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using SecurityTest::child;
using Result = ApiKeyStore::Result;
using State = ApiKeyController::State;

Q_DECLARE_METATYPE(ApiKeyStore::Result)

namespace {

using TestConstants::accountId;
constexpr int KeychainTimeoutMs = 20'000;

QString newKey()
{
    return u"ppk_fault_"_s + QString::number(QRandomGenerator::system()->generate64(), 36);
}

struct ToolRun {
    bool finished = false;
    int exitCode = -1;
    QByteArray output;
};

// The secret, when there is one, goes through standard input, never the command line.
ToolRun runTool(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(program, arguments);
    ToolRun run;
    if (!process.waitForStarted(KeychainTimeoutMs))
        return run;
    process.write(input);
    process.closeWriteChannel();
    run.finished = process.waitForFinished(KeychainTimeoutMs) && process.exitStatus() == QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.output = process.readAllStandardOutput();
    return run;
}

bool secretServiceOnTheBus()
{
    const ToolRun run =
        runTool(u"dbus-send"_s,
                {u"--session"_s, u"--print-reply"_s, u"--dest=org.freedesktop.DBus"_s, u"/org/freedesktop/DBus"_s,
                 u"org.freedesktop.DBus.NameHasOwner"_s, u"string:org.freedesktop.secrets"_s});
    return run.finished && run.output.contains("boolean true");
}

ToolRun secretToolLookup(const QUrl &baseUrl)
{
    return runTool(
        u"secret-tool"_s,
        {u"lookup"_s, u"server"_s, ApiKeyStore::serviceName(), u"user"_s, ApiBaseUrl::keychainEntry(baseUrl)});
}

} // namespace

class TestKeychainFaults final : public QObject, private WindowHarness {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void readFailureOffersSessionOnly_data();
    void readFailureOffersSessionOnly();
    void keychainThatNeverAnswersOffersSessionOnly();
    void saveThatNeverAnswersOffersSessionOnly();
    void writeFailureIsReported_data();
    void writeFailureIsReported();

    void noSecretServiceOffersSessionOnly();
    void lockedKeyringOffersSessionOnly(); // last: it leaves the keyring locked

private:
    // The window for an account, its key read from `store` (the harness's memory store when null).
    void start(ApiKeyStore *store = nullptr);
    ApiKeyDialog *waitForKeyDialog();
    // The agent types the key into the open dialog and chooses "Use for this session only".
    void useForThisSessionOnly(const QString &key);
    // A code submitted with the session key reaches the API with that key.
    void submitWorksWith(const QString &key);
    void checkWindowIsUsable();
    QString keyState() const { return child<QLabel>(window(), "keyStateLabel")->text(); }
    CheckpointWindow *window() const { return m_controller->window(); }
    QLineEdit *codeEdit() const { return child<QLineEdit>(window(), "codeEdit"); }
    // No file under HOME holds the key: there is no plaintext fallback.
    void checkNoFileHolds(const QString &key);

    QString m_home;
    bool m_secretService = false;
};

void TestKeychainFaults::initTestCase()
{
    m_home = qEnvironmentVariable("CHECKPOINT_TEST_HOME");
    if (m_home.isEmpty() || QDir(m_home).canonicalPath() != QDir::home().canonicalPath())
        QFAIL("Run this test through tests/with-secret-service.sh [--no-secret-service]: it locks its keyring.");
    QVERIFY2(qEnvironmentVariableIsEmpty("DISPLAY"), "DISPLAY must be unset, or a keyring prompt could hang");
    m_secretService = secretServiceOnTheBus();
    qInfo("Secret Service on the session bus: %s", m_secretService ? "yes" : "no");
    QCoreApplication::setOrganizationName(u"PostPressTest"_s);
    QCoreApplication::setApplicationName(u"tst_keychain_faults"_s);
}

void TestKeychainFaults::init()
{
    QVERIFY(setUpHarness());
}

void TestKeychainFaults::cleanup()
{
    tearDownHarness();
}

void TestKeychainFaults::start(ApiKeyStore *store)
{
    QVERIFY(openWindow({accountId, u"--provider"_s, u"linkedin"_s}, {}, store));
}

ApiKeyDialog *TestKeychainFaults::waitForKeyDialog()
{
    if (!QTest::qWaitFor([this] { return m_controller->keyDialog() && m_controller->keyDialog()->isVisible(); },
                         KeychainTimeoutMs))
        return nullptr;
    return m_controller->keyDialog();
}

void TestKeychainFaults::useForThisSessionOnly(const QString &key)
{
    ApiKeyDialog *dialog = m_controller->keyDialog();
    QVERIFY(dialog);
    auto *sessionOnly = child<QPushButton>(dialog, "sessionOnlyButton");
    QVERIFY2(sessionOnly->isVisible(), "the dialog offers the key for this session only");
    QVERIFY(sessionOnly->isEnabled());
    auto *keyEdit = child<QLineEdit>(dialog, "keyEdit");
    if (keyEdit->text().isEmpty())
        QTest::keyClicks(keyEdit, key);
    QTest::mouseClick(sessionOnly, Qt::LeftButton);
    QTRY_COMPARE(m_keys->state(), State::SessionOnly);
    QTRY_VERIFY(!m_controller->keyDialog());
    QCOMPARE(m_keys->key(), key);
    QVERIFY2(keyState().contains(u"session only"_s), qPrintable(keyState()));
    QVERIFY2(keyState().contains(u"forgotten"_s), qPrintable(keyState()));
}

void TestKeychainFaults::submitWorksWith(const QString &key)
{
    m_api->setApiKey(key);
    codeEdit()->selectAll();
    QTest::keyClicks(codeEdit(), FakePostPressApi::defaultGoodCode());
    QSignalSpy finished(m_controller->client(), &CheckpointClient::finished);
    QTest::keyClick(codeEdit(), Qt::Key_Return);
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.constFirst().constFirst().value<Outcome>().kind(), Outcome::Kind::Connected);
    QCOMPARE(m_api->requests().constLast().header("x-api-key"), key.toLatin1());
}

// With the key dialog closed, the agent can type and is told why Submit waits.
void TestKeychainFaults::checkWindowIsUsable()
{
    if (ApiKeyDialog *dialog = m_controller->keyDialog())
        QTest::mouseClick(child<QPushButton>(dialog, "cancelButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_controller->keyDialog());
    QTest::keyClicks(codeEdit(), u"135 790"_s);
    QCOMPARE(codeEdit()->text(), u"135 790"_s);
    auto *hint = child<QLabel>(window(), "hintLabel");
    QVERIFY(hint->isVisible());
    QVERIFY2(hint->text().contains(u"key"_s, Qt::CaseInsensitive), qPrintable(hint->text()));
    QVERIFY(!child<QPushButton>(window(), "submitButton")->isEnabled());
    QCOMPARE(m_api->requestCount(), 0);
}

void TestKeychainFaults::checkNoFileHolds(const QString &key)
{
    const SecurityTest::ScanResult scan = SecurityTest::scanFiles(m_home, SecurityTest::encodingsOf({key}));
    QVERIFY2(scan.filesWithSecrets.isEmpty(), qPrintable(scan.filesWithSecrets.join(u", "_s)));
}

void TestKeychainFaults::readFailureOffersSessionOnly_data()
{
    QTest::addColumn<Result>("result");
    QTest::addColumn<QString>("message");

    QTest::newRow("access denied at start")
        << Result::AccessDenied << u"The keychain is locked or refused access. Unlock it and try again."_s;
    QTest::newRow("keychain unavailable at start")
        << Result::Unavailable << u"No keychain service (such as GNOME Keyring or KWallet) is running."_s;
    QTest::newRow("keychain error at start") << Result::Failed << u"The keychain reported an error."_s;
}

void TestKeychainFaults::readFailureOffersSessionOnly()
{
    QFETCH(Result, result);
    QFETCH(QString, message);

    m_store->setFailure(MemoryApiKeyStore::Operation::Read, result, message);
    start();
    QTRY_COMPARE(m_keys->state(), State::Failed);
    QCOMPARE(keyState(), message);

    ApiKeyDialog *dialog = waitForKeyDialog();
    QVERIFY2(dialog, "a failed read asks for the key at once");
    QCOMPARE(child<QLabel>(dialog, "messageLabel")->text(), message);
    checkWindowIsUsable();

    // Back through the menu: the dialog still says what is wrong and offers the session key.
    child<QAction>(window(), "replaceKeyAction")->trigger();
    QVERIFY(waitForKeyDialog());
    QVERIFY(child<QLabel>(m_controller->keyDialog(), "messageLabel")->text().contains(message));
    const QString key = newKey();
    useForThisSessionOnly(key);
    submitWorksWith(key);
    QVERIFY(m_store->entries().isEmpty());
    QCOMPARE(m_store->callCount(MemoryApiKeyStore::Operation::Write), 0);

    // Next start: the key is gone.
    m_controller.reset();
    m_store->clearFailures();
    ApiKeyController nextRun(m_store.get(), m_keys->baseUrl());
    nextRun.load();
    QTRY_COMPARE(nextRun.state(), State::Missing);
    QVERIFY(!nextRun.hasKey());
}

void TestKeychainFaults::keychainThatNeverAnswersOffersSessionOnly()
{
    m_store->setHoldAnswers(true); // a prompt nobody answers
    start();
    QCOMPARE(m_keys->state(), State::Loading);
    QVERIFY2(keyState().contains(u"keychain"_s), qPrintable(keyState()));
    QTest::keyClicks(codeEdit(), u"123456"_s);
    QCOMPARE(codeEdit()->text(), u"123456"_s);
    QVERIFY(!child<QPushButton>(window(), "submitButton")->isEnabled());

    child<QAction>(window(), "replaceKeyAction")->trigger();
    ApiKeyDialog *dialog = waitForKeyDialog();
    QVERIFY(dialog);
    const QString note = child<QLabel>(dialog, "messageLabel")->text();
    QVERIFY2(note.contains(u"keychain"_s) && note.contains(u"session only"_s), qPrintable(note));
    const QString key = newKey();
    useForThisSessionOnly(key);
    submitWorksWith(key);

    // The keychain answers at last: too late to change anything.
    QCOMPARE(m_store->releaseHeldAnswers(), 1);
    QCOMPARE(m_keys->state(), State::SessionOnly);
    QCOMPARE(m_keys->key(), key);
    QVERIFY(m_store->entries().isEmpty());
}

void TestKeychainFaults::saveThatNeverAnswersOffersSessionOnly()
{
    start();
    ApiKeyDialog *dialog = waitForKeyDialog();
    QVERIFY(dialog);
    QCOMPARE(m_keys->state(), State::Missing);

    m_store->setHoldAnswers(true);
    const QString key = newKey();
    auto *keyEdit = child<QLineEdit>(dialog, "keyEdit");
    QTest::keyClicks(keyEdit, key);
    QTest::keyClick(keyEdit, Qt::Key_Return);
    QCOMPARE(m_keys->state(), State::Saving);
    QVERIFY2(keyState().contains(u"keychain"_s), qPrintable(keyState()));
    useForThisSessionOnly(key);
    submitWorksWith(key);
}

void TestKeychainFaults::writeFailureIsReported_data()
{
    QTest::addColumn<Result>("result");
    QTest::addColumn<QString>("message");

    QTest::newRow("write refused") << Result::AccessDenied << u"Saving was refused: the keychain is locked."_s;
    QTest::newRow("write failed") << Result::Failed << u"The keychain could not write the entry."_s;
}

void TestKeychainFaults::writeFailureIsReported()
{
    QFETCH(Result, result);
    QFETCH(QString, message);

    m_store->setFailure(MemoryApiKeyStore::Operation::Write, result, message);
    start();
    ApiKeyDialog *dialog = waitForKeyDialog();
    QVERIFY(dialog);
    const QString key = newKey();
    auto *keyEdit = child<QLineEdit>(dialog, "keyEdit");
    QTest::keyClicks(keyEdit, key);
    QTest::keyClick(keyEdit, Qt::Key_Return);
    QTRY_COMPARE(m_keys->state(), State::Failed);
    QCOMPARE(keyState(), message);
    QCOMPARE(child<QLabel>(dialog, "messageLabel")->text(), message);
    QCOMPARE(keyEdit->text(), key); // kept, so the agent need not paste it again
    useForThisSessionOnly(key);
    submitWorksWith(key);
    QVERIFY(m_store->entries().isEmpty());
}

void TestKeychainFaults::noSecretServiceOffersSessionOnly()
{
    if (m_secretService)
        QSKIP("Needs a session without a Secret Service: run through with-secret-service.sh --no-secret-service.");
    KeychainApiKeyStore store;
    start(&store);
    QTRY_COMPARE_WITH_TIMEOUT(m_keys->state(), State::Failed, KeychainTimeoutMs);
    qInfo("status line: %s", qPrintable(keyState()));
    QVERIFY2(keyState().contains(u"No keychain service"_s), qPrintable(keyState()));
    // What the system said (a D-Bus error) is not in the line, but behind its System details.
    const QString systemText = ApiKeyStore::splitSystemText(m_keys->errorMessage()).second;
    if (!systemText.isEmpty()) {
        QVERIFY2(!keyState().contains(systemText), qPrintable(keyState()));
        QCOMPARE(child<QLabel>(window(), "keyStateDetailsLabel")->text(), systemText);
    }
    ApiKeyDialog *dialog = waitForKeyDialog();
    QVERIFY(dialog);
    checkWindowIsUsable();

    // Saving is tried, fails, and says so; the typed key stays for the session-only choice.
    child<QAction>(window(), "replaceKeyAction")->trigger();
    dialog = waitForKeyDialog();
    QVERIFY(dialog);
    const QString key = newKey();
    auto *keyEdit = child<QLineEdit>(dialog, "keyEdit");
    QTest::keyClicks(keyEdit, key);
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_keys->state(), State::Failed, KeychainTimeoutMs);
    const QString saveMessage = child<QLabel>(dialog, "messageLabel")->text();
    qInfo("after Save: %s", qPrintable(saveMessage));
    QVERIFY2(saveMessage.contains(u"could not be saved"_s), qPrintable(saveMessage));
    useForThisSessionOnly(key);
    submitWorksWith(key);

    m_controller.reset();
    KeychainApiKeyStore nextStore;
    ApiKeyController nextRun(&nextStore, m_keys->baseUrl());
    nextRun.load();
    QTRY_COMPARE_WITH_TIMEOUT(nextRun.state(), State::Failed, KeychainTimeoutMs);
    QVERIFY(!nextRun.hasKey());
    checkNoFileHolds(key);
}

void TestKeychainFaults::lockedKeyringOffersSessionOnly()
{
    if (!m_secretService)
        QSKIP("Needs GNOME Keyring: run through with-secret-service.sh.");
    // A key was stored while the keyring was open; then the keyring is locked, as after a screen lock.
    const QString storedKey = newKey();
    const QUrl baseUrl = QUrl(m_api->baseUrl());
    QCOMPARE(runTool(u"secret-tool"_s,
                     {u"store"_s, u"--label=PostPress API key"_s, u"server"_s, ApiKeyStore::serviceName(), u"user"_s,
                      ApiBaseUrl::keychainEntry(baseUrl), u"type"_s, u"plaintext"_s},
                     storedKey.toUtf8())
                 .exitCode,
             0);
    QCOMPARE(secretToolLookup(baseUrl).output, storedKey.toUtf8());
    const ToolRun lock = runTool(u"dbus-send"_s,
                                 {u"--session"_s, u"--print-reply"_s, u"--dest=org.freedesktop.secrets"_s,
                                  u"/org/freedesktop/secrets"_s, u"org.freedesktop.Secret.Service.Lock"_s,
                                  u"array:objpath:/org/freedesktop/secrets/collection/login"_s});
    QVERIFY2(lock.finished && lock.exitCode == 0, lock.output.constData());
    QVERIFY(secretToolLookup(baseUrl).output.isEmpty());

    KeychainApiKeyStore store;
    start(&store);
    QTRY_VERIFY_WITH_TIMEOUT(m_keys->state() != State::Loading, KeychainTimeoutMs);
    qInfo("locked keyring, read: state %s, status line: %s",
          QMetaEnum::fromType<State>().valueToKey(int(m_keys->state())), qPrintable(keyState()));
    QCOMPARE(m_keys->state(), State::Failed);
    QVERIFY2(keyState().contains(u"locked"_s), qPrintable(keyState()));
    ApiKeyDialog *dialog = waitForKeyDialog();
    QVERIFY(dialog);
    checkWindowIsUsable();

    child<QAction>(window(), "replaceKeyAction")->trigger();
    dialog = waitForKeyDialog();
    QVERIFY(dialog);
    const QString key = newKey();
    QTest::keyClicks(child<QLineEdit>(dialog, "keyEdit"), key);
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_keys->state(), State::Failed, KeychainTimeoutMs);
    const QString saveMessage = child<QLabel>(dialog, "messageLabel")->text();
    qInfo("locked keyring, save: %s", qPrintable(saveMessage));
    QVERIFY2(saveMessage.contains(u"locked"_s), qPrintable(saveMessage));
    useForThisSessionOnly(key);
    submitWorksWith(key);
    m_controller.reset();
    checkNoFileHolds(key);
}

QTEST_MAIN(TestKeychainFaults)
#include "tst_keychain_faults.moc"
