#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

class QJsonObject;

// RFC 9457 problem details as the API sends them. Members that were absent or of the wrong JSON type stay empty.
struct ProblemDetails
{
    QString type;     // e.g. "errors/invalid_checkpoint_solution": compared, never fetched
    QString title;
    QString detail;   // for people: shown, never parsed
    QString instance; // the request id support asks for
    friend bool operator==(const ProblemDetails &, const ProblemDetails &) = default;
};

// What the HTTP layer saw, before any interpretation.
struct HttpResponse
{
    int status = 0;
    QByteArray body;        // at most CheckpointClient's cap
    QByteArray contentType; // as sent, parameters included
    QString requestIdHeader; // X-Request-ID or Request-Id, when present
    std::optional<int> retryAfterSeconds; // as CheckpointClient::parseRetryAfter reads it: 0..MaxRetryAfterSeconds
};

// What the client sent, for reading the answer to it: the account it was about, and the key that must never be shown.
struct SentRequest
{
    QString accountId; // as sent (trimmed); empty: not compared
    QString apiKey;    // removed from everything the answer says
};

// One answer to one request: exactly one of the kinds below, with what the agent needs to act on it. Every text in
// it that came from the server is one clean line (SafeText), cut to length and without the API key.
class Outcome
{
    Q_DECLARE_TR_FUNCTIONS(Outcome)

public:
    enum class Kind {
        Connected,        // AccountCreated or AccountReconnected: the checkpoint is cleared
        NextCheckpoint,   // object "Checkpoint": another step is needed
        CodeResent,       // object "CheckpointResend" from the resend endpoint
        UnexpectedAnswer, // a 2xx whose body we cannot vouch for (or about another account): never shown as success
        Problem,          // an HTTP error status, with problem details when the body had them
        TransportFailure, // no HTTP answer we can use
    };

    enum class Transport {
        None,
        InsecureUrl,       // refused before sending: plain http to a non-loopback host
        ConnectionRefused,
        HostNotFound,
        Tls,
        Timeout,           // our transfer timeout, not the agent's Cancel
        Canceled,          // the agent pressed Cancel
        ConnectionClosed,  // the server closed or reset the connection before a full answer
        Redirect,          // a 3xx: never followed, the key must not travel
        ResponseTooLarge,
        Proxy,             // the local proxy (not the account's PostPress proxy) failed
        NotInstalled,      // refused before sending: the app's network component is missing or broken
        Other,
    };

    // sent: what the request carried; the client always gives it (tests of the decoding alone may leave it empty).
    static Outcome fromHttpResponse(const HttpResponse &response, const SentRequest &sent = {});
    static Outcome transportFailure(Transport transport, const QString &detail, bool requestMayHaveArrived);

    Kind kind() const { return m_kind; }
    bool isSuccess() const { return m_kind == Kind::Connected; }

    int httpStatus() const { return m_httpStatus; }
    QString object() const { return m_object; }       // the "object" member of a 2xx body
    QString accountId() const { return m_accountId; } // the "account_id" member of a 2xx body
    // A 2xx naming an account other than the one sent: an UnexpectedAnswer, whatever its object says.
    bool answersAnotherAccount() const { return m_anotherAccount; }
    QString checkpointType() const { return m_checkpointType; }
    QString checkpointSource() const { return m_checkpointSource; }
    const ProblemDetails &problem() const { return m_problem; }
    bool hasProblemDetails() const { return !m_problem.type.isEmpty() || !m_problem.title.isEmpty(); }
    // A plain-text excerpt of a body that was not what the API documents (HTML from a proxy, text, bad JSON).
    QString bodyExcerpt() const { return m_bodyExcerpt; }
    QString requestIdHeader() const { return m_requestIdHeader; }
    // The id to give support: the problem's "instance", else the response header.
    QString supportRequestId() const;
    std::optional<int> retryAfterSeconds() const { return m_retryAfter; }

    Transport transport() const { return m_transport; }
    QString transportDetail() const { return m_transportDetail; } // Qt's own text, for the ticket
    // True when the request may have been applied although we got no answer (timeout, reset).
    bool requestMayHaveArrived() const { return m_requestMayHaveArrived; }

    // Longest body excerpt kept for display.
    static constexpr qsizetype MaxExcerptLength = 300;
    // Longest identifier kept (type, instance, object, account id, checkpoint type and source, request id header).
    static constexpr qsizetype MaxIdLength = 256;
    // Longest title or detail kept: all of it goes into a ticket; the window shows less.
    static constexpr qsizetype MaxTextLength = 4000;

private:
    void readProblem(const QJsonObject &json, const QString &apiKey);
    void readAnswer(const QJsonObject &json, const SentRequest &sent);

    Kind m_kind = Kind::TransportFailure;
    int m_httpStatus = 0;
    QString m_object;
    QString m_accountId;
    QString m_checkpointType;
    QString m_checkpointSource;
    ProblemDetails m_problem;
    QString m_bodyExcerpt;
    QString m_requestIdHeader;
    std::optional<int> m_retryAfter;
    Transport m_transport = Transport::None;
    QString m_transportDetail;
    bool m_requestMayHaveArrived = false;
    bool m_anotherAccount = false;
};
