#include "CheckpointWindow.h"
#include "ui_CheckpointWindow.h"

#include "CheckpointClient.h"
#include "CodeInput.h"
#include "OutcomePanel.h"
#include "StartupTrace.h"
#include "WrappedLabel.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

// The code and phone fields' font: large, so a code read out on the phone is checked at a glance, and fixed-pitch, so
// that 0 and O, 1, l and I look different. `face` says whose family; the size is the fixed-pitch font's times 1.6 in
// both, so that the switch changes as little as it can. systemFont() only describes the font: nothing is matched or
// loaded until the font is measured or drawn.
enum class CodeFace { Ui, FixedPitch };

QFont codeFont(CodeFace face)
{
    const QFont fixedPitch = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    QFont font = face == CodeFace::FixedPitch ? fixedPitch : QApplication::font("QLineEdit");
    font.setPointSizeF(fixedPitch.pointSizeF() * 1.6);
    return font;
}

} // namespace

CheckpointWindow::CheckpointWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::CheckpointWindow>())
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose, false);

    // A second font family (fontconfig's match, a FreeType face, its glyphs) costs 1-2.5 ms of the first frame: the
    // first windows show the code in the UI family, at the same size, and take the fixed-pitch one right after it
    // (or after StartupTrace's fallback delay when no window is ever exposed). Later windows have it from the start.
    if (StartupTrace::firstFrameShown()) {
        setCodeFont(codeFont(CodeFace::FixedPitch));
    } else {
        setCodeFont(codeFont(CodeFace::Ui));
        StartupTrace::afterFirstFrame(this, [this] { setCodeFont(codeFont(CodeFace::FixedPitch)); });
    }
    m_ui->codeEdit->setMaxLength(int(CheckpointRequest::MaxCodeLength));
    // No maxLength on the account field: a pasted id that is too long is said to be, not silently cut into another.

    m_ui->providerCombo->setPlaceholderText(tr("Choose the provider"));
    for (Provider provider : allProviders)
        m_ui->providerCombo->addItem(providerDisplayName(provider), providerApiName(provider));
    m_ui->providerCombo->setCurrentIndex(-1);

    m_ui->countryCombo->setMinimumContentsLength(12);
    m_ui->phoneEdit->setMaxLength(64);
    m_ui->phonePreviewLabel->hide();
    m_ui->endpointLabel->hide();
    QFont smallFont = m_ui->endpointLabel->font();
    smallFont.setPointSizeF(smallFont.pointSizeF() * 0.85);
    m_ui->endpointLabel->setFont(smallFont);
    m_ui->statusBar->setSizeGripEnabled(false);
    m_keyStateLabel = new WrappedLabel(this);
    m_keyStateLabel->setObjectName(u"keyStateLabel"_s);
    m_keyStateLabel->setTextFormat(Qt::PlainText);
    // A keychain's error can be long: the line sits under the form, where it wraps, instead of in the status bar,
    // where it would widen the window past the screen.
    m_keyStateLabel->setWordWrap(true);
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->count() - 1, m_keyStateLabel);

    connectSignals();
    setBusy(false);
    updateSubmitState();
    centralWidget()->installEventFilter(this);
    // Compact: as wide as an account id needs, as tall as the form; the outcome panel grows it when it comes.
    resize(qMax(520, sizeHint().width()), sizeHint().height());
    updateTitle();
}

CheckpointWindow::~CheckpointWindow() = default;

// Setting the font keeps the fields' text, cursor, selection and focus (QLineEdit only lays its text out again). It may
// change their height: on Debian 12, monospace is Noto Sans Mono, whose line is taller than DejaVu Sans's (the field's
// size hint is 34 px against 30 px at 100 %). Then the layout adapts once, right after the first frame: what is under
// the field moves down by the difference and the window grows as much. Reserving that height from the start is not
// possible without measuring the fixed-pitch face before the frame, and measuring it (fontconfig's match and opening
// the face, about 0.5 of the 0.8 ms the whole font costs) is most of what deferring it saves.
void CheckpointWindow::setCodeFont(const QFont &font)
{
    m_ui->codeEdit->setFont(font);
    m_ui->phoneEdit->setFont(font);
    // Room for a whole number as people say it, in the font the field has; the country list gives way instead.
    m_ui->phoneEdit->setMinimumWidth(m_ui->phoneEdit->fontMetrics().horizontalAdvance(u"+00 (0)0 00 00 00 00"_s));
}

