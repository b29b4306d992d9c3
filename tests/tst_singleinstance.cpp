#include "CheckpointRequest.h"
#include "SingleInstance.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cstring>
#include <future>
#include <memory>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const auto secondaryFlag = "--run-as-secondary"_L1;

struct Forwarded {
    SingleInstance::Role role = SingleInstance::Role::Undecided;
    bool accepted = false;
    QString error;
};

// A second launch, as main() will do it: claim, forward, done. It runs on its own thread because forward()
// blocks until the primary, on this test's thread, answers.
std::future<Forwarded> launchSecondary(const QString &name, const LaunchRequest &request,
                                       std::chrono::milliseconds timeout = SingleInstance::DefaultTimeout)
{
    return std::async(std::launch::async, [name, request, timeout] {
        SingleInstance secondary(name);
        secondary.setTimeout(timeout);
        Forwarded result;
        result.role = secondary.claim();
        result.accepted = result.role == SingleInstance::Role::Secondary && secondary.forward(request);
        result.error = secondary.errorString();
        return result;
    });
}

bool isReady(const std::future<Forwarded> &future)
{
    return future.wait_for(0ms) == std::future_status::ready;
}

LaunchRequest request(const QString &accountId, std::optional<Provider> provider = std::nullopt,
                      const QUrl &apiUrl = QUrl())
{
    return LaunchRequest{accountId, provider, apiUrl};
}

QByteArray frameWithLength(quint32 length, const QByteArray &payload)
{
    QByteArray bytes(4, Qt::Uninitialized);
    qToBigEndian<quint32>(length, bytes.data());
    return bytes + payload;
}

// A socket file nobody listens on, as a crashed primary leaves it.
bool leaveStaleSocket(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (size_t(native.size()) >= sizeof(address.sun_path))
        return false;
    std::memcpy(address.sun_path, native.constData(), size_t(native.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    const bool bound = fd >= 0 && ::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) == 0;
    if (fd >= 0)
        ::close(fd);
    return bound;
}

// The test binary started again as a real second process (see main below).
int runAsSecondary(const QStringList &arguments)
{
    SingleInstance secondary(arguments.value(2));
    if (secondary.claim() != SingleInstance::Role::Secondary)
        return 3;
    return secondary.forward(request(arguments.value(3), providerFromString(arguments.value(4)))) ? 0 : 1;
}

} // namespace

class TestSingleInstance final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void defaultNameIsPerUser();
    void socketIsUserOnlyInTheRuntimeDirectory();
    void secondLaunchIsSecondary();
    void forwardingDeliversTheRequest_data();
    void forwardingDeliversTheRequest();
    void aSecondProcessForwards();
    void twoQuickSecondariesAreBothDelivered();
    void parseMessage_data();
    void parseMessage();
    void encodedMessagesParseBack_data();
    void encodedMessagesParseBack();
    void malformedMessagesAreRefused_data();
    void malformedMessagesAreRefused();
    void oversizedMessageIsDropped();
    void slowClientIsDropped_data();
    void slowClientIsDropped();
    void silentClientDoesNotHoldUpOthers();
    void refusedRequestFailsTheForward();
    void silentPrimaryFailsTheForward();
    void staleSocketIsRecovered();
    void staleLockAndSocketAreRecovered();
    void primaryLeavesNothingBehind();
    void nameWithASlashFails();
    void mutatedMessagesNeverGetPastTheChecks();

private:
    QString nextName() { return u"tst-singleinstance-%1"_s.arg(++m_names); }
    // Sends raw bytes as a client and returns what the primary answered before closing (empty: dropped).
    QByteArray exchange(const QString &path, const QByteArray &bytes);

    std::unique_ptr<QTemporaryDir> m_runtime;
    int m_names = 0;
};

void TestSingleInstance::initTestCase()
{
    // Before anything asks QStandardPaths: a private runtime directory, mode 0700 like the real one.
    m_runtime = std::make_unique<QTemporaryDir>();
    QVERIFY(m_runtime->isValid());
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime->path()));
}

