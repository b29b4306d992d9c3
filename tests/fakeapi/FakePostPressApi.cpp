#include "FakePostPressApi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

struct KnownType {
    int status;
    QLatin1StringView type;
    QLatin1StringView title;
};

// The endpoint page's list, in its order, with its own sentences as titles.
constexpr KnownType documentedTable[] = {
    {400, "errors/invalid_parameters"_L1, "One or more request parameters are invalid or missing."_L1},
    {400, "errors/missing_parameters"_L1, "One or more request parameters are missing."_L1},
    {400, "errors/invalid_request"_L1, "One or a combination of request parameters are invalid."_L1},
    {400, "errors/malformed_request"_L1, "The given request has been rejected by the provider."_L1},
    {400, "errors/content_too_large"_L1, "The request payload is too large for the provider."_L1},
    {400, "errors/too_many_characters"_L1, "The provided content exceeds the character limit."_L1},
    {400, "errors/unescaped_characters"_L1, "The request path contains unescaped characters."_L1},
    {400, "errors/limit_too_high"_L1, "Pagination limit too high. See API reference for details."_L1},
    {401, "errors/invalid_checkpoint_solution"_L1,
     "The checkpoint resolution did not pass successfully. Please retry."_L1},
    {403, "errors/account_restricted"_L1, "The account has been restricted by the provider."_L1},
    {403, "errors/account_mismatch"_L1, "Credentials don't match the requested account."_L1},
    {403, "errors/insufficient_permissions"_L1, "The account lacks the required permissions."_L1},
    {403, "errors/session_mismatch"_L1, "The session does not match the current account."_L1},
    {403, "errors/feature_not_subscribed"_L1, "The required feature is not part of your subscription."_L1},
    {403, "errors/subscription_required"_L1, "A subscription is required to use this feature."_L1},
    {403, "errors/unknown_authentication_context"_L1, "Unknown authentication context."_L1},
    {403, "errors/action_required"_L1, "The provider requires an additional action."_L1},
    {403, "errors/resource_access_restricted"_L1, "Access to this resource is restricted."_L1},
    {407, "errors/proxy_auth_error"_L1, "The proxy in use is not working. Please try again."_L1},
    {408, "errors/request_timeout"_L1, "Communication with the provider has timed out. Please retry."_L1},
    {409, "errors/operation_canceled"_L1, "The current task was canceled by a subsequent one."_L1},
    {409, "errors/already_exists"_L1, "An equivalent account already exists."_L1},
    {500, "errors/unexpected_error"_L1, "Something went wrong."_L1},
    {500, "errors/provider_error"_L1, "The provider is experiencing operational problems."_L1},
    {500, "errors/authentication_intent_error"_L1,
     "The current authentication intent was killed after failure. Restart from the beginning."_L1},
    {502, "errors/proxy_error"_L1, "The proxy in use is not working. Please try again."_L1},
    {503, "errors/no_client_session"_L1, "No client session is currently running."_L1},
    {503, "errors/no_channel"_L1, "No channel to client session."_L1},
    {503, "errors/no_handler"_L1, "Handler missing for that request."_L1},
    {503, "errors/network_down"_L1, "Network is down on the server side. Retry shortly."_L1},
    {503, "errors/service_unavailable"_L1, "Service temporarily unavailable. Retry later."_L1},
    {504, "errors/request_timeout"_L1, "Request timed out. Retry, and contact support if it persists."_L1},
};

// Types the wider API family uses (api-behaviour.md) and the fake's own refusals.
constexpr KnownType extraTable[] = {
    {401, "errors/missing_credentials"_L1, "Missing credentials."_L1},
    {401, "errors/invalid_credentials"_L1, "Invalid credentials."_L1},
    {401, "errors/expired_credentials"_L1, "Expired credentials."_L1},
    {401, "errors/checkpoint_error"_L1, "The checkpoint does not appear to be resolvable."_L1},
    {404, "errors/not_found"_L1, "Not found."_L1},
    {405, "errors/method_not_allowed"_L1, "Method not allowed."_L1},
    {429, "errors/too_many_requests"_L1, "Too many requests. Retry later."_L1},
};

