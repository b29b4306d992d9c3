#pragma once

#include <QNetworkAccessManager>

#include <concepts>
#include <functional>
#include <memory>
#include <utility>

// Where a CheckpointClient gets its network access manager when a request goes out: a given one (tests, tools),
// or one made on first use (the app: constructing a QNetworkAccessManager touches 0.45 MB of QtNetwork, which has
// no business on the way to the first frame).
class NetworkProvider {
public:
    // A manager that already exists and outlives every client that uses it.
    NetworkProvider(QNetworkAccessManager *network) // NOLINT(google-explicit-constructor): a manager is a provider
        : m_network([network] { return network; })
    {
    }
    template <typename Function>
    requires std::is_invocable_r_v<QNetworkAccessManager *, Function>
    NetworkProvider(Function function) // NOLINT(google-explicit-constructor)
        : m_network(std::move(function))
    {
    }

    // The app's: makes `owner`'s manager on the first call, with the system proxy configuration on, and hands out
    // that one from then on. `owner` must outlive the provider and its copies.
    static NetworkProvider madeOnFirstUse(std::unique_ptr<QNetworkAccessManager> &owner);

    QNetworkAccessManager *operator()() const { return m_network(); }

private:
    std::function<QNetworkAccessManager *()> m_network;
};