QByteArray TestSingleInstance::exchange(const QString &path, const QByteArray &bytes)
{
    QLocalSocket client;
    QSignalSpy closed(&client, &QLocalSocket::disconnected);
    client.connectToServer(path);
    if (!client.waitForConnected(5000))
        return "not connected";
    client.write(bytes);
    if (!closed.wait(5000))
        return "not closed";
    // A client cut off while still writing is closed for reading too: then there is nothing to read.
    return client.bytesAvailable() > 0 ? client.readAll() : QByteArray();
}

void TestSingleInstance::defaultNameIsPerUser()
{
    const QString name = SingleInstance::defaultName();
    QCOMPARE(name, QStringLiteral(CHECKPOINT_APP_ID) + u'-' + QString::number(::getuid()));
}

void TestSingleInstance::socketIsUserOnlyInTheRuntimeDirectory()
{
    const QString name = nextName();
    SingleInstance primary(name);
    QCOMPARE(primary.claim(), SingleInstance::Role::Primary);
    QCOMPARE(primary.socketPath(), QDir(m_runtime->path()).filePath(name));

    struct stat status { };
    QCOMPARE(::stat(QFile::encodeName(primary.socketPath()).constData(), &status), 0);
    QVERIFY(S_ISSOCK(status.st_mode));
    QCOMPARE(status.st_uid, ::getuid());
    QCOMPARE(status.st_mode & (S_IRWXG | S_IRWXO), mode_t(0));
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(QFileInfo(primary.socketPath()).permissions() & others, QFileDevice::Permissions());
}

void TestSingleInstance::secondLaunchIsSecondary()
{
    const QString name = nextName();
    SingleInstance primary(name);
    QCOMPARE(primary.claim(), SingleInstance::Role::Primary);
    QCOMPARE(primary.claim(), SingleInstance::Role::Primary); // decided once

    std::future<SingleInstance::Role> second = std::async(std::launch::async, [name] {
        SingleInstance secondary(name);
        return secondary.claim();
    });
    QCOMPARE(second.get(), SingleInstance::Role::Secondary);
}

void TestSingleInstance::forwardingDeliversTheRequest_data()
{
    QTest::addColumn<LaunchRequest>("sent");

    QTest::newRow("account id and provider") << request(u"acc_123"_s, Provider::LinkedIn);
    QTest::newRow("account id only") << request(u"acc_123"_s);
    QTest::newRow("provider only") << request(QString(), Provider::Twitter);
    QTest::newRow("nothing: a plain second launch raises the running program") << request(QString());
    QTest::newRow("with an API URL given on the command line")
        << request(u"acc_9"_s, Provider::Messenger, QUrl(u"https://staging.postpress.ai/v1"_s));
    QTest::newRow("with a loopback http API URL")
        << request(u"acc_9"_s, std::nullopt, QUrl(u"http://127.0.0.1:8080/v1"_s));
    QTest::newRow("an id with non-ASCII letters and JSON specials") << request(u"acc_\u00e9\"\\/<>"_s);
}

void TestSingleInstance::forwardingDeliversTheRequest()
{
    QFETCH(LaunchRequest, sent);

    const QString name = nextName();
    SingleInstance primary(name);
    QCOMPARE(primary.claim(), SingleInstance::Role::Primary);
    QSignalSpy received(&primary, &SingleInstance::requestReceived);

    std::future<Forwarded> secondary = launchSecondary(name, sent);
    QVERIFY(received.wait());
    QTRY_VERIFY(isReady(secondary));
    const Forwarded result = secondary.get();
    QCOMPARE(result.role, SingleInstance::Role::Secondary);
    QVERIFY2(result.accepted, qPrintable(result.error));
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.constFirst().constFirst().value<LaunchRequest>(), sent);
}

void TestSingleInstance::aSecondProcessForwards()
{
    const QString name = nextName();
    SingleInstance primary(name);
    QCOMPARE(primary.claim(), SingleInstance::Role::Primary);
    QSignalSpy received(&primary, &SingleInstance::requestReceived);

    QProcess second;
    second.start(QCoreApplication::applicationFilePath(), {secondaryFlag, name, u"acc_from_process"_s, u"instagram"_s});
    QVERIFY(received.wait());
    QVERIFY(second.waitForFinished(5000));
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);
    QCOMPARE(received.constFirst().constFirst().value<LaunchRequest>(),
             request(u"acc_from_process"_s, Provider::Instagram));
}

