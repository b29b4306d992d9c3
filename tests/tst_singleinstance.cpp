#include "ApiBaseUrl.h"
#include "CheckpointRequest.h"
#include "InstanceMessage.h"
#include "SafeText.h"
#include "SingleInstance.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtEndian>

#include <cerrno>
#include <cstring>
#include <future>
#include <memory>

#include <fcntl.h>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const auto secondaryFlag = "--run-as-secondary"_L1;
const auto otherUserFlag = "--connect-as-another-user"_L1;

// How the other user's launch ended (its exit code).
enum OtherUserResult {
    OtherUserAccepted = 0,
    OtherUserRefused = 1,
    OtherUserCouldNotConnect = 10, // EACCES: the socket file's mode kept it out
    OtherUserClosedUnanswered = 11, // connected, but the primary closed without a word
    OtherUserFailedOtherwise = 12,
    OtherUserNoSuchUser = 20,
};

// Sends with MSG_NOSIGNAL where the system has it: a primary that closed first must not kill the test.
#ifdef MSG_NOSIGNAL
constexpr int noSignal = MSG_NOSIGNAL;
#else
constexpr int noSignal = 0;
#endif

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
                      const QUrl &apiUrl = QUrl(), const QString &ticketId = {})
{
    return LaunchRequest{accountId, provider, apiUrl, ticketId};
}

// The permission to come to the front that the browser gave a launch (as mutter and GNOME Shell write them).
LaunchRequest withActivation(LaunchRequest request)
{
    request.activation = {u"a334fad9-386b-4472-914e-54b670f398a4_TIME0"_s,
                          u"gnome-shell/browser/1234-0-host_TIME5678"_s};
    return request;
}

// After whatever a test did to it, the primary still takes the next launch's request, and answers it.
void expectStillServing(const QString &name, QSignalSpy &received)
{
    const qsizetype before = received.size();
    std::future<Forwarded> secondary = launchSecondary(name, request(u"acc_after"_s));
    QTRY_COMPARE(received.size(), before + 1);
    QCOMPARE(received.constLast().constFirst().value<LaunchRequest>().accountId, u"acc_after"_s);
    QTRY_VERIFY(isReady(secondary));
    QVERIFY(secondary.get().accepted);
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

// A blocking client socket of the test's own, connected to path; -1 on failure.
int rawConnect(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (size_t(native.size()) >= sizeof(address.sun_path))
        return -1;
    std::memcpy(address.sun_path, native.constData(), size_t(native.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd >= 0 && ::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) == 0)
        return fd;
    const int error = errno;
    if (fd >= 0)
        ::close(fd);
    errno = error;
    return -1;
}

bool rawSend(int fd, const QByteArray &bytes)
{
    return ::send(fd, bytes.constData(), size_t(bytes.size()), noSignal) == ssize_t(bytes.size());
}

// The descriptors this process has open: the primary's connections among them.
qsizetype openDescriptors()
{
    return QDir(u"/dev/fd"_s).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot).size();
}

QStringList runtimeEntries(const QString &directory)
{
    return QDir(directory).entryList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot);
}

