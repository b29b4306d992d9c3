#pragma once

#include <QByteArray>
#include <QUrl>

#include <chrono>
#include <memory>

class QIODevice;
class QNetworkAccessManager;
class QNetworkRequest;

// The transport rules of every request to the PostPress API, in one place, so that the connection warmed before
// Enter is made with exactly the settings of the POST that will use it: Qt pools a connection by scheme, host,
// port, proxy and HTTP/2 use, and keeps the TLS configuration of the request that opened it.
namespace ApiTransport {

// How long a connection to the API stays open once it has nothing to do (opened ahead of Enter, or after an answer):
// the app closes it before servers close idle connections (Apache and Node after 5 s, nginx after 75 s, load
// balancers after 60 s or more), so that a code never goes out on a connection the server may be closing at that
// moment. A server that closes sooner (gunicorn's default 2 s) can still race Enter: the code is then never sent
// twice, and the agent hears that it may have arrived.
inline constexpr std::chrono::seconds ConnectionExpiry{3};

// The app's network access manager: the system's proxy configuration, asked for a warm-up exactly as for the POST.
std::unique_ptr<QNetworkAccessManager> makeNetworkAccessManager();

// A request to `url` with the transport rules: no redirect followed, a body sent once, no cache, no cookies, no HTTP
// authentication, HTTP/1.1, the default TLS configuration, `timeout` without progress, and its connection closed
// `expiry` after its last exchange.
QNetworkRequest request(const QUrl &url, qsizetype bodySize, std::chrono::milliseconds timeout,
                        std::chrono::seconds expiry = ConnectionExpiry);

// The body of a POST: a device that Qt can rewind only while not one byte of it has been read. Qt 6.4 sends the
// same POST again on a new connection when the pooled one turns out to be closed; with this device it may do so
// only when the first attempt carried no byte of the body (so no code left this computer), and otherwise stops
// with ContentReSendError.
QIODevice *body(const QByteArray &data);

// Opens the connection a request to `url` will use (TCP, and TLS for https), sending nothing on it: no request,
// no key; it is closed `expiry` after it opened unless a request uses it. Nothing happens while a warm-up to that
// origin is in flight on `network`, or while a connection from a warm-up or an exchange that ended less than
// `expiry` ago may still be open: reusing it would restart the app's count of its idle time, not the server's.
// Failures are silent: the request then connects as it would have anyway. The TLS library and the proxy
// configuration are loaded on a worker thread first, so that the window never waits for them.
void warmUp(QNetworkAccessManager *network, const QUrl &url, std::chrono::seconds expiry = ConnectionExpiry);

} // namespace ApiTransport
