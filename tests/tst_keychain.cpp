// The real KeychainApiKeyStore against a real Secret Service (GNOME Keyring). Run it through
// tests/with-secret-service.sh, which gives it a private D-Bus session, an unlocked throw-away keyring and
// a temporary HOME; it refuses to run anywhere else, so it never touches a real keyring.

#include "ApiBaseUrl.h"
#include "ApiKeyController.h"
#include "KeychainApiKeyStore.h"
#include "StoreAnswer.h"
#include "TestConstants.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <fstream>
#include <iterator>

using namespace Qt::StringLiterals;

using Result = ApiKeyStore::Result;
using State = ApiKeyController::State;

namespace {

using TestConstants::production;
using TestConstants::staging;

struct ToolRun {
    bool finished = false;
    int exitCode = -1;
    QByteArray output;
    QByteArray errors;
};

// The secret always goes through standard input, never the command line.
ToolRun runTool(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(AnswerTimeoutMs))
        return {};
    process.write(input);
    process.closeWriteChannel();
    ToolRun run;
    run.finished = process.waitForFinished(AnswerTimeoutMs) && process.exitStatus() == QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.output = process.readAllStandardOutput();
    run.errors = process.readAllStandardError();
    return run;
}

// What secret-tool finds where QtKeychain stores: schema org.qt.keychain, server = service, user = entry.
ToolRun secretToolLookup(const QUrl &baseUrl)
{
    return runTool(
        u"secret-tool"_s,
        {u"lookup"_s, u"server"_s, ApiKeyStore::serviceName(), u"user"_s, ApiBaseUrl::keychainEntry(baseUrl)});
}

// An administrator provisioning a key without the program.
ToolRun secretToolStore(const QUrl &baseUrl, const QByteArray &secret, bool withPlaintextType = true)
{
    QStringList arguments{u"store"_s, u"--label=PostPress API key"_s,    u"server"_s, ApiKeyStore::serviceName(),
                          u"user"_s,  ApiBaseUrl::keychainEntry(baseUrl)};
    if (withPlaintextType)
        arguments << u"type"_s << u"plaintext"_s;
    return runTool(u"secret-tool"_s, arguments, secret);
}

QByteArray fileContents(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    return QByteArray::fromStdString(std::string(std::istreambuf_iterator<char>(in), {}));
}

// Every regular file under `root` (hidden ones too, symlinks not followed) that holds one of the needles.
QStringList filesContaining(const QString &root, const QList<QByteArray> &needles, int *scanned = nullptr)
{
    namespace fs = std::filesystem;
    QStringList found;
    int count = 0;
    std::error_code error;
    for (fs::recursive_directory_iterator it(root.toStdString(), fs::directory_options::skip_permission_denied, error),
         end;
         !error && it != end; it.increment(error)) {
        if (!it->is_regular_file(error))
            continue;
        ++count;
        const QByteArray contents = fileContents(it->path());
        for (const QByteArray &needle : needles) {
            if (contents.contains(needle)) {
                found.append(QString::fromStdString(it->path().string()));
                break;
            }
        }
    }
    if (scanned)
        *scanned = count;
    return found;
}

// A key as it could appear in a file written by careless code: UTF-8, UTF-16 or base64.
QList<QByteArray> encodingsOf(const QStringList &keys)
{
    QList<QByteArray> needles;
    for (const QString &key : keys) {
        needles << key.toUtf8() << key.toUtf8().toBase64();
        needles << QByteArray(reinterpret_cast<const char *>(key.utf16()), key.size() * 2);
    }
    return needles;
}

} // namespace

class TestKeychain final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void missingEntryIsNotFound();
    void storeReadReplaceForget();
    void readsKeyProvisionedWithSecretTool_data();
    void readsKeyProvisionedWithSecretTool();
    void replacesKeyProvisionedWithSecretTool();
    void baseUrlsAreSeparateEntries();
    void controllerFindsTheKeyAgainNextRun();
    void lockedKeychainRefusesWrites();
    void scannerFindsAPlantedKey();
    void noKeyInClearTextUnderHome();

private:
    QString newKey();

    QString m_home;
    QStringList m_keys; // every key this run put anywhere
};

void TestKeychain::initTestCase()
{
    m_home = qEnvironmentVariable("CHECKPOINT_TEST_HOME");
    if (m_home.isEmpty() || QDir(m_home).canonicalPath() != QDir::home().canonicalPath())
        QFAIL("Run this test through tests/with-secret-service.sh: it writes to the keychain of its session.");
    QVERIFY2(qEnvironmentVariableIsEmpty("DISPLAY"), "DISPLAY must be unset, or a keyring prompt could hang");
    QVERIFY2(!QStandardPaths::findExecutable(u"secret-tool"_s).isEmpty(),
             "secret-tool (Debian package libsecret-tools) checks the keychain independently");
}

