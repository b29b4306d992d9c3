#include "SingleInstance.h"

#include "CheckpointRequest.h"
#include "PendingClient.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <limits>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <cerrno>

#include <unistd.h>
#else
#include <QLocalServer>
#include <QLocalSocket>
#endif

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

#ifdef Q_OS_UNIX

class UnixClient final : public PendingClient {
public:
    UnixClient(UnixSocket::Descriptor socket, std::chrono::milliseconds timeout, Deliver deliver, QObject *parent)
        : PendingClient(timeout, std::move(deliver), parent)
        , m_socket(std::move(socket))
        , m_notifier(m_socket.get(), QSocketNotifier::Read)
    {
        connect(&m_notifier, &QSocketNotifier::activated, this, &UnixClient::read);
        read(); // a launch's request is often there already: then it is not an idle client to make room from
    }

private:
    void read()
    {
        std::array<char, Capacity> chunk;
        while (!isDone()) {
            const qsizetype count = UnixSocket::receiveNow(m_socket.get(), chunk.data(), room());
            if (count > 0) {
                received(QByteArrayView(chunk.data(), count));
            } else {
                if (count == 0 || (errno != EAGAIN && errno != EWOULDBLOCK))
                    finish();
                return;
            }
        }
    }

    // The socket's buffer is empty, so the byte fits unless the peer already left (EPIPE, no SIGPIPE).
    bool reply(char answer) override
    {
        const bool sent = UnixSocket::sendNow(m_socket.get(), QByteArrayView(&answer, 1)) == 1;
        closeConnection();
        deleteLater();
        return sent;
    }

    void closeConnection() override
    {
        m_notifier.setEnabled(false); // before the descriptor closes and its number is reused
        m_socket.reset();
    }

    UnixSocket::Descriptor m_socket;
    QSocketNotifier m_notifier; // after m_socket: destroyed before it closes
};

#else

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

QString stringField(const QJsonObject &object, QLatin1StringView key, QString *problem)
{
    const QJsonValue value = object.value(key);
    if (!value.isString())
        *problem = SingleInstance::tr("The field %1 is not text.").arg(key);
    return value.toString();
}