void CheckpointWindow::connectSignals()
{
    connect(m_ui->accountIdEdit, &QLineEdit::textEdited, this, [this] {
        m_formAnswered = false;
        updateSubmitState();
        updateTitle();
    });
    connect(m_ui->providerCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_formAnswered = false;
        updateSubmitState();
    });
    connect(m_ui->codeEdit, &QLineEdit::textChanged, this, &CheckpointWindow::updateSubmitState);
    connect(m_ui->phoneEdit, &QLineEdit::textChanged, this, &CheckpointWindow::updateSubmitState);
    // While the agent types, not after the first frame: a window closed without a request never pays for it.
    for (QLineEdit *answer : {m_ui->codeEdit, m_ui->phoneEdit})
        connect(answer, &QLineEdit::textChanged, m_ui->outcomePanel, &OutcomePanel::prepare,
                Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
    for (QLineEdit *answer : {m_ui->codeEdit, m_ui->phoneEdit})
        connect(answer, &QLineEdit::textEdited, this, &CheckpointWindow::answerEdited);
    connect(m_ui->countryCombo, &QComboBox::currentIndexChanged, this, &CheckpointWindow::updateSubmitState);
    connect(m_ui->phoneEdit, &QLineEdit::returnPressed, this, [this] { submit(SubmitPolicy::Send::TypedAnswer); });
    connect(m_ui->phoneModeRadio, &QRadioButton::toggled, this, [this](bool phone) {
        setPhoneMode(phone);
        (phone ? static_cast<QWidget *>(m_ui->phoneEdit) : m_ui->codeEdit)->setFocus();
    });
    connect(m_ui->accountIdEdit, &QLineEdit::returnPressed, this, [this] { submit(SubmitPolicy::Send::TypedAnswer); });
    connect(m_ui->codeEdit, &QLineEdit::returnPressed, this, [this] { submit(SubmitPolicy::Send::TypedAnswer); });
    connect(m_ui->submitButton, &QPushButton::clicked, this, [this] { submit(SubmitPolicy::Send::TypedAnswer); });
    connect(m_ui->submitAction, &QAction::triggered, this, [this] { submit(SubmitPolicy::Send::TypedAnswer); });
    connect(m_ui->tryAnotherWayButton, &QPushButton::clicked, this,
            [this] { submit(SubmitPolicy::Send::TryAnotherWay); });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &CheckpointWindow::cancelRequested);
    connect(m_ui->cancelAction, &QAction::triggered, this, [this] {
        if (m_busy)
            Q_EMIT cancelRequested();
    });
    connect(m_ui->replaceKeyAction, &QAction::triggered, this, &CheckpointWindow::replaceKeyRequested);
    connect(m_ui->forgetKeyAction, &QAction::triggered, this, &CheckpointWindow::forgetKeyRequested);
    connect(m_ui->quitAction, &QAction::triggered, qApp, &QApplication::closeAllWindows);
    connect(m_ui->closeAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->settingsAction, &QAction::triggered, this, &CheckpointWindow::settingsRequested);
    connect(m_ui->newWindowAction, &QAction::triggered, this, &CheckpointWindow::newWindowRequested);
    connect(m_ui->aboutAction, &QAction::triggered, this, &CheckpointWindow::showAbout);
    connect(m_ui->outcomePanel, &OutcomePanel::actionChosen, this, &CheckpointWindow::onActionChosen);
    connect(m_ui->outcomePanel, &OutcomePanel::ticketCopied, this,
            [this] { m_ui->statusBar->showMessage(tr("Summary copied for the ticket."), 5000); });
}

void CheckpointWindow::setAccountId(const QString &accountId)
{
    m_ui->accountIdEdit->setText(accountId.trimmed());
    m_ui->accountIdEdit->setCursorPosition(0);
    m_formAnswered = false;
    updateSubmitState();
    updateTitle();
}

void CheckpointWindow::updateTitle()
{
    // One window per account: the title tells them apart in the task bar (Qt appends the application name).
    // Only an id that follows the rule: a bidi control pasted into the field would reorder the task bar's entry.
    const bool valid = CheckpointRequest::accountIdProblem(accountId()).isEmpty();
    setWindowTitle(valid ? accountId() : tr("New checkpoint"));
}

bool CheckpointWindow::isPristine() const
{
    return accountId().isEmpty() && m_ui->codeEdit->text().isEmpty() && m_ui->phoneEdit->text().isEmpty()
        && !m_ui->outcomePanel->answer() && !m_busy;
}

void CheckpointWindow::setProvider(std::optional<Provider> provider)
{
    m_ui->providerCombo->setCurrentIndex(provider ? m_ui->providerCombo->findData(providerApiName(*provider)) : -1);
}

