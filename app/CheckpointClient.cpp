#include "CheckpointClient.h"

#include "ApiBaseUrl.h"
#include "ApiKeyStore.h"
#include "ApiTransport.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

QByteArray CheckpointClient::userAgent()
{
    return QByteArrayLiteral("PostPressCheckpoint/" CHECKPOINT_VERSION " Qt/") + qVersion();
}

namespace {

bool isHeaderSafe(QStringView value)
{
    return std::all_of(value.begin(), value.end(), [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; });
}

// Errors that mean the answer did not arrive whole. Any other error that comes with an HTTP status is only Qt's
// reading of that status (400 becomes ProtocolInvalidOperationError, 401 AuthenticationRequiredError, …).
bool isTransportError(QNetworkReply::NetworkError error)
{
    const int code = int(error);
    return (code >= 1 && code <= 99)
        || (code >= 101 && code <= 199 && error != QNetworkReply::ProxyAuthenticationRequiredError)
        || error == QNetworkReply::ContentReSendError || error == QNetworkReply::ProtocolUnknownError
        || error == QNetworkReply::ProtocolFailure;
}

// IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), the form RFC 9110 requires senders to use.
QDateTime parseHttpDate(QByteArrayView text)
{
    QDateTime when = QDateTime::fromString(QString::fromLatin1(text), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    when.setTimeSpec(Qt::UTC);
    return when;
}

QString requestIdOf(const QNetworkReply &reply)
{
    QByteArray id = reply.rawHeader("X-Request-ID");
    if (id.isEmpty())
        id = reply.rawHeader("Request-Id");
    const QString text = QString::fromLatin1(id.trimmed().left(128));
    return isHeaderSafe(text) ? text : QString();
}

} // namespace

std::optional<int> CheckpointClient::parseRetryAfter(QByteArrayView value, const QDateTime &now)
{
    const QByteArrayView text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qlonglong seconds = text.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt : std::optional<int>(int(std::min<qlonglong>(seconds, MaxRetryAfterSeconds)));
    const QDateTime when = parseHttpDate(text);
    if (!when.isValid())
        return std::nullopt;
    return int(std::clamp<qint64>(now.secsTo(when), 0, MaxRetryAfterSeconds));
}

CheckpointClient::CheckpointClient(QNetworkAccessManager *network, const QUrl &baseUrl, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_baseUrl(baseUrl)
    , m_connectionExpiry(ApiTransport::ConnectionExpiry)
    , m_deadline(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, &CheckpointClient::onDeadline);
}

CheckpointClient::~CheckpointClient()
{
    if (QNetworkReply *reply = m_reply) {
        reply->disconnect(this); // abort() emits finished() at once
        reply->abort();
        reply->deleteLater();
    }
}

void CheckpointClient::setApiKey(const QString &key)
{
    // The key store's rule, applied again at the boundary: whatever reaches the header is a clean key or nothing.
    m_apiKey = ApiKeyStore::normalisedKey(key);
}

bool CheckpointClient::submit(const CheckpointRequest &request)
{
    if (request.validate() || !post(u"accounts/checkpoint"_s, request.toJson()))
        return false;
    m_sentAccountId = request.accountId.trimmed(); // as toJson() sent it
    return true;
}

bool CheckpointClient::resend(const QString &accountId, Provider provider)
{
    if (!providerSupportsResend(provider) || !CheckpointRequest::accountIdProblem(accountId.trimmed()).isEmpty())
        return false;
    if (!post(u"accounts/checkpoint/resend"_s, resendRequestJson(accountId, provider)))
        return false;
    m_sentAccountId = accountId.trimmed(); // as resendRequestJson() sent it
    return true;
}

void CheckpointClient::cancel()
{
    // Without a reply an InsecureUrl answer is already queued: that one stays the request's only outcome.
    if (!m_reply)
        return;
    m_canceled = true;
    m_reply->abort();
}

void CheckpointClient::warmUp()
{
    if (m_network && hasApiKey() && !m_busy && ApiBaseUrl::problem(m_baseUrl).isEmpty())
        ApiTransport::warmUp(m_network, m_baseUrl, m_connectionExpiry);
}

bool CheckpointClient::post(const QString &path, const QByteArray &body)
{
    if (m_busy || !hasApiKey() || !m_network)
        return false;
    m_busy = true;
    m_canceled = m_tooLarge = m_uploadDone = false;
    m_body.clear();
    m_tlsErrors.clear();
    m_uploadSize = body.size();

    if (const QString problem = ApiBaseUrl::problem(m_baseUrl); !problem.isEmpty()) {
        // Answered from the event loop, like a network outcome: the caller hears busyChanged(true) first.
        const Outcome refused = Outcome::transportFailure(Outcome::Transport::InsecureUrl, problem, false);
        QMetaObject::invokeMethod(
            this, [this, refused] { finish(refused); }, Qt::QueuedConnection);
    } else {
        send(path, body);
        m_deadline->start(m_timeout);
    }
    Q_EMIT busyChanged(true);
    return true;
}

void CheckpointClient::send(const QString &path, const QByteArray &body)
{
    const QUrl url = QUrl::fromEncoded(QString(ApiBaseUrl::normalised(m_baseUrl) + u'/' + path).toUtf8());
    QNetworkRequest request = ApiTransport::request(url, body.size(), m_timeout, m_connectionExpiry);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("X-API-KEY", m_apiKey.toLatin1());
    QIODevice *device = ApiTransport::body(body);
    QNetworkReply *reply = m_network->post(request, device);
    device->setParent(reply);
    m_reply = reply;
    connect(reply, &QNetworkReply::uploadProgress, this, &CheckpointClient::onUploaded);
    connect(reply, &QNetworkReply::readyRead, this, &CheckpointClient::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &CheckpointClient::onFinished);
    // Only noted: nothing here ever ignores a TLS error, so the handshake fails after this. Every reason is kept, not
    // only the first that Qt's text names.
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors) {
            if (!m_tlsErrors.contains(error.errorString()))
                m_tlsErrors.append(error.errorString());
        }
    });
}

