#include "SingleInstance.h"

#include "InstanceMessage.h"
#include "PendingClient.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>
#include <limits>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <qt_windows.h>
#endif

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

class LocalClient final : public PendingClient {
public:
    LocalClient(QLocalSocket *socket, std::chrono::milliseconds timeout, Deliver deliver, QObject *parent)
        : PendingClient(timeout, std::move(deliver), parent)
        , m_socket(socket)
    {
        m_socket->setParent(this);
        // Qt stops reading from the system once its buffer holds this much: a flood stays there.
        m_socket->setReadBufferSize(Capacity);
        connect(m_socket, &QLocalSocket::readyRead, this, &LocalClient::read);
        connect(m_socket, &QLocalSocket::disconnected, this, [this] {
            read();
            finish();
        });
        read();
    }

private:
    void read()
    {
        if (!isDone())
            received(m_socket->read(room()));
    }

    // The deadline keeps running: a peer that never lets the socket close is still dropped.
    bool reply(char answer) override
    {
        const bool sent = m_socket->write(&answer, 1) == 1 && m_socket->flush();
        m_socket->disconnectFromServer();
        return sent;
    }

    void closeConnection() override { m_socket->abort(); }

    QLocalSocket *m_socket;
};

#ifdef Q_OS_UNIX
// The user id at the other end of a local socket (SO_PEERCRED on Linux, getpeereid() elsewhere); nullopt where the
// system cannot tell. The socket file is user-only already; this also holds where a file mode would not.
std::optional<uid_t> peerUid(qintptr socket)
{
#ifdef SO_PEERCRED
    ucred credentials{};
    socklen_t length = sizeof(credentials);
    if (::getsockopt(int(socket), SOL_SOCKET, SO_PEERCRED, &credentials, &length) == 0 && length == sizeof(credentials))
        return credentials.uid;
#else
    uid_t uid = 0;
    gid_t gid = 0;
    if (::getpeereid(int(socket), &uid, &gid) == 0)
        return uid;
#endif
    return std::nullopt;
}
#endif

#ifdef Q_OS_WIN
// Windows lets a process take the foreground only when the foreground process allows it: this launch, which the
// user just started, allows the primary before asking it to raise a window (qBittorrent does the same). Not verified
// on Windows.
void allowToComeForward(const QLocalSocket *primary)
{
    ULONG process = 0;
    if (::GetNamedPipeServerProcessId(reinterpret_cast<HANDLE>(primary->socketDescriptor()), &process))
        ::AllowSetForegroundWindow(process);
}
#endif

QString runtimeSocketPath(const QString &name)
{
#ifdef Q_OS_UNIX
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (directory.isEmpty())
        return {};
    return QDir(directory).filePath(name);
#else
    // Windows: a named pipe, whose name is not a path; defaultName() carries the user.
    return name;
#endif
}

// Beside the socket; on Windows, where the socket is a pipe name, in the per-user temporary directory.
QString lockPathFor(const QString &socketPath)
{
#ifdef Q_OS_UNIX
    return socketPath + u".lock"_s;
#else
    return QDir::temp().filePath(socketPath + u".lock"_s);
#endif
}

QString userTag()
{
#ifdef Q_OS_UNIX
    return QString::number(::getuid());
#else
    QString user = qEnvironmentVariable("USERNAME");
    user.removeIf([](QChar c) { return !c.isLetterOrNumber(); });
    return user;
#endif
}

} // namespace

QString SingleInstance::defaultName()
{
    return QStringLiteral(CHECKPOINT_APP_ID) + u'-' + userTag();
}

SingleInstance::SingleInstance(const QString &name, QObject *parent)
    : QObject(parent)
{
    if (name.isEmpty() || name.contains(u'/') || name.contains(u'\\') || name == "."_L1 || name == ".."_L1) {
        m_error = tr("\"%1\" cannot name the socket that keeps this program to one window per account.").arg(name);
        return;
    }
    m_socketPath = runtimeSocketPath(name);
#ifdef Q_OS_UNIX
    // Checked here, so that the message names the path: QLocalServer would only say that the name is bad. Qt 6.4
    // takes one byte less than the address holds.
    if (QFile::encodeName(m_socketPath).size() >= qsizetype(sizeof(sockaddr_un::sun_path)) - 1)
        m_error = tr("The path %1 is too long for the socket that keeps this program to one window per account.")
                      .arg(m_socketPath);
#endif
}

// The clients, then the socket (and its file), then the lock that guards it.
SingleInstance::~SingleInstance()
{
    stopListening();
    disconnectFromPrimary();
    m_lock.reset();
}

SingleInstance::Role SingleInstance::fail(const QString &message)
{
    m_error = message;
    m_role = Role::Failed;
    m_lock.reset();
    return m_role;
}

SingleInstance::Role SingleInstance::claim()
{
    if (m_role != Role::Undecided)
        return m_role;
    if (!m_error.isEmpty())
        return fail(m_error);
    if (m_socketPath.isEmpty())
        return fail(tr("There is no private runtime directory (XDG_RUNTIME_DIR) for the socket that keeps this "
                       "program to one window per account."));
    const QString lockPath = lockPathFor(m_socketPath);
    m_lock = std::make_unique<QLockFile>(lockPath);
    // A running primary holds the lock however long it runs; only a dead one leaves a stale lock.
    m_lock->setStaleLockTime(0);
    const QDeadlineTimer deadline(m_timeout);
    for (;;) {
        if (m_lock->tryLock(0))
            return becomePrimary();
        if (m_lock->error() != QLockFile::LockFailedError)
            return fail(tr("Cannot create the lock file %1.").arg(lockPath));
        if (connectToPrimary(deadline)) {
            m_lock.reset();
            m_role = Role::Secondary;
            return m_role;
        }
        if (deadline.hasExpired())
            return fail(tr("Another PostPress Checkpoint is running but does not answer."));
        // The lock's holder is between taking it and listening, or is quitting: ask again shortly.
        QThread::msleep(20);
    }
}

