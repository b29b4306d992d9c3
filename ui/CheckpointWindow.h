#pragma once

#include "ApiKeyController.h"
#include "Attempt.h"
#include "CheckpointRequest.h"
#include "Guidance.h"
#include "Outcome.h"
#include "SubmitPolicy.h"

#include <QMainWindow>
#include <QUrl>

#include <memory>
#include <optional>

namespace Ui {
class CheckpointWindow;
}
class AnswerInput;

// One account's checkpoint: the frame around what the agent types (AnswerInput) and what came back (OutcomePanel):
// menus, the account and provider, the title, the key line, Submit and its hint, and the window's height. It renders
// state and emits signals; it never talks to the network or the keychain itself.
class CheckpointWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckpointWindow)

public:
    explicit CheckpointWindow(QWidget *parent = nullptr);
    ~CheckpointWindow() override;

    void setAccountId(const QString &accountId);
    void setProvider(std::optional<Provider> provider);
    // The helpdesk ticket the window works for (TicketId's rule), from its launch; empty: none. Shown in the title;
    // every attempt sent from the window carries it.
    void setTicketId(const QString &ticketId);
    QString ticketId() const { return m_ticketId; }
    // Shows the endpoint in small print when it is not the default, so staging is never taken for production.
    void setApiUrl(const QUrl &baseUrl);
    // The account's attempts in the last hour, in one line under the form (EarlierAttempts); empty: no line.
    void setEarlierAttempts(const QString &line);
    // The key line sits under the form, where a keychain's long error wraps, not in the status bar, where it would
    // widen the window past the screen.
    void setKeyState(ApiKeyController::State state, const QString &message = {});
    void setBusy(bool busy);
    // What came of the last request: its advice, details and actions.
    void showAnswer(const Attempt &attempt);

    QString accountId() const;
    std::optional<Provider> provider() const;
    // Nothing typed and nothing sent yet: a window a forwarded launch may fill instead of opening another.
    bool isPristine() const;
    // Puts the cursor in the first field still empty: usually the code.
    void focusFirstEmptyField();
    AnswerInput *answerInput() const;

Q_SIGNALS:
    void submitRequested(const CheckpointRequest &request);
    void cancelRequested();
    void resendRequested(); // a new code for the checkpoint of the answer shown
    void retryRequested(); // the request of the answer shown, again
    void replaceKeyRequested();
    void forgetKeyRequested();
    void settingsRequested();
    void historyRequested();
    void newWindowRequested();
    void aboutToClose();
    void answerEdited(); // the agent typed in the code or the phone field

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateTitle();
    void queueFit();
    void refit() // queueFit(), shrinking the window to its content too
    {
        m_fitPending = true;
        queueFit();
    }
    void fitHeightToText();
    void fitMessageToScreen();
    void connectSignals();
    void connectPanel();
    // What the form holds now, for SubmitPolicy; what Submit sends is its request.
    SubmitPolicy::Form form() const;
    // Why it cannot be sent now (translated), or an empty string when it can.
    QString blocker(SubmitPolicy::Send send, const SubmitPolicy::Form &form) const;
    void updateSubmitState();
    void submit(SubmitPolicy::Send send);
    void onActionChosen(Guidance::Action action);
    void applyFocus(const Guidance &guidance);
    bool solved() const; // the answer shown connected the account the form is about
    void showAbout();

    std::unique_ptr<Ui::CheckpointWindow> m_ui;
    ApiKeyController::State m_keyState = ApiKeyController::State::Idle;
    QString m_keyMessage;
    QUrl m_apiUrl;
    QString m_ticketId;
    bool m_busy = false;
    bool m_formAnswered = false; // the form still holds the account and provider of the answer shown
    bool m_fitPending = false; // the next fit also shrinks the window to its content
    bool m_fitQueued = false; // a fit is already on its way through the event loop
};