void CheckpointClient::onUploaded(qint64 sent)
{
    if (m_uploadDone || sent < m_uploadSize)
        return;
    m_uploadDone = true;
    Q_EMIT requestSent();
}

void CheckpointClient::onReadyRead()
{
    if (!m_reply || m_tooLarge)
        return;
    m_body += m_reply->read(MaxResponseBytes + 1 - m_body.size());
    if (m_body.size() > MaxResponseBytes) {
        m_tooLarge = true;
        m_reply->abort();
    }
}

void CheckpointClient::onFinished()
{
    if (!m_reply)
        return;
    if (!m_tooLarge && m_reply->isOpen()) {
        m_body += m_reply->read(MaxResponseBytes + 1 - m_body.size());
        m_tooLarge = m_body.size() > MaxResponseBytes;
    }
    finish(outcome());
}

void CheckpointClient::onDeadline()
{
    // A body that trickles forever keeps Qt's inactivity timeout from firing; this limits the whole exchange.
    if (m_reply)
        m_reply->abort();
}

Outcome CheckpointClient::outcome() const
{
    if (m_tooLarge) {
        return Outcome::transportFailure(
            Outcome::Transport::ResponseTooLarge,
            tr("The server's answer was larger than %1 KiB, far more than this API sends; it was not read.")
                .arg(MaxResponseBytes / 1024),
            true);
    }
    if (m_reply->error() == QNetworkReply::OperationCanceledError)
        return transportOutcome();
    // Checked before the error: Qt 6.4 ends a 307/308 to a POST with ContentReSendError even when told not to
    // follow it, and the agent needs to hear "redirect", not "connection closed".
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 && status < 400) {
        const QUrl target =
            m_reply->url().resolved(m_reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
        // Host and port only: a redirect target may carry credentials or tokens in its other parts.
        QString host = target.host();
        if (host.isEmpty())
            host = tr("an unknown address");
        else if (target.port() != -1)
            host += u':' + QString::number(target.port());
        return Outcome::transportFailure(
            Outcome::Transport::Redirect,
            tr("The server answered HTTP %1, a redirect to %2. The request was not sent there.").arg(status).arg(host),
            false);
    }
    if (status < 100 || isTransportError(m_reply->error()))
        return transportOutcome();
    // Proxies and debugging gateways may echo the request back: Outcome removes the key from what it decodes.
    return Outcome::fromHttpResponse(httpResponse(), {m_sentAccountId, m_apiKey});
}

Outcome CheckpointClient::transportOutcome() const
{
    using Transport = Outcome::Transport;
    const QString detail = m_reply->errorString();
    switch (m_reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return Outcome::transportFailure(Transport::ConnectionRefused, detail, false);
    case QNetworkReply::HostNotFoundError:
        return Outcome::transportFailure(Transport::HostNotFound, detail, false);
    case QNetworkReply::SslHandshakeFailedError:
        if (m_tlsErrors.isEmpty())
            return Outcome::transportFailure(Transport::Tls, detail, false);
        return Outcome::transportFailure(Transport::Tls,
                                         tr("The TLS handshake failed: %1").arg(m_tlsErrors.join(u"; "_s)), false);
    case QNetworkReply::RemoteHostClosedError:
        return Outcome::transportFailure(Transport::ConnectionClosed, detail, m_uploadDone);
    case QNetworkReply::ContentReSendError: // Qt wanted to send the body a second time: it had been read once
        return Outcome::transportFailure(Transport::ConnectionClosed,
                                         tr("The server closed the connection without answering."), true);
    case QNetworkReply::TimeoutError:
        return Outcome::transportFailure(Transport::Timeout, detail, m_uploadDone);
    case QNetworkReply::OperationCanceledError:
        if (m_canceled)
            return Outcome::transportFailure(Transport::Canceled, tr("Canceled."), m_uploadDone);
        return Outcome::transportFailure(
            Transport::Timeout, tr("No complete answer within %n second(s).", nullptr, int(m_timeout.count() / 1000)),
            m_uploadDone);
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return Outcome::transportFailure(Transport::Redirect, detail, false);
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        return Outcome::transportFailure(Transport::Proxy, detail, false);
    default:
        return Outcome::transportFailure(Transport::Other, detail, m_uploadDone);
    }
}

HttpResponse CheckpointClient::httpResponse() const
{
    HttpResponse response;
    response.status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = m_body;
    response.contentType = m_reply->rawHeader("Content-Type");
    response.requestIdHeader = requestIdOf(*m_reply);
    response.retryAfterSeconds = parseRetryAfter(m_reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
    return response;
}

void CheckpointClient::finish(const Outcome &outcome)
{
    m_deadline->stop();
    if (QNetworkReply *reply = m_reply) {
        reply->disconnect(this);
        reply->deleteLater(); // safe inside its own finished signal
    }
    m_reply = nullptr;
    m_busy = false;
    const QPointer<CheckpointClient> alive(this);
    Q_EMIT busyChanged(false);
    if (alive)
        Q_EMIT finished(outcome);
}