// The endpoint page's sentence for each status class, used as the detail of scripted problems.
QString statusDescription(int status)
{
    switch (status) {
    case 400:
        return u"The request payload is invalid or missing required fields."_s;
    case 401:
        return u"The checkpoint code was rejected."_s;
    case 403:
        return u"Authenticated but the account is restricted or the action is not allowed."_s;
    case 407:
        return u"The proxy in use is rejecting the connection."_s;
    case 408:
        return u"The provider did not respond in time."_s;
    case 409:
        return u"The current task conflicts with another in-flight operation."_s;
    case 500:
        return u"Something unexpected went wrong on the server side."_s;
    case 502:
        return u"The proxy in use is rejecting the connection or returned an invalid response."_s;
    case 503:
        return u"The service is temporarily unavailable; please retry shortly."_s;
    case 504:
        return u"The upstream provider did not respond in time."_s;
    default:
        return {};
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 407:
        return "Proxy Authentication Required";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 413:
        return "Content Too Large";
    case 425:
        return "Too Early";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

QString newRequestId()
{
    return u"req_"_s + QString::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, u'0');
}

const QStringList &providerNames()
{
    static const QStringList names{u"LINKEDIN"_s, u"INSTAGRAM"_s, u"TWITTER"_s, u"MESSENGER"_s};
    return names;
}

bool hasHeader(const HeaderList &headers, QByteArrayView name)
{
    return std::any_of(headers.begin(), headers.end(),
                       [name](const auto &header) { return header.first.compare(name, Qt::CaseInsensitive) == 0; });
}

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

// One accepted TCP connection: parses HTTP/1.1 requests (split across packets, pipelined, Content-Length
// bodies) one at a time and writes the answers the API object decides on.
class FakeHttpConnection final : public QObject {
public:
    FakeHttpConnection(QTcpSocket *socket, FakePostPressApi *api)
        : QObject(api)
        , m_socket(socket)
        , m_api(api)
    {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, &FakeHttpConnection::onReadyRead);
        connect(socket, &QTcpSocket::disconnected, this, [this] {
            --m_api->m_openConnections;
            deleteLater();
        });
        ++m_api->m_openConnections;
        m_idle.setSingleShot(true);
        m_idle.setTimerType(Qt::PreciseTimer); // tests press Enter at the moment it fires
        connect(&m_idle, &QTimer::timeout, socket, &QTcpSocket::disconnectFromHost);
        startIdle();
    }

    bool peerIsLoopback() const { return m_socket->peerAddress().isLoopback(); }

    // A complete answer; the connection then serves the next request unless it was asked to close.
    void send(int status, const QByteArray &contentType, const QByteArray &body, const HeaderList &headers)
    {
        writeHead(status, contentType, body.size(), headers);
        m_socket->write(body);
        if (m_closeAfter) {
            m_socket->disconnectFromHost();
            return;
        }
        m_answering = false;
        startIdle();
        QMetaObject::invokeMethod(this, &FakeHttpConnection::processBuffer, Qt::QueuedConnection);
    }

    void sendProblem(int status, const QString &type, const QString &title, const QString &detail,
                     const QString &instance, HeaderList headers = {})
    {
        const QString id = instance.isEmpty() ? newRequestId() : instance;
        QJsonObject problem{{u"title"_s, title}, {u"type"_s, type}, {u"status"_s, status}, {u"instance"_s, id}};
        if (!detail.isEmpty())
            problem.insert(u"detail"_s, detail);
        if (!hasHeader(headers, "x-request-id") && !hasHeader(headers, "request-id"))
            headers.append({"X-Request-ID", id.toUtf8()});
        send(status, "application/problem+json", compactJson(problem), headers);
    }

    void sendJson(int status, const QJsonObject &object, HeaderList headers = {})
    {
        if (!hasHeader(headers, "x-request-id") && !hasHeader(headers, "request-id"))
            headers.append({"X-Request-ID", newRequestId().toUtf8()});
        send(status, "application/json", compactJson(object), headers);
    }

    void drop()
    {
        m_dead = true;
        m_socket->disconnectFromHost();
    }

    void neverAnswer() { m_dead = true; }

    void trickleForever(const HeaderList &headers)
    {
        m_dead = true;
        writeHead(200, "application/json", 100 * 1024 * 1024, headers);
        m_socket->write("{");
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, [this] { m_socket->write(" "); });
        timer->start(100ms);
    }

    void sendHuge(qsizetype size, const HeaderList &headers)
    {
        send(200, "application/json", QByteArray(size, 'x'), headers);
    }

    void resetMidBody(const HeaderList &headers)
    {
        m_dead = true;
        const QByteArray body = compactJson({{u"object"_s, u"AccountCreated"_s}, {u"padding"_s, QString(4000, u'x')}});
        writeHead(201, "application/json", body.size(), headers);
        m_socket->write(body.left(body.size() / 2));
        m_socket->flush();
        // Give the half body time to reach the client, then reset instead of closing politely.
        QTimer::singleShot(100ms, this, [this] {
#ifdef Q_OS_UNIX
            const linger hardClose{1, 0};
            ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hardClose, sizeof hardClose);
#endif
            m_socket->abort();
            deleteLater();
        });
    }

