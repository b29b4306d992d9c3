// The NetworkBackend plugin: QNetworkAccessManager behind NetworkBackend. Built as a module of its own
// (postpress-checkpoint-network), loaded by NetworkLibrary when the network is first needed.
#include "NetworkBackend.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSslError>

#include <algorithm>
#include <cstring>

namespace {

// The request body as a device that cannot be rewound: when a connection dies before the answer, Qt 6.4 would
// otherwise silently send the same POST again (a second use of a single-use code). With this device it stops
// with ContentReSendError instead.
class SequentialBody final : public QIODevice {
public:
    explicit SequentialBody(const QByteArray &data)
        : m_data(data)
    {
        open(QIODevice::ReadOnly);
    }

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_position + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min<qint64>(maxSize, m_data.size() - m_position);
        std::memcpy(data, m_data.constData() + m_position, size_t(count));
        m_position += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

HttpExchange::Error errorOf(QNetworkReply::NetworkError error)
{
    using E = HttpExchange::Error;
    switch (error) {
    case QNetworkReply::NoError:
        return E::None;
    case QNetworkReply::ConnectionRefusedError:
        return E::ConnectionRefused;
    case QNetworkReply::HostNotFoundError:
        return E::HostNotFound;
    case QNetworkReply::SslHandshakeFailedError:
        return E::TlsHandshakeFailed;
    case QNetworkReply::RemoteHostClosedError:
        return E::RemoteHostClosed;
    case QNetworkReply::ContentReSendError:
        return E::ContentReSend;
    case QNetworkReply::TimeoutError:
        return E::Timeout;
    case QNetworkReply::OperationCanceledError:
        return E::Canceled;
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return E::Redirect;
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return E::ProxyAuthenticationRequired;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownProxyError:
        return E::Proxy;
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolFailure:
        return E::OtherTransport;
    default:
        break;
    }
    // The network layer's range (1-99) means the answer did not arrive whole; the content (2xx), protocol (3xx) and
    // server (4xx) ranges are Qt's reading of the HTTP status the server sent.
    const int code = int(error);
    return code >= 1 && code <= 199 ? E::OtherTransport : E::FromHttpStatus;
}

class ReplyExchange final : public HttpExchange {
public:
    ReplyExchange(QNetworkReply *reply, Listener *listener)
        : m_reply(reply)
    {
        QObject::connect(reply, &QNetworkReply::uploadProgress, &m_context,
                         [listener](qint64 sent, qint64) { listener->onUploaded(sent); });
        QObject::connect(reply, &QNetworkReply::readyRead, &m_context, [listener] { listener->onReadyRead(); });
        QObject::connect(reply, &QNetworkReply::finished, &m_context, [listener] { listener->onFinished(); });
        // Only reported: nothing here ever ignores a TLS error, so the handshake fails after this.
        QObject::connect(reply, &QNetworkReply::sslErrors, &m_context, [listener](const QList<QSslError> &errors) {
            QStringList reasons;
            for (const QSslError &error : errors)
                reasons << error.errorString();
            listener->onTlsErrors(reasons);
        });
    }

    ~ReplyExchange() override
    {
        if (QNetworkReply *reply = m_reply) {
            QObject::disconnect(reply, nullptr, &m_context, nullptr); // abort() emits finished() at once
            if (reply->isRunning())
                reply->abort();
            reply->deleteLater();
        }
    }

    void abort() override
    {
        if (m_reply)
            m_reply->abort();
    }
    QByteArray read(qint64 maxSize) override { return m_reply ? m_reply->read(maxSize) : QByteArray(); }
    bool isOpen() const override { return m_reply && m_reply->isOpen(); }
    Error error() const override { return m_reply ? errorOf(m_reply->error()) : Error::Canceled; }
    QString errorString() const override { return m_reply ? m_reply->errorString() : QString(); }
    int httpStatus() const override
    {
        return m_reply ? m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
    }
    QByteArray rawHeader(const QByteArray &name) const override
    {
        return m_reply ? m_reply->rawHeader(name) : QByteArray();
    }
    QUrl url() const override { return m_reply ? m_reply->url() : QUrl(); }
    QUrl redirectTarget() const override
    {
        return m_reply ? m_reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl() : QUrl();
    }

private:
    QPointer<QNetworkReply> m_reply; // the manager may go first (tests)
    QObject m_context; // the receiver of the reply's signals, so that they stop with this exchange
};

QNetworkRequest networkRequest(const HttpPost &post)
{
    QNetworkRequest request(post.url);
    // Never follow a redirect: Qt would re-send the POST, key included, to wherever it points.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // With the sequential body, a connection lost before the answer ends the request instead of repeating it.
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    // HTTP/1.1 is what the single-send behaviour above was verified with; one small request gains nothing from h2.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    // No HTTP authentication: Qt 6.4 answers a 401/407 challenging NTLM or Negotiate by sending the POST again
    // (the sequential body then ends it as ContentReSendError, "result unknown", for a plainly rejected code), and
    // Negotiate would offer the agent's Kerberos ticket. Manual makes Qt hand over the 401/407 and its body as is.
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setHeader(QNetworkRequest::ContentLengthHeader, qint64(post.body.size()));
    for (const auto &[name, value] : post.headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(int(post.transferTimeout.count()));
    return request;
}

class QtNetworkBackend final : public QObject, public NetworkBackend {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID NetworkBackend_iid)
    Q_INTERFACES(NetworkBackend)

public:
    QObject *createManager() const override
    {
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        return new QNetworkAccessManager;
    }

    std::unique_ptr<HttpExchange> post(QObject *manager, const HttpPost &post,
                                       HttpExchange::Listener *listener) const override
    {
        auto *network = qobject_cast<QNetworkAccessManager *>(manager);
        if (!network)
            return nullptr;
        auto *device = new SequentialBody(post.body);
        QNetworkReply *reply = network->post(networkRequest(post), device);
        device->setParent(reply);
        return std::make_unique<ReplyExchange>(reply, listener);
    }
};

} // namespace

#include "QtNetworkBackend.moc"
