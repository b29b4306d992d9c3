#pragma once

#include "CheckpointRequest.h"
#include "Outcome.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <optional>

class QTimer;

// Talks to POST {base}/accounts/checkpoint (and /resend). Owns no globals: the network access manager,
// base URL and key come from outside. One request at a time; every accepted request ends in exactly one
// finished() signal, cancelled ones included. The transport rules are ApiTransport's.
class CheckpointClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckpointClient)

public:
    static constexpr qsizetype MaxResponseBytes = 64 * 1024;
    static constexpr std::chrono::milliseconds DefaultTimeout{30'000};

    // network: may come later (setNetwork()); the app makes its manager after the first frame.
    CheckpointClient(QNetworkAccessManager *network, const QUrl &baseUrl, QObject *parent = nullptr);
    ~CheckpointClient() override;

    // "PostPressCheckpoint/<version> Qt/<version>"
    static QByteArray userAgent();
    // Retry-After as delta seconds or an HTTP date (relative to now), clamped to 0..MaxRetryAfterSeconds: the one
    // clamp, since the Retry button waits for it. A bogus Retry-After must not lock that button for hours; a person
    // still decides when to retry.
    static std::optional<int> parseRetryAfter(QByteArrayView value, const QDateTime &now);
    static constexpr int MaxRetryAfterSeconds = 3600;

    QUrl baseUrl() const { return m_baseUrl; }
    void setNetwork(QNetworkAccessManager *network) { m_network = network; }
    QNetworkAccessManager *network() const { return m_network; }
    // Trimmed; a key that cannot travel in an HTTP header (control characters, non-ASCII) counts as no key.
    void setApiKey(const QString &key);
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    // How long a connection stays open with nothing to do (ApiTransport::ConnectionExpiry; tests shorten it).
    void setConnectionExpiry(std::chrono::seconds expiry) { m_connectionExpiry = expiry; }

    bool isBusy() const { return m_busy; }

    // Each returns false, and emits nothing, when busy, without a key or a network access manager, or when the
    // request is invalid. A base URL that ApiBaseUrl::problem() refuses is accepted here and answered (queued) with an
    // InsecureUrl outcome, without sending anything.
    bool submit(const CheckpointRequest &request);
    bool resend(const QString &accountId, Provider provider);
    // Aborts the request in flight; finished() then reports Outcome::Transport::Canceled.
    void cancel();
    // Opens the connection the next request will use (ApiTransport::warmUp), when there is a network access manager,
    // a key, an acceptable base URL and no request in flight; nothing is sent on it. Safe to call often.
    void warmUp();

Q_SIGNALS:
    void busyChanged(bool busy);
    void requestSent(); // the whole body was handed to the network (for tests and timing)
    void finished(const Outcome &outcome);

private:
    bool post(const QString &path, const QByteArray &body);
    void send(const QString &path, const QByteArray &body);
    void onUploaded(qint64 sent);
    void onReadyRead();
    void onFinished();
    void onDeadline();
    Outcome outcome() const;
    Outcome transportOutcome() const;
    HttpResponse httpResponse() const;
    void finish(const Outcome &outcome);

    QPointer<QNetworkAccessManager> m_network;
    QUrl m_baseUrl;
    QString m_apiKey;
    QString m_sentAccountId; // of the request in flight: an answer about another account is not its answer
    std::chrono::milliseconds m_timeout = DefaultTimeout;
    std::chrono::seconds m_connectionExpiry;
    QTimer *m_deadline;
    QPointer<QNetworkReply> m_reply; // the manager may go first (tests)
    QByteArray m_body; // the answer so far, at most MaxResponseBytes + 1 bytes
    QStringList m_tlsErrors; // every reason the certificate was refused, not only the first that Qt's text names
    qsizetype m_uploadSize = 0;
    bool m_busy = false;
    bool m_canceled = false; // the agent's cancel(), as opposed to our own timeout
    bool m_tooLarge = false;
    bool m_uploadDone = false;
};
