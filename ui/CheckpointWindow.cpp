#include "CheckpointWindow.h"
#include "ui_CheckpointWindow.h"

#include "AboutDialog.h"
#include "AnswerInput.h"
#include "ApiBaseUrl.h"
#include "KeyStateLine.h"
#include "OutcomePanel.h"

#include <QApplication>
#include <QCloseEvent>
#include <QPushButton>

using namespace Qt::StringLiterals;

CheckpointWindow::CheckpointWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::CheckpointWindow>())
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose, false);
    // No maxLength on the account field: a pasted id that is too long is said to be, not silently cut into another.

    m_ui->providerCombo->setPlaceholderText(tr("Choose the provider"));
    for (Provider provider : allProviders)
        m_ui->providerCombo->addItem(providerDisplayName(provider), providerApiName(provider));
    m_ui->providerCombo->setCurrentIndex(-1);

    m_ui->endpointLabel->hide();
    QFont smallFont = m_ui->endpointLabel->font();
    smallFont.setPointSizeF(smallFont.pointSizeF() * 0.85);
    m_ui->endpointLabel->setFont(smallFont);
    m_ui->statusBar->setSizeGripEnabled(false);

    connectSignals();
    setBusy(false);
    updateSubmitState();
    centralWidget()->installEventFilter(this);
    // Compact: as wide as an account id needs, as tall as the form; the outcome panel grows it when it comes.
    resize(qMax(520, sizeHint().width()), sizeHint().height());
    updateTitle();
}

CheckpointWindow::~CheckpointWindow() = default;

void CheckpointWindow::connectSignals()
{
    const auto formEdited = [this] {
        m_formAnswered = false;
        m_ui->answerInput->setBusy(m_busy);
        updateSubmitState();
        updateTitle();
    };
    connect(m_ui->accountIdEdit, &QLineEdit::textEdited, this, formEdited);
    connect(m_ui->providerCombo, &QComboBox::currentIndexChanged, this, formEdited);
    AnswerInput *answer = m_ui->answerInput;
    connect(answer, &AnswerInput::changed, this, &CheckpointWindow::updateSubmitState);
    // While the agent types, not after the first frame: a window closed without a request never pays for it.
    connect(answer, &AnswerInput::changed, m_ui->outcomePanel, &OutcomePanel::prepare,
            Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
    connect(answer, &AnswerInput::edited, this, &CheckpointWindow::answerEdited);
    const auto submitTyped = [this] { submit(SubmitPolicy::Send::TypedAnswer); };
    connect(answer, &AnswerInput::submitted, this, submitTyped);
    connect(m_ui->accountIdEdit, &QLineEdit::returnPressed, this, submitTyped);
    connect(m_ui->submitButton, &QPushButton::clicked, this, submitTyped);
    connect(m_ui->submitAction, &QAction::triggered, this, submitTyped);
    connect(answer, &AnswerInput::tryAnotherWay, this, [this] { submit(SubmitPolicy::Send::TryAnotherWay); });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &CheckpointWindow::cancelRequested);
    connect(m_ui->cancelAction, &QAction::triggered, this, [this] {
        if (m_busy)
            Q_EMIT cancelRequested();
    });
    connect(m_ui->replaceKeyAction, &QAction::triggered, this, &CheckpointWindow::replaceKeyRequested);
    connect(m_ui->keyStateLine, &KeyStateLine::enterKeyRequested, this, &CheckpointWindow::replaceKeyRequested);
    connect(m_ui->forgetKeyAction, &QAction::triggered, this, &CheckpointWindow::forgetKeyRequested);
    connect(m_ui->quitAction, &QAction::triggered, qApp, &QApplication::closeAllWindows);
    connect(m_ui->closeAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->settingsAction, &QAction::triggered, this, &CheckpointWindow::settingsRequested);
    connect(m_ui->historyAction, &QAction::triggered, this, &CheckpointWindow::historyRequested);
    connect(m_ui->newWindowAction, &QAction::triggered, this, &CheckpointWindow::newWindowRequested);
    connect(m_ui->aboutAction, &QAction::triggered, this, &CheckpointWindow::showAbout);
    connectPanel();
}

void CheckpointWindow::connectPanel()
{
    connect(m_ui->outcomePanel, &OutcomePanel::actionChosen, this, &CheckpointWindow::onActionChosen);
    connect(m_ui->outcomePanel, &OutcomePanel::retryReady, this, &CheckpointWindow::updateSubmitState);
    connect(m_ui->outcomePanel, &OutcomePanel::closeRequested, this, &QWidget::close);
    connect(m_ui->outcomePanel, &OutcomePanel::heightChanged, this, &CheckpointWindow::refit); // details toggled
}

void CheckpointWindow::setAccountId(const QString &accountId)
{
    m_ui->accountIdEdit->setText(accountId.trimmed());
    m_ui->accountIdEdit->setCursorPosition(0);
    m_formAnswered = false;
    updateSubmitState();
    updateTitle();
}

void CheckpointWindow::setTicketId(const QString &ticketId)
{
    m_ticketId = ticketId;
    updateTitle();
}

