#pragma once

#include "CheckpointRequest.h"
#include "Outcome.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

// Talks to POST {base}/accounts/checkpoint (and /resend). Owns no globals: the network access manager,
// base URL and key come from outside. One request at a time; every accepted request ends in exactly one
// finished() signal, cancelled ones included.
class CheckpointClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckpointClient)

public:
    static constexpr qsizetype MaxResponseBytes = 64 * 1024;
    static constexpr std::chrono::milliseconds DefaultTimeout{30'000};

    CheckpointClient(QNetworkAccessManager *network, const QUrl &baseUrl, QObject *parent = nullptr);
    ~CheckpointClient() override;

    // "https://api.postpress.ai/v1"
    static QUrl defaultBaseUrl();
    // The base URL without a trailing slash: the keychain entry and the endpoint both derive from it.
    static QString normalisedBaseUrl(const QUrl &baseUrl);
    // Why this base URL must not be used (translated), or an empty string: https, or http to loopback only.
    static QString baseUrlProblem(const QUrl &baseUrl);
    // "PostPressCheckpoint/<version> Qt/<version>"
    static QByteArray userAgent();

    QUrl baseUrl() const { return m_baseUrl; }
    void setApiKey(const QString &key);
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    bool isBusy() const { return !m_reply.isNull(); }

    // Each returns false, and emits nothing, when busy, without a key or when the request is invalid.
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
    void onReadyRead();
    void onFinished();
    void finish(const Outcome &outcome);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_apiKey;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_body;
    bool m_canceled = false;
    bool m_tooLarge = false;
    bool m_uploadDone = false;
};
