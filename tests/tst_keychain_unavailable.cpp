// The real KeychainApiKeyStore where there is no Secret Service. Run on its own, the session bus address
// points at a socket that does not exist; run through `with-secret-service.sh --no-secret-service`, there
// is a session bus but nothing on it can store secrets. Either way there is no display. Every call must
// answer promptly with Unavailable and a message, never hang, and never fall back to writing the key into
// a file.

#include "ApiKeyController.h"
#include "KeychainApiKeyStore.h"
#include "StoreAnswer.h"
#include "TestConstants.h"

#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using Result = ApiKeyStore::Result;
using State = ApiKeyController::State;

namespace {

using TestConstants::production;

enum class Call { Read, Write, Remove };

} // namespace

class TestKeychainUnavailable final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void storeAnswersUnavailable_data();
    void storeAnswersUnavailable();
    void controllerFailsAndOffersThisSessionOnly();
    void noKeyWrittenToAFile();

private:
    QTemporaryDir m_temporaryHome;
    QString m_home;
    const QString m_key = u"ppk_unavailable_"_s + QString::number(QRandomGenerator::global()->generate64(), 36);
};

// Before anything in this process opens D-Bus: GLib and Qt read the address once.
void TestKeychainUnavailable::initTestCase()
{
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION",
                             "KDE_SESSION_VERSION", "KDE_FULL_SESSION", "GNOME_DESKTOP_SESSION_ID"})
        qunsetenv(name);
    m_home = qEnvironmentVariable("CHECKPOINT_TEST_HOME"); // the wrapper's bus and HOME
    if (!m_home.isEmpty())
        return;
    QVERIFY(m_temporaryHome.isValid());
    m_home = m_temporaryHome.path();
    const QByteArray home = QFile::encodeName(m_home);
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + home + "/no-such-bus");
    qputenv("HOME", home);
    qputenv("XDG_CONFIG_HOME", home + "/config");
    qputenv("XDG_DATA_HOME", home + "/data");
    qputenv("XDG_CACHE_HOME", home + "/cache");
}

void TestKeychainUnavailable::storeAnswersUnavailable_data()
{
    QTest::addColumn<Call>("call");

    QTest::newRow("a read answers Unavailable") << Call::Read;
    QTest::newRow("a write answers Unavailable") << Call::Write;
    QTest::newRow("a remove answers Unavailable") << Call::Remove;
}

void TestKeychainUnavailable::storeAnswersUnavailable()
{
    QFETCH(Call, call);

    KeychainApiKeyStore store;
    Answer answer;
    switch (call) {
    case Call::Read:
        answer = readKey(store, production);
        break;
    case Call::Write:
        answer = writeKey(store, production, m_key);
        break;
    case Call::Remove:
        answer = removeKey(store, production);
        break;
    }
    QVERIFY2(answer.answered, "the keychain job never finished");
    QCOMPARE(answer.result, Result::Unavailable);
    QVERIFY(answer.key.isEmpty());
    QVERIFY(answer.message.contains(u"keychain"_s)); // ours, translated…
    QVERIFY(answer.message.endsWith(u')')); // …with the backend's words in parentheses
}

void TestKeychainUnavailable::controllerFailsAndOffersThisSessionOnly()
{
    KeychainApiKeyStore store;
    ApiKeyController keys(&store, production);

    keys.load();
    QTRY_COMPARE_WITH_TIMEOUT(keys.state(), State::Failed, AnswerTimeoutMs);
    QVERIFY(!keys.errorMessage().isEmpty());

    QVERIFY(keys.save(m_key));
    QCOMPARE(keys.state(), State::Saving);
    QTRY_COMPARE_WITH_TIMEOUT(keys.state(), State::Failed, AnswerTimeoutMs);
    QVERIFY(!keys.hasKey());
    QCOMPARE(keys.pendingKey(), m_key);

    QVERIFY(keys.useForSessionOnly(keys.pendingKey()));
    QCOMPARE(keys.state(), State::SessionOnly);
    QCOMPARE(keys.key(), m_key);
}

// No plaintext fallback: with the keychain missing, the key is in no file under HOME.
void TestKeychainUnavailable::noKeyWrittenToAFile()
{
    QStringList leaks;
    int scanned = 0;
    QDirIterator it(m_home, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue; // the bus socket
        ++scanned;
        if (file.readAll().contains(m_key.toUtf8()))
            leaks.append(file.fileName());
    }
    QCOMPARE(leaks, QStringList());
    qInfo("%d files under the temporary HOME, none with the key", scanned);
}

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "tst_keychain_unavailable.moc"