void CheckpointWindow::updateTitle()
{
    // One window per account: the title tells them apart in the task bar (Qt appends the application name).
    // Only an id that follows the rule: a bidi control pasted into the field would reorder the task bar's entry.
    const bool valid = CheckpointRequest::accountIdProblem(accountId()).isEmpty();
    const QString account = valid ? accountId() : tr("New checkpoint");
    //: The window title: the account id (or "New checkpoint"), then the helpdesk ticket the window works for
    setWindowTitle(m_ticketId.isEmpty() ? account : tr("%1 · ticket %2").arg(account, m_ticketId));
}

bool CheckpointWindow::isPristine() const
{
    return accountId().isEmpty() && m_ui->answerInput->isEmpty() && !m_ui->outcomePanel->answer() && !m_busy;
}

void CheckpointWindow::setProvider(std::optional<Provider> provider)
{
    m_ui->providerCombo->setCurrentIndex(provider ? m_ui->providerCombo->findData(providerApiName(*provider)) : -1);
}

void CheckpointWindow::setApiUrl(const QUrl &baseUrl)
{
    m_apiUrl = baseUrl;
    const QString url = ApiBaseUrl::normalised(baseUrl);
    const bool isDefault = url == ApiBaseUrl::normalised(ApiBaseUrl::defaultUrl());
    // Hidden for the default endpoint, and then without text: a selectable label builds a text document for it.
    m_ui->endpointLabel->setText(isDefault ? QString() : tr("API: %1").arg(url));
    m_ui->endpointLabel->setVisible(!isDefault);
}

void CheckpointWindow::setEarlierAttempts(const QString &line)
{
    m_ui->earlierAttemptsLabel->setText(line);
    m_ui->earlierAttemptsLabel->setVisible(!line.isEmpty());
}

void CheckpointWindow::setKeyState(ApiKeyController::State state, const QString &message)
{
    m_keyState = state;
    m_keyMessage = message;
    m_ui->keyStateLine->setState(state, message);
    refit(); // the key line came or went: the window is as tall as what it shows, no grey band
    const bool noKey = state == ApiKeyController::State::Missing || state == ApiKeyController::State::Failed;
    m_ui->replaceKeyAction->setText(noKey ? tr("&Enter API key…") : tr("&Replace API key…"));
    m_ui->forgetKeyAction->setEnabled(state == ApiKeyController::State::Stored
                                      || state == ApiKeyController::State::SessionOnly);
    updateSubmitState();
}

void CheckpointWindow::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->busyBar->setVisible(busy);
    m_ui->busyLabel->setVisible(busy);
    m_ui->cancelButton->setVisible(busy);
    m_ui->cancelAction->setEnabled(busy);
    m_ui->accountIdEdit->setReadOnly(busy);
    m_ui->answerInput->setBusy(busy || solved());
    m_ui->providerCombo->setEnabled(!busy);
    m_ui->outcomePanel->setBusy(busy);
    if (busy)
        m_ui->cancelButton->setFocus();
    updateSubmitState();
}

QString CheckpointWindow::accountId() const
{
    return m_ui->accountIdEdit->text().trimmed();
}

std::optional<Provider> CheckpointWindow::provider() const
{
    return providerFromString(m_ui->providerCombo->currentData().toString());
}

AnswerInput *CheckpointWindow::answerInput() const
{
    return m_ui->answerInput;
}

void CheckpointWindow::focusFirstEmptyField()
{
    if (!CheckpointRequest::accountIdProblem(accountId()).isEmpty()) // empty, or not an id
        m_ui->accountIdEdit->setFocus();
    else if (!provider())
        m_ui->providerCombo->setFocus();
    else
        m_ui->answerInput->focusAnswer(false);
}

SubmitPolicy::Form CheckpointWindow::form() const
{
    const AnswerInput::Answer answer = m_ui->answerInput->answer();
    const std::optional<Provider> chosen = provider();
    return {CheckpointRequest{accountId(), chosen.value_or(Provider::LinkedIn), answer.code}, chosen.has_value(),
            answer.phoneMode, answer.typed, answer.phoneProblem};
}

QString CheckpointWindow::blocker(SubmitPolicy::Send send, const SubmitPolicy::Form &form) const
{
    const OutcomePanel *panel = m_ui->outcomePanel;
    return m_formAnswered ? SubmitPolicy::blocker(send, form, m_keyState, panel->answer(), panel->isRetryWaiting())
                          : SubmitPolicy::blocker(send, form, m_keyState, nullptr);
}

void CheckpointWindow::updateSubmitState()
{
    const SubmitPolicy::Form now = form();
    const QString reason = blocker(SubmitPolicy::Send::TypedAnswer, now);
    const bool canSubmit = !m_busy && reason.isEmpty();
    m_ui->submitButton->setEnabled(canSubmit);
    m_ui->submitAction->setEnabled(canSubmit);
    m_ui->answerInput->setTryAnotherWayEnabled(!m_busy && blocker(SubmitPolicy::Send::TryAnotherWay, now).isEmpty());
    m_ui->hintLabel->setText(m_busy ? QString() : reason);
    m_ui->hintLabel->setVisible(!m_busy && !reason.isEmpty() && !solved()); // the success says it already
    m_ui->submitButton->setToolTip(reason);
    m_ui->submitButton->setText(now.phoneMode ? tr("&Submit number") : tr("&Submit code"));
}

