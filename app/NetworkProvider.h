#pragma once

#include <QObject>

#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

// Where a CheckpointClient gets its network access manager when a request goes out: a given one (tests, tools),
// or one made on first use (the app). The manager travels as a QObject: it is a QNetworkAccessManager, but only the
// network plugin (NetworkBackend) touches it as one, so that the core links no QtNetwork.
class NetworkProvider {
public:
    // A manager that already exists and outlives every client that uses it.
    NetworkProvider(QObject *network) // NOLINT(google-explicit-constructor): a manager is a provider
        : m_network([network] { return network; })
    {
    }
    template <typename Function>
    requires std::is_invocable_r_v<QObject *, Function>
    NetworkProvider(Function function) // NOLINT(google-explicit-constructor)
        : m_network(std::move(function))
    {
    }

    // The app's: makes `owner`'s manager through the network plugin (NetworkLibrary) on the first call, with the
    // system proxy configuration on, and hands out that one from then on; nullptr while the plugin cannot be
    // loaded. `owner` must outlive the provider and its copies.
    static NetworkProvider madeOnFirstUse(std::unique_ptr<QObject> &owner);

    QObject *operator()() const { return m_network(); }

private:
    std::function<QObject *()> m_network;
};