private:
    void writeHead(int status, const QByteArray &contentType, qint64 contentLength, const HeaderList &headers)
    {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
        head += "Server: fake-postpress-api\r\n";
        if (!contentType.isEmpty())
            head += "Content-Type: " + contentType + "\r\n";
        head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
        for (const auto &[name, value] : headers)
            head += name + ": " + value + "\r\n";
        head += m_closeAfter ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
        head += "\r\n";
        m_socket->write(head);
    }

    void startIdle()
    {
        if (m_api->idleTimeout() > 0ms)
            m_idle.start(m_api->idleTimeout());
    }

    void onReadyRead()
    {
        const bool idle = m_buffer.isEmpty() && !m_answering;
        if (idle && m_idle.isActive() && m_idle.remainingTimeAsDuration() < m_api->idleCloseRace())
            m_dead = true; // the request is dropped unread, as by an idle timer that fired as it came in
        m_idle.stop();
        if (m_dead) {
            m_socket->readAll();
            m_socket->disconnectFromHost();
            return;
        }
        m_buffer += m_socket->readAll();
        processBuffer();
    }

    void refuse(int status, const QString &type, const QString &detail)
    {
        m_closeAfter = true;
        m_answering = true;
        m_dead = true;
        sendProblem(status, type, FakePostPressApi::titleFor(status, type), detail, {});
    }

    void processBuffer()
    {
        while (!m_answering && !m_dead) {
            std::optional<RecordedRequest> request = takeRequest();
            if (!request)
                return;
            m_answering = true;
            m_api->handle(this, *request);
        }
    }

    // The next complete request in the buffer, or nullopt (more bytes needed, or refused).
    std::optional<RecordedRequest> takeRequest()
    {
        const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0 || headerEnd > FakePostPressApi::MaxRequestHeaderBytes) {
            if (m_buffer.size() > FakePostPressApi::MaxRequestHeaderBytes)
                refuse(431, u"errors/invalid_request"_s, u"The request headers are too large."_s);
            return std::nullopt;
        }
        const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
            refuse(400, u"errors/malformed_request"_s, u"The request line is not HTTP/1.x."_s);
            return std::nullopt;
        }
        RecordedRequest request{requestLine.at(0), requestLine.at(1), {}, {}};
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon <= 0) {
                refuse(400, u"errors/malformed_request"_s, u"A header line has no name."_s);
                return std::nullopt;
            }
            const QByteArray name = lines.at(i).left(colon).trimmed().toLower();
            const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
            QByteArray &slot = request.headers[name];
            slot = slot.isEmpty() ? value : slot + ", " + value;
        }
        if (request.headers.contains("transfer-encoding")) {
            refuse(501, u"errors/invalid_request"_s, u"The fake API reads Content-Length bodies only."_s);
            return std::nullopt;
        }
        bool lengthOk = true;
        const qint64 length = request.headers.value("content-length", "0").toLongLong(&lengthOk);
        if (!lengthOk || length < 0 || length > FakePostPressApi::MaxRequestBodyBytes) {
            refuse(lengthOk && length > 0 ? 413 : 400, u"errors/content_too_large"_s,
                   u"The Content-Length is missing, malformed or too large."_s);
            return std::nullopt;
        }
        if (m_buffer.size() < headerEnd + 4 + length)
            return std::nullopt;
        request.body = m_buffer.mid(headerEnd + 4, length);
        m_buffer.remove(0, headerEnd + 4 + length);
        const QByteArray connection = request.headers.value("connection").toLower();
        m_closeAfter =
            connection.contains("close") || (requestLine.at(2) == "HTTP/1.0" && !connection.contains("keep-alive"));
        return request;
    }

    QTcpSocket *m_socket;
    FakePostPressApi *m_api;
    QByteArray m_buffer;
    bool m_answering = false;
    bool m_closeAfter = false;
    bool m_dead = false; // this connection will not answer another request
    QTimer m_idle;
};

