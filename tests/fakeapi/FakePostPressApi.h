#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QObject>
#include <QQueue>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>
#include <utility>

class QTcpServer;
class FakeHttpConnection;

// One request as the fake API received it.
struct RecordedRequest {
    QByteArray method; // "POST"
    QByteArray path; // the request target as sent: "/v1/accounts/checkpoint"
    QMap<QByteArray, QByteArray> headers; // names lower case; repeated headers joined with ", "
    QByteArray body; // raw bytes

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    // The body parsed as a JSON object; empty when it is not one.
    QJsonObject json() const;
};

// One row of the endpoint page's error list.
struct DocumentedError {
    int status = 0;
    QString type; // "errors/invalid_checkpoint_solution"
    QString title; // the sentence the endpoint page gives for that type
};

// What the fake does with the next request instead of (or before) its default behaviour.
// Build one with the static functions, refine it with the with…() functions, queue it with
// FakePostPressApi::enqueue().
struct ScriptedResponse {
    enum class Action {
        DefaultAnswer, // behave like the real service (useful with a delay)
        Problem, // problem+json envelope for status/type; title and detail from the built-in table
        Object, // a 2xx JSON object: {"object": …, "account_id": <from the request>, [checkpoint]}
        Raw, // status, content type and body exactly as given
        Drop, // read the request, close the connection without answering
        NeverAnswer, // keep the connection open, send nothing
        EndlessBody, // headers with a large Content-Length, then a byte trickle that never completes
        HugeBody, // a complete answer with a body of bodySize bytes
        ResetMidBody, // headers and half of the announced body, then a TCP reset
    };

    Action action = Action::DefaultAnswer;
    int status = 200;
    QString problemType;
    QString title; // Problem: empty means "from the table"
    QString detail; // Problem: empty means "from the table"
    QString instance; // Problem: empty means a fresh "req_…"; also sent as X-Request-ID
    QString objectName;
    QString checkpointType;
    QString checkpointSource;
    QByteArray contentType;
    QByteArray body;
    qsizetype bodySize = 0;
    QList<std::pair<QByteArray, QByteArray>> headers; // extra response headers, sent as given
    std::chrono::milliseconds delay{0};

    static ScriptedResponse defaultAnswer();
    static ScriptedResponse problem(int status, const QString &type);
    static ScriptedResponse checkpoint(const QString &type, const QString &source = {}, int status = 201);
    // e.g. object(u"AccountReconnected"_s) or object(u"Surprise"_s, 202)
    static ScriptedResponse object(const QString &objectName, int status = 201);
    static ScriptedResponse raw(int status, const QByteArray &body, const QByteArray &contentType);
    static ScriptedResponse drop();
    static ScriptedResponse neverAnswer();
    static ScriptedResponse endlessBody();
    static ScriptedResponse hugeBody(qsizetype bytes = 10 * 1024 * 1024);
    static ScriptedResponse resetMidBody();

    ScriptedResponse withDelay(std::chrono::milliseconds wait) const;
    ScriptedResponse withHeader(const QByteArray &name, const QByteArray &value) const;
    ScriptedResponse withRetryAfter(int seconds) const;
    ScriptedResponse withTitle(const QString &text) const;
    ScriptedResponse withDetail(const QString &text) const;
    ScriptedResponse withInstance(const QString &id) const;
};

// A small HTTP/1.1 server on 127.0.0.1 that behaves like POST {base}/accounts/checkpoint and /resend of the
// PostPress API, records every request, and can be scripted to misbehave. Runs in the caller's event loop.
class FakePostPressApi final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakePostPressApi)

