#include "SingleInstance.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <functional>
#include <limits>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSingleInstance, "postpress.singleinstance")

namespace {

constexpr qsizetype headerSize = 4;

int remainingMs(const QDeadlineTimer &deadline)
{
    return int(std::clamp<qint64>(deadline.remainingTime(), 0, std::numeric_limits<int>::max()));
}

// One client of the primary. It has until the deadline to send one whole message; then it is answered and
// closed, or dropped. Nothing it sends can make the primary wait: every read takes only what has arrived.
class PendingClient final : public QObject {
public:
    using Deliver = std::function<void(const LaunchRequest &)>;

    PendingClient(QLocalSocket *socket, std::chrono::milliseconds timeout, Deliver deliver, QObject *parent)
        : QObject(parent)
        , m_socket(socket)
        , m_deliver(std::move(deliver))
    {
        m_socket->setParent(this);
        // Qt stops reading from the kernel once its buffer holds this much: a flood stays there.
        m_socket->setReadBufferSize(capacity);
        m_deadline.setSingleShot(true);
        connect(&m_deadline, &QTimer::timeout, this, &PendingClient::drop);
        connect(m_socket, &QLocalSocket::readyRead, this, &PendingClient::read);
        connect(m_socket, &QLocalSocket::disconnected, this, [this] {
            read();
            deleteLater();
        });
        m_deadline.start(timeout);
        read();
    }

private:
    static constexpr qsizetype capacity = headerSize + SingleInstance::MaxMessageSize + 1;

    void read()
    {
        if (m_done)
            return;
        m_buffer += m_socket->read(capacity - m_buffer.size());
        if (m_buffer.size() < headerSize)
            return;
        const quint32 length = qFromBigEndian<quint32>(m_buffer.constData());
        if (length == 0 || length > SingleInstance::MaxMessageSize)
            return refuse(SingleInstance::tr("The message is empty or longer than %1 bytes.")
                              .arg(SingleInstance::MaxMessageSize));
        if (m_buffer.size() < headerSize + qsizetype(length))
            return;
        if (m_buffer.size() > headerSize + qsizetype(length))
            return refuse(SingleInstance::tr("More bytes followed the message."));
        QString problem;
        const std::optional<LaunchRequest> request =
            SingleInstance::parseMessage(QByteArrayView(m_buffer).sliced(headerSize), &problem);
        if (!request)
            return refuse(problem);
        answer(SingleInstance::Accepted);
        m_deliver(*request);
    }

    void refuse(const QString &problem)
    {
        qCWarning(lcSingleInstance).noquote() << "Refused a request from another launch:" << problem;
        answer(SingleInstance::Refused);
    }

    // The deadline keeps running: a peer that never lets the socket close is still dropped.
    void answer(char reply)
    {
        m_done = true;
        m_socket->write(&reply, 1);
        m_socket->disconnectFromServer();
    }

    void drop()
    {
        if (!m_done)
            qCWarning(lcSingleInstance) << "Dropped another launch that did not send its request in time.";
        m_done = true;
        m_socket->abort();
        deleteLater();
    }

    QLocalSocket *m_socket;
    Deliver m_deliver;
    QTimer m_deadline;
    QByteArray m_buffer;
    bool m_done = false;
};

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
            *problem = LaunchOptions::accountIdProblem(id);
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
    if (name.isEmpty() || name.contains(u'/') || name.contains(u'\\') || name == "."_L1 || name == ".."_L1)
        m_error = tr("\"%1\" cannot name the socket that keeps this program to one window per account.").arg(name);
    else
        m_socketPath = runtimeSocketPath(name);
}

// The server (and its socket file) goes before the lock that guards it.
SingleInstance::~SingleInstance()
{
    delete m_server;
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
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    m_role = Role::Primary;
    return m_role;
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

void SingleInstance::onNewConnection()
{
    // Delivered from the event loop, not from inside the client's read: a slot that opens windows (or even
    // deletes this object) cannot pull the ground from under the socket code.
    const PendingClient::Deliver deliver = [this](const LaunchRequest &request) {
        QMetaObject::invokeMethod(
            this, [this, request] { Q_EMIT requestReceived(request); }, Qt::QueuedConnection);
    };
    while (QLocalSocket *socket = m_server->nextPendingConnection())
        new PendingClient(socket, m_timeout, deliver, this);
}

bool SingleInstance::forward(const LaunchRequest &request)
{
    if (m_role != Role::Secondary || !m_socket) {
        m_error = tr("There is no running PostPress Checkpoint to pass the request to.");
        return false;
    }
    const QByteArray payload = encodeMessage(request);
    if (payload.size() > MaxMessageSize) {
        m_error = tr("The request is too long to pass to the running PostPress Checkpoint.");
        return false;
    }
    const QDeadlineTimer deadline(m_timeout);
    m_socket->write(frame(payload));
    while (m_socket->bytesToWrite() > 0) {
        if (!m_socket->waitForBytesWritten(remainingMs(deadline))) {
            m_error = tr("The running PostPress Checkpoint did not take the request.");
            return false;
        }
    }
    while (m_socket->bytesAvailable() < 1) {
        if (!m_socket->waitForReadyRead(remainingMs(deadline))) {
            m_error = tr("The running PostPress Checkpoint did not answer.");
            return false;
        }
    }
    char reply = 0;
    m_socket->getChar(&reply);
    m_socket->disconnectFromServer();
    if (reply != Accepted) {
        m_error = tr("The running PostPress Checkpoint refused the request.");
        return false;
    }
    return true;
}

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
    QByteArray bytes(headerSize, Qt::Uninitialized);
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