QJsonObject RecordedRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

ScriptedResponse ScriptedResponse::defaultAnswer()
{
    return {};
}

ScriptedResponse ScriptedResponse::problem(int status, const QString &type)
{
    ScriptedResponse response;
    response.action = Action::Problem;
    response.status = status;
    response.problemType = type;
    return response;
}

ScriptedResponse ScriptedResponse::checkpoint(const QString &type, const QString &source, int status)
{
    ScriptedResponse response = object(u"Checkpoint"_s, status);
    response.checkpointType = type;
    response.checkpointSource = source;
    return response;
}

ScriptedResponse ScriptedResponse::object(const QString &objectName, int status)
{
    ScriptedResponse response;
    response.action = Action::Object;
    response.status = status;
    response.objectName = objectName;
    return response;
}

ScriptedResponse ScriptedResponse::raw(int status, const QByteArray &body, const QByteArray &contentType)
{
    ScriptedResponse response;
    response.action = Action::Raw;
    response.status = status;
    response.body = body;
    response.contentType = contentType;
    return response;
}

ScriptedResponse ScriptedResponse::drop()
{
    ScriptedResponse response;
    response.action = Action::Drop;
    return response;
}

ScriptedResponse ScriptedResponse::neverAnswer()
{
    ScriptedResponse response;
    response.action = Action::NeverAnswer;
    return response;
}

ScriptedResponse ScriptedResponse::endlessBody()
{
    ScriptedResponse response;
    response.action = Action::EndlessBody;
    return response;
}

ScriptedResponse ScriptedResponse::hugeBody(qsizetype bytes)
{
    ScriptedResponse response;
    response.action = Action::HugeBody;
    response.bodySize = bytes;
    return response;
}

ScriptedResponse ScriptedResponse::resetMidBody()
{
    ScriptedResponse response;
    response.action = Action::ResetMidBody;
    return response;
}

ScriptedResponse ScriptedResponse::withDelay(std::chrono::milliseconds wait) const
{
    ScriptedResponse copy = *this;
    copy.delay = wait;
    return copy;
}

ScriptedResponse ScriptedResponse::withHeader(const QByteArray &name, const QByteArray &value) const
{
    ScriptedResponse copy = *this;
    copy.headers.append({name, value});
    return copy;
}

ScriptedResponse ScriptedResponse::withRetryAfter(int seconds) const
{
    return withHeader("Retry-After", QByteArray::number(seconds));
}

ScriptedResponse ScriptedResponse::withTitle(const QString &text) const
{
    ScriptedResponse copy = *this;
    copy.title = text;
    return copy;
}

ScriptedResponse ScriptedResponse::withDetail(const QString &text) const
{
    ScriptedResponse copy = *this;
    copy.detail = text;
    return copy;
}

ScriptedResponse ScriptedResponse::withInstance(const QString &id) const
{
    ScriptedResponse copy = *this;
    copy.instance = id;
    return copy;
}

FakePostPressApi::FakePostPressApi(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        ++m_connectionCount;
        Q_EMIT connectionAccepted();
        onNewConnection();
    });
}

FakePostPressApi::~FakePostPressApi() = default;

bool FakePostPressApi::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

bool FakePostPressApi::listenTls(const QSslConfiguration &configuration, quint16 port)
{
    auto *server = new QSslServer(this);
    server->setSslConfiguration(configuration);
    connect(server, &QSslServer::startedEncryptionHandshake, this, [this] {
        ++m_connectionCount;
        Q_EMIT connectionAccepted();
    });
    connect(server, &QTcpServer::pendingConnectionAvailable, this, &FakePostPressApi::onNewConnection);
    delete m_server;
    m_server = server;
    return m_server->listen(QHostAddress::LocalHost, port);
}

bool FakePostPressApi::isListening() const
{
    return m_server->isListening();
}