QString TestKeychain::newKey()
{
    QString key = u"ppk_test_"_s;
    for (int i = 0; i < 4; ++i)
        key += QString::number(QRandomGenerator::system()->generate64(), 36);
    m_keys.append(key);
    return key;
}

void TestKeychain::missingEntryIsNotFound()
{
    KeychainApiKeyStore store;
    const Answer read = readKey(store, QUrl(u"https://never-stored.example/v1"_s));
    QVERIFY(read.answered);
    QCOMPARE(read.result, Result::NotFound);
    QVERIFY(read.key.isEmpty());
    QVERIFY(read.message.isEmpty()); // the first run is not an error
}

void TestKeychain::storeReadReplaceForget()
{
    const QUrl url(u"https://store-read-replace-forget.example/v1"_s);
    KeychainApiKeyStore store;
    const QString first = newKey();
    const QString second = newKey();

    const Answer written = writeKey(store, url, first);
    QVERIFY(written.answered);
    QCOMPARE(written.result, Result::Ok);
    QCOMPARE(secretToolLookup(url).output, first.toUtf8());
    const Answer read = readKey(store, url);
    QCOMPARE(read.result, Result::Ok);
    QCOMPARE(read.key, first);

    QCOMPARE(writeKey(store, url, second).result, Result::Ok);
    QCOMPARE(secretToolLookup(url).output, second.toUtf8());
    QCOMPARE(readKey(store, url).key, second);

    const Answer removed = removeKey(store, url);
    QVERIFY(removed.answered);
    QCOMPARE(removed.result, Result::Ok);
    QCOMPARE(readKey(store, url).result, Result::NotFound);
    const ToolRun lookup = secretToolLookup(url);
    QVERIFY(lookup.finished);
    QCOMPARE(lookup.exitCode, 1); // secret-tool: nothing found
    QVERIFY(lookup.output.isEmpty());
}

void TestKeychain::readsKeyProvisionedWithSecretTool_data()
{
    QTest::addColumn<QByteArray>("suffix"); // after the key on secret-tool's standard input
    QTest::addColumn<bool>("withPlaintextType");
    QTest::addColumn<Result>("expectedResult");

    QTest::newRow("the documented command is read") << QByteArray() << true << Result::Ok;
    QTest::newRow("piped with echo: the newline is stored and the controller trims it")
        << QByteArray("\n") << true << Result::Ok;
    QTest::newRow("without 'type plaintext' QtKeychain does not find it") << QByteArray() << false << Result::NotFound;
}

void TestKeychain::readsKeyProvisionedWithSecretTool()
{
    QFETCH(QByteArray, suffix);
    QFETCH(bool, withPlaintextType);
    QFETCH(Result, expectedResult);

    const QUrl url(u"https://provisioned.example/v1"_s);
    const QString key = newKey();
    const ToolRun stored = secretToolStore(url, key.toUtf8() + suffix, withPlaintextType);
    QVERIFY(stored.finished);
    QVERIFY2(stored.exitCode == 0, stored.errors.constData());

    KeychainApiKeyStore store;
    const Answer read = readKey(store, url);
    QVERIFY(read.answered);
    QCOMPARE(read.result, expectedResult);
    if (expectedResult == Result::Ok) {
        QCOMPARE(read.key, key + QString::fromUtf8(suffix));
        QCOMPARE(ApiKeyStore::normalisedKey(read.key), key);
    }

    QCOMPARE(removeKey(store, url).result, Result::Ok);
    QCOMPARE(secretToolLookup(url).exitCode, 1);
}

// secret-tool stores without QtKeychain's schema name, so a plain write would add a second entry beside it
// and the old key could still be the one read back.
void TestKeychain::replacesKeyProvisionedWithSecretTool()
{
    const QUrl url(u"https://provisioned-then-replaced.example/v1"_s);
    const QString provisioned = newKey();
    const QString replacement = newKey();
    QCOMPARE(secretToolStore(url, provisioned.toUtf8()).exitCode, 0);

    KeychainApiKeyStore store;
    QCOMPARE(readKey(store, url).key, provisioned);
    QCOMPARE(writeKey(store, url, replacement).result, Result::Ok);
    QCOMPARE(readKey(store, url).key, replacement);
    QCOMPARE(secretToolLookup(url).output, replacement.toUtf8());

    const ToolRun search = runTool(
        u"secret-tool"_s,
        {u"search"_s, u"--all"_s, u"server"_s, ApiKeyStore::serviceName(), u"user"_s, ApiBaseUrl::keychainEntry(url)});
    QCOMPARE(search.output.count("secret = "), 1);
    QVERIFY(!search.output.contains(provisioned.toUtf8()));

    QCOMPARE(removeKey(store, url).result, Result::Ok);
}

