#include "ApiTransport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHash>
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
using namespace std::chrono_literals;

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

// Qt closes a pooled connection from its HTTP thread on a coarse timer, up to 5 % late: a warm-up waits this much
// longer than the expiry, so that it never finds the old connection still open.
constexpr auto closeMargin = 500ms;

// The warm-ups of one network access manager (its child): one in flight per origin, and none while a connection
// that an earlier warm-up or exchange left open may still be pooled.
class WarmUps final : public QObject {
    Q_OBJECT

public:
    static WarmUps *of(QNetworkAccessManager *network)
    {
        auto *found = network->findChild<WarmUps *>(QString(), Qt::FindDirectChildrenOnly);
        return found ? found : new WarmUps(network);
    }

    void start(const QUrl &url, std::chrono::seconds expiry)
    {
        const QString origin = originOf(url);
        if (m_inFlight.contains(origin) || !m_pooledUntil.value(origin).hasExpired())
            return;
        m_inFlight.insert(origin);
        if (url.scheme() == "http"_L1 || tlsLoaded) {
            connectTo(url, expiry);
            return;
        }
        // Loading OpenSSL and Qt's TLS plugin, listing the ciphers and finding the system's CA store, and starting
        // libproxy take milliseconds: not on the thread that paints the window.
        QThreadPool::globalInstance()->start([self = QPointer<WarmUps>(this), url, expiry] {
            (void)QSslConfiguration::defaultConfiguration();
            (void)QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url));
            tlsLoaded = true;
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, url, expiry] {
                    if (self)
                        self->connectTo(url, expiry);
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

    void connectTo(const QUrl &url, std::chrono::seconds expiry)
    {
        // What connectToHost() and connectToHostEncrypted() do, with the POST's attributes: theirs leave HTTP/2
        // allowed for http (Qt would pool that connection under another key than the HTTP/1.1 POST's) and keep the
        // connection for Qt's default two minutes. The TLS configuration is the default one, as the POST's.
        QUrl preconnect = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
        preconnect.setScheme(preconnectPrefix + url.scheme());
        m_network->get(ApiTransport::request(preconnect, 0, {}, expiry));
    }

    // Every reply of the manager: a warm-up that connected, and a request that was answered, leave a connection that
    // Qt keeps until the request's expiry has passed.
    void onFinished(QNetworkReply *reply)
    {
        QUrl url = reply->url();
        const bool warmUp = url.scheme().startsWith(preconnectPrefix);
        if (warmUp)
            url.setScheme(url.scheme().sliced(preconnectPrefix.size()));
        const QString origin = originOf(url);
        const bool open = warmUp ? reply->error() == QNetworkReply::NoError
                                 : reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid();
        if (open) {
            const std::chrono::seconds expiry(
                reply->request().attribute(QNetworkRequest::ConnectionCacheExpiryTimeoutSecondsAttribute).toInt());
            m_pooledUntil.insert(origin, QDeadlineTimer(expiry + closeMargin));
        }
        if (warmUp) {
            m_inFlight.remove(origin);
            reply->deleteLater(); // nobody else holds the replies of warm-ups
        }
    }

    QNetworkAccessManager *m_network;
    QSet<QString> m_inFlight;
    QHash<QString, QDeadlineTimer> m_pooledUntil;
};

} // namespace

namespace ApiTransport {

std::unique_ptr<QNetworkAccessManager> makeNetworkAccessManager()
{
    auto network = std::make_unique<QNetworkAccessManager>();
    network->setProxyFactory(new SystemProxies);
    return network;
}

QNetworkRequest request(const QUrl &url, qsizetype bodySize, std::chrono::milliseconds timeout,
                        std::chrono::seconds expiry)
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
    // Fixed when a request opens a connection, and counted from the end of its last exchange (ConnectionExpiry).
    request.setAttribute(QNetworkRequest::ConnectionCacheExpiryTimeoutSecondsAttribute, int(expiry.count()));
    request.setHeader(QNetworkRequest::ContentLengthHeader, qint64(bodySize));
    request.setTransferTimeout(int(timeout.count()));
    return request;
}

QIODevice *body(const QByteArray &data)
{
    return new BodyOnce(data);
}

void warmUp(QNetworkAccessManager *network, const QUrl &url, std::chrono::seconds expiry)
{
    WarmUps::of(network)->start(url, expiry);
}

} // namespace ApiTransport

#include "ApiTransport.moc"