void TestSingleInstance::twoQuickSecondariesAreBothDelivered()
{
    const QString name = nextName();
    SingleInstance primary(name);
    QCOMPARE(primary.claim(), SingleInstance::Role::Primary);
    QSignalSpy received(&primary, &SingleInstance::requestReceived);

    std::future<Forwarded> first = launchSecondary(name, request(u"acc_1"_s, Provider::LinkedIn));
    std::future<Forwarded> second = launchSecondary(name, request(u"acc_2"_s, Provider::Twitter));
    QTRY_COMPARE(received.size(), 2);
    QTRY_VERIFY(isReady(first) && isReady(second));
    QVERIFY(first.get().accepted);
    QVERIFY(second.get().accepted);
    QList<QString> ids{received.at(0).constFirst().value<LaunchRequest>().accountId,
                       received.at(1).constFirst().value<LaunchRequest>().accountId};
    std::sort(ids.begin(), ids.end());
    QCOMPARE(ids, (QList<QString>{u"acc_1"_s, u"acc_2"_s}));
}

void TestSingleInstance::parseMessage_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("messageMentions"); // for refusals
    QTest::addColumn<QString>("messageNeverMentions");

    const QString longId(CheckpointRequest::MaxAccountIdLength + 1, u'a');

    QTest::newRow("everything") << QByteArray(R"({"v":1,"account_id":"acc_1","provider":"LINKEDIN",)"
                                              R"("api_url":"https://api.postpress.ai/v1"})")
                                << true << QString() << QString();
    QTest::newRow("only the version") << QByteArray(R"({"v":1})") << true << QString() << QString();
    QTest::newRow("provider in lower case")
        << QByteArray(R"({"v":1,"provider":"twitter"})") << true << QString() << QString();
    QTest::newRow("spaces between tokens")
        << QByteArray(R"( { "v" : 1 , "account_id" : "acc_1" } )") << true << QString() << QString();

    QTest::newRow("empty") << QByteArray() << false << u"JSON object"_s << QString();
    QTest::newRow("not JSON") << QByteArray("account_id=acc_1") << false << u"JSON object"_s << QString();
    QTest::newRow("a JSON array") << QByteArray(R"([{"v":1}])") << false << u"JSON object"_s << QString();
    QTest::newRow("trailing garbage") << QByteArray(R"({"v":1}x)") << false << u"JSON object"_s << QString();
    QTest::newRow("two objects") << QByteArray(R"({"v":1}{"v":1})") << false << u"JSON object"_s << QString();
    QTest::newRow("no version") << QByteArray(R"({"account_id":"acc_1"})") << false << u"version 1"_s << QString();
    QTest::newRow("version 2") << QByteArray(R"({"v":2,"account_id":"acc_1"})") << false << u"version 1"_s << QString();
    QTest::newRow("version as text") << QByteArray(R"({"v":"1"})") << false << u"version 1"_s << QString();
    QTest::newRow("version 1.5") << QByteArray(R"({"v":1.5})") << false << u"version 1"_s << QString();
    QTest::newRow("a code field is refused without echoing it")
        << QByteArray(R"({"v":1,"account_id":"acc_1","code":"123456"})") << false << u"field"_s << u"123456"_s;
    QTest::newRow("a key field is refused without echoing it")
        << QByteArray(R"({"v":1,"api_key":"sk_live_0123456789"})") << false << u"field"_s << u"sk_live"_s;
    QTest::newRow("an unknown field") << QByteArray(R"({"v":1,"colour":"red"})") << false << u"field"_s << QString();
    QTest::newRow("account id as a number")
        << QByteArray(R"({"v":1,"account_id":42})") << false << u"account_id"_s << QString();
    QTest::newRow("account id as an object")
        << QByteArray(R"({"v":1,"account_id":{"id":"acc_1"}})") << false << u"account_id"_s << QString();
    QTest::newRow("account id null") << QByteArray(R"({"v":1,"account_id":null})") << false << u"account_id"_s
                                     << QString();
    QTest::newRow("empty account id") << QByteArray(R"({"v":1,"account_id":""})") << false << u"empty"_s << QString();
    QTest::newRow("account id too long") << QByteArray(R"({"v":1,"account_id":")" + longId.toUtf8() + R"("})") << false
                                         << u"too long"_s << QString();
    QTest::newRow("account id with a newline")
        << QByteArray(R"({"v":1,"account_id":"acc\n1"})") << false << u"control"_s << QString();
    QTest::newRow("account id with a NUL")
        << QByteArray(R"({"v":1,"account_id":"acc\u00001"})") << false << u"control"_s << QString();
    QTest::newRow("account id with a leading space")
        << QByteArray(R"({"v":1,"account_id":" acc_1"})") << false << u"spaces"_s << QString();
    QTest::newRow("account id with a bidi override")
        << QByteArray(R"({"v":1,"account_id":"acc\u202e1"})") << false << u"control"_s << QString();
    QTest::newRow("unknown provider") << QByteArray(R"({"v":1,"provider":"FACEBOOK"})") << false << u"FACEBOOK"_s
                                      << QString();
    QTest::newRow("provider with an escape sequence is not echoed raw")
        << QByteArray(R"({"v":1,"provider":"\u001b[31mX"})") << false << u"LINKEDIN"_s << u"\x1b"_s;
    QTest::newRow("plain http API URL to another host")
        << QByteArray(R"({"v":1,"api_url":"http://evil.example/v1"})") << false << u"https"_s << QString();
    QTest::newRow("API URL with a password is not echoed")
        << QByteArray(R"({"v":1,"api_url":"https://agent:hunter2@api.postpress.ai/v1"})") << false << u"password"_s
        << u"hunter2"_s;
    QTest::newRow("API URL that is no URL")
        << QByteArray(R"({"v":1,"api_url":"not a url"})") << false << u"not a valid API URL"_s << QString();
    QTest::newRow("empty API URL") << QByteArray(R"({"v":1,"api_url":""})") << false << u"not a valid API URL"_s
                                   << QString();
    QTest::newRow("one byte over the size limit")
        << QByteArray(R"({"v":1,"account_id":"acc_1"})").leftJustified(SingleInstance::MaxMessageSize + 1, ' ') << false
        << u"4096"_s << QString();
}

void TestSingleInstance::parseMessage()
{
    QFETCH(QByteArray, payload);
    QFETCH(bool, accepted);
    QFETCH(QString, messageMentions);
    QFETCH(QString, messageNeverMentions);

    QString error;
    const std::optional<LaunchRequest> parsed = SingleInstance::parseMessage(payload, &error);
    QCOMPARE(parsed.has_value(), accepted);
    QCOMPARE(error.isEmpty(), accepted);
    if (!messageMentions.isEmpty())
        QVERIFY2(error.contains(messageMentions), qPrintable(error));
    if (!messageNeverMentions.isEmpty())
        QVERIFY2(!error.contains(messageNeverMentions), qPrintable(error));
}

void TestSingleInstance::encodedMessagesParseBack_data()
{
    QTest::addColumn<LaunchRequest>("sent");
    QTest::addColumn<QByteArray>("expectedPayload");

    QTest::newRow("everything") << request(u"acc_1"_s, Provider::Messenger, QUrl(u"https://api.postpress.ai/v1"_s))
                                << QByteArray(R"({"account_id":"acc_1","api_url":"https://api.postpress.ai/v1",)"
                                              R"("provider":"MESSENGER","v":1})");
    QTest::newRow("nothing given carries only the version") << request(QString()) << QByteArray(R"({"v":1})");
}

void TestSingleInstance::encodedMessagesParseBack()
{
    QFETCH(LaunchRequest, sent);
    QFETCH(QByteArray, expectedPayload);

    const QByteArray payload = SingleInstance::encodeMessage(sent);
    QCOMPARE(payload, expectedPayload);
    QString error;
    const std::optional<LaunchRequest> parsed = SingleInstance::parseMessage(payload, &error);
    QCOMPARE(error, QString());
    QVERIFY(parsed);
    QCOMPARE(*parsed, sent);
    QCOMPARE(SingleInstance::frame(payload), frameWithLength(quint32(payload.size()), payload));
}

void TestSingleInstance::malformedMessagesAreRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");

    const auto framed = [](const QByteArray &payload) { return SingleInstance::frame(payload); };
    QTest::newRow("not JSON") << framed("hello");
    QTest::newRow("version 2") << framed(R"({"v":2,"account_id":"acc_1"})");
    QTest::newRow("a code field") << framed(R"({"v":1,"account_id":"acc_1","code":"123456"})");
    QTest::newRow("an id with a newline") << framed(R"({"v":1,"account_id":"acc\n1"})");
    QTest::newRow("plain http API URL to another host") << framed(R"({"v":1,"api_url":"http://evil.example"})");
    QTest::newRow("a zero length") << frameWithLength(0, QByteArray());
    QTest::newRow("a declared length of 4 KiB + 1") << frameWithLength(SingleInstance::MaxMessageSize + 1, "{");
    QTest::newRow("a declared length of 4 GiB") << frameWithLength(0xffffffffU, "{");
    QTest::newRow("bytes after the message") << framed(R"({"v":1,"account_id":"acc_1"})") + "{}";
    QTest::newRow("a length that stops inside the JSON") << frameWithLength(5, R"({"v":1,"account_id":"acc_1"})");
}

void TestSingleInstance::malformedMessagesAreRefused()
{
    QFETCH(QByteArray, bytes);

    const QString name = nextName();
    SingleInstance primary(name);
    QCOMPARE(primary.claim(), SingleInstance::Role::Primary);
    QSignalSpy received(&primary, &SingleInstance::requestReceived);

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^Refused a request from another launch: .+"_s));
    QCOMPARE(exchange(primary.socketPath(), bytes), QByteArray(1, SingleInstance::Refused));

    // Still serving, and the refused message left no trace.
    std::future<Forwarded> secondary = launchSecondary(name, request(u"acc_after"_s));
    QVERIFY(received.wait());
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.constFirst().constFirst().value<LaunchRequest>().accountId, u"acc_after"_s);
    QTRY_VERIFY(isReady(secondary));
}

void TestSingleInstance::oversizedMessageIsDropped()
{
    const QString name = nextName();
    SingleInstance primary(name);
    QCOMPARE(primary.claim(), SingleInstance::Role::Primary);
    QSignalSpy received(&primary, &SingleInstance::requestReceived);

    QByteArray payload = R"({"v":1,"account_id":"acc_1","provider":"LINKEDIN"})";
    payload = payload.leftJustified(256 * 1024, ' ');
    QTest::ignoreMessage(QtWarningMsg,
                         "Refused a request from another launch: The message is empty or longer than "
                         "4096 bytes.");
    const QByteArray answer = exchange(primary.socketPath(), SingleInstance::frame(payload));
    QVERIFY(answer.isEmpty() || answer == QByteArray(1, SingleInstance::Refused));
    QCOMPARE(received.size(), 0);
}

void TestSingleInstance::slowClientIsDropped_data()
{
    QTest::addColumn<QByteArray>("partial");

    const QByteArray message = SingleInstance::frame(R"({"v":1,"account_id":"acc_1"})");
    QTest::newRow("connects and sends nothing") << QByteArray();
    QTest::newRow("half a length") << message.first(2);
    QTest::newRow("all but the last byte") << message.chopped(1);
}

void TestSingleInstance::slowClientIsDropped()
{
    QFETCH(QByteArray, partial);

    const QString name = nextName();
    SingleInstance primary(name);
    primary.setTimeout(100ms);
    QCOMPARE(primary.claim(), SingleInstance::Role::Primary);
    QSignalSpy received(&primary, &SingleInstance::requestReceived);

    QLocalSocket client;
    QSignalSpy closed(&client, &QLocalSocket::disconnected);
    client.connectToServer(primary.socketPath());
    QVERIFY(client.waitForConnected(5000));
    QTest::ignoreMessage(QtWarningMsg, "Dropped another launch that did not send its request in time.");
    client.write(partial);
    QVERIFY(closed.wait());
    QCOMPARE(client.readAll(), QByteArray()); // dropped, not answered
    QCOMPARE(received.size(), 0);
}

void TestSingleInstance::silentClientDoesNotHoldUpOthers()
{
    const QString name = nextName();
    SingleInstance primary(name);
    primary.setTimeout(10min); // the silent client is not dropped during this test
    QCOMPARE(primary.claim(), SingleInstance::Role::Primary);
    QSignalSpy received(&primary, &SingleInstance::requestReceived);

    QLocalSocket silent;
    silent.connectToServer(primary.socketPath());
    QVERIFY(silent.waitForConnected(5000));
    silent.write(SingleInstance::frame(R"({"v":1})").first(3));
    QVERIFY(silent.waitForBytesWritten(5000));

    std::future<Forwarded> secondary = launchSecondary(name, request(u"acc_2"_s));
    QVERIFY(received.wait());
    QCOMPARE(received.constFirst().constFirst().value<LaunchRequest>().accountId, u"acc_2"_s);
    QTRY_VERIFY(isReady(secondary));
    QVERIFY(secondary.get().accepted);
    QCOMPARE(silent.state(), QLocalSocket::ConnectedState);
}

void TestSingleInstance::refusedRequestFailsTheForward()
{
    const QString name = nextName();
    SingleInstance primary(name);
    QCOMPARE(primary.claim(), SingleInstance::Role::Primary);
    QSignalSpy received(&primary, &SingleInstance::requestReceived);

    // forward() sends what it is given; the primary is the one that checks.
    QTest::ignoreMessage(QtWarningMsg,
                         "Refused a request from another launch: The account id cannot contain spaces or "
                         "control characters.");
    std::future<Forwarded> secondary = launchSecondary(name, request(u"acc 1"_s));
    QTRY_VERIFY(isReady(secondary));
    const Forwarded result = secondary.get();
    QCOMPARE(result.role, SingleInstance::Role::Secondary);
    QVERIFY(!result.accepted);
    QVERIFY2(result.error.contains(u"refused"_s), qPrintable(result.error));
    QCOMPARE(received.size(), 0);
}

// A primary that holds the lock and accepts connections but never answers (hung): the second launch gives up
// after its timeout instead of hanging with it.
void TestSingleInstance::silentPrimaryFailsTheForward()
{
    const QString name = nextName();
    const QString path = QDir(m_runtime->path()).filePath(name);
    QLockFile lock(path + u".lock"_s);
    QVERIFY(lock.tryLock(0));
    QLocalServer hung;
    QVERIFY(hung.listen(path));

    std::future<Forwarded> secondary = launchSecondary(name, request(u"acc_1"_s), 300ms);
    QTRY_VERIFY(isReady(secondary));
    const Forwarded result = secondary.get();
    QCOMPARE(result.role, SingleInstance::Role::Secondary);
    QVERIFY(!result.accepted);
    QVERIFY2(result.error.contains(u"did not answer"_s), qPrintable(result.error));
}

void TestSingleInstance::staleSocketIsRecovered()
{
    const QString name = nextName();
    const QString path = QDir(m_runtime->path()).filePath(name);
    QVERIFY(leaveStaleSocket(path));
    QVERIFY(QFileInfo::exists(path));
    {
        QLocalSocket probe;
        probe.connectToServer(path);
        QVERIFY(!probe.waitForConnected(1000)); // nobody listens there
    }

    SingleInstance primary(name);
    QCOMPARE(primary.claim(), SingleInstance::Role::Primary);
    QSignalSpy received(&primary, &SingleInstance::requestReceived);
    std::future<Forwarded> secondary = launchSecondary(name, request(u"acc_1"_s));
    QVERIFY(received.wait());
    QTRY_VERIFY(isReady(secondary));
    QVERIFY(secondary.get().accepted);
}

void TestSingleInstance::staleLockAndSocketAreRecovered()
{
    // The lock of a primary that crashed: it names a process that no longer exists.
    QProcess finished;
    finished.start(u"true"_s, {});
    QVERIFY(finished.waitForStarted());
    const qint64 deadPid = finished.processId();
    QVERIFY(finished.waitForFinished());

    const QString name = nextName();
    const QString path = QDir(m_runtime->path()).filePath(name);
    QFile lock(path + u".lock"_s);
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray::number(deadPid) + "\ntst_singleinstance\n" + QSysInfo::machineHostName().toUtf8() + '\n');
    lock.close();
    QVERIFY(leaveStaleSocket(path));

    SingleInstance primary(name);
    QCOMPARE(primary.claim(), SingleInstance::Role::Primary);
    QSignalSpy received(&primary, &SingleInstance::requestReceived);
    std::future<Forwarded> secondary = launchSecondary(name, request(u"acc_1"_s));
    QVERIFY(received.wait());
    QTRY_VERIFY(isReady(secondary));
    QVERIFY(secondary.get().accepted);
}

void TestSingleInstance::primaryLeavesNothingBehind()
{
    const QString name = nextName();
    QString path;
    {
        SingleInstance primary(name);
        QCOMPARE(primary.claim(), SingleInstance::Role::Primary);
        path = primary.socketPath();
        QVERIFY(QFileInfo::exists(path));
        QVERIFY(QFileInfo::exists(path + u".lock"_s));
    }
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(path + u".lock"_s));
    SingleInstance next(name);
    QCOMPARE(next.claim(), SingleInstance::Role::Primary);
}

