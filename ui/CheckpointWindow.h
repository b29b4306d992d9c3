#pragma once

#include "ApiKeyController.h"
#include "CodeInput.h"
#include "CheckpointRequest.h"
#include "Guidance.h"
#include "Outcome.h"

#include <QComboBox>
#include <QLabel>
#include <QMap>
#include <QMainWindow>
#include <QPixmap>
#include <QTimer>
#include <QUrl>

#include <array>
#include <memory>
#include <optional>

namespace Ui {
class CheckpointWindow;
}
class QLineEdit;
class QPushButton;

// A word-wrapped label that remembers its height for the last few widths. QLabel lays its text out anew on every
// heightForWidth() (twice when the text is selectable), and one layout pass asks each label a dozen times: showing an
// outcome spent 14 M instructions there. No Q_OBJECT on purpose: to styles, accessibility and findChild it is a QLabel.
class WrappedLabel final : public QLabel
{
public:
    using QLabel::QLabel;
    int heightForWidth(int width) const override;

protected:
    bool event(QEvent *event) override;

private:
    // What QLabel's height for a width depends on, besides the font and style (whose changes arrive as events).
    struct Key
    {
        QString text;
        QMargins contents;
        int margin = 0;
        int indent = 0;
        Qt::Alignment alignment;
        Qt::TextFormat format = Qt::AutoText;
        Qt::TextInteractionFlags interaction; // selectable text is measured by a text document
        bool wordWrap = false;
        bool operator==(const Key &) const = default;
    };
    Key currentKey() const;

    struct Entry
    {
        int width = -1;
        int height = -1;
    };
    mutable Key m_key;
    mutable std::array<Entry, 4> m_entries{};
    mutable std::size_t m_next = 0;
};

// The phone page's country list. It is sized as QComboBox::AdjustToMinimumContentsLengthWithIcon sizes it (room
// for minimumContentsLength() characters and an icon) without that policy until the countries are filled in:
// setting the policy builds the list's popup at once, 0.5 MB before the first frame for a page most agents never
// open. useContentsPolicy() sets it; Qt's own sizing takes over from then on.
class CountryComboBox final : public QComboBox
{
public:
    using QComboBox::QComboBox;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    void useContentsPolicy();

private:
    bool policySet() const { return sizeAdjustPolicy() == AdjustToMinimumContentsLengthWithIcon; }
};

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
    void showOutcome(const Outcome &outcome, const CheckpointRequest &sent);

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
    void resendRequested(const QString &accountId, Provider provider);
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
    void createActionButtons();
    void setCodeFont(const QFont &font);
    void setActionButtonTexts();
    void retranslate();
    void updateTitle();
    void renderOutcome(const Guidance &guidance);
    QPixmap toneIcon(Guidance::Tone tone);
    void prepareOutcomePanel();
    void fitHeightToText();
    void fitMessageToScreen();
    void fillCountries();
    void updatePhonePreview();
    // The text of the active answer field (code or phone number), as typed.
    QString typedAnswer() const;
    QLineEdit *answerEdit() const;
    PhoneNumberFormatter::Result formattedPhone() const;
    void connectSignals();
    enum class CodeCheck { Require, Skip }; // Skip: "Try another way" sends its own code
    // Why Submit cannot be pressed now (translated), or an empty string when it can.
    QString submitBlocker(CodeCheck codeCheck) const;
    void updateSubmitState();
    enum class Answer { Typed, TryAnotherWay };
    void submit(Answer answer);
    void onActionTriggered(Guidance::Action action);
    void applyFocus(const Guidance &guidance);
    void showActions(const Guidance &guidance);
    void startRetryCountdown(int seconds);
    void updateRetryButton();
    void showAbout();
    void copyTicketSummary();

    std::unique_ptr<Ui::CheckpointWindow> m_ui;
    QMap<Guidance::Action, QPushButton *> m_actionButtons;
    QLabel *m_keyStateLabel = nullptr;
    ApiKeyController::State m_keyState = ApiKeyController::State::Idle;
    QString m_keyMessage;
    QUrl m_apiUrl;
    bool m_busy = false;
    bool m_solved = false;
    bool m_fitPending = false; // the next fit also shrinks the window to its content
    bool m_fitQueued = false;  // a fit is already on its way through the event loop
    QMap<Guidance::Tone, QPixmap> m_toneIcons;
    std::optional<Outcome> m_lastOutcome;
    CheckpointRequest m_lastSent;
    QTimer m_retryTimer;
    int m_retrySecondsLeft = 0;
};