quint16 FakePostPressApi::port() const
{
    return m_server->serverPort();
}

QUrl FakePostPressApi::baseUrl() const
{
    QUrl url;
    url.setScheme(qobject_cast<QSslServer *>(m_server) ? u"https"_s : u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(port());
    url.setPath(u"/v1"_s);
    return url;
}

QString FakePostPressApi::errorString() const
{
    return m_server->errorString();
}

void FakePostPressApi::enqueueProblem(int status, const QString &type, std::optional<int> retryAfterSeconds)
{
    ScriptedResponse response = ScriptedResponse::problem(status, type);
    if (retryAfterSeconds)
        response = response.withRetryAfter(*retryAfterSeconds);
    enqueue(response);
}

void FakePostPressApi::enqueueCheckpoint(const QString &type, const QString &source)
{
    enqueue(ScriptedResponse::checkpoint(type, source));
}

void FakePostPressApi::enqueueDelay(std::chrono::milliseconds delay)
{
    enqueue(ScriptedResponse::defaultAnswer().withDelay(delay));
}

QList<DocumentedError> FakePostPressApi::documentedErrors()
{
    QList<DocumentedError> errors;
    for (const KnownType &known : documentedTable)
        errors.append({known.status, known.type, known.title});
    return errors;
}

QString FakePostPressApi::titleFor(int status, const QString &type)
{
    const auto exact = [status, &type](const KnownType &row) { return row.status == status && row.type == type; };
    const auto sameType = [&type](const KnownType &row) { return row.type == type; };
    if (const auto *row = std::find_if(std::begin(documentedTable), std::end(documentedTable), exact);
        row != std::end(documentedTable))
        return row->title;
    if (const auto *row = std::find_if(std::begin(extraTable), std::end(extraTable), exact);
        row != std::end(extraTable))
        return row->title;
    if (const auto *row = std::find_if(std::begin(documentedTable), std::end(documentedTable), sameType);
        row != std::end(documentedTable))
        return row->title;
    return QString::fromLatin1(reasonPhrase(status)) + u'.';
}

void FakePostPressApi::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection())
        new FakeHttpConnection(socket, this);
}

void FakePostPressApi::handle(FakeHttpConnection *connection, const RecordedRequest &request)
{
    if (request.path.startsWith("/_fake/") && m_controlEnabled) {
        handleControl(connection, request);
        return;
    }
    m_requests.append(request);
    const ScriptedResponse response = m_script.isEmpty() ? ScriptedResponse::defaultAnswer() : m_script.dequeue();
    // The signal goes out after the script was consulted, so a receiver's enqueue() applies to the next request.
    Q_EMIT requestReceived(request);
    if (response.delay + m_answerDelay > 0ms) {
        QTimer::singleShot(response.delay + m_answerDelay, Qt::PreciseTimer, connection,
                           [this, connection, request, response] { answer(connection, request, response); });
        return;
    }
    answer(connection, request, response);
}

void FakePostPressApi::answer(FakeHttpConnection *connection, const RecordedRequest &request,
                              const ScriptedResponse &response)
{
    using Action = ScriptedResponse::Action;
    switch (response.action) {
    case Action::DefaultAnswer:
        answerDefault(connection, request);
        return;
    case Action::Problem: {
        const QString title =
            response.title.isEmpty() ? titleFor(response.status, response.problemType) : response.title;
        const QString detail = response.detail.isEmpty() ? statusDescription(response.status) : response.detail;
        connection->sendProblem(response.status, response.problemType, title, detail, response.instance,
                                response.headers);
        return;
    }
    case Action::Object: {
        QJsonObject body{{u"object"_s, response.objectName},
                         {u"account_id"_s, request.json().value("account_id"_L1).toString()}};
        if (!response.checkpointType.isEmpty()) {
            QJsonObject checkpoint{{u"type"_s, response.checkpointType}};
            if (!response.checkpointSource.isEmpty())
                checkpoint.insert(u"source"_s, response.checkpointSource);
            body.insert(u"checkpoint"_s, checkpoint);
        }
        connection->sendJson(response.status, body, response.headers);
        return;
    }
    case Action::Raw:
        connection->send(response.status, response.contentType, response.body, response.headers);
        return;
    case Action::Drop:
        connection->drop();
        return;
    case Action::NeverAnswer:
        connection->neverAnswer();
        return;
    case Action::EndlessBody:
        connection->trickleForever(response.headers);
        return;
    case Action::HugeBody:
        connection->sendHuge(response.bodySize, response.headers);
        return;
    case Action::ResetMidBody:
        connection->resetMidBody(response.headers);
        return;
    }
}