// The test binary started again (as root) to be another user: connects to the socket at arguments[2] and sends a
// valid request.
int connectAsAnotherUser(const QStringList &arguments)
{
    const QByteArray path = QFile::encodeName(arguments.value(2));
    const passwd *nobody = ::getpwnam("nobody");
    if (!nobody || ::setgid(nobody->pw_gid) != 0 || ::setuid(nobody->pw_uid) != 0)
        return OtherUserNoSuchUser;
    const int fd = rawConnect(QString::fromLocal8Bit(path));
    if (fd < 0)
        return errno == EACCES ? OtherUserCouldNotConnect : OtherUserFailedOtherwise;
    rawSend(fd, InstanceMessage::frame(R"({"v":1,"account_id":"acc_other_user"})"));
    char answer = 0;
    const ssize_t received = ::recv(fd, &answer, 1, 0);
    ::close(fd);
    if (received != 1)
        return OtherUserClosedUnanswered;
    return answer == InstanceMessage::Accepted ? OtherUserAccepted : OtherUserRefused;
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
    // Unix sockets.
    void socketIsUserOnlyWhateverTheUmask_data();
    void socketIsUserOnlyWhateverTheUmask();
    void pathTooLongForASocketAddressFails_data();
    void pathTooLongForASocketAddressFails();
    void floodingClientIsCutOff();
    void clientThatClosesEarly_data();
    void clientThatClosesEarly();
    void theOldestWaitingConnectionMakesRoom();
    void idleOrSlowConnectionsDoNotKeepARealLaunchOut_data();
    void idleOrSlowConnectionsDoNotKeepARealLaunchOut();
    void aLaunchThatGaveUpIsNotOpenedTwice();
    void aBusyPrimaryStillTakesTheLaunch();
    void aConnectionClosedUnansweredIsAskedAgain();
    void destructionRemovesTheSocketFile();
    void peerUidIsOwnUser();
    void anotherUsersLaunch_data();
    void anotherUsersLaunch();
    void descriptorsAreCloseOnExecAndNonBlocking();

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
    QTest::newRow("an id of every allowed character") << request(u"AZaz09_-.~"_s);
    QTest::newRow("with the launch's activation token and startup id") << withActivation(request(u"acc_9"_s));
    QTest::newRow("with a ticket") << request(u"acc_9"_s, Provider::LinkedIn, QUrl(), u"#4711"_s);
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
    // The answer goes out before the request is delivered: the process may have ended already, and
    // waitForFinished() is false for a process that has.
    QTRY_COMPARE(second.state(), QProcess::NotRunning);
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
    QTest::newRow("a ticket") << QByteArray(R"({"v":1,"ticket_id":"INC-0042"})") << true << QString() << QString();
    QTest::newRow("a ticket with a space is refused without echoing it")
        << QByteArray(R"({"v":1,"ticket_id":"INC secret42"})") << false << u"ticket"_s << u"secret42"_s;
    QTest::newRow("a ticket of 65 characters")
        << QByteArray(R"({"v":1,"ticket_id":")" + QByteArray(65, '7') + R"("})") << false << u"too long"_s
        << QString();
    QTest::newRow("an empty ticket") << QByteArray(R"({"v":1,"ticket_id":""})") << false << u"empty"_s << QString();
    QTest::newRow("a ticket as a number")
        << QByteArray(R"({"v":1,"ticket_id":4711})") << false << u"ticket_id"_s << QString();
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
    QTest::newRow("account id with a Cyrillic letter that looks Latin")
        << QByteArray(R"({"v":1,"account_id":"acc_01HXYZ\u0425QK3W"})") << false << u"U+0425"_s << QString();
    QTest::newRow("a Hebrew account id") << QByteArray(R"({"v":1,"account_id":"\u05d0\u05d1"})") << false << u"U+05D0"_s
                                         << QString();
    QTest::newRow("account id that is another program's link")
        << QByteArray(R"({"v":1,"account_id":"javascript://solve?account_id=acc_1"})") << false << u"U+003A"_s
        << QString();
    QTest::newRow("account id with a bidi override")
        << QByteArray(R"({"v":1,"account_id":"acc\u202e1"})") << false << u"control"_s << QString();
    QTest::newRow("unknown provider: the valid ones are listed, the value is not repeated")
        << QByteArray(R"({"v":1,"provider":"FACEBOOK"})") << false << u"LINKEDIN"_s << u"FACEBOOK"_s;
    QTest::newRow("a key as the provider is not echoed")
        << QByteArray(R"({"v":1,"provider":"pp_live_Zk4q9XyZ0123456789abcd"})") << false << u"provider"_s
        << u"Zk4q9XyZ"_s;
    QTest::newRow("provider with an escape sequence is not echoed raw")
        << QByteArray(R"({"v":1,"provider":"\u001b[31mX"})") << false << u"LINKEDIN"_s << u"\x1b"_s;
    QTest::newRow("plain http API URL to another host")
        << QByteArray(R"({"v":1,"api_url":"http://evil.example/v1"})") << false << u"https"_s << QString();
    QTest::newRow("API URL with a password is not echoed")
        << QByteArray(R"({"v":1,"api_url":"https://agent:hunter2@api.postpress.ai/v1"})") << false << u"password"_s
        << u"hunter2"_s;
    QTest::newRow("API URL with an encoded bidi override is not echoed")
        << QByteArray(R"({"v":1,"api_url":"http://evil.example/a%E2%80%AEb"})") << false << u"plain http"_s
        << u"evil.example"_s;
    QTest::newRow("API URL with an encoded line separator is not echoed")
        << QByteArray(R"({"v":1,"api_url":"ftp://evil.example/a%E2%80%A8b"})") << false << u"https://"_s
        << u"evil.example"_s;
    QTest::newRow("API URL that is no URL")
        << QByteArray(R"({"v":1,"api_url":"not a url"})") << false << u"not a valid URL"_s << QString();
    QTest::newRow("empty API URL") << QByteArray(R"({"v":1,"api_url":""})") << false << u"not a valid URL"_s
                                   << QString();
    QTest::newRow("an activation token and a startup id") << QByteArray(
        R"({"v":1,"account_id":"acc_1","activation_token":"a334fad9_TIME0","startup_id":"x/y/1-0_TIME5"})")
                                                          << true << QString() << QString();
    QTest::newRow("an activation token with a space is refused without echoing it")
        << QByteArray(R"({"v":1,"activation_token":"abc secret"})") << false << u"activation_token"_s << u"secret"_s;
    QTest::newRow("a startup id with a quote is refused without echoing it")
        << QByteArray(R"({"v":1,"startup_id":"abc\"secret"})") << false << u"startup_id"_s << u"secret"_s;
    QTest::newRow("an activation token of 257 bytes")
        << QByteArray(R"({"v":1,"activation_token":")" + QByteArray(Activation::MaxLength + 1, 'x') + R"("})") << false
        << u"activation_token"_s << QString();
    QTest::newRow("an empty activation token")
        << QByteArray(R"({"v":1,"activation_token":""})") << false << u"activation_token"_s << QString();
    QTest::newRow("an activation token as a number")
        << QByteArray(R"({"v":1,"activation_token":42})") << false << u"activation_token"_s << QString();
    QTest::newRow("one byte over the size limit")
        << QByteArray(R"({"v":1,"account_id":"acc_1"})").leftJustified(InstanceMessage::MaxSize + 1, ' ') << false
        << u"4096"_s << QString();
}

void TestSingleInstance::parseMessage()
{
    QFETCH(QByteArray, payload);
    QFETCH(bool, accepted);
    QFETCH(QString, messageMentions);
    QFETCH(QString, messageNeverMentions);

    QString error;
    const std::optional<LaunchRequest> parsed = InstanceMessage::parse(payload, &error);
    QCOMPARE(parsed.has_value(), accepted);
    QCOMPARE(error.isEmpty(), accepted);
    if (!messageMentions.isEmpty())
        QVERIFY2(error.contains(messageMentions), qPrintable(error));
    if (!messageNeverMentions.isEmpty())
        QVERIFY2(!error.contains(messageNeverMentions), qPrintable(error));
    QVERIFY2(SafeText::isPrintable(error), qPrintable(error));
}

void TestSingleInstance::encodedMessagesParseBack_data()
{
    QTest::addColumn<LaunchRequest>("sent");
    QTest::addColumn<QByteArray>("expectedPayload");

    QTest::newRow("everything") << request(u"acc_1"_s, Provider::Messenger, QUrl(u"https://api.postpress.ai/v1"_s))
                                << QByteArray(R"({"account_id":"acc_1","api_url":"https://api.postpress.ai/v1",)"
                                              R"("provider":"MESSENGER","v":1})");
    QTest::newRow("nothing given carries only the version") << request(QString()) << QByteArray(R"({"v":1})");
    QTest::newRow("a ticket") << request(u"acc_1"_s, std::nullopt, QUrl(), u"#4711"_s)
                              << QByteArray(R"({"account_id":"acc_1","ticket_id":"#4711","v":1})");
    QTest::newRow("the activation") << withActivation(request(u"acc_1"_s))
                                    << QByteArray(R"({"account_id":"acc_1",)"
                                                  R"("activation_token":"a334fad9-386b-4472-914e-54b670f398a4_TIME0",)"
                                                  R"("startup_id":"gnome-shell/browser/1234-0-host_TIME5678","v":1})");
}

void TestSingleInstance::encodedMessagesParseBack()
{
    QFETCH(LaunchRequest, sent);
    QFETCH(QByteArray, expectedPayload);

    const QByteArray payload = InstanceMessage::encode(sent);
    QCOMPARE(payload, expectedPayload);
    QString error;
    const std::optional<LaunchRequest> parsed = InstanceMessage::parse(payload, &error);
    QCOMPARE(error, QString());
    QVERIFY(parsed);
    QCOMPARE(*parsed, sent);
    QCOMPARE(InstanceMessage::frame(payload), frameWithLength(quint32(payload.size()), payload));
}

void TestSingleInstance::malformedMessagesAreRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");

    const auto framed = [](const QByteArray &payload) { return InstanceMessage::frame(payload); };
    QTest::newRow("not JSON") << framed("hello");
    QTest::newRow("version 2") << framed(R"({"v":2,"account_id":"acc_1"})");
    QTest::newRow("a code field") << framed(R"({"v":1,"account_id":"acc_1","code":"123456"})");
    QTest::newRow("an id with a newline") << framed(R"({"v":1,"account_id":"acc\n1"})");
    QTest::newRow("plain http API URL to another host") << framed(R"({"v":1,"api_url":"http://evil.example"})");
    QTest::newRow("a zero length") << frameWithLength(0, QByteArray());
    QTest::newRow("a declared length of 4 KiB + 1") << frameWithLength(InstanceMessage::MaxSize + 1, "{");
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
    QCOMPARE(exchange(primary.socketPath(), bytes), QByteArray(1, InstanceMessage::Refused));

    // Still serving, and the refused message left no trace.
    expectStillServing(name, received);
    QCOMPARE(received.size(), 1);
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
    const QByteArray answer = exchange(primary.socketPath(), InstanceMessage::frame(payload));
    QVERIFY(answer.isEmpty() || answer == QByteArray(1, InstanceMessage::Refused));
    QCOMPARE(received.size(), 0);
}

void TestSingleInstance::slowClientIsDropped_data()
{
    QTest::addColumn<QByteArray>("partial");

    const QByteArray message = InstanceMessage::frame(R"({"v":1,"account_id":"acc_1"})");
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
    silent.write(InstanceMessage::frame(R"({"v":1})").first(3));
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
                         "Refused a request from another launch: The account id cannot contain spaces, invisible "
                         "or control characters: character 4 is U+0020.");
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
        InstanceMessage::encode(request(u"acc_1"_s, Provider::LinkedIn, QUrl(u"https://api.postpress.ai/v1"_s))),
        InstanceMessage::encode(request(u"acc_2"_s, Provider::Twitter)),
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
        const std::optional<LaunchRequest> parsed = InstanceMessage::parse(bytes, &error);
        if (!parsed) {
            QVERIFY2(!error.isEmpty(), bytes.constData());
            continue;
        }
        ++accepted;
        QVERIFY2(parsed->accountId.isEmpty() || CheckpointRequest::accountIdProblem(parsed->accountId).isEmpty(),
                 bytes.constData());
        QVERIFY2(parsed->apiUrl.isEmpty() || ApiBaseUrl::problem(parsed->apiUrl.toString()).isEmpty(),
                 bytes.constData());
    }
    QVERIFY(accepted > 0);
}

// The socket is bound in a private directory and made 0600 before it appears under its name, so not even a
// permissive umask opens it to others for a moment; and the staging directory goes away.
void TestSingleInstance::socketIsUserOnlyWhateverTheUmask_data()
{
    QTest::addColumn<int>("umask");

    QTest::newRow("umask 000: bind() alone would make it 0777") << 0;
    QTest::newRow("umask 022: bind() alone would make it 0755") << 022;
    QTest::newRow("umask 077") << 077;
}

void TestSingleInstance::socketIsUserOnlyWhateverTheUmask()
{
    QFETCH(int, umask);

    const QStringList before = runtimeEntries(m_runtime->path());
    const mode_t previous = ::umask(mode_t(umask));
    SingleInstance primary(nextName());
    const SingleInstance::Role role = primary.claim();
    ::umask(previous);
    QCOMPARE(role, SingleInstance::Role::Primary);

    struct stat status { };
    QCOMPARE(::lstat(QFile::encodeName(primary.socketPath()).constData(), &status), 0);
    QVERIFY(S_ISSOCK(status.st_mode));
    // Read and write for the user, nothing for anyone else (Qt's QLocalServer also sets the owner's x bit, which
    // means nothing on a socket).
    QCOMPARE(status.st_mode & mode_t(07777 & ~S_IXUSR), mode_t(S_IRUSR | S_IWUSR));
    const QString fileName = QFileInfo(primary.socketPath()).fileName();
    QStringList expected = before + QStringList{fileName, fileName + u".lock"_s};
    QStringList after = runtimeEntries(m_runtime->path());
    expected.sort();
    after.sort();
    QCOMPARE(after, expected); // no staging directory left
}

void TestSingleInstance::pathTooLongForASocketAddressFails_data()
{
    QTest::addColumn<int>("extraBytes"); // over the longest path a socket address holds
    QTest::addColumn<bool>("fits");

    QTest::newRow("the longest path that fits") << 0 << true;
    QTest::newRow("one byte longer is an error, not truncated") << 1 << false;
    QTest::newRow("far longer") << 200 << false;
}

void TestSingleInstance::pathTooLongForASocketAddressFails()
{
    QFETCH(int, extraBytes);
    QFETCH(bool, fits);

    // The address holds 107 bytes and a NUL; Qt's QLocalServer takes one byte less.
    const qsizetype longest = qsizetype(sizeof(sockaddr_un::sun_path)) - 2;
    const qsizetype nameLength = longest - (QFile::encodeName(m_runtime->path()).size() + 1) + extraBytes;
    QVERIFY(nameLength > 10);
    const QString name = nextName().leftJustified(nameLength, u'x');
    const QStringList before = runtimeEntries(m_runtime->path());

    SingleInstance instance(name);
    const SingleInstance::Role role = instance.claim();
    if (fits) {
        QCOMPARE(role, SingleInstance::Role::Primary);
        QVERIFY(QFileInfo(instance.socketPath()).exists());
        return;
    }
    QCOMPARE(role, SingleInstance::Role::Failed);
    QVERIFY2(instance.errorString().contains(u"too long"_s), qPrintable(instance.errorString()));
    QVERIFY2(instance.errorString().contains(name), qPrintable(instance.errorString()));
    QCOMPARE(runtimeEntries(m_runtime->path()), before); // nothing bound under a cut-off name
}

// A client that declares the longest message, then streams without end: the primary reads one byte past the
// longest message, refuses, and closes; the client's writes then fail instead of filling the primary.
void TestSingleInstance::floodingClientIsCutOff()
{
    const QString name = nextName();
    SingleInstance primary(name);
    primary.setTimeout(10min); // cut off for what it sent, not for how long it took
    QCOMPARE(primary.claim(), SingleInstance::Role::Primary);
    QSignalSpy received(&primary, &SingleInstance::requestReceived);

    const int fd = rawConnect(primary.socketPath());
    QVERIFY(fd >= 0);
    QTest::ignoreMessage(QtWarningMsg, "Refused a request from another launch: More bytes followed the message.");
    std::future<int> flood = std::async(std::launch::async, [fd] {
        QByteArray bytes = frameWithLength(quint32(InstanceMessage::MaxSize), QByteArray(64 * 1024, ' '));
        for (qint64 total = 0; total < qint64(1) << 32;) {
            const ssize_t sent = ::send(fd, bytes.constData(), size_t(bytes.size()), noSignal);
            if (sent < 0)
                return errno;
            total += sent;
            bytes.fill('{');
        }
        return 0;
    });
    QTRY_VERIFY(flood.wait_for(0ms) == std::future_status::ready);
    const int error = flood.get();
    ::close(fd);
    QVERIFY2(error == EPIPE || error == ECONNRESET, qPrintable(qt_error_string(error)));

    expectStillServing(name, received);
    QCOMPARE(received.size(), 1);
}

// The primary lets go of a client that hangs up, at once (not at its deadline), whatever it sent. Even a whole
// message is not delivered when nobody is left to hear the answer (and answering does not raise SIGPIPE): a
// second launch that stops waiting opens the account itself.
void TestSingleInstance::clientThatClosesEarly_data()
{
    QTest::addColumn<QByteArray>("sent");
    QTest::addColumn<bool>("delivered");

    const QByteArray message = InstanceMessage::frame(R"({"v":1,"account_id":"acc_early"})");
    QTest::newRow("hangs up without sending") << QByteArray() << false;
    QTest::newRow("hangs up after half a length") << message.first(2) << false;
    QTest::newRow("hangs up one byte short") << message.chopped(1) << false;
    QTest::newRow("hangs up right after a whole message") << message << false;
}

void TestSingleInstance::clientThatClosesEarly()
{
    QFETCH(QByteArray, sent);
    QFETCH(bool, delivered);

    const QString name = nextName();
    SingleInstance primary(name);
    primary.setTimeout(10min);
    QCOMPARE(primary.claim(), SingleInstance::Role::Primary);
    QSignalSpy received(&primary, &SingleInstance::requestReceived);
    const qsizetype descriptors = openDescriptors();

    const int fd = rawConnect(primary.socketPath());
    QVERIFY(fd >= 0);
    QTRY_COMPARE(openDescriptors(), descriptors + 2); // the test's end, and the primary's once it accepted
    QVERIFY(sent.isEmpty() || rawSend(fd, sent));
    ::close(fd);

    QTRY_COMPARE(openDescriptors(), descriptors); // the primary closed its end: no deadline needed
    if (delivered) {
        QTRY_COMPARE(received.size(), 1);
        QCOMPARE(received.constFirst().constFirst().value<LaunchRequest>().accountId, u"acc_early"_s);
    }
    expectStillServing(name, received);
    QCOMPARE(received.size(), delivered ? 2 : 1);
}

// Connections that hold their place (each has until the deadline) can neither exhaust the primary's descriptors nor
// keep a newer one out: past MaxPendingClients, the oldest that has sent nothing is closed unanswered to make room.
void TestSingleInstance::theOldestWaitingConnectionMakesRoom()
{
    const QString name = nextName();
    SingleInstance primary(name);
    primary.setTimeout(10min);
    QCOMPARE(primary.claim(), SingleInstance::Role::Primary);
    QSignalSpy received(&primary, &SingleInstance::requestReceived);
    const qsizetype descriptors = openDescriptors();

    QList<int> holders;
    for (int i = 0; i < SingleInstance::MaxPendingClients; ++i) {
        holders.append(rawConnect(primary.socketPath()));
        QVERIFY(holders.constLast() >= 0);
    }
    QVERIFY(rawSend(holders.constFirst(), InstanceMessage::frame(R"({"v":1})").first(2))); // the oldest sent a part
    // Each holder: the test's end and the primary's.
    QTRY_COMPARE(openDescriptors(), descriptors + 2 * SingleInstance::MaxPendingClients);

    QTest::ignoreMessage(QtWarningMsg, "Dropped the oldest waiting launch to make room for a newer one.");
    const int newer = rawConnect(primary.socketPath());
    QVERIFY(newer >= 0);
    char byte = 0;
    QTRY_COMPARE(::recv(holders.at(1), &byte, 1, MSG_DONTWAIT), ssize_t(0)); // the oldest idle one: closed, unanswered
    QCOMPARE(::recv(holders.at(0), &byte, 1, MSG_DONTWAIT), ssize_t(-1)); // the one that sent a part still waits
    QCOMPARE(errno, EAGAIN);
    QTRY_COMPARE(openDescriptors(), descriptors + 2 * SingleInstance::MaxPendingClients + 1);

    QVERIFY(rawSend(newer, InstanceMessage::frame(R"({"v":1,"account_id":"acc_newer"})")));
    QTRY_COMPARE(::recv(newer, &byte, 1, MSG_DONTWAIT | MSG_PEEK), ssize_t(1)); // QTRY reads twice: peek
    QCOMPARE(byte, InstanceMessage::Accepted);
    QTRY_COMPARE(received.size(), 1);
    ::close(newer);
    for (const int fd : std::as_const(holders))
        ::close(fd);
    QTRY_COMPARE(openDescriptors(), descriptors);
    expectStillServing(name, received);
}

// 40 connections that sent nothing, or part of a message, made a real second launch give up and open its own
// instance. It gets through now, and not by outwaiting them: they have ten minutes, the launch its usual timeout.
void TestSingleInstance::idleOrSlowConnectionsDoNotKeepARealLaunchOut_data()
{
    QTest::addColumn<QByteArray>("partial");
    QTest::addColumn<int>("count");

    const QByteArray message = InstanceMessage::frame(R"({"v":1,"account_id":"acc_slow"})");
    QTest::newRow("40 idle connections") << QByteArray() << 40;
    QTest::newRow("40 that sent half a length") << message.first(2) << 40;
    QTest::newRow("40 that sent all but the last byte") << message.chopped(1) << 40;
    QTest::newRow("100 idle connections") << QByteArray() << 100;
}

void TestSingleInstance::idleOrSlowConnectionsDoNotKeepARealLaunchOut()
{
    QFETCH(QByteArray, partial);
    QFETCH(int, count);

    const QString name = nextName();
    SingleInstance primary(name);
    primary.setTimeout(10min);
    QCOMPARE(primary.claim(), SingleInstance::Role::Primary);
    QSignalSpy received(&primary, &SingleInstance::requestReceived);

    std::vector<std::unique_ptr<QLocalSocket>> holders;
    for (int i = 0; i < count; ++i) {
        auto holder = std::make_unique<QLocalSocket>();
        holder->connectToServer(primary.socketPath());
        QVERIFY(holder->waitForConnected(5000));
        if (!partial.isEmpty()) {
            holder->write(partial);
            QVERIFY(holder->waitForBytesWritten(5000));
        }
        holders.push_back(std::move(holder));
    }
    QTest::qWait(0); // the primary takes them all in before the launch comes

    std::future<Forwarded> secondary = launchSecondary(name, request(u"acc_real"_s));
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.constFirst().constFirst().value<LaunchRequest>().accountId, u"acc_real"_s);
    QTRY_VERIFY(isReady(secondary));
    const Forwarded result = secondary.get();
    QVERIFY2(result.accepted, qPrintable(result.error));
}

// A primary too busy to answer in time (its event loop held up): the second launch gives up and opens the account
// itself, so the primary, once free, must not open it too. It finds nobody to answer and drops the request.
void TestSingleInstance::aLaunchThatGaveUpIsNotOpenedTwice()
{
    const QString name = nextName();
    SingleInstance primary(name);
    QCOMPARE(primary.claim(), SingleInstance::Role::Primary);
    QSignalSpy received(&primary, &SingleInstance::requestReceived);

    // get() blocks this thread, the primary's: busy until the launch has given up.
    const Forwarded result = launchSecondary(name, request(u"acc_gave_up"_s), 200ms).get();
    QCOMPARE(result.role, SingleInstance::Role::Secondary);
    QVERIFY(!result.accepted);
    QVERIFY2(result.error.contains(u"did not answer"_s), qPrintable(result.error));

    QTest::ignoreMessage(QtWarningMsg,
                         "Another launch stopped waiting before it was answered: its request is not opened.");
    expectStillServing(name, received);
    QCOMPARE(received.size(), 1); // acc_after only
}

// Busy for less than the launch's timeout: the request waits in the socket and is answered and opened.
void TestSingleInstance::aBusyPrimaryStillTakesTheLaunch()
{
    const QString name = nextName();
    SingleInstance primary(name);
    QCOMPARE(primary.claim(), SingleInstance::Role::Primary);
    QSignalSpy received(&primary, &SingleInstance::requestReceived);

    std::future<Forwarded> secondary = launchSecondary(name, request(u"acc_patient"_s), 10s);
    QThread::msleep(300); // busy: nothing is read meanwhile
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.constFirst().constFirst().value<LaunchRequest>().accountId, u"acc_patient"_s);
    QTRY_VERIFY(isReady(secondary));
    QVERIFY(secondary.get().accepted);
}

// The primary closes a connection without an answer only when it did not take the request (it made room for a
// newer one, say): the second launch asks again while its time lasts, instead of opening an instance of its own.
void TestSingleInstance::aConnectionClosedUnansweredIsAskedAgain()
{
    const QString name = nextName();
    const QString path = QDir(m_runtime->path()).filePath(name);
    QLockFile lock(path + u".lock"_s);
    QVERIFY(lock.tryLock(0));
    QLocalServer fake; // closes the first connection unanswered, accepts on the second
    QVERIFY(fake.listen(path));
    int connections = 0;
    connect(&fake, &QLocalServer::newConnection, this, [&fake, &connections] {
        while (QLocalSocket *socket = fake.nextPendingConnection()) {
            const int number = ++connections;
            connect(socket, &QLocalSocket::readyRead, socket, [socket, number] {
                if (number == 1) {
                    socket->abort();
                    return;
                }
                socket->write(QByteArray(1, InstanceMessage::Accepted));
                socket->disconnectFromServer();
            });
        }
    });

    std::future<Forwarded> secondary = launchSecondary(name, request(u"acc_again"_s), 5s);
    QTRY_VERIFY(isReady(secondary));
    const Forwarded result = secondary.get();
    QVERIFY2(result.accepted, qPrintable(result.error));
    QCOMPARE(connections, 2);
}

void TestSingleInstance::destructionRemovesTheSocketFile()
{
    const QStringList before = runtimeEntries(m_runtime->path());
    const qsizetype atStart = openDescriptors();
    QString path;
    int waiting = -1;
    {
        SingleInstance primary(nextName());
        primary.setTimeout(10min);
        QCOMPARE(primary.claim(), SingleInstance::Role::Primary);
        path = primary.socketPath();
        const qsizetype listening = openDescriptors();
        waiting = rawConnect(path);
        QVERIFY(waiting >= 0);
        QTRY_COMPARE(openDescriptors(), listening + 2); // the primary's end and the test's
    }
    QCOMPARE(openDescriptors(), atStart + 1); // the test's end: the primary closed everything of its own
    char byte = 0;
    QCOMPARE(::recv(waiting, &byte, 1, MSG_DONTWAIT), ssize_t(0)); // the waiting client sees the end
    ::close(waiting);
    QCOMPARE(runtimeEntries(m_runtime->path()), before);
    QCOMPARE(rawConnect(path), -1);
    QCOMPARE(errno, ENOENT);
}

// The primary asks the system who is at the other end (SO_PEERCRED): its own user's launch is accepted (refusing it
// would fail every forward here); anotherUsersLaunch shows another user's refused.
void TestSingleInstance::peerUidIsOwnUser()
{
    const QString name = nextName();
    SingleInstance primary(name);
    QCOMPARE(primary.claim(), SingleInstance::Role::Primary);
    std::future<Forwarded> secondary = launchSecondary(name, request(u"acc_1"_s));
    QTRY_VERIFY(isReady(secondary));
    QVERIFY(secondary.get().accepted);
}

// Needs root, to start a launch as "nobody". Through the user-only socket file that user cannot even connect;
// with the file opened to everyone (as a file mode might fail to protect it), the primary still refuses it by
// its user id.
void TestSingleInstance::anotherUsersLaunch_data()
{
    QTest::addColumn<bool>("openToAll");
    QTest::addColumn<int>("expected");

    QTest::newRow("the user-only socket file keeps it out") << false << int(OtherUserCouldNotConnect);
    QTest::newRow("past an open socket file, refused by its user id") << true << int(OtherUserClosedUnanswered);
}

void TestSingleInstance::anotherUsersLaunch()
{
    QFETCH(bool, openToAll);
    QFETCH(int, expected);

    if (::geteuid() != 0)
        QSKIP("Starting a launch as another user needs root.");
    if (!::getpwnam("nobody"))
        QSKIP("There is no user \"nobody\".");
    SingleInstance primary(nextName());
    QCOMPARE(primary.claim(), SingleInstance::Role::Primary);
    QSignalSpy received(&primary, &SingleInstance::requestReceived);
    const QByteArray runtime = QFile::encodeName(m_runtime->path());
    QCOMPARE(::chmod(runtime.constData(), 0711), 0); // the runtime directory lets others pass
    const auto restore = qScopeGuard([&runtime] { ::chmod(runtime.constData(), 0700); });
    if (openToAll)
        QCOMPARE(::chmod(QFile::encodeName(primary.socketPath()).constData(), 0666), 0);

    if (openToAll)
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^Refused a connection from another user, uid \\d+$"_s));
    QProcess other;
    other.start(QCoreApplication::applicationFilePath(), {otherUserFlag, primary.socketPath()});
    QTRY_COMPARE(other.state(), QProcess::NotRunning);
    QCOMPARE(other.exitStatus(), QProcess::NormalExit);
    QCOMPARE(other.exitCode(), expected);
    QCOMPARE(received.size(), 0);
}

// What the primary opens is closed on exec, so a program the app starts never inherits it; the connection it reads
// a client from does not block. (Its listening socket is Qt's: accept() only follows a notification.)
void TestSingleInstance::descriptorsAreCloseOnExecAndNonBlocking()
{
    const auto descriptors = [] {
        return QDir(u"/dev/fd"_s).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot);
    };
    const auto added = [](const QStringList &now, const QStringList &before) {
        QList<int> fds;
        for (const QString &entry : now) {
            if (!before.contains(entry) && ::fcntl(entry.toInt(), F_GETFD) != -1) // not the listing's own, now closed
                fds.append(entry.toInt());
        }
        return fds;
    };
    const QStringList atStart = descriptors();
    SingleInstance primary(nextName());
    primary.setTimeout(10min);
    QCOMPARE(primary.claim(), SingleInstance::Role::Primary);
    const QStringList listening = descriptors();
    const QList<int> listener = added(listening, atStart);
    QCOMPARE(listener.size(), 1);
    const int client = rawConnect(primary.socketPath());
    QVERIFY(client >= 0);
    QTRY_COMPARE(openDescriptors(), listening.size() + 2); // the test's end and the primary's
    QList<int> connection = added(descriptors(), listening);
    connection.removeOne(client);
    QCOMPARE(connection.size(), 1);
    for (const int fd : listener + connection)
        QVERIFY(::fcntl(fd, F_GETFD) & FD_CLOEXEC);
    QVERIFY(::fcntl(connection.constFirst(), F_GETFL) & O_NONBLOCK);
    ::close(client);
}

// Started with --run-as-secondary NAME ACCOUNT PROVIDER, the binary is the second launch of
// aSecondProcessForwards: a real other process, as a second click on a helpdesk link makes.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.value(1) == secondaryFlag)
        return runAsSecondary(arguments);
    if (arguments.value(1) == otherUserFlag)
        return connectAsAnotherUser(arguments);
    TestSingleInstance test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_singleinstance.moc"