void TestKeychain::baseUrlsAreSeparateEntries()
{
    KeychainApiKeyStore store;
    const QString productionKey = newKey();
    const QString stagingKey = newKey();

    QCOMPARE(writeKey(store, production, productionKey).result, Result::Ok);
    QCOMPARE(writeKey(store, staging, stagingKey).result, Result::Ok);

    QCOMPARE(readKey(store, production).key, productionKey);
    QCOMPARE(readKey(store, staging).key, stagingKey);
    QCOMPARE(readKey(store, QUrl(u"https://api.postpress.ai/v1/"_s)).key, productionKey);
    QCOMPARE(secretToolLookup(production).output, productionKey.toUtf8());
    QCOMPARE(secretToolLookup(staging).output, stagingKey.toUtf8());
    QCOMPARE(ApiBaseUrl::keychainEntry(production), u"api-key:https://api.postpress.ai/v1"_s);

    QCOMPARE(removeKey(store, staging).result, Result::Ok);
    QCOMPARE(readKey(store, staging).result, Result::NotFound);
    QCOMPARE(readKey(store, production).key, productionKey);

    QCOMPARE(removeKey(store, production).result, Result::Ok);
}

void TestKeychain::controllerFindsTheKeyAgainNextRun()
{
    const QUrl url(u"https://controller.example/v1"_s);
    const QString key = newKey();
    {
        KeychainApiKeyStore store;
        ApiKeyController keys(&store, url);
        keys.load();
        QTRY_COMPARE_WITH_TIMEOUT(keys.state(), State::Missing, AnswerTimeoutMs);
        QVERIFY(keys.save(key + u'\n'));
        QTRY_COMPARE_WITH_TIMEOUT(keys.state(), State::Stored, AnswerTimeoutMs);
    }
    KeychainApiKeyStore store;
    ApiKeyController keys(&store, url);
    keys.load();
    QTRY_COMPARE_WITH_TIMEOUT(keys.state(), State::Stored, AnswerTimeoutMs);
    QCOMPARE(keys.key(), key);

    keys.forget();
    QTRY_COMPARE_WITH_TIMEOUT(keys.state(), State::Missing, AnswerTimeoutMs);
    QCOMPARE(secretToolLookup(url).exitCode, 1);
}

// Leaves the keyring locked: keep it the last test that uses the keychain.
void TestKeychain::lockedKeychainRefusesWrites()
{
    const QUrl url(u"https://locked.example/v1"_s);
    const ToolRun lock = runTool(u"dbus-send"_s,
                                 {u"--session"_s, u"--print-reply"_s, u"--dest=org.freedesktop.secrets"_s,
                                  u"/org/freedesktop/secrets"_s, u"org.freedesktop.Secret.Service.Lock"_s,
                                  u"array:objpath:/org/freedesktop/secrets/collection/login"_s});
    QVERIFY(lock.finished);
    QVERIFY2(lock.exitCode == 0, lock.errors.constData());

    KeychainApiKeyStore store;
    const Answer written = writeKey(store, url, newKey());
    QVERIFY(written.answered);
    QCOMPARE(written.result, Result::AccessDenied);
    QVERIFY(!written.message.isEmpty());

    // libsecret cannot tell a locked keyring from an empty one: the read answers, without a key.
    const Answer read = readKey(store, url);
    QVERIFY(read.answered);
    QVERIFY(read.result != Result::Ok);
    QVERIFY(read.key.isEmpty());
}

void TestKeychain::scannerFindsAPlantedKey()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString key = u"ppk_planted_"_s + QString::number(QRandomGenerator::system()->generate64(), 36);
    QVERIFY(QDir(dir.path()).mkpath(u".config/deep"_s));
    QFile planted(dir.filePath(u".config/deep/settings.ini"_s));
    QVERIFY(planted.open(QIODevice::WriteOnly));
    planted.write("[keys]\nkey=" + key.toUtf8() + "\n");
    planted.close();

    QCOMPARE(filesContaining(dir.path(), encodingsOf({key})), QStringList{planted.fileName()});
    QVERIFY(filesContaining(dir.path(), encodingsOf({u"ppk_not_there"_s})).isEmpty());
}

// The keyring holds the keys encrypted; nothing else may have written them down.
void TestKeychain::noKeyInClearTextUnderHome()
{
    QVERIFY(!m_keys.isEmpty());
    int scanned = 0;
    const QStringList leaks = filesContaining(m_home, encodingsOf(m_keys), &scanned);
    QVERIFY2(leaks.isEmpty(), qPrintable(u"key in clear text in: "_s + leaks.join(u", "_s)));

    const QString keyring =
        QDir(qEnvironmentVariable("XDG_DATA_HOME", m_home + u"/.local/share"_s)).filePath(u"keyrings/login.keyring"_s);
    QVERIFY2(QFileInfo(keyring).size() > 0, "the scan must cover the keyring file the keys were stored in");
    QVERIFY(keyring.startsWith(m_home));
    QVERIFY(scanned > 0);
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
