// After a full session the API key and the one-time codes are nowhere but where they belong: not in a file under
// HOME, not in QSettings, not in a log line, not on stdout or stderr. Run through tests/with-secret-service.sh:
// a real Secret Service (GNOME Keyring) in a private D-Bus session and a throw-away HOME that can be scanned.
//
// The session is the real thing, offscreen: KeychainApiKeyStore, ApiKeyController, WindowController and its
// window against the fake API on loopback. The agent pastes the key into the key dialog, submits a wrong code
// (401), then the good one (201), and closes the window. Every Qt log category is switched on and recorded, and
// the process's stdout and stderr are captured while it runs.
//
// Then the real postpress-checkpoint binary is run with a key pasted where it does not belong: its error
// messages must not repeat it.
#include "ApiBaseUrl.h"
#include "ApiKeyController.h"
#include "ApiKeyDialog.h"
#include "FakePostPressApi.h"
#include "KeychainApiKeyStore.h"
#include "SecurityTestSupport.h"
#include "TestConstants.h"
#include "WindowController.h"
#include "WindowHarness.h"

#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>

#include <cstdio>

#include <unistd.h>

using namespace Qt::StringLiterals;
using SecurityTest::child;

namespace {

using TestConstants::accountId;

QString randomDigits(int count)
{
    QString digits;
    for (int i = 0; i < count; ++i)
        digits += QChar(u'0' + int(QRandomGenerator::system()->bounded(10)));
    return digits;
}

// Every message Qt would log, from any thread, formatted the way the default handler would print it.
class LogRecorder {
public:
    static QStringList lines()
    {
        QMutexLocker lock(&s_mutex);
        return s_lines;
    }
    static void install()
    {
        s_previous = qInstallMessageHandler(&LogRecorder::record);
        QLoggingCategory::setFilterRules(u"*.debug=true\n*.info=true"_s);
    }
    static void uninstall()
    {
        QLoggingCategory::setFilterRules(QString());
        qInstallMessageHandler(s_previous);
    }

private:
    static void record(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        const QString line = QString::fromLatin1(context.category ? context.category : "default") + u": "_s
            + qFormatLogMessage(type, context, message);
        QMutexLocker lock(&s_mutex);
        s_lines.append(line);
    }

    static inline QMutex s_mutex;
    static inline QStringList s_lines;
    static inline QtMessageHandler s_previous = nullptr;
};

// Sends this process's stdout and stderr (file descriptors 1 and 2, so C, C++, Qt and libraries alike) into a
// file while it lives; afterwards the captured bytes are in captured() and are replayed to the real stdout.
class OutputCapture {
public:
    OutputCapture()
    {
        if (!m_file.open())
            return;
        std::fflush(stdout);
        std::fflush(stderr);
        m_savedOut = ::dup(STDOUT_FILENO);
        m_savedErr = ::dup(STDERR_FILENO);
        ::dup2(int(m_file.handle()), STDOUT_FILENO);
        ::dup2(int(m_file.handle()), STDERR_FILENO);
    }
    ~OutputCapture() { stop(); }
    Q_DISABLE_COPY_MOVE(OutputCapture)

    bool isCapturing() const { return m_savedOut >= 0; }

    QByteArray stop()
    {
        if (m_savedOut < 0)
            return m_captured;
        std::fflush(stdout);
        std::fflush(stderr);
        ::dup2(m_savedOut, STDOUT_FILENO);
        ::dup2(m_savedErr, STDERR_FILENO);
        ::close(m_savedOut);
        ::close(m_savedErr);
        m_savedOut = m_savedErr = -1;
        m_file.seek(0);
        m_captured = m_file.readAll();
        std::fwrite(m_captured.constData(), 1, size_t(m_captured.size()), stdout);
        return m_captured;
    }

private:
    QTemporaryFile m_file;
    int m_savedOut = -1;
    int m_savedErr = -1;
    QByteArray m_captured;
};

struct ProgramRun {
    bool finished = false;
    int exitCode = -1;
    QByteArray output;
};

ProgramRun runProgram(const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(CHECKPOINT_APP_EXECUTABLE), arguments);
    ProgramRun run;
    run.finished = process.waitForFinished(20'000) && process.exitStatus() == QProcess::NormalExit;
    if (!run.finished)
        process.kill();
    run.exitCode = process.exitCode();
    run.output = process.readAll();
    return run;
}

} // namespace

