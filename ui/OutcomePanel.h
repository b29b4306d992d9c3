#pragma once

#include "Attempt.h"
#include "Guidance.h"

#include <QFrame>
#include <QMap>
#include <QPixmap>
#include <QTimer>

#include <memory>
#include <optional>

namespace Ui {
class OutcomePanel;
}
class QPushButton;

// The answer to the last request, under the form: an icon by tone, the headline and advice, what the server said, the
// request ID to copy, and a button for each action the guidance offers (Retry counts down). It shows an answered
// Attempt as its Guidance reads it and emits the action the agent chooses; Copy for ticket it does itself.
class OutcomePanel final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutcomePanel)

public:
    explicit OutcomePanel(QWidget *parent = nullptr);
    ~OutcomePanel() override;

    // guidance: Guidance::forOutcome() of the attempt's outcome and request.
    void showAnswer(const Attempt &attempt, const Guidance &guidance);
    // The attempt shown, also after Start over hid the panel; null before the first answer.
    const Attempt *answer() const { return m_answer ? &*m_answer : nullptr; }
    // While a request is in flight no action can be chosen.
    void setBusy(bool busy);
    // The focus and the default button on the action that comes next; false when the answer offers none.
    bool focusNextStep();
    // Retry is offered but still counting down.
    bool isRetryWaiting() const { return m_retrySecondsLeft > 0; }
    // What the first answer would otherwise wait for, once per process: the style's icon theme and the headline's font.
    void prepare();
    // The message (headline, advice, details) is as tall as its text, or `room` when that is less: then it scrolls, and
    // the request ID and the actions under it stay in view.
    void fitMessage(int room);
    int messageHeight() const;

Q_SIGNALS:
    void actionChosen(Guidance::Action action); // any action but Copy for ticket
    void ticketCopied();
    void heightChanged();
    void retryReady(); // Retry's countdown ended
    void closeRequested(); // the agent opened or closed the technical details

protected:
    void changeEvent(QEvent *event) override;

private:
    void createActionButtons();
    void setActionButtonTexts();
    void render(const Guidance &guidance);
    void showActions(const Guidance &guidance);
    QPixmap toneIcon(Guidance::Tone tone);
    void tint(Guidance::Tone tone);
    void startRetryCountdown(int seconds);
    void updateRetryButton();
    void onActionClicked(Guidance::Action action);
    QPushButton *nextStep() const;
    void makeDefault(QPushButton *button);
    void onRetryReady();
    void showCopied(QPushButton *button);

    std::unique_ptr<Ui::OutcomePanel> m_ui;
    QMap<Guidance::Action, QPushButton *> m_actionButtons;
    QMap<Guidance::Tone, QPixmap> m_toneIcons;
    QPushButton *m_closeButton = nullptr;
    QString m_explanationOnceReady; // the advice once Retry can be pressed, when it differs
    bool m_retryTakesFocus = false;
    std::optional<Attempt> m_answer;
    QTimer m_retryTimer;
    int m_retrySecondsLeft = 0;
    Guidance::Tone m_tone = Guidance::Tone::Unknown;
    bool m_busy = false;
};
