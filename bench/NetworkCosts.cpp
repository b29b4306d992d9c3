// bench_network_costs: the network work that must stay off the path to the first frame (proxy detection, TLS
// initialisation, the CA store), each measured cold. A module of its own, loaded by bench_startup_steps after the
// first frame, so that bench_startup_steps links no QtNetwork: the app does not either (app/network is a plugin).
#include <QElapsedTimer>
#include <QNetworkProxyFactory>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QUrl>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

double millisecondsOf(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

extern "C" Q_DECL_EXPORT void benchNetworkCosts(void (*add)(const char *key, double milliseconds))
{
    add("off_proxy_query_ms", millisecondsOf([] {
            const QNetworkProxyQuery query(QUrl(u"https://api.postpress.ai/v1/accounts/checkpoint"_s));
            (void)QNetworkProxyFactory::proxyForQuery(query);
        }));
    add("off_tls_backend_ms", millisecondsOf([] { (void)QSslSocket::supportsSsl(); }));
    add("off_tls_default_config_ms", millisecondsOf([] { (void)QSslConfiguration::defaultConfiguration(); }));
    add("off_tls_system_ca_ms", millisecondsOf([] { (void)QSslConfiguration::systemCaCertificates(); }));
}