std::optional<LaunchRequest> requestFromObject(const QJsonObject &object, QString *problem)
{
    static const std::array fields{"v"_L1, "account_id"_L1, "provider"_L1, "api_url"_L1};
    for (const QString &key : object.keys()) {
        if (std::find(fields.cbegin(), fields.cend(), key) == fields.cend()) {
            *problem = SingleInstance::tr("The message has a field it may not carry.");
            return std::nullopt;
        }
    }
    const QJsonValue version = object.value("v"_L1);
    if (!version.isDouble() || version.toDouble() != SingleInstance::ProtocolVersion) {
        *problem = SingleInstance::tr("The message is not of version %1.").arg(SingleInstance::ProtocolVersion);
        return std::nullopt;
    }
    LaunchRequest request;
    if (object.contains("account_id"_L1)) {
        const QString id = stringField(object, "account_id"_L1, problem);
        if (problem->isEmpty())
            *problem = CheckpointRequest::accountIdProblem(id);
        request.accountId = id;
    }
    if (problem->isEmpty() && object.contains("provider"_L1)) {
        const QString name = stringField(object, "provider"_L1, problem);
        if (problem->isEmpty())
            *problem = LaunchOptions::providerProblem(name);
        request.provider = providerFromString(name);
    }
    if (problem->isEmpty() && object.contains("api_url"_L1)) {
        const QString text = stringField(object, "api_url"_L1, problem);
        if (problem->isEmpty())
            *problem = LaunchOptions::apiUrlProblem(text);
        request.apiUrl = LaunchOptions::apiUrlFromText(text);
    }
    if (!problem->isEmpty())
        return std::nullopt;
    return request;
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
    if (!m_socketPath.isEmpty() && !UnixSocket::fitsAddress(QFile::encodeName(m_socketPath)))
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
    const QByteArray payload = encodeMessage(request);
    if (payload.size() > MaxMessageSize) {
        m_error = tr("The request is too long to pass to the running PostPress Checkpoint.");
        return false;
    }
    const QDeadlineTimer deadline(m_timeout);
    std::optional<char> reply = exchangeWithPrimary(frame(payload), deadline);
    // A primary closes a connection unanswered only when it did not take the request (it made room for a newer
    // connection, say): asking again while time is left cannot open the request twice.
    while (!reply && !deadline.hasExpired()) {
        QThread::msleep(20);
        if (!connectToPrimary(deadline))
            break;
        reply = exchangeWithPrimary(frame(payload), deadline);
    }
    if (!reply) {
        m_error = tr("The running PostPress Checkpoint did not answer.");
        return false;
    }
    if (*reply != Accepted) {
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

#ifdef Q_OS_UNIX

SingleInstance::Role SingleInstance::becomePrimary()
{
    // Whoever holds the lock owns the socket path: listen() replaces a socket file a crashed primary left there.
    m_listener = UnixSocket::listen(QFile::encodeName(m_socketPath));
    if (!m_listener.isValid())
        return fail(tr("Cannot listen on %1: %2").arg(m_socketPath, qt_error_string(errno)));
    m_clients = new QObject(this);
    m_listenerNotifier = new QSocketNotifier(m_listener.get(), QSocketNotifier::Read, this);
    connect(m_listenerNotifier, &QSocketNotifier::activated, this, &SingleInstance::acceptClients);
    m_role = Role::Primary;
    return m_role;
}

void SingleInstance::acceptClients()
{
    for (;;) {
        UnixSocket::Descriptor socket = UnixSocket::accept(m_listener.get());
        if (!socket.isValid()) {
            if (errno != EAGAIN && errno != EWOULDBLOCK)
                pauseAccepting();
            return;
        }
        // The socket file is user-only already; this also holds where a file mode would not.
        const std::optional<uid_t> peer = UnixSocket::peerUid(socket.get());
        if (peer && *peer != ::geteuid()) {
            qCWarning(lcSingleInstance) << "Refused a connection from another user, uid" << *peer;
            continue;
        }
        PendingClient::makeRoom(m_clients, MaxPendingClients);
        new UnixClient(
            std::move(socket), m_timeout, [this](const LaunchRequest &request) { deliverLater(request); }, m_clients);
    }
}

// Out of descriptors, say: the listening socket stays readable, so wait a little instead of spinning on it.
void SingleInstance::pauseAccepting()
{
    qCWarning(lcSingleInstance).noquote() << "Cannot accept another launch:" << qt_error_string(errno);
    m_listenerNotifier->setEnabled(false);
    QTimer::singleShot(100ms, m_listenerNotifier, [notifier = m_listenerNotifier] { notifier->setEnabled(true); });
}

void SingleInstance::stopListening()
{
    delete m_clients;
    m_clients = nullptr;
    delete m_listenerNotifier;
    m_listenerNotifier = nullptr;
    if (m_listener.isValid()) {
        ::unlink(QFile::encodeName(m_socketPath).constData());
        m_listener.reset();
    }
}

bool SingleInstance::connectToPrimary(const QDeadlineTimer &deadline)
{
    UnixSocket::Descriptor socket = UnixSocket::connectTo(QFile::encodeName(m_socketPath), deadline);
    if (!socket.isValid())
        return false;
    const std::optional<uid_t> peer = UnixSocket::peerUid(socket.get());
    if (peer && *peer != ::geteuid()) {
        qCWarning(lcSingleInstance) << "The single-instance socket is held by another user, uid" << *peer;
        return false;
    }
    m_connection = std::move(socket);
    return true;
}

bool SingleInstance::isConnectedToPrimary() const
{
    return m_connection.isValid();
}

bool SingleInstance::sendToPrimary(const QByteArray &bytes, const QDeadlineTimer &deadline)
{
    return UnixSocket::sendAll(m_connection.get(), bytes, deadline);
}

std::optional<char> SingleInstance::answerFromPrimary(const QDeadlineTimer &deadline)
{
    return UnixSocket::receiveByte(m_connection.get(), deadline);
}

void SingleInstance::disconnectFromPrimary()
{
    m_connection.reset();
}

#else

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
    if (socket->waitForConnected(remainingMs(deadline))) {
        m_socket = socket;
        return true;
    }
    delete socket;
    return false;
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

#endif

QByteArray SingleInstance::encodeMessage(const LaunchRequest &request)
{
    QJsonObject object{{u"v"_s, ProtocolVersion}};
    if (!request.accountId.isEmpty())
        object.insert(u"account_id"_s, request.accountId);
    if (request.provider)
        object.insert(u"provider"_s, providerApiName(*request.provider));
    if (!request.apiUrl.isEmpty())
        object.insert(u"api_url"_s, request.apiUrl.toString(QUrl::FullyEncoded));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray SingleInstance::frame(QByteArrayView payload)
{
    QByteArray bytes(HeaderSize, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(payload.size()), bytes.data());
    return bytes + payload.toByteArray();
}

std::optional<LaunchRequest> SingleInstance::parseMessage(QByteArrayView payload, QString *error)
{
    QString problem;
    std::optional<LaunchRequest> request;
    if (payload.size() > MaxMessageSize) {
        problem = tr("The message is longer than %1 bytes.").arg(MaxMessageSize);
    } else {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(payload.toByteArray(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            problem = tr("The message is not a JSON object.");
        else
            request = requestFromObject(document.object(), &problem);
    }
    if (error)
        *error = problem;
    return request;
}
