#include "CheckpointClient.h"

#include "ApiKeyController.h"
#include "NetworkLibrary.h"

#include <QTimer>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

QUrl CheckpointClient::defaultBaseUrl()
{
    return QUrl(u"https://api.postpress.ai/v1"_s);
}

QString CheckpointClient::normalisedBaseUrl(const QUrl &baseUrl)
{
    QString text = baseUrl.adjusted(QUrl::NormalizePathSegments | QUrl::RemoveQuery | QUrl::RemoveFragment)
                       .toString(QUrl::FullyEncoded);
    while (text.endsWith(u'/'))
        text.chop(1);
    return text;
}

QString CheckpointClient::baseUrlProblem(const QUrl &baseUrl)
{
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return tr("The API URL \"%1\" is not a valid URL.").arg(baseUrl.toString());
    if (!baseUrl.userInfo().isEmpty())
        return tr("The API URL must not contain a user name or password.");
    if (baseUrl.hasQuery() || baseUrl.hasFragment())
        return tr("The API URL must not contain a query (?) or a fragment (#).");
    const QString scheme = baseUrl.scheme().toLower();
    if (scheme == "https"_L1)
        return {};
    if (scheme == "http"_L1) {
        if (isLoopbackHost(baseUrl.host()))
            return {};
        return tr("The API URL \"%1\" uses plain http. Only https is allowed, except for this computer "
                  "(localhost, 127.0.0.1, ::1) when testing.")
            .arg(baseUrl.toString());
    }
    return tr("The API URL \"%1\" must start with https://.").arg(baseUrl.toString());
}

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
bool isTransportError(HttpExchange::Error error)
{
    return error != HttpExchange::Error::None && error != HttpExchange::Error::FromHttpStatus
        && error != HttpExchange::Error::ProxyAuthenticationRequired;
}

// "127.0.0.1": four decimal parts of 0-255, as QUrl writes every IPv4 host it parsed ("127.1", "0x7f.1" included).
std::optional<std::array<int, 4>> dottedQuad(QStringView text)
{
    std::array<int, 4> parts{};
    qsizetype index = 0;
    for (QStringView part : text.tokenize(u'.')) {
        bool ok = false;
        const int value = part.toInt(&ok);
        if (index == 4 || !ok || value < 0 || value > 255 || part.isEmpty() || !part.front().isDigit())
            return std::nullopt;
        parts[size_t(index++)] = value;
    }
    return index == 4 ? std::optional(parts) : std::nullopt;
}

// IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), the form RFC 9110 requires senders to use.
QDateTime parseHttpDate(QByteArrayView text)
{
    QDateTime when = QDateTime::fromString(QString::fromLatin1(text), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    when.setTimeSpec(Qt::UTC);
    return when;
}

QString requestIdOf(const HttpExchange &exchange)
{
    QByteArray id = exchange.rawHeader("X-Request-ID");
    if (id.isEmpty())
        id = exchange.rawHeader("Request-Id");
    const QString text = QString::fromLatin1(id.trimmed().left(128));
    return isHeaderSafe(text) ? text : QString();
}

} // namespace

bool CheckpointClient::isLoopbackHost(const QString &host)
{
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0 || host == "::1"_L1)
        return true;
    // 127.0.0.0/8, also as an IPv4-mapped IPv6 address; QUrl has already written both in these forms.
    QStringView address(host);
    if (address.startsWith("::ffff:"_L1))
        address = address.sliced(7);
    const std::optional<std::array<int, 4>> parts = dottedQuad(address);
    return parts && parts->front() == 127;
}

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

CheckpointClient::CheckpointClient(NetworkProvider network, const QUrl &baseUrl, QObject *parent)
    : QObject(parent)
    , m_network(std::move(network))
    , m_baseUrl(baseUrl)
    , m_deadline(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, &CheckpointClient::onDeadline);
}