class TestSecrets final : public QObject, private WindowHarness {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fullSessionLeavesNoSecretBehind();
    void scannersFindAPlantedSecret();
    void programNeverEchoesAPastedKey_data();
    void programNeverEchoesAPastedKey();

private:
    void runSession();
    QStringList secrets() const { return {m_key, m_wrongCode, m_goodCode}; }

    QString m_home;
    const QString m_key = u"ppk_live_"_s + QString::number(QRandomGenerator::system()->generate64(), 36)
        + QString::number(QRandomGenerator::system()->generate64(), 36);
    const QString m_wrongCode = randomDigits(8);
    const QString m_goodCode = randomDigits(8);
    QUrl m_baseUrl;
    QByteArray m_output;
    QStringList m_logLines;
};

void TestSecrets::initTestCase()
{
    m_home = qEnvironmentVariable("CHECKPOINT_TEST_HOME");
    if (m_home.isEmpty() || QDir(m_home).canonicalPath() != QDir::home().canonicalPath())
        QFAIL("Run this test through tests/with-secret-service.sh: it stores a key in the keychain of its session.");
    QVERIFY2(qEnvironmentVariableIsEmpty("DISPLAY"), "DISPLAY must be unset, or a keyring prompt could hang");
    QVERIFY(m_wrongCode != m_goodCode);
    QCoreApplication::setOrganizationName(u"PostPress"_s);
    QCoreApplication::setOrganizationDomain(u"postpress.ai"_s);
    QCoreApplication::setApplicationName(u"postpress-checkpoint"_s);
}