public:
    static constexpr qsizetype MaxRequestHeaderBytes = 64 * 1024;
    static constexpr qsizetype MaxRequestBodyBytes = 1024 * 1024;

    explicit FakePostPressApi(QObject *parent = nullptr);
    ~FakePostPressApi() override;

    // Binds 127.0.0.1 only; port 0 picks a free one.
    bool listen(quint16 port = 0);
    // The same over TLS with this configuration (certificate and key): https from then on.
    bool listenTls(const QSslConfiguration &configuration, quint16 port = 0);
    bool isListening() const;
    quint16 port() const;
    // http://127.0.0.1:PORT/v1, or https:// after listenTls()
    QUrl baseUrl() const;
    QString errorString() const;

    static QString defaultApiKey() { return QStringLiteral("demo-key"); }
    static QString defaultGoodCode() { return QStringLiteral("123456"); }
    void setApiKey(const QString &key) { m_apiKey = key; }
    QString apiKey() const { return m_apiKey; }
    void setGoodCode(const QString &code) { m_goodCode = code; }
    QString goodCode() const { return m_goodCode; }

    // POST /_fake/next and GET /_fake/requests (for scripts and demos). Off by default.
    void setControlEndpointEnabled(bool enabled) { m_controlEnabled = enabled; }

    // TCP connections accepted so far: a request on a connection opened ahead of time adds none.
    int connectionCount() const { return m_connectionCount; }
    // Accepted connections not closed yet.
    int openConnectionCount() const { return m_openConnections; }
    // A connection idle this long (open, or done with its last answer, and nothing received since) is closed, as
    // servers close kept-alive connections. Zero (the default) keeps them open.
    void setIdleTimeout(std::chrono::milliseconds timeout) { m_idleTimeout = timeout; }
    std::chrono::milliseconds idleTimeout() const { return m_idleTimeout; }
    // The race of an idle timeout with a request: one that arrives on an idle connection less than `window` before
    // the idle timeout closes it meets that close, unread and unrecorded, as when the server's close and the request
    // cross on the wire. Zero (the default): every request that arrives in time is answered.
    void setIdleCloseRace(std::chrono::milliseconds window) { m_idleCloseRace = window; }
    std::chrono::milliseconds idleCloseRace() const { return m_idleCloseRace; }
    // Every answer waits this long first (server time), on top of a script's own delay.
    void setAnswerDelay(std::chrono::milliseconds delay) { m_answerDelay = delay; }

    // Answers are taken first in, first out; each one serves exactly one request, whatever its path.
    void enqueue(const ScriptedResponse &response) { m_script.enqueue(response); }
    void enqueueProblem(int status, const QString &type, std::optional<int> retryAfterSeconds = std::nullopt);
    void enqueueCheckpoint(const QString &type, const QString &source = {});
    void enqueueDelay(std::chrono::milliseconds delay); // then the default answer
    qsizetype scriptedCount() const { return m_script.size(); }
    void clearScript() { m_script.clear(); }
    // Parses the control endpoint's JSON ({"status":503,"type":…}, {"drop":true}, …); nullopt if unusable.
    static std::optional<ScriptedResponse> scriptedFromJson(const QJsonObject &json);

    QList<RecordedRequest> requests() const { return m_requests; }
    qsizetype requestCount() const { return m_requests.size(); }
    void clearRequests() { m_requests.clear(); }
    // The recorded requests as JSON, X-API-KEY values redacted.
    QByteArray requestsJson() const;

    // Every status/type of the endpoint page, in its order, with its titles.
    static QList<DocumentedError> documentedErrors();
    // The title the fake sends for a type: the documented one, else a known extra, else the HTTP reason phrase.
    static QString titleFor(int status, const QString &type);

Q_SIGNALS:
    void requestReceived(const RecordedRequest &request);
    void connectionAccepted();

private:
    friend class FakeHttpConnection;
    void onNewConnection();
    void handle(FakeHttpConnection *connection, const RecordedRequest &request);
    void handleControl(FakeHttpConnection *connection, const RecordedRequest &request);
    void answer(FakeHttpConnection *connection, const RecordedRequest &request, const ScriptedResponse &response);
    void answerDefault(FakeHttpConnection *connection, const RecordedRequest &request);

    QTcpServer *m_server;
    QString m_apiKey = defaultApiKey();
    QString m_goodCode = defaultGoodCode();
    bool m_controlEnabled = false;
    QQueue<ScriptedResponse> m_script;
    QList<RecordedRequest> m_requests;
    int m_connectionCount = 0;
    int m_openConnections = 0;
    std::chrono::milliseconds m_idleTimeout{0};
    std::chrono::milliseconds m_answerDelay{0};
    std::chrono::milliseconds m_idleCloseRace{0};
};

Q_DECLARE_METATYPE(RecordedRequest)
Q_DECLARE_METATYPE(ScriptedResponse)