// The exchange (a member) aborts a request still in flight, without calling back.
CheckpointClient::~CheckpointClient() = default;

void CheckpointClient::setApiKey(const QString &key)
{
    // The controller's rule, applied again at the boundary: whatever reaches the header is a clean key or nothing.
    m_apiKey = ApiKeyController::normalisedKey(key);
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
    if (!providerSupportsResend(provider))
        return false;
    CheckpointRequest probe; // validates the account id the same way as a submission
    probe.accountId = accountId;
    probe.provider = provider;
    probe.code = CheckpointRequest::tryAnotherWayCode();
    if (probe.validate())
        return false;
    if (!post(u"accounts/checkpoint/resend"_s, resendRequestJson(accountId, provider)))
        return false;
    m_sentAccountId = accountId.trimmed(); // as resendRequestJson() sent it
    return true;
}

void CheckpointClient::cancel()
{
    // Without an exchange an InsecureUrl or NotInstalled answer is already queued: that one stays the only outcome.
    if (!m_exchange)
        return;
    m_canceled = true;
    m_exchange->abort();
}

bool CheckpointClient::post(const QString &path, const QByteArray &body)
{
    if (m_busy || !hasApiKey())
        return false;
    m_busy = true;
    m_canceled = m_tooLarge = m_uploadDone = false;
    m_body.clear();
    m_tlsErrors.clear();
    m_uploadSize = body.size();

    if (const QString problem = baseUrlProblem(m_baseUrl); !problem.isEmpty()) {
        finishQueued(Outcome::transportFailure(Outcome::Transport::InsecureUrl, problem, false));
    } else if (QString missing; !(m_exchange = send(path, body, &missing))) {
        finishQueued(Outcome::transportFailure(Outcome::Transport::NotInstalled, missing, false));
    } else {
        m_deadline->start(m_timeout);
    }
    Q_EMIT busyChanged(true);
    return true;
}

std::unique_ptr<HttpExchange> CheckpointClient::send(const QString &path, const QByteArray &body, QString *problem)
{
    NetworkLibrary &library = NetworkLibrary::instance();
    const NetworkBackend *backend = library.backend();
    QObject *manager = backend ? m_network() : nullptr;
    HttpPost post;
    post.url = QUrl::fromEncoded(QString(normalisedBaseUrl(m_baseUrl) + u'/' + path).toUtf8());
    post.body = body;
    post.headers = {{"Content-Type", "application/json"},
                    {"User-Agent", userAgent()},
                    {"Accept", "application/json"},
                    {"X-API-KEY", m_apiKey.toLatin1()}};
    post.transferTimeout = m_timeout;
    std::unique_ptr<HttpExchange> exchange = manager ? backend->post(manager, post, this) : nullptr;
    if (!exchange) {
        *problem = library.problem();
        if (problem->isEmpty()) // a provider without a network access manager: a programming error, still told
            *problem = tr("The network component has no connection manager to send the request with.");
    }
    return exchange;
}

// Answered from the event loop, like a network outcome: the caller hears busyChanged(true) first.
void CheckpointClient::finishQueued(const Outcome &outcome)
{
    QMetaObject::invokeMethod(
        this, [this, outcome] { finish(outcome); }, Qt::QueuedConnection);
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
    if (!m_exchange || m_tooLarge)
        return;
    m_body += m_exchange->read(MaxResponseBytes + 1 - m_body.size());
    if (m_body.size() > MaxResponseBytes) {
        m_tooLarge = true;
        m_exchange->abort();
    }
}

void CheckpointClient::onTlsErrors(const QStringList &reasons)
{
    for (const QString &reason : reasons) {
        if (!m_tlsErrors.contains(reason))
            m_tlsErrors.append(reason);
    }
}