void TestSecrets::runSession()
{
    QVERIFY(setUpHarness());
    m_api->setApiKey(m_key);
    m_api->setGoodCode(m_goodCode);
    KeychainApiKeyStore store;
    QVERIFY(openWindow({accountId, u"--provider"_s, u"linkedin"_s}, {}, &store));
    m_baseUrl = m_keys->baseUrl();

    // First run: no key yet, so the key dialog asks for it; the agent pastes it with a stray newline.
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->keyDialog() && m_controller->keyDialog()->isVisible(), 20'000);
    auto *keyEdit = child<QLineEdit>(m_controller->keyDialog(), "keyEdit");
    keyEdit->setText(m_key + u"\n"_s);
    QTest::keyClick(keyEdit, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_keys->state(), ApiKeyController::State::Stored, 20'000);

    auto *code = widget<QLineEdit>("codeEdit");
    const auto submit = [&](const QString &typed) {
        code->selectAll();
        QTest::keyClicks(code, typed);
        QSignalSpy finished(m_controller->client(), &CheckpointClient::finished);
        QTest::keyClick(code, Qt::Key_Return);
        return finished.wait(15'000) ? finished.constFirst().constFirst().value<Outcome>() : Outcome();
    };
    const Outcome rejected = submit(m_wrongCode);
    QCOMPARE(rejected.httpStatus(), 401);
    QCOMPARE(rejected.problem().type, u"errors/invalid_checkpoint_solution"_s);
    const Outcome accepted = submit(m_goodCode);
    QCOMPARE(accepted.kind(), Outcome::Kind::Connected);

    // What the server saw proves that the key and both codes really travelled.
    QCOMPARE(m_api->requestCount(), 2);
    QCOMPARE(m_api->requests().constFirst().header("x-api-key"), m_key.toLatin1());
    QCOMPARE(m_api->requests().constFirst().json().value("code"_L1).toString(), m_wrongCode);
    QCOMPARE(m_api->requests().constLast().json().value("code"_L1).toString(), m_goodCode);

    // Quit: the window closes (its geometry and the provider go to QSettings), everything is torn down.
    QVERIFY(m_controller->window()->close());
    tearDownHarness();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QSettings().sync();
}

void TestSecrets::fullSessionLeavesNoSecretBehind()
{
    {
        OutputCapture capture;
        QVERIFY(capture.isCapturing());
        LogRecorder::install();
        qDebug("log recorder marker");
        std::fputs("output capture marker\n", stderr);
        runSession();
        LogRecorder::uninstall();
        m_output = capture.stop();
    }
    m_logLines = LogRecorder::lines();
    if (QTest::currentTestFailed())
        return;

    // The recorders work: they caught the markers, and Qt's own debug output.
    QVERIFY(m_logLines.contains(u"default: log recorder marker"_s));
    QVERIFY(m_output.contains("output capture marker"));
    qInfo("recorded %lld log lines and %lld bytes of output", qsizetype(m_logLines.size()), m_output.size());

    const QList<QByteArray> needles = SecurityTest::encodingsOf(secrets());
    QVERIFY2(!SecurityTest::containsAny(m_output, needles), "a secret reached stdout or stderr");
    for (const QString &line : std::as_const(m_logLines))
        QVERIFY2(!SecurityTest::containsAny(line.toUtf8(), needles), qPrintable(line));

    QSettings settings;
    QVERIFY2(QFile::exists(settings.fileName()), qPrintable(settings.fileName()));
    QVERIFY(settings.fileName().startsWith(m_home));
    QVERIFY2(!settings.allKeys().isEmpty(), "the session left its window state");
    const QStringList settingKeys = settings.allKeys();
    for (const QString &key : settingKeys) {
        const QByteArray entry = key.toUtf8() + '=' + settings.value(key).toByteArray();
        QVERIFY2(!SecurityTest::containsAny(entry, needles), qPrintable(key));
    }

    const SecurityTest::ScanResult scan = SecurityTest::scanFiles(m_home, needles);
    qInfo("scanned %d files under HOME", scan.filesScanned);
    QVERIFY2(scan.filesScanned > 0, "the keyring and settings files are there to scan");
    QVERIFY2(scan.filesWithSecrets.isEmpty(), qPrintable(scan.filesWithSecrets.join(u", "_s)));

    // The key is where it belongs: in the keyring, under the entry of this base URL.
    QProcess lookup;
    lookup.start(
        u"secret-tool"_s,
        {u"lookup"_s, u"server"_s, ApiKeyStore::serviceName(), u"user"_s, ApiBaseUrl::keychainEntry(m_baseUrl)});
    QVERIFY(lookup.waitForFinished(20'000));
    QCOMPARE(lookup.readAllStandardOutput(), m_key.toUtf8());
}

// The scan above means something only if it can find a secret where one is.
void TestSecrets::scannersFindAPlantedSecret()
{
    const QString planted = u"ppk_planted_"_s + randomDigits(12);
    const QList<QByteArray> needles = SecurityTest::encodingsOf({planted});
    QTemporaryFile file(m_home + u"/config/planted-XXXXXX"_s);
    QVERIFY(file.open());
    file.write("prefix " + QByteArray(reinterpret_cast<const char *>(planted.utf16()), planted.size() * 2));
    file.flush();
    QCOMPARE(SecurityTest::scanFiles(m_home, needles).filesWithSecrets, QStringList{file.fileName()});

    file.resize(0);
    file.write("key=" + planted.toUtf8().toBase64() + '\n');
    file.flush();
    QCOMPARE(SecurityTest::scanFiles(m_home, needles).filesWithSecrets, QStringList{file.fileName()});
}

void TestSecrets::programNeverEchoesAPastedKey_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");

    const QString secret = u"SECRETppk9f3k2m"_s;
    QTest::newRow("--help") << QStringList{u"--help"_s} << 0;
    QTest::newRow("an unknown option") << QStringList{u"--bogus"_s} << 2;
    QTest::newRow("--api-key SECRET") << QStringList{u"--api-key"_s, secret} << 2;
    QTest::newRow("--api-key=SECRET") << QStringList{u"--api-key="_s + secret} << 2;
    QTest::newRow("-api-key SECRET") << QStringList{u"-api-key"_s, secret} << 2;
    QTest::newRow("--key SECRET after the account id") << QStringList{accountId, u"--key"_s, secret} << 2;
    QTest::newRow("SECRET as a second positional argument") << QStringList{accountId, secret} << 2;
    QTest::newRow("SECRET as a third positional argument") << QStringList{accountId, u"linkedin"_s, secret} << 2;
    QTest::newRow("SECRET beside --account-id") << QStringList{u"--account-id"_s, accountId, secret} << 2;
}

void TestSecrets::programNeverEchoesAPastedKey()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);

    const ProgramRun run = runProgram(arguments);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(!run.output.isEmpty());
    QVERIFY2(!run.output.contains("SECRET"), run.output.constData());
}

QTEST_MAIN(TestSecrets)
#include "tst_secrets.moc"