void TestSingleInstance::nameWithASlashFails()
{
    SingleInstance instance(u"../elsewhere"_s);
    QCOMPARE(instance.claim(), SingleInstance::Role::Failed);
    QVERIFY2(instance.errorString().contains(u"../elsewhere"_s), qPrintable(instance.errorString()));
    QVERIFY(!instance.forward(request(u"acc_1"_s)));
}

// Random edits of valid messages (fixed seed, so a failure repeats): whatever is accepted still passes the
// command line's checks, and whatever is refused says why.
void TestSingleInstance::mutatedMessagesNeverGetPastTheChecks()
{
    const QList<QByteArray> seeds{
        SingleInstance::encodeMessage(request(u"acc_1"_s, Provider::LinkedIn, QUrl(u"https://api.postpress.ai/v1"_s))),
        SingleInstance::encodeMessage(request(u"acc_2"_s, Provider::Twitter)),
        QByteArray(R"({"v":1,"api_url":"http://localhost:8080/v1"})"),
    };
    const QByteArray alphabet = QByteArray(R"({}[]":,\ 01nu_acdeklmprstvx/.@)") + QByteArray("\x00\n\x7f\xc3\xa9", 5);
    QRandomGenerator random(20251125);
    int accepted = 0;
    for (int round = 0; round < 20000; ++round) {
        QByteArray bytes = seeds.at(random.bounded(seeds.size()));
        const int edits = 1 + random.bounded(3);
        for (int e = 0; e < edits; ++e) {
            const qsizetype at = random.bounded(bytes.size() + 1);
            const char c = alphabet.at(random.bounded(alphabet.size()));
            switch (random.bounded(3)) {
            case 0:
                bytes.insert(at, c);
                break;
            case 1:
                bytes.remove(at, 1);
                break;
            default:
                if (at < bytes.size())
                    bytes[at] = c;
            }
        }
        QString error;
        const std::optional<LaunchRequest> parsed = SingleInstance::parseMessage(bytes, &error);
        if (!parsed) {
            QVERIFY2(!error.isEmpty(), bytes.constData());
            continue;
        }
        ++accepted;
        QVERIFY2(parsed->accountId.isEmpty() || LaunchOptions::accountIdProblem(parsed->accountId).isEmpty(),
                 bytes.constData());
        QVERIFY2(parsed->apiUrl.isEmpty() || LaunchOptions::apiUrlProblem(parsed->apiUrl.toString()).isEmpty(),
                 bytes.constData());
    }
    QVERIFY(accepted > 0);
}

// Started with --run-as-secondary NAME ACCOUNT PROVIDER, the binary is the second launch of
// aSecondProcessForwards: a real other process, as a second click on a helpdesk link makes.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.value(1) == secondaryFlag)
        return runAsSecondary(arguments);
    TestSingleInstance test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_singleinstance.moc"