void CheckpointWindow::setApiUrl(const QUrl &baseUrl)
{
    m_apiUrl = baseUrl;
    const QString url = CheckpointClient::normalisedBaseUrl(baseUrl);
    const bool isDefault = url == CheckpointClient::normalisedBaseUrl(CheckpointClient::defaultBaseUrl());
    // Hidden for the default endpoint, and then without text: a selectable label builds a text document for it.
    m_ui->endpointLabel->setText(isDefault ? QString() : tr("API: %1").arg(url));
    m_ui->endpointLabel->setVisible(!isDefault);
}

void CheckpointWindow::setKeyState(ApiKeyController::State state, const QString &message)
{
    m_keyState = state;
    m_keyMessage = message;
    QString text;
    switch (state) {
    case ApiKeyController::State::Idle:
    case ApiKeyController::State::Loading:
        text = tr("Waiting for the system keychain…");
        break;
    case ApiKeyController::State::Saving:
        text = tr("Saving the API key in the system keychain…");
        break;
    case ApiKeyController::State::Missing:
        text = tr("No API key yet: use API key ▸ Replace API key.");
        break;
    case ApiKeyController::State::Stored:
        text = tr("API key from the system keychain.");
        break;
    case ApiKeyController::State::SessionOnly:
        text = tr("API key for this session only: it is forgotten when the app quits.");
        break;
    case ApiKeyController::State::Failed:
        text = message.isEmpty() ? tr("The system keychain failed.") : message;
        break;
    }
    m_keyStateLabel->setText(text);
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
    m_ui->codeEdit->setReadOnly(busy);
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

CheckpointRequest CheckpointWindow::currentRequest() const
{
    QString code = CodeInput::normaliseCode(m_ui->codeEdit->text());
    if (isPhoneMode()) {
        const PhoneNumberFormatter::Result phone = formattedPhone();
        code = phone.isValid() ? phone.formatted : m_ui->phoneEdit->text().trimmed();
    }
    return CheckpointRequest{accountId(), provider().value_or(Provider::LinkedIn), code};
}

bool CheckpointWindow::isPhoneMode() const
{
    return m_ui->phoneModeRadio->isChecked();
}

QString CheckpointWindow::typedAnswer() const
{
    return isPhoneMode() ? m_ui->phoneEdit->text() : m_ui->codeEdit->text();
}

QLineEdit *CheckpointWindow::answerEdit() const
{
    return isPhoneMode() ? m_ui->phoneEdit : m_ui->codeEdit;
}

PhoneNumberFormatter::Result CheckpointWindow::formattedPhone() const
{
    return PhoneNumberFormatter::format(m_ui->countryCombo->currentData().toString(), m_ui->phoneEdit->text());
}

void CheckpointWindow::setPhoneMode(bool phone)
{
    if (phone && m_ui->countryCombo->count() == 0)
        fillCountries(); // libphonenumber's metadata is loaded only when somebody needs it
    if (m_ui->phoneModeRadio->isChecked() != phone)
        m_ui->phoneModeRadio->setChecked(phone);
    if (m_ui->codeModeRadio->isChecked() == phone)
        m_ui->codeModeRadio->setChecked(!phone);
    m_ui->inputStack->setCurrentWidget(phone ? m_ui->phonePage : m_ui->codePage);
    m_ui->codeLabel->setText(phone ? tr("Customer's mobile n&umber:") : tr("C&ode from the customer:"));
    m_ui->codeLabel->setBuddy(answerEdit());
    updateSubmitState();
}

void CheckpointWindow::fillCountries()
{
    QList<std::pair<QString, QString>> countries; // name (+code), region
    const QStringList regions = PhoneNumberFormatter::supportedRegions();
    for (const QString &region : regions) {
        countries.append({tr("%1 (%2)", "country name (calling code)")
                              .arg(PhoneNumberFormatter::regionName(region), PhoneNumberFormatter::callingCodeFor(region)),
                          region});
    }
    std::sort(countries.begin(), countries.end(),
              [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    const QSignalBlocker blocker(m_ui->countryCombo);
    m_ui->countryCombo->useContentsPolicy();
    for (const auto &[name, region] : std::as_const(countries))
        m_ui->countryCombo->addItem(name, region);
    m_ui->countryCombo->setCurrentIndex(m_ui->countryCombo->findData(PhoneNumberFormatter::defaultRegion()));
}

void CheckpointWindow::setCountry(const QString &regionCode)
{
    if (m_ui->countryCombo->count() == 0)
        fillCountries();
    if (const int index = m_ui->countryCombo->findData(regionCode.toUpper()); index >= 0)
        m_ui->countryCombo->setCurrentIndex(index);
}

void CheckpointWindow::updatePhonePreview()
{
    QString text;
    if (isPhoneMode() && !m_ui->phoneEdit->text().trimmed().isEmpty()) {
        const PhoneNumberFormatter::Result phone = formattedPhone();
        if (!phone.isValid())
            text.clear(); // the hint under the field says what is wrong
        else if (phone.regionCode != m_ui->countryCombo->currentData().toString())
            text = tr("Will send %1 (a number from %2).").arg(phone.formatted, PhoneNumberFormatter::regionName(phone.regionCode));
        else
            text = tr("Will send %1.").arg(phone.formatted);
    }
    m_ui->phonePreviewLabel->setText(text);
    m_ui->phonePreviewLabel->setVisible(!text.isEmpty());
}

void CheckpointWindow::focusFirstEmptyField()
{
    if (!CheckpointRequest::accountIdProblem(accountId()).isEmpty()) // empty, or not an id
        m_ui->accountIdEdit->setFocus();
    else if (!provider())
        m_ui->providerCombo->setFocus();
    else
        answerEdit()->setFocus();
}

SubmitPolicy::Form CheckpointWindow::form() const
{
    SubmitPolicy::Form form{currentRequest(), provider().has_value(), isPhoneMode(), typedAnswer(), {}};
    if (form.phoneMode)
        form.phoneProblem = formattedPhone().problem;
    return form;
}

QString CheckpointWindow::blocker(SubmitPolicy::Send send) const
{
    return SubmitPolicy::blocker(send, form(), m_keyState, m_formAnswered ? m_ui->outcomePanel->answer() : nullptr);
}

void CheckpointWindow::updateSubmitState()
{
    const QString reason = blocker(SubmitPolicy::Send::TypedAnswer);
    const bool canSubmit = !m_busy && reason.isEmpty();
    m_ui->submitButton->setEnabled(canSubmit);
    m_ui->submitAction->setEnabled(canSubmit);
    m_ui->tryAnotherWayButton->setEnabled(!m_busy && blocker(SubmitPolicy::Send::TryAnotherWay).isEmpty());
    m_ui->hintLabel->setText(m_busy ? QString() : reason);
    m_ui->hintLabel->setVisible(!m_busy && !reason.isEmpty());
    m_ui->submitButton->setToolTip(reason);
    updatePhonePreview();
}

void CheckpointWindow::submit(SubmitPolicy::Send send)
{
    if (m_busy)
        return; // one request at a time: a second Enter while sending is absorbed here, by design
    CheckpointRequest request = currentRequest();
    if (send == SubmitPolicy::Send::TryAnotherWay)
        request.code = CheckpointRequest::tryAnotherWayCode();
    if (const QString reason = blocker(send); !reason.isEmpty()) {
        // Never ignore the key press silently: say why and put the cursor where the problem is.
        m_ui->hintLabel->setText(reason);
        m_ui->hintLabel->show();
        QApplication::beep();
        focusFirstEmptyField();
        return;
    }
    Q_EMIT submitRequested(request);
}

void CheckpointWindow::showAnswer(const Attempt &attempt)
{
    const Outcome &outcome = *attempt.outcome();
    const Guidance guidance = Guidance::forOutcome(outcome, attempt.request());
    m_formAnswered = true;
    if (outcome.kind() == Outcome::Kind::NextCheckpoint)
        setPhoneMode(outcome.checkpointType() == "PHONE_REGISTER"_L1);
    m_ui->outcomePanel->showAnswer(attempt, guidance);
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
    } else if (guidance.focusField == CheckpointRequest::Field::Code || guidance.selectCode) {
        answerEdit()->setFocus();
        if (guidance.selectCode)
            answerEdit()->selectAll();
    } else {
        // The message itself takes the focus, so that a screen reader reads it out (its name is the headline,
        // its description the explanation).
        m_ui->outcomePanel->setFocus();
    }
}

void CheckpointWindow::onActionChosen(Guidance::Action action)
{
    switch (action) {
    case Guidance::Action::RetypeCode:
        setPhoneMode(false);
        m_ui->codeEdit->setFocus();
        m_ui->codeEdit->selectAll();
        break;
    case Guidance::Action::ResendCode:
        if (!m_busy)
            Q_EMIT resendRequested();
        break;
    case Guidance::Action::TryAnotherWay:
        submit(SubmitPolicy::Send::TryAnotherWay);
        break;
    case Guidance::Action::EnterPhone:
        setPhoneMode(true);
        m_ui->phoneEdit->setFocus();
        m_ui->phoneEdit->selectAll();
        break;
    case Guidance::Action::ReplaceApiKey:
        Q_EMIT replaceKeyRequested();
        break;
    case Guidance::Action::Retry:
        if (!m_busy)
            Q_EMIT retryRequested();
        break;
    case Guidance::Action::StartOver:
        // The restarted login begins with a code; in phone mode the code field is hidden and cannot take focus.
        setPhoneMode(false);
        m_ui->codeEdit->clear();
        m_ui->phoneEdit->clear();
        m_ui->outcomePanel->hide();
        m_ui->hintLabel->setText(tr("Code cleared. Start the connection again in PostPress, then enter the new "
                                    "code the customer receives."));
        m_ui->hintLabel->show();
        m_ui->codeEdit->setFocus();
        break;
    case Guidance::Action::CopyForTicket: // the panel copies it itself
        break;
    }
}

void CheckpointWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About PostPress Checkpoint"),
                                tr("PostPress Checkpoint %1\n\nSolve PostPress login checkpoints with the code the "
                                   "customer reads out.")
                                    .arg(QLatin1StringView(CHECKPOINT_VERSION)),
                                QMessageBox::Close, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void CheckpointWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

// A new language takes effect at once: the form, and whatever the window built from text in code.
void CheckpointWindow::retranslate()
{
    m_ui->retranslateUi(this);
    setKeyState(m_keyState, m_keyMessage);
    setApiUrl(m_apiUrl);
    setPhoneMode(isPhoneMode());
    m_ui->providerCombo->setPlaceholderText(tr("Choose the provider"));
    updateTitle();
    if (m_ui->outcomePanel->isVisible()) { // the panel translates its answer after this: fit the window to it then
        m_fitPending = true;
        queueFit();
    }
}

bool CheckpointWindow::eventFilter(QObject *watched, QEvent *event)
{
    const bool relayout = event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest;
    if (watched == centralWidget() && relayout)
        queueFit();
    return QMainWindow::eventFilter(watched, event);
}

void CheckpointWindow::queueFit()
{
    if (std::exchange(m_fitQueued, true))
        return; // one fit for a burst of resizes and layout requests
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_fitQueued = false;
            fitHeightToText();
        },
        Qt::QueuedConnection);
}

