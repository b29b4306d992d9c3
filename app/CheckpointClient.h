#pragma once

#include "CheckpointRequest.h"
#include "NetworkBackend.h"
#include "NetworkProvider.h"
#include "Outcome.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <memory>
#include <optional>

class QTimer;

// Talks to POST {base}/accounts/checkpoint (and /resend). Owns no globals: the network access manager,
// base URL and key come from outside. One request at a time; every accepted request ends in exactly one
// finished() signal, cancelled ones included.
//
// QtNetwork itself sits behind NetworkBackend, in a plugin (NetworkLibrary) loaded with the first request or the
// first manager, so that nothing of it is mapped on the way to the first frame.
class CheckpointClient final : public QObject, private HttpExchange::Listener {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckpointClient)

public:
    static constexpr qsizetype MaxResponseBytes = 64 * 1024;
    static constexpr std::chrono::milliseconds DefaultTimeout{30'000};

    // network: asked for the manager each time a request goes out, never before.
    CheckpointClient(NetworkProvider network, const QUrl &baseUrl, QObject *parent = nullptr);
    ~CheckpointClient() override;

    // "https://api.postpress.ai/v1"
    static QUrl defaultBaseUrl();
    // The base URL without a trailing slash: the keychain entry and the endpoint both derive from it.
    static QString normalisedBaseUrl(const QUrl &baseUrl);
    // Why this base URL must not be used (translated), or an empty string: https, or http to loopback only.
    static QString baseUrlProblem(const QUrl &baseUrl);
    // "localhost", 127.0.0.0/8 or ::1 (also IPv4-mapped), for a host as QUrl::host() gives it: QUrl has already
    // written any form of an IP address ("127.1", "[0:0::1]") in its canonical one.
    static bool isLoopbackHost(const QString &host);
    // "PostPressCheckpoint/<version> Qt/<version>"
    static QByteArray userAgent();
    // Retry-After as delta seconds or an HTTP date (relative to now), clamped to 0..MaxRetryAfterSeconds.
    static std::optional<int> parseRetryAfter(QByteArrayView value, const QDateTime &now);
    static constexpr int MaxRetryAfterSeconds = 3600;

    QUrl baseUrl() const { return m_baseUrl; }
    // Trimmed; a key that cannot travel in an HTTP header (control characters, non-ASCII) counts as no key.
    void setApiKey(const QString &key);
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    bool isBusy() const { return m_busy; }

    // Each returns false, and emits nothing, when busy, without a key or when the request is invalid.
    // A base URL that baseUrlProblem() refuses is accepted here and answered (queued) with an InsecureUrl
    // outcome, without sending anything; without the network component, likewise with NotInstalled.
    bool submit(const CheckpointRequest &request);
    bool resend(const QString &accountId, Provider provider);
    // Aborts the request in flight; finished() then reports Outcome::Transport::Canceled.
    void cancel();

Q_SIGNALS:
    void busyChanged(bool busy);
    void requestSent(); // the whole body was handed to the network (for tests and timing)
    void finished(const Outcome &outcome);

private:
    bool post(const QString &path, const QByteArray &body);
    // The exchange, or the reason (translated) there cannot be one: the network component is missing.
    std::unique_ptr<HttpExchange> send(const QString &path, const QByteArray &body, QString *problem);
    void finishQueued(const Outcome &outcome);
    void onUploaded(qint64 sent) override;
    void onReadyRead() override;
    void onTlsErrors(const QStringList &reasons) override;
    void onFinished() override;
    void onDeadline();
    Outcome outcome() const;
    Outcome transportOutcome() const;
    HttpResponse httpResponse() const;
    void finish(const Outcome &outcome);

    NetworkProvider m_network;
    QUrl m_baseUrl;
    QString m_apiKey;
    QString m_sentAccountId; // of the request in flight: an answer about another account is not its answer
    std::chrono::milliseconds m_timeout = DefaultTimeout;
    QTimer *m_deadline;
    std::unique_ptr<HttpExchange> m_exchange;
    QByteArray m_body; // the answer so far, at most MaxResponseBytes + 1 bytes
    QStringList m_tlsErrors; // every reason the certificate was refused, not only the first that Qt's text names
    qsizetype m_uploadSize = 0;
    bool m_busy = false;
    bool m_canceled = false; // the agent's cancel(), as opposed to our own timeout
    bool m_tooLarge = false;
    bool m_uploadDone = false;
};
