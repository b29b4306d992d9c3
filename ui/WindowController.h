#pragma once

#include "ApiKeyController.h"
#include "Attempt.h"
#include "CheckpointClient.h"
#include "CheckpointRequest.h"
#include "LaunchOptions.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

#include "ApiKeyDialog.h"
class CheckpointWindow;
class History;

// Wires one CheckpointWindow to its CheckpointClient and to the shared API key: the window renders and
// emits, the client talks to the API, the key controller talks to the keychain; this class connects them, owns the
// window's Attempt (what Retry and Resend repeat), warms the client's connection while the agent has not pressed
// Enter yet, and remembers the last provider and the window geometry (never a secret).
class WindowController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowController)

public:
    // network: may come later (setNetwork()), as the app makes its manager after the first frame.
    WindowController(QNetworkAccessManager *network, ApiKeyController *keys, const LaunchOptions &options,
                     QObject *parent = nullptr);
    ~WindowController() override;

    CheckpointWindow *window() const { return m_window.get(); }
    CheckpointClient *client() { return &m_client; }
    void setNetwork(QNetworkAccessManager *network);
    // The shared API-key dialog, while it is open.
    ApiKeyDialog *keyDialog() const;

    // Shows the window with the cursor in the first empty field, in front with the launch's activation; asks for a
    // key once the keychain says there is none.
    void show(const Activation &activation = {});
    void openKeyDialog();
    void confirmForgetKey();
    // Raises the window above the others and gives it the keyboard, un-minimising it if need be; the launch's
    // activation lets it through where the window system asks for one.
    void raise(const Activation &activation = {});
    ApiKeyController *keys() const { return m_keys; }
    // The last request sent from this window, in flight or answered; none before the first.
    const std::optional<Attempt> &attempt() const { return m_attempt; }
    // The administrator's AllowedProviders: a request for another provider is refused in the status line.
    void setAllowedProviders(const QList<Provider> &providers) { m_allowedProviders = providers; }
    // Where each finished attempt is recorded and the earlier-attempts line is read from; none: not recorded.
    void setHistory(History *history);
    // The line under the form again, from the history, for the window's account: its attempts of the last hour before
    // the one whose answer is shown.
    void updateEarlierAttempts();

Q_SIGNALS:
    void settingsRequested();
    void historyRequested();
    void newWindowRequested();
    void closed();
    // An answer (or a failure) came for the window's attempt: what the audit log records.
    void attemptFinished(const Attempt &attempt);

private:
    void connectWindow();
    void connectKeys();
    void onKeyStateChanged(ApiKeyController::State state);
    void onSubmitRequested(const CheckpointRequest &request);
    void onResendRequested();
    void onRetryRequested();
    void send(const Attempt &attempt);
    void onFinished(const Outcome &outcome);
    bool refusesProvider(Provider provider);
    void onAnswerEdited();
    void rememberProvider();
    void warmUp();
    void saveWindowState();

    ApiKeyController *m_keys;
    CheckpointClient m_client;
    std::unique_ptr<CheckpointWindow> m_window;
    std::optional<Attempt> m_attempt;
    QPointer<History> m_history;
    bool m_shown = false;
    std::optional<Provider> m_providerToRemember; // of the request in flight, saved once it has gone out
    QList<Provider> m_allowedProviders{allProviders.cbegin(), allProviders.cend()};
};