void CheckpointWindow::fitHeightToText()
{
    // QMainWindow does not pass height-for-width on: wrapped messages would be cut off at narrow widths.
    QWidget *central = centralWidget();
    if (central->width() < central->minimumSizeHint().width())
        return; // not laid out yet: a height for a sliver of a width would be absurd
    central->layout()->activate();
    fitMessageToScreen();
    const int needed = central->layout()->totalHeightForWidth(central->width());
    if (needed <= 0)
        return;
    if (central->minimumHeight() != needed)
        central->setMinimumHeight(needed);
    // A new message sets the height: as tall as it needs, no taller (the agent may still drag it larger). Never taller
    // than the screen, either: the message's first fit may measure it at a width the layout has not given it yet.
    const QRect available = screen()->availableGeometry();
    if (std::exchange(m_fitPending, false) || frameGeometry().height() > available.height()) {
        layout()->activate(); // the window's minimum height follows the central widget's before the resize
        resize(width(), height() - central->height() + needed);
    }
    // Grown down past the screen's bottom: moved up, so that the actions under the message stay reachable.
    if (const int below = frameGeometry().bottom() - available.bottom(); below > 0)
        move(x(), std::max(y() - below, available.top()));
}

// The answer's text (headline, explanation, what the server said) is as tall as it needs, unless the window would then
// be taller than the screen's available height: a server may send pages of text. Then it scrolls in its own area, and
// the request id and the actions under it stay in the window.
void CheckpointWindow::fitMessageToScreen()
{
    OutcomePanel *panel = m_ui->outcomePanel;
    if (panel->isHidden())
        return;
    QWidget *central = centralWidget();
    // The message's height is always fixed here, so the rest of the window is what the layout needs besides it.
    const int rest = central->layout()->totalHeightForWidth(central->width()) - panel->messageHeight();
    const int room = screen()->availableGeometry().height() - (frameGeometry().height() - central->height()) - rest;
    panel->fitMessage(room);
}

void CheckpointWindow::closeEvent(QCloseEvent *event)
{
    Q_EMIT aboutToClose();
    QMainWindow::closeEvent(event);
}