void CheckpointClient::onFinished()
{
    if (!m_exchange)
        return;
    if (!m_tooLarge && m_exchange->isOpen()) {
        m_body += m_exchange->read(MaxResponseBytes + 1 - m_body.size());
        m_tooLarge = m_body.size() > MaxResponseBytes;
    }
    finish(outcome());
}

void CheckpointClient::onDeadline()
{
    // A body that trickles forever keeps Qt's inactivity timeout from firing; this limits the whole exchange.
    if (m_exchange)
        m_exchange->abort();
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
    if (m_exchange->error() == HttpExchange::Error::Canceled)
        return transportOutcome();
    // Checked before the error: Qt 6.4 ends a 307/308 to a POST with ContentReSendError even when told not to
    // follow it, and the agent needs to hear "redirect", not "connection closed".
    const int status = m_exchange->httpStatus();
    if (status >= 300 && status < 400) {
        const QUrl target = m_exchange->url().resolved(m_exchange->redirectTarget());
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
    if (status < 100 || isTransportError(m_exchange->error()))
        return transportOutcome();
    // Proxies and debugging gateways may echo the request back: Outcome removes the key from what it decodes.
    return Outcome::fromHttpResponse(httpResponse(), {m_sentAccountId, m_apiKey});
}

Outcome CheckpointClient::transportOutcome() const
{
    using Transport = Outcome::Transport;
    using Error = HttpExchange::Error;
    const QString detail = m_exchange->errorString();
    switch (m_exchange->error()) {
    case Error::ConnectionRefused:
        return Outcome::transportFailure(Transport::ConnectionRefused, detail, false);
    case Error::HostNotFound:
        return Outcome::transportFailure(Transport::HostNotFound, detail, false);
    case Error::TlsHandshakeFailed:
        if (m_tlsErrors.isEmpty())
            return Outcome::transportFailure(Transport::Tls, detail, false);
        return Outcome::transportFailure(Transport::Tls,
                                         tr("The TLS handshake failed: %1").arg(m_tlsErrors.join(u"; "_s)), false);
    case Error::RemoteHostClosed:
        return Outcome::transportFailure(Transport::ConnectionClosed, detail, m_uploadDone);
    case Error::ContentReSend: // Qt wanted to send the request a second time: it went out once
        return Outcome::transportFailure(Transport::ConnectionClosed,
                                         tr("The server closed the connection without answering."), true);
    case Error::Timeout:
        return Outcome::transportFailure(Transport::Timeout, detail, m_uploadDone);
    case Error::Canceled:
        if (m_canceled)
            return Outcome::transportFailure(Transport::Canceled, tr("Canceled."), m_uploadDone);
        return Outcome::transportFailure(
            Transport::Timeout, tr("No complete answer within %n second(s).", nullptr, int(m_timeout.count() / 1000)),
            m_uploadDone);
    case Error::Redirect:
        return Outcome::transportFailure(Transport::Redirect, detail, false);
    case Error::Proxy:
    case Error::ProxyAuthenticationRequired:
        return Outcome::transportFailure(Transport::Proxy, detail, false);
    case Error::None:
    case Error::FromHttpStatus:
    case Error::OtherTransport:
        break;
    }
    return Outcome::transportFailure(Transport::Other, detail, m_uploadDone);
}

HttpResponse CheckpointClient::httpResponse() const
{
    HttpResponse response;
    response.status = m_exchange->httpStatus();
    response.body = m_body;
    response.contentType = m_exchange->rawHeader("Content-Type");
    response.requestIdHeader = requestIdOf(*m_exchange);
    response.retryAfterSeconds = parseRetryAfter(m_exchange->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
    return response;
}

void CheckpointClient::finish(const Outcome &outcome)
{
    m_deadline->stop();
    // Safe inside the exchange's own finished signal: the reply itself is deleted later.
    m_exchange.reset();
    m_busy = false;
    const QPointer<CheckpointClient> alive(this);
    Q_EMIT busyChanged(false);
    if (alive)
        Q_EMIT finished(outcome);
}
