#pragma once

#include "ApiKeyController.h"
#include "AppSettings.h"
#include "CheckpointClient.h"
#include "History.h"
#include "LaunchOptions.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <map>
#include <memory>
#include <vector>

class ApiKeyStore;
class HistoryWindow;
class SettingsDialog;
class WindowController;

// The running program: one window per account, one API key per API base URL shared by every window that uses
// it, and the settings. A launch (the first one, a second instance's, or "New window") becomes a window here.
class AppController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppController)

public:
    // commandLine: this run's own options; its --api-url wins over the stored one for every window of this run.
    // network: shared by every window; may come later (setNetwork()), as the app makes it after the first frame.
    AppController(QNetworkAccessManager *network, ApiKeyStore *store, const LaunchOptions &commandLine,
                  QObject *parent = nullptr);
    ~AppController() override;

    // The most windows open at once. Forwarded launches come from outside; each window costs about 1 MB.
    static constexpr std::size_t MaxWindows = 20;

    // Opens the window for this account, or raises the one already open. A request without an account fills
    // an untouched empty window when there is one. With MaxWindows open, opens nothing: raises the oldest window
    // and says there why. Returns the window's controller.
    WindowController *open(const LaunchRequest &request);
    std::vector<WindowController *> windows() const;
    // Hands every window, open or to come, this network access manager.
    void setNetwork(QNetworkAccessManager *network);
    // The key of one API base URL, loaded from the keychain on first use.
    ApiKeyController *keysFor(const QUrl &baseUrl);
    void openSettings(WindowController *over);
    // The attempts made on this computer: opened on first use; off, with problem() saying why, when its file cannot
    // be used.
    History *history();
    // The history window, on the account of the window it is opened from.
    void openHistory(WindowController *over);

protected:
    // macOS hands a clicked postpress-checkpoint: link to the running app as a QFileOpenEvent, not as an argument.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QUrl baseUrlFor(const LaunchRequest &request) const;
    WindowController *find(const QString &accountId, const QUrl &baseUrl) const;
    WindowController *createWindow(const LaunchOptions &options, const Activation &activation);
    WindowController *refuseNewWindow(const QString &accountId, const Activation &activation);
    void applySettings(const AppSettings::Values &values);

    QNetworkAccessManager *m_network;
    ApiKeyStore *m_store;
    LaunchOptions m_commandLine;
    AppSettings::Values m_settings;
    std::map<QString, std::unique_ptr<ApiKeyController>> m_keys; // by normalised base URL
    std::vector<std::unique_ptr<WindowController>> m_windows;
    QPointer<SettingsDialog> m_settingsDialog;
    History m_history{History::defaultPath()};
    bool m_historyTried = false;
    QPointer<HistoryWindow> m_historyWindow;
};