void SingleInstance::deliverLater(const LaunchRequest &request)
{
    // Delivered from the event loop, not from inside the client's read: a slot that opens windows (or even
    // deletes this object) cannot pull the ground from under the socket code.
    QMetaObject::invokeMethod(
        this, [this, request] { Q_EMIT requestReceived(request); }, Qt::QueuedConnection);
}

bool SingleInstance::forward(const LaunchRequest &request)
{
    if (m_role != Role::Secondary || !isConnectedToPrimary()) {
        m_error = tr("There is no running PostPress Checkpoint to pass the request to.");
        return false;
    }
    const QByteArray payload = InstanceMessage::encode(request);
    if (payload.size() > InstanceMessage::MaxSize) {
        m_error = tr("The request is too long to pass to the running PostPress Checkpoint.");
        return false;
    }
#ifdef Q_OS_WIN
    allowToComeForward(m_socket);
#endif
    const QDeadlineTimer deadline(m_timeout);
    std::optional<char> reply = exchangeWithPrimary(InstanceMessage::frame(payload), deadline);
    // A primary closes a connection unanswered only when it did not take the request (it made room for a newer
    // connection, say): asking again while time is left cannot open the request twice.
    while (!reply && !deadline.hasExpired()) {
        QThread::msleep(20);
        if (!connectToPrimary(deadline))
            break;
        reply = exchangeWithPrimary(InstanceMessage::frame(payload), deadline);
    }
    if (!reply) {
        m_error = tr("The running PostPress Checkpoint did not answer.");
        return false;
    }
    if (*reply != InstanceMessage::Accepted) {
        m_error = tr("The running PostPress Checkpoint refused the request.");
        return false;
    }
    return true;
}

std::optional<char> SingleInstance::exchangeWithPrimary(const QByteArray &bytes, const QDeadlineTimer &deadline)
{
    std::optional<char> reply;
    if (sendToPrimary(bytes, deadline))
        reply = answerFromPrimary(deadline);
    disconnectFromPrimary();
    return reply;
}

namespace {

int remainingMs(const QDeadlineTimer &deadline)
{
    return int(std::clamp<qint64>(deadline.remainingTime(), 0, std::numeric_limits<int>::max()));
}

} // namespace

SingleInstance::Role SingleInstance::becomePrimary()
{
    // Whoever holds the lock owns the socket path: a socket file there was left by a primary that crashed.
    QLocalServer::removeServer(m_socketPath);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
#ifdef Q_OS_UNIX
    // Qt's default backlog is 50: connections made faster than the event loop accepts them (a flood of idle ones)
    // would fill it and keep a real launch from connecting. (On Windows each place is a pipe made in advance.)
    m_server->setListenBacklogSize(SOMAXCONN);
#endif
    if (!m_server->listen(m_socketPath)) {
        const QString reason = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return fail(tr("Cannot listen on %1: %2").arg(m_socketPath, reason));
    }
    m_clients = new QObject(this);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptClients);
    m_role = Role::Primary;
    return m_role;
}

void SingleInstance::acceptClients()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
#ifdef Q_OS_UNIX
        if (const std::optional<uid_t> peer = peerUid(socket->socketDescriptor()); peer && *peer != ::geteuid()) {
            qCWarning(lcSingleInstance) << "Refused a connection from another user, uid" << *peer;
            delete socket;
            continue;
        }
#endif
        PendingClient::makeRoom(m_clients, MaxPendingClients);
        new LocalClient(
            socket, m_timeout, [this](const LaunchRequest &request) { deliverLater(request); }, m_clients);
    }
}

void SingleInstance::stopListening()
{
    delete m_clients;
    m_clients = nullptr;
    delete m_server;
    m_server = nullptr;
}

bool SingleInstance::connectToPrimary(const QDeadlineTimer &deadline)
{
    auto *socket = new QLocalSocket(this);
    socket->connectToServer(m_socketPath);
    if (!socket->waitForConnected(remainingMs(deadline))) {
        delete socket;
        return false;
    }
#ifdef Q_OS_UNIX
    if (const std::optional<uid_t> peer = peerUid(socket->socketDescriptor()); peer && *peer != ::geteuid()) {
        qCWarning(lcSingleInstance) << "The single-instance socket is held by another user, uid" << *peer;
        delete socket;
        return false;
    }
#endif
    m_socket = socket;
    return true;
}

bool SingleInstance::isConnectedToPrimary() const
{
    return m_socket != nullptr;
}

bool SingleInstance::sendToPrimary(const QByteArray &bytes, const QDeadlineTimer &deadline)
{
    m_socket->write(bytes);
    while (m_socket->bytesToWrite() > 0) {
        if (!m_socket->waitForBytesWritten(remainingMs(deadline)))
            return false;
    }
    return true;
}

std::optional<char> SingleInstance::answerFromPrimary(const QDeadlineTimer &deadline)
{
    while (m_socket->bytesAvailable() < 1) {
        if (!m_socket->waitForReadyRead(remainingMs(deadline)))
            return std::nullopt;
    }
    char reply = 0;
    m_socket->getChar(&reply);
    return reply;
}

void SingleInstance::disconnectFromPrimary()
{
    if (m_socket)
        m_socket->abort();
    delete m_socket;
    m_socket = nullptr;
}