namespace {

// Why the body cannot be served, as (type, detail); nullopt when it is fine.
std::optional<std::pair<QString, QString>> bodyProblem(const QByteArray &body, bool needsCode)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::pair{u"errors/missing_parameters"_s, u"The body is not a JSON object."_s};
    const QJsonObject json = document.object();
    QStringList names{u"account_id"_s, u"provider"_s};
    if (needsCode)
        names << u"code"_s;
    for (const QString &name : std::as_const(names)) {
        if (!json.contains(name))
            return std::pair{u"errors/missing_parameters"_s, name + u" is required."_s};
    }
    for (const QString &name : std::as_const(names)) {
        if (!json.value(name).isString() || json.value(name).toString().isEmpty())
            return std::pair{u"errors/invalid_parameters"_s, name + u" must be a non-empty string."_s};
    }
    if (!providerNames().contains(json.value("provider"_L1).toString()))
        return std::pair{u"errors/invalid_parameters"_s,
                         u"provider must be one of "_s + providerNames().join(u", "_s) + u'.'};
    return std::nullopt;
}

} // namespace

void FakePostPressApi::answerDefault(FakeHttpConnection *connection, const RecordedRequest &request)
{
    const auto problem = [connection](int status, const QString &type, const QString &detail,
                                      const HeaderList &headers = {}) {
        connection->sendProblem(status, type, titleFor(status, type), detail, {}, headers);
    };
    const QByteArray path = request.path.split('?').constFirst();
    const bool isCheckpoint = path == "/v1/accounts/checkpoint";
    if (!isCheckpoint && path != "/v1/accounts/checkpoint/resend")
        return problem(404, u"errors/not_found"_s, u"No endpoint at "_s + QString::fromUtf8(path));
    if (request.method != "POST")
        return problem(405, u"errors/method_not_allowed"_s, u"Only POST is served here."_s, {{"Allow", "POST"}});

    const QByteArray key = request.header("x-api-key");
    if (key.isEmpty())
        return problem(401, u"errors/missing_credentials"_s, u"The X-API-KEY header is missing."_s);
    if (key != m_apiKey.toUtf8())
        return problem(401, u"errors/invalid_credentials"_s, u"The API key is not valid."_s);

    if (const auto bad = bodyProblem(request.body, isCheckpoint))
        return problem(400, bad->first, bad->second);

    const QJsonObject json = request.json();
    const QString accountId = json.value("account_id"_L1).toString();
    if (!isCheckpoint) {
        if (json.value("provider"_L1).toString() == "TWITTER"_L1)
            return problem(400, u"errors/invalid_parameters"_s, u"TWITTER does not support resending."_s);
        return connection->sendJson(
            200, {{u"object"_s, u"CheckpointResend"_s}, {u"account_id"_s, accountId}, {u"success"_s, true}});
    }
    const QString code = json.value("code"_L1).toString();
    if (code == m_goodCode)
        return connection->sendJson(201, {{u"object"_s, u"AccountCreated"_s}, {u"account_id"_s, accountId}});
    if (code == "TRY_ANOTHER_WAY"_L1) {
        return connection->sendJson(201,
                                    {{u"object"_s, u"Checkpoint"_s},
                                     {u"account_id"_s, accountId},
                                     {u"checkpoint"_s, QJsonObject{{u"type"_s, u"2FA"_s}, {u"source"_s, u"SMS"_s}}}});
    }
    problem(401, u"errors/invalid_checkpoint_solution"_s, statusDescription(401));
}