void CheckpointWindow::submit(SubmitPolicy::Send send)
{
    if (m_busy)
        return; // one request at a time: a second Enter while sending is absorbed here, by design
    const SubmitPolicy::Form now = form();
    if (const QString reason = blocker(send, now); !reason.isEmpty()) {
        // Never ignore the key press silently: say why and put the cursor where the problem is.
        m_ui->hintLabel->setText(reason);
        m_ui->hintLabel->show();
        QApplication::beep();
        focusFirstEmptyField();
        return;
    }
    CheckpointRequest request = now.request;
    if (send == SubmitPolicy::Send::TryAnotherWay)
        request.code = CheckpointRequest::tryAnotherWayCode();
    Q_EMIT submitRequested(request);
}

void CheckpointWindow::showAnswer(const Attempt &attempt)
{
    const Outcome &outcome = *attempt.outcome();
    const Guidance guidance = Guidance::forOutcome(outcome, attempt.request());
    m_formAnswered = true;
    if (outcome.kind() == Outcome::Kind::NextCheckpoint)
        m_ui->answerInput->setPhoneMode(outcome.checkpointType() == "PHONE_REGISTER"_L1);
    m_ui->outcomePanel->showAnswer(attempt, guidance);
    m_ui->answerInput->setBusy(m_busy || solved()); // a solved checkpoint's code is kept as it was, read-only
    m_fitPending = true;
    fitHeightToText();
    updateSubmitState();
    applyFocus(guidance);
}

void CheckpointWindow::applyFocus(const Guidance &guidance)
{
    if (guidance.focusField == CheckpointRequest::Field::AccountId) {
        m_ui->accountIdEdit->setFocus();
        m_ui->accountIdEdit->selectAll();
    } else if (guidance.focusField == CheckpointRequest::Field::Code || guidance.selectCode
               || !m_ui->outcomePanel->focusNextStep()) {
        m_ui->answerInput->focusAnswer(guidance.selectCode);
    }
    // Submit is the default only when the answer's next step is typing; the panel's alert tells screen readers.
    m_ui->submitButton->setDefault(!m_ui->outcomePanel->isAncestorOf(QApplication::focusWidget()));
}

void CheckpointWindow::onActionChosen(Guidance::Action action)
{
    switch (action) {
    case Guidance::Action::RetypeCode:
        m_ui->answerInput->setPhoneMode(false);
        m_ui->answerInput->focusAnswer(true);
        break;
    case Guidance::Action::ResendCode:
        if (!m_busy)
            Q_EMIT resendRequested();
        break;
    case Guidance::Action::TryAnotherWay:
        submit(SubmitPolicy::Send::TryAnotherWay);
        break;
    case Guidance::Action::EnterPhone:
        m_ui->answerInput->setPhoneMode(true);
        m_ui->answerInput->focusAnswer(true);
        break;
    case Guidance::Action::ReplaceApiKey:
        Q_EMIT replaceKeyRequested();
        break;
    case Guidance::Action::Retry:
        if (!m_busy)
            Q_EMIT retryRequested();
        break;
    case Guidance::Action::StartOver:
        m_formAnswered = false; // the ended attempt no longer holds Submit back
        m_ui->answerInput->clear();
        m_ui->outcomePanel->hide();
        m_ui->hintLabel->setText(tr("Code cleared. Start the connection again in PostPress, then enter the new "
                                    "code the customer receives."));
        m_ui->hintLabel->show();
        m_ui->answerInput->focusAnswer(false);
        break;
    case Guidance::Action::CopyForTicket: // the panel copies it itself
        break;
    }
}

bool CheckpointWindow::solved() const
{
    return m_formAnswered && SubmitPolicy::solved(m_ui->outcomePanel->answer());
}

void CheckpointWindow::showAbout()
{
    auto *box = new AboutDialog(m_apiUrl, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

// A new language takes effect at once: the form, and whatever the window built from text in code.
void CheckpointWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        setKeyState(m_keyState, m_keyMessage);
        setApiUrl(m_apiUrl);
        m_ui->providerCombo->setPlaceholderText(tr("Choose the provider"));
        updateTitle();
        if (m_ui->outcomePanel->isVisible()) // the panel translates its answer after this: fit the window to it then
            refit();
    }
    QMainWindow::changeEvent(event);
}

bool CheckpointWindow::eventFilter(QObject *watched, QEvent *event)
{
    const bool relayout = event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest;
    if (watched == centralWidget() && relayout)
        queueFit();
    return QMainWindow::eventFilter(watched, event);
}

void CheckpointWindow::closeEvent(QCloseEvent *event)
{
    Q_EMIT aboutToClose();
    QMainWindow::closeEvent(event);
}
