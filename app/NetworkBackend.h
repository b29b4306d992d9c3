#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QtPlugin>

#include <chrono>
#include <memory>

class QObject;

// One POST in flight, made by NetworkBackend::post(). What CheckpointClient needs from a QNetworkReply, in its own
// terms: the client words every outcome; the plugin only reports facts.
class HttpExchange {
public:
    // How the exchange ended. The plugin maps QNetworkReply::NetworkError onto these.
    enum class Error {
        None,
        FromHttpStatus, // only Qt's reading of an HTTP status (400, 401, 500 …): the answer itself arrived whole
        ProxyAuthenticationRequired, // a 407; with an HTTP status it is an answer like FromHttpStatus
        ConnectionRefused,
        HostNotFound,
        TlsHandshakeFailed,
        RemoteHostClosed,
        ContentReSend, // Qt wanted to send the request a second time; it had gone out once
        Timeout, // Qt's transfer timeout
        Canceled, // abort()
        Redirect, // too many redirects, or one from https to http
        Proxy, // the local proxy refused, closed, timed out or was not found
        OtherTransport, // any other failure before the whole answer arrived
    };

    // Told what happens, from the event loop. Not called after the exchange is destroyed.
    class Listener {
    public:
        virtual void onUploaded(qint64 bytesSent) = 0;
        virtual void onReadyRead() = 0;
        // Every reason the server's certificate was refused; the handshake then fails (nothing ignores them).
        virtual void onTlsErrors(const QStringList &reasons) = 0;
        virtual void onFinished() = 0;

    protected:
        Listener() = default;
        ~Listener() = default;
        Q_DISABLE_COPY_MOVE(Listener)
    };

    // Destroying a running exchange aborts it without a word to the listener.
    virtual ~HttpExchange() = default;
    // Ends the exchange: the listener hears onFinished() with Error::Canceled (at once, as QNetworkReply does).
    virtual void abort() = 0;
    virtual QByteArray read(qint64 maxSize) = 0;
    virtual bool isOpen() const = 0;
    virtual Error error() const = 0;
    virtual QString errorString() const = 0;
    // 0 without an HTTP answer.
    virtual int httpStatus() const = 0;
    virtual QByteArray rawHeader(const QByteArray &name) const = 0;
    virtual QUrl url() const = 0;
    // A 3xx's Location, as sent (possibly relative); empty otherwise.
    virtual QUrl redirectTarget() const = 0;

protected:
    HttpExchange() = default;
    Q_DISABLE_COPY_MOVE(HttpExchange)
};

struct HttpPost {
    QUrl url;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // besides Content-Length, which the backend sets from the body
    std::chrono::milliseconds transferTimeout{30'000};
};

// What CheckpointClient needs from QtNetwork, behind a plugin boundary: QtNetwork and what it links (Kerberos,
// GSSAPI, libproxy: nine shared objects and about 1.7 MB) have no business on the way to the first frame, so the app
// loads the plugin that implements this (app/network) when the network is first needed, after the first frame.
// The backend fixes the transport's policy (no redirects followed, no POST sent twice, no cache, no cookies, HTTP/1.1);
// the core decides what is sent and what an answer means.
class NetworkBackend {
public:
    virtual ~NetworkBackend() = default;
    // A QNetworkAccessManager (as a QObject: the core links no QtNetwork) using the system's proxy configuration.
    // The caller owns it.
    virtual QObject *createManager() const = 0;
    // Sends `post` through `manager` (a QNetworkAccessManager, or a subclass as tests use). The body goes out as a
    // device that cannot be rewound, so a connection lost before the answer ends the exchange (ContentReSend or
    // RemoteHostClosed) instead of sending the same code again. nullptr when `manager` is not a network access manager.
    virtual std::unique_ptr<HttpExchange> post(QObject *manager, const HttpPost &post,
                                               HttpExchange::Listener *listener) const = 0;

protected:
    NetworkBackend() = default;
    Q_DISABLE_COPY_MOVE(NetworkBackend)
};

#define NetworkBackend_iid "ai.postpress.Checkpoint.NetworkBackend/1"
Q_DECLARE_INTERFACE(NetworkBackend, NetworkBackend_iid)