void FakePostPressApi::handleControl(FakeHttpConnection *connection, const RecordedRequest &request)
{
    const auto refuse = [connection](int status, const QString &detail) {
        connection->sendProblem(status, u"errors/invalid_request"_s, titleFor(status, {}), detail, {});
    };
    if (!connection->peerIsLoopback())
        return refuse(403, u"The control endpoint answers this computer only."_s);
    if (request.path == "/_fake/requests" && request.method == "GET") {
        return connection->send(200, "application/json", requestsJson(), {});
    }
    if (request.path == "/_fake/requests" && request.method == "DELETE") {
        clearRequests();
        return connection->send(204, {}, {}, {});
    }
    if (request.path == "/_fake/next" && request.method == "POST") {
        const std::optional<ScriptedResponse> scripted =
            scriptedFromJson(QJsonDocument::fromJson(request.body).object());
        if (!scripted)
            return refuse(400,
                          u"Send a JSON object such as {\"status\":503,\"type\":\"errors/service_unavailable\"}."_s);
        enqueue(*scripted);
        return connection->sendJson(200, {{u"queued"_s, int(m_script.size())}});
    }
    refuse(404, u"Use POST /_fake/next, GET or DELETE /_fake/requests."_s);
}

std::optional<ScriptedResponse> FakePostPressApi::scriptedFromJson(const QJsonObject &json)
{
    const int status = json.value("status"_L1).toInt(0);
    if (json.contains("status"_L1) && (status < 100 || status > 599))
        return std::nullopt;
    std::optional<ScriptedResponse> response;
    if (json.value("drop"_L1).toBool())
        response = ScriptedResponse::drop();
    else if (json.value("never_answer"_L1).toBool())
        response = ScriptedResponse::neverAnswer();
    else if (json.value("endless_body"_L1).toBool())
        response = ScriptedResponse::endlessBody();
    else if (json.value("huge_body"_L1).toBool())
        response = ScriptedResponse::hugeBody();
    else if (json.value("reset_mid_body"_L1).toBool())
        response = ScriptedResponse::resetMidBody();
    else if (json.value("raw"_L1).isString())
        response = ScriptedResponse::raw(status ? status : 200, json.value("raw"_L1).toString().toUtf8(),
                                         json.value("content_type"_L1).toString(u"text/plain"_s).toUtf8());
    else if (json.value("object"_L1).toString() == "Checkpoint"_L1)
        response = ScriptedResponse::checkpoint(json.value("checkpoint_type"_L1).toString(u"2FA"_s),
                                                json.value("checkpoint_source"_L1).toString(), status ? status : 201);
    else if (json.value("object"_L1).isString())
        response = ScriptedResponse::object(json.value("object"_L1).toString(), status ? status : 201);
    else if (status >= 400)
        response = ScriptedResponse::problem(status, json.value("type"_L1).toString(u"errors/unexpected_error"_s))
                       .withTitle(json.value("title"_L1).toString())
                       .withDetail(json.value("detail"_L1).toString())
                       .withInstance(json.value("instance"_L1).toString());
    else if (json.contains("delay_ms"_L1))
        response = ScriptedResponse::defaultAnswer();
    if (!response)
        return std::nullopt;

    response->delay = std::chrono::milliseconds(std::clamp(json.value("delay_ms"_L1).toInt(0), 0, 600'000));
    if (json.contains("retry_after"_L1))
        response = response->withRetryAfter(json.value("retry_after"_L1).toInt());
    // {"Name": "value"}, or {"Name": ["value", "value"]} for a header sent several times (WWW-Authenticate).
    const QJsonObject headers = json.value("headers"_L1).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        const QJsonArray values = it.value().isArray() ? it.value().toArray() : QJsonArray{it.value()};
        for (const QJsonValue &value : values)
            response = response->withHeader(it.key().toUtf8(), value.toString().toUtf8());
    }
    return response;
}

QByteArray FakePostPressApi::requestsJson() const
{
    QJsonArray list;
    for (const RecordedRequest &request : m_requests) {
        QJsonObject headers;
        for (auto it = request.headers.begin(); it != request.headers.end(); ++it) {
            const bool secret = it.key() == "x-api-key";
            headers.insert(QString::fromLatin1(it.key()), secret ? u"<redacted>"_s : QString::fromUtf8(it.value()));
        }
        list.append(QJsonObject{
            {u"method"_s, QString::fromLatin1(request.method)},
            {u"path"_s, QString::fromUtf8(request.path)},
            {u"headers"_s, headers},
            {u"api_key_accepted"_s, request.header("x-api-key") == m_apiKey.toUtf8()},
            {u"body"_s, QString::fromUtf8(request.body)},
        });
    }
    return QJsonDocument(list).toJson(QJsonDocument::Indented);
}
