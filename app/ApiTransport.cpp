#include "ApiTransport.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSet>
#include <QSslConfiguration>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

constexpr QLatin1StringView preconnectPrefix("preconnect-");

// connectToHostEncrypted() asks the proxy factory about "preconnect-https://host:port", the POST about
// "https://host/…"; libproxy and the environment choose a proxy by scheme, so the warm-up could go through another
// proxy (or none) and open a connection the POST never uses. Both are asked as the POST.
class SystemProxies final : public QNetworkProxyFactory {
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        QNetworkProxyQuery asked(query);
        if (const QString scheme = query.url().scheme(); scheme.startsWith(preconnectPrefix)) {
            QUrl url = query.url();
            url.setScheme(scheme.sliced(preconnectPrefix.size()));
            asked.setUrl(url);
        }
        return systemProxyForQuery(asked);
    }
};

class BodyOnce final : public QIODevice {
public:
    explicit BodyOnce(const QByteArray &data)
        : m_data(data)
    {
        open(QIODevice::ReadOnly);
    }

    bool isSequential() const override { return true; }
    // Only while nothing has been read: Qt reads the body to write it to the socket, so an unread body is an unsent
    // one, and sending it on a new connection uses the code once.
    bool reset() override { return m_position == 0; }
    bool seek(qint64 position) override { return position == 0 && m_position == 0; }
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

// "https://host:443": the port always written, as Qt writes it in the warm-up's reply and the API URL may leave it out.
QString originOf(const QUrl &url)
{
    QUrl origin = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    origin.setPort(origin.port(origin.scheme() == "https"_L1 ? 443 : 80));
    return origin.toString(QUrl::FullyEncoded);
}

std::atomic_bool tlsLoaded = false;

// The warm-ups in flight on one network access manager (its child), one per origin.
class WarmUps final : public QObject {
    Q_OBJECT

public:
    static WarmUps *of(QNetworkAccessManager *network)
    {
        auto *found = network->findChild<WarmUps *>(QString(), Qt::FindDirectChildrenOnly);
        return found ? found : new WarmUps(network);
    }

    void start(const QUrl &url)
    {
        if (m_inFlight.contains(originOf(url)))
            return;
        m_inFlight.insert(originOf(url));
        if (url.scheme() == "http"_L1 || tlsLoaded) {
            connectTo(url);
            return;
        }
        // Loading OpenSSL and Qt's TLS plugin, listing the ciphers and finding the system's CA store, and starting
        // libproxy take milliseconds: not on the thread that paints the window.
        QThreadPool::globalInstance()->start([self = QPointer<WarmUps>(this), url] {
            (void)QSslConfiguration::defaultConfiguration();
            (void)QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url));
            tlsLoaded = true;
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, url] {
                    if (self)
                        self->connectTo(url);
                },
                Qt::QueuedConnection);
        });
    }

private:
    explicit WarmUps(QNetworkAccessManager *network)
        : QObject(network)
        , m_network(network)
    {
        connect(network, &QNetworkAccessManager::finished, this, &WarmUps::onFinished);
    }

    void connectTo(const QUrl &url)
    {
        if (url.scheme() == "http"_L1) {
            // What connectToHost() does, but with the POST's attributes: connectToHost() leaves HTTP/2 allowed, and
            // Qt pools such a connection under another key than the HTTP/1.1 POST's, which would then open its own.
            QUrl preconnect = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
            preconnect.setScheme(preconnectPrefix + u"http"_s);
            m_network->get(ApiTransport::request(preconnect, 0, {}));
            return;
        }
        // The POST's own TLS configuration: the pooled connection keeps the one it was opened with. HTTP/2 stays off,
        // as for the POST, since the configuration offers no h2 in ALPN.
        const QNetworkRequest like = ApiTransport::request(url, 0, {});
        m_network->connectToHostEncrypted(url.host(), quint16(url.port(443)), like.sslConfiguration());
    }

    void onFinished(QNetworkReply *reply)
    {
        if (!reply->url().scheme().startsWith(preconnectPrefix))
            return;
        QUrl origin = reply->url();
        origin.setScheme(origin.scheme().sliced(preconnectPrefix.size()));
        m_inFlight.remove(originOf(origin));
        reply->deleteLater(); // nobody else holds the replies that connectToHost() makes
    }

    QNetworkAccessManager *m_network;
    QSet<QString> m_inFlight;
};

} // namespace

namespace ApiTransport {

std::unique_ptr<QNetworkAccessManager> makeNetworkAccessManager()
{
    auto network = std::make_unique<QNetworkAccessManager>();
    network->setProxyFactory(new SystemProxies);
    return network;
}

QNetworkRequest request(const QUrl &url, qsizetype bodySize, std::chrono::milliseconds timeout)
{
    QNetworkRequest request(url);
    // Never follow a redirect: Qt would re-send the POST, key included, to wherever it points.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // With body(), a connection lost after the code went out ends the request instead of repeating it.
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
    request.setHeader(QNetworkRequest::ContentLengthHeader, qint64(bodySize));
    request.setTransferTimeout(int(timeout.count()));
    return request;
}

QIODevice *body(const QByteArray &data)
{
    return new BodyOnce(data);
}

void warmUp(QNetworkAccessManager *network, const QUrl &url)
{
    WarmUps::of(network)->start(url);
}

} // namespace ApiTransport

#include "ApiTransport.moc"
