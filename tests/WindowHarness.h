#pragma once

// What the window tests share: the fake API on loopback (plain or TLS), a network, an in-memory key store (or the
// test's own, such as the real keychain), the real key controller and window controller, and QSettings kept in a
// throw-away folder. A test class derives from it privately and calls setUpHarness() / tearDownHarness() from its
// init() / cleanup().
#include "ApiKeyController.h"
#include "Attempt.h"
#include "CheckpointWindow.h"
#include "FakePostPressApi.h"
#include "LaunchOptions.h"
#include "MemoryApiKeyStore.h"
#include "WindowController.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

class WindowHarness {
public:
    // What a window shows after `sent` was answered with `outcome`, without a controller or a server.
    static Attempt answered(const Outcome &outcome, const CheckpointRequest &sent)
    {
        Attempt attempt = Attempt::submit(sent);
        attempt.finish(outcome);
        return attempt;
    }

protected:
    // Before the first QSettings use (initTestCase): settings go to a folder of the test's own.
    bool isolateSettings(const QString &applicationName)
    {
        if (!m_config.isValid())
            return false;
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
        QCoreApplication::setOrganizationName(QStringLiteral("PostPressTest"));
        QCoreApplication::setApplicationName(applicationName);
        return true;
    }

    // `network`: one that records what it was asked to send, or trusts a test certificate; a plain one otherwise.
    // `tls`: the fake API answers over TLS (https://) with this certificate and key.
    bool setUpHarness(std::unique_ptr<QNetworkAccessManager> network = {},
                      const std::optional<QSslConfiguration> &tls = std::nullopt)
    {
        QSettings().clear();
        m_api = std::make_unique<FakePostPressApi>();
        m_network = network ? std::move(network) : std::make_unique<QNetworkAccessManager>();
        m_store = std::make_unique<MemoryApiKeyStore>();
        return tls ? m_api->listenTls(*tls) : m_api->listen();
    }

    void tearDownHarness()
    {
        m_controller.reset();
        m_keys.reset();
        m_store.reset();
        m_network.reset();
        m_api.reset();
    }

    // Opens the window as `postpress-checkpoint ARGUMENTS --api-url <fake>` would, with `storedKey` (when not
    // empty) already in the keychain. The key is read as in the app: asynchronously, after the window is up.
    // `store`: the keychain the key is read from and saved to; the harness's memory store when null.
    bool openWindow(const QStringList &arguments, const QString &storedKey, ApiKeyStore *store = nullptr)
    {
        return makeWindow(arguments, storedKey, store) && showWindow();
    }

    // The same for options built by hand, such as an API URL other than the fake's.
    bool openWindowAt(const LaunchOptions &options, const QString &storedKey)
    {
        makeWindowAt(options, storedKey, nullptr);
        return showWindow();
    }

    // openWindow() in two steps, for a test that sets the controller up before the window shows and reads its key.
    bool makeWindow(const QStringList &arguments, const QString &storedKey, ApiKeyStore *store = nullptr)
    {
        const LaunchOptions options =
            LaunchOptions::parse(QStringList{QStringLiteral("postpress-checkpoint")}
                                 << arguments << QStringLiteral("--api-url") << m_api->baseUrl().toString());
        if (options.action != LaunchOptions::Action::Run)
            return false;
        makeWindowAt(options, storedKey, store);
        return true;
    }

    // Shows the window makeWindow() made and reads its key, as the app does.
    bool showWindow()
    {
        m_controller->show();
        m_keys->load();
        return QTest::qWaitForWindowExposed(m_controller->window());
    }

    // Waits for the one outcome of the request in flight.
    bool waitForOutcome()
    {
        QSignalSpy finished(m_controller->client(), &CheckpointClient::finished);
        return finished.wait(10'000) && finished.size() == 1;
    }

    // The window's child called `name`; a test that asks for a widget the form no longer has stops at once.
    template <typename T> T *widget(const char *name) const
    {
        T *found = m_controller->window()->template findChild<T *>(QLatin1StringView(name));
        if (!found)
            qFatal("no widget named %s", name);
        return found;
    }

    QTemporaryDir m_config;
    std::unique_ptr<FakePostPressApi> m_api;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<MemoryApiKeyStore> m_store;
    std::unique_ptr<ApiKeyController> m_keys;
    std::unique_ptr<WindowController> m_controller;

private:
    void makeWindowAt(const LaunchOptions &options, const QString &storedKey, ApiKeyStore *store)
    {
        if (!storedKey.isEmpty())
            m_store->setStoredKey(options.apiUrl, storedKey);
        m_keys = std::make_unique<ApiKeyController>(store ? store : m_store.get(), options.apiUrl);
        m_controller = std::make_unique<WindowController>(m_network.get(), m_keys.get(), options);
    }
};
