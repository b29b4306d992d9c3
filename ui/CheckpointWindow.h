#pragma once

#include "ApiKeyController.h"
#include "Attempt.h"
#include "CheckpointRequest.h"
#include "CodeInput.h"
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
class QLabel;
class QLineEdit;

// One account's checkpoint: what the agent types, and what came back. It renders state and emits signals;
// it never talks to the network or the keychain itself.
class CheckpointWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckpointWindow)

public:
    explicit CheckpointWindow(QWidget *parent = nullptr);
    ~CheckpointWindow() override;

    void setAccountId(const QString &accountId);
    void setProvider(std::optional<Provider> provider);
    // Shows the endpoint in small print when it is not the default, so staging is never taken for production.
    void setApiUrl(const QUrl &baseUrl);
    void setKeyState(ApiKeyController::State state, const QString &message = {});
    void setBusy(bool busy);
    // What came of the last request: its advice, details and actions.
    void showAnswer(const Attempt &attempt);

    QString accountId() const;
    std::optional<Provider> provider() const;
    // Nothing typed and nothing sent yet: a window a forwarded launch may fill instead of opening another.
    bool isPristine() const;
    // What Submit would send now: the fields as typed, the code cleaned up.
    CheckpointRequest currentRequest() const;
    // Puts the cursor in the first field still empty: usually the code.
    void focusFirstEmptyField();
    // Phone-number mode: a country picker and the number as the customer says it, sent as "(+CC)national".
    void setPhoneMode(bool phone);
    bool isPhoneMode() const;
    void setCountry(const QString &regionCode);

Q_SIGNALS:
    void submitRequested(const CheckpointRequest &request);
    void cancelRequested();
    void resendRequested(); // a new code for the checkpoint of the answer shown
    void retryRequested(); // the request of the answer shown, again
    void replaceKeyRequested();
    void forgetKeyRequested();
    void settingsRequested();
    void newWindowRequested();
    void aboutToClose();
    void answerEdited(); // the agent typed in the code or the phone field

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setCodeFont(const QFont &font);
    void retranslate();
    void updateTitle();
    void queueFit();
    void fitHeightToText();
    void fitMessageToScreen();
    void fillCountries();
    void updatePhonePreview();
    // The text of the active answer field (code or phone number), as typed.
    QString typedAnswer() const;
    QLineEdit *answerEdit() const;
    PhoneNumberFormatter::Result formattedPhone() const;
    void connectSignals();
    SubmitPolicy::Form form() const;
    // Why it cannot be sent now (translated), or an empty string when it can.
    QString blocker(SubmitPolicy::Send send) const;
    void updateSubmitState();
    void submit(SubmitPolicy::Send send);
    void onActionChosen(Guidance::Action action);
    void applyFocus(const Guidance &guidance);
    void showAbout();

    std::unique_ptr<Ui::CheckpointWindow> m_ui;
    QLabel *m_keyStateLabel = nullptr;
    ApiKeyController::State m_keyState = ApiKeyController::State::Idle;
    QString m_keyMessage;
    QUrl m_apiUrl;
    bool m_busy = false;
    bool m_formAnswered = false; // the form still holds the account and provider of the answer shown
    bool m_fitPending = false; // the next fit also shrinks the window to its content
    bool m_fitQueued = false;  // a fit is already on its way through the event loop
};
