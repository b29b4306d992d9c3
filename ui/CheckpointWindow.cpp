#include "CheckpointWindow.h"
#include "ui_CheckpointWindow.h"

#include "CheckpointClient.h"
#include "CodeInput.h"
#include "SafeText.h"
#include "StartupTrace.h"
#include "TicketSummary.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QFontDatabase>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QtMath>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

struct ActionText
{
    Guidance::Action action;
    const char *objectName;
};

// Object names are part of the GUI tests' contract.
constexpr ActionText actionButtonNames[] = {
    {Guidance::Action::RetypeCode, "retypeCodeButton"},   {Guidance::Action::ResendCode, "resendButton"},
    {Guidance::Action::EnterPhone, "enterPhoneButton"},   {Guidance::Action::ReplaceApiKey, "replaceKeyButton"},
    {Guidance::Action::Retry, "retryButton"},             {Guidance::Action::StartOver, "startOverButton"},
    {Guidance::Action::CopyForTicket, "copyTicketButton"},
};

QStyle::StandardPixmap toneStandardPixmap(Guidance::Tone tone)
{
    switch (tone) {
    case Guidance::Tone::Done:
        return QStyle::SP_DialogApplyButton;
    case Guidance::Tone::Next:
        return QStyle::SP_MessageBoxInformation;
    case Guidance::Tone::TryAgain:
        return QStyle::SP_MessageBoxWarning;
    case Guidance::Tone::Wait:
        return QStyle::SP_BrowserReload;
    case Guidance::Tone::Unknown:
        return QStyle::SP_MessageBoxQuestion;
    case Guidance::Tone::Escalate:
        return QStyle::SP_MessageBoxCritical;
    }
    return QStyle::SP_MessageBoxInformation;
}

// What the server or the network said, as plain text: shown under the advice and never interpreted. The outcome keeps
// a title or detail whole for the ticket; the window shows what fits a screen.
QString outcomeDetails(const Outcome &outcome)
{
    constexpr qsizetype MaxShownLength = 600;
    QStringList lines;
    if (outcome.kind() == Outcome::Kind::TransportFailure) {
        if (!outcome.transportDetail().isEmpty())
            lines << CheckpointWindow::tr("Network: %1").arg(outcome.transportDetail());
        return lines.join(u'\n');
    }
    const ProblemDetails &problem = outcome.problem();
    QString statusLine = CheckpointWindow::tr("HTTP %1").arg(outcome.httpStatus());
    if (!problem.type.isEmpty())
        statusLine += u" · "_s + problem.type;
    else if (!outcome.object().isEmpty())
        statusLine += u" · "_s + outcome.object();
    lines << statusLine;
    if (!problem.title.isEmpty())
        lines << CheckpointWindow::tr("Title: %1").arg(SafeText::elided(problem.title, MaxShownLength));
    if (!problem.detail.isEmpty())
        lines << CheckpointWindow::tr("Detail: %1").arg(SafeText::elided(problem.detail, MaxShownLength));
    if (!outcome.bodyExcerpt().isEmpty())
        lines << CheckpointWindow::tr("The answer read: %1").arg(outcome.bodyExcerpt());
    return lines.join(u'\n');
}

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

WrappedLabel::Key WrappedLabel::currentKey() const
{
    return Key{text(), contentsMargins(), margin(), indent(), alignment(), textFormat(), textInteractionFlags(),
               wordWrap()};
}

int WrappedLabel::heightForWidth(int width) const
{
    if (Key key = currentKey(); !(key == m_key)) {
        m_key = std::move(key);
        m_entries.fill({});
    }
    for (const Entry &entry : m_entries) {
        if (entry.width == width)
            return entry.height;
    }
    const int height = QLabel::heightForWidth(width);
    m_entries[m_next] = {width, height};
    m_next = (m_next + 1) % m_entries.size();
    return height;
}

bool WrappedLabel::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::LayoutDirectionChange:
    case QEvent::ScreenChangeInternal:
    case QEvent::Polish:
        m_entries.fill({});
        break;
    default:
        break;
    }
    return QLabel::event(event);
}

// What Qt 6's QComboBoxPrivate::recomputeSizeHint() gives for AdjustToMinimumContentsLengthWithIcon, the same for
// the size hint and the minimum one: the characters, an icon's room, the text's height, then the style's frame.
QSize CountryComboBox::sizeHint() const
{
    if (policySet())
        return QComboBox::sizeHint();
    const QFontMetrics metrics = fontMetrics();
    const QSize icon = iconSize();
    QSize size(minimumContentsLength() * metrics.horizontalAdvance(u'X') + icon.width() + 4,
               qMax(qMax(qCeil(QFontMetricsF(metrics).height()), 14) + 2, icon.height() + 2));
    if (!placeholderText().isEmpty())
        size.setWidth(qMax(size.width(), metrics.boundingRect(placeholderText()).width()));
    QStyleOptionComboBox option;
    initStyleOption(&option);
    return style()->sizeFromContents(QStyle::CT_ComboBox, &option, size, this);
}

QSize CountryComboBox::minimumSizeHint() const
{
    return policySet() ? QComboBox::minimumSizeHint() : sizeHint();
}

void CountryComboBox::useContentsPolicy()
{
    setSizeAdjustPolicy(AdjustToMinimumContentsLengthWithIcon); // no-op when already set
}

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

    QFont headlineFont = m_ui->headlineLabel->font();
    headlineFont.setBold(true);
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.15);
    m_ui->headlineLabel->setFont(headlineFont);
    m_ui->outcomePanel->setBackgroundRole(QPalette::AlternateBase);
    m_ui->countryCombo->setMinimumContentsLength(12);
    m_ui->phoneEdit->setMaxLength(64);
    m_ui->phonePreviewLabel->hide();
    m_ui->endpointLabel->hide();
    QFont smallFont = m_ui->endpointLabel->font();
    smallFont.setPointSizeF(smallFont.pointSizeF() * 0.85);
    m_ui->endpointLabel->setFont(smallFont);
    m_ui->outcomePanel->hide();
    m_ui->messageScroll->setFixedHeight(0); // its height is always fitMessageToScreen()'s
    m_ui->statusBar->setSizeGripEnabled(false);
    m_keyStateLabel = new WrappedLabel(this);
    m_keyStateLabel->setObjectName(u"keyStateLabel"_s);
    m_keyStateLabel->setTextFormat(Qt::PlainText);
    // A keychain's error can be long: the line sits under the form, where it wraps, instead of in the status bar,
    // where it would widen the window past the screen.
    m_keyStateLabel->setWordWrap(true);
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->count() - 1, m_keyStateLabel);

    createActionButtons();
    connectSignals();
    m_retryTimer.setInterval(1000);
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

void CheckpointWindow::createActionButtons()
{
    for (const ActionText &entry : actionButtonNames) {
        auto *button = new QPushButton(m_ui->outcomePanel);
        button->setObjectName(QLatin1StringView(entry.objectName));
        button->setAutoDefault(false);
        button->hide();
        m_ui->actionRow->addWidget(button);
        m_actionButtons.insert(entry.action, button);
        connect(button, &QPushButton::clicked, this, [this, action = entry.action] { onActionTriggered(action); });
    }
    setActionButtonTexts();
}

void CheckpointWindow::setActionButtonTexts()
{
    const QMap<Guidance::Action, QString> texts{
        {Guidance::Action::RetypeCode, tr("Enter a new cod&e")},
        {Guidance::Action::ResendCode, tr("&Resend code")},
        {Guidance::Action::EnterPhone, tr("Enter phone num&ber")},
        {Guidance::Action::ReplaceApiKey, tr("Replace AP&I key…")},
        {Guidance::Action::Retry, tr("Re&try")},
        {Guidance::Action::StartOver, tr("Start o&ver")},
        {Guidance::Action::CopyForTicket, tr("Copy &for ticket")},
    };
    for (auto it = m_actionButtons.cbegin(); it != m_actionButtons.cend(); ++it) {
        it.value()->setText(texts.value(it.key()));
        it.value()->setAccessibleName(QString(texts.value(it.key())).remove(u'&'));
    }
    m_actionButtons.value(Guidance::Action::CopyForTicket)
        ->setToolTip(tr("Copy a summary for the ticket: time, account, outcome and request ID (never the code)"));
    updateRetryButton();
}

void CheckpointWindow::connectSignals()
{
    connect(m_ui->accountIdEdit, &QLineEdit::textEdited, this, [this] {
        m_solved = false;
        updateSubmitState();
        updateTitle();
    });
    connect(m_ui->providerCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_solved = false;
        updateSubmitState();
    });
    connect(m_ui->codeEdit, &QLineEdit::textChanged, this, &CheckpointWindow::updateSubmitState);
    connect(m_ui->phoneEdit, &QLineEdit::textChanged, this, &CheckpointWindow::updateSubmitState);
    // While the agent types, not after the first frame: a window closed without a request never pays for it.
    for (QLineEdit *answer : {m_ui->codeEdit, m_ui->phoneEdit})
        connect(answer, &QLineEdit::textChanged, this, &CheckpointWindow::prepareOutcomePanel,
                Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
    for (QLineEdit *answer : {m_ui->codeEdit, m_ui->phoneEdit})
        connect(answer, &QLineEdit::textEdited, this, &CheckpointWindow::answerEdited);
    connect(m_ui->countryCombo, &QComboBox::currentIndexChanged, this, &CheckpointWindow::updateSubmitState);
    connect(m_ui->phoneEdit, &QLineEdit::returnPressed, this, [this] { submit(Answer::Typed); });
    connect(m_ui->phoneModeRadio, &QRadioButton::toggled, this, [this](bool phone) {
        setPhoneMode(phone);
        (phone ? static_cast<QWidget *>(m_ui->phoneEdit) : m_ui->codeEdit)->setFocus();
    });
    connect(m_ui->accountIdEdit, &QLineEdit::returnPressed, this, [this] { submit(Answer::Typed); });
    connect(m_ui->codeEdit, &QLineEdit::returnPressed, this, [this] { submit(Answer::Typed); });
    connect(m_ui->submitButton, &QPushButton::clicked, this, [this] { submit(Answer::Typed); });
    connect(m_ui->submitAction, &QAction::triggered, this, [this] { submit(Answer::Typed); });
    connect(m_ui->tryAnotherWayButton, &QPushButton::clicked, this,
            [this] { submit(Answer::TryAnotherWay); });
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
    connect(m_ui->historyAction, &QAction::triggered, this, &CheckpointWindow::historyRequested);
    connect(m_ui->newWindowAction, &QAction::triggered, this, &CheckpointWindow::newWindowRequested);
    connect(m_ui->aboutAction, &QAction::triggered, this, &CheckpointWindow::showAbout);
    connect(m_ui->copyRequestIdButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_ui->requestIdEdit->text()); });
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        --m_retrySecondsLeft;
        updateRetryButton();
    });
}

void CheckpointWindow::setAccountId(const QString &accountId)
{
    m_ui->accountIdEdit->setText(accountId.trimmed());
    m_ui->accountIdEdit->setCursorPosition(0);
    m_solved = false;
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
        && !m_lastOutcome && !m_busy;
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
    for (QPushButton *button : std::as_const(m_actionButtons))
        button->setEnabled(!busy);
    if (busy)
        m_ui->cancelButton->setFocus();
    updateSubmitState();
    if (!busy)
        updateRetryButton();
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

QString CheckpointWindow::submitBlocker(CodeCheck codeCheck) const
{
    using State = ApiKeyController::State;
    if (m_solved)
        return tr("This checkpoint is solved: nothing more to send.");
    if (accountId().isEmpty())
        return tr("Enter the account id.");
    // Before the code: Try another way and Resend send the account id too.
    if (const QString problem = CheckpointRequest::accountIdProblem(accountId()); !problem.isEmpty())
        return problem;
    if (!provider())
        return tr("Choose the provider.");
    if (codeCheck == CodeCheck::Require && isPhoneMode()) {
        if (m_ui->phoneEdit->text().trimmed().isEmpty())
            return tr("Enter the customer's mobile number.");
        if (const PhoneNumberFormatter::Result phone = formattedPhone(); !phone.isValid())
            return phone.problem;
    }
    if (codeCheck == CodeCheck::Require) {
        if (typedAnswer().trimmed().isEmpty())
            return tr("Enter the code the customer received.");
        if (const auto problem = currentRequest().validate())
            return problem->message;
    }
    if (m_keyState == State::Idle || m_keyState == State::Loading || m_keyState == State::Saving)
        return tr("Waiting for the system keychain…");
    if (m_keyState != State::Stored && m_keyState != State::SessionOnly)
        return tr("Set the API key first (API key ▸ Replace API key).");
    return {};
}

void CheckpointWindow::updateSubmitState()
{
    const QString blocker = submitBlocker(CodeCheck::Require);
    const bool canSubmit = !m_busy && blocker.isEmpty();
    m_ui->submitButton->setEnabled(canSubmit);
    m_ui->submitAction->setEnabled(canSubmit);
    m_ui->tryAnotherWayButton->setEnabled(!m_busy && submitBlocker(CodeCheck::Skip).isEmpty());
    m_ui->hintLabel->setText(m_busy ? QString() : blocker);
    m_ui->hintLabel->setVisible(!m_busy && !blocker.isEmpty());
    m_ui->submitButton->setToolTip(blocker);
    updatePhonePreview();
}

void CheckpointWindow::submit(Answer answer)
{
    if (m_busy)
        return; // one request at a time: a second Enter while sending is absorbed here, by design
    const bool tryAnotherWay = answer == Answer::TryAnotherWay;
    CheckpointRequest request = currentRequest();
    if (tryAnotherWay)
        request.code = CheckpointRequest::tryAnotherWayCode();
    const QString blocker = submitBlocker(tryAnotherWay ? CodeCheck::Skip : CodeCheck::Require);
    if (!blocker.isEmpty()) {
        // Never ignore the key press silently: say why and put the cursor where the problem is.
        m_ui->hintLabel->setText(blocker);
        m_ui->hintLabel->show();
        QApplication::beep();
        focusFirstEmptyField();
        return;
    }
    m_lastSent = request;
    Q_EMIT submitRequested(request);
}

void CheckpointWindow::showOutcome(const Outcome &outcome, const CheckpointRequest &sent)
{
    m_lastOutcome = outcome;
    m_lastSent = sent;
    const Guidance guidance = Guidance::forOutcome(outcome, sent);
    m_solved = guidance.tone == Guidance::Tone::Done; // connected, or already connected: nothing left to send
    if (outcome.kind() == Outcome::Kind::NextCheckpoint)
        setPhoneMode(outcome.checkpointType() == "PHONE_REGISTER"_L1);

    renderOutcome(guidance);
    showActions(guidance);
    startRetryCountdown(guidance.actions.contains(Guidance::Action::Retry) ? guidance.retryAfterSeconds : 0);
    updateSubmitState();
    applyFocus(guidance);
}

void CheckpointWindow::renderOutcome(const Guidance &guidance)
{
    const Outcome &outcome = *m_lastOutcome;
    m_ui->outcomeIcon->setPixmap(toneIcon(guidance.tone));
    m_ui->headlineLabel->setText(guidance.headline);
    m_ui->explanationLabel->setText(guidance.explanation);
    m_ui->detailsLabel->setText(outcomeDetails(outcome));
    m_ui->detailsLabel->setVisible(!m_ui->detailsLabel->text().isEmpty());
    m_ui->requestIdEdit->setText(outcome.supportRequestId());
    m_ui->requestIdEdit->setCursorPosition(0);
    for (QWidget *widget : {static_cast<QWidget *>(m_ui->requestIdCaption), static_cast<QWidget *>(m_ui->requestIdEdit),
                            static_cast<QWidget *>(m_ui->copyRequestIdButton)})
        widget->setVisible(!outcome.supportRequestId().isEmpty());
    m_ui->outcomePanel->setAccessibleName(guidance.headline);
    m_ui->outcomePanel->setAccessibleDescription(guidance.explanation);
    m_ui->outcomePanel->show();
    m_fitPending = true;
    fitHeightToText();
}

QPixmap CheckpointWindow::toneIcon(Guidance::Tone tone)
{
    QPixmap &icon = m_toneIcons[tone];
    if (icon.isNull()) { // the style renders it from its image files each time it is asked
        const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
        icon = style()->standardIcon(toneStandardPixmap(tone), nullptr, this).pixmap(iconSize);
    }
    return icon;
}

// What the first answer would otherwise wait for, once per process: the first standard icon makes the style read the
// icon theme's index (29 M instructions, 3 ms), and the bold headline needs a font engine of its own (2 M).
void CheckpointWindow::prepareOutcomePanel()
{
    if (static bool prepared = false; std::exchange(prepared, true))
        return;
    toneIcon(Guidance::Tone::Done);
    (void)QFontMetrics(m_ui->headlineLabel->font()).height();
}

void CheckpointWindow::showActions(const Guidance &guidance)
{
    for (auto it = m_actionButtons.cbegin(); it != m_actionButtons.cend(); ++it) {
        bool offered = guidance.actions.contains(it.key());
        if (it.key() == Guidance::Action::ResendCode)
            offered = offered && providerSupportsResend(m_lastSent.provider);
        it.value()->setVisible(offered);
    }
    // The buttons follow the order the guidance gives them in.
    // Try another way has no button here: the one beside the code field is always there.
    for (Guidance::Action action : guidance.actions) {
        QPushButton *button = m_actionButtons.value(action);
        if (!button)
            continue;
        m_ui->actionRow->removeWidget(button);
        m_ui->actionRow->addWidget(button);
    }
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

void CheckpointWindow::onActionTriggered(Guidance::Action action)
{
    switch (action) {
    case Guidance::Action::RetypeCode:
        setPhoneMode(false);
        m_ui->codeEdit->setFocus();
        m_ui->codeEdit->selectAll();
        break;
    case Guidance::Action::ResendCode:
        // The code of the checkpoint just attempted, whatever the fields say since.
        if (!m_busy)
            Q_EMIT resendRequested(m_lastSent.accountId, m_lastSent.provider);
        break;
    case Guidance::Action::TryAnotherWay:
        submit(Answer::TryAnotherWay);
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
        // A resend carries no code, a submission always has one. After a failed resend, Retry resends: it must
        // not submit the code that was just rejected.
        if (m_lastSent.code.isEmpty())
            onActionTriggered(Guidance::Action::ResendCode);
        else
            submit(m_lastSent.code == CheckpointRequest::tryAnotherWayCode() ? Answer::TryAnotherWay : Answer::Typed);
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
    case Guidance::Action::CopyForTicket:
        copyTicketSummary();
        break;
    }
}

void CheckpointWindow::startRetryCountdown(int seconds)
{
    m_retrySecondsLeft = qMax(0, seconds);
    if (m_retrySecondsLeft > 0)
        m_retryTimer.start();
    else
        m_retryTimer.stop();
    updateRetryButton();
}

void CheckpointWindow::updateRetryButton()
{
    QPushButton *retry = m_actionButtons.value(Guidance::Action::Retry);
    if (m_retrySecondsLeft <= 0) {
        m_retryTimer.stop();
        retry->setText(tr("Re&try"));
        retry->setEnabled(!m_busy);
        return;
    }
    retry->setText(tr("Retry in %n s", nullptr, m_retrySecondsLeft));
    retry->setEnabled(false);
}

void CheckpointWindow::copyTicketSummary()
{
    if (!m_lastOutcome)
        return;
    // An answer may quote the code back; TRY_ANOTHER_WAY is no secret and says what was asked.
    QStringList hidden;
    if (m_lastSent.code != CheckpointRequest::tryAnotherWayCode())
        hidden << m_lastSent.code;
    const QString summary = ticketSummary(m_lastSent.accountId, m_lastSent.provider, *m_lastOutcome,
                                          QDateTime::currentDateTimeUtc(), hidden);
    QGuiApplication::clipboard()->setText(summary);
    m_ui->statusBar->showMessage(tr("Summary copied for the ticket."), 5000);
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
    setActionButtonTexts();
    setKeyState(m_keyState, m_keyMessage);
    setApiUrl(m_apiUrl);
    setPhoneMode(isPhoneMode());
    m_ui->providerCombo->setPlaceholderText(tr("Choose the provider"));
    updateTitle();
    if (m_lastOutcome && m_ui->outcomePanel->isVisible())
        renderOutcome(Guidance::forOutcome(*m_lastOutcome, m_lastSent));
}

bool CheckpointWindow::eventFilter(QObject *watched, QEvent *event)
{
    const bool relayout = event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest;
    if (watched == centralWidget() && relayout && !m_fitQueued) {
        m_fitQueued = true; // one fit for a burst of resizes and layout requests
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_fitQueued = false;
                fitHeightToText();
            },
            Qt::QueuedConnection);
    }
    return QMainWindow::eventFilter(watched, event);
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
// the request id and the actions under it stay in the window. The area is sized here, not by QScrollArea's own
// height-for-width, which lays the text out for the width it had before its scroll bar appeared.
void CheckpointWindow::fitMessageToScreen()
{
    if (m_ui->outcomePanel->isHidden())
        return;
    QScrollArea *scroll = m_ui->messageScroll;
    QWidget *central = centralWidget();
    // The scroll area's height is always fixed here, so the rest of the window is what the layout needs besides it.
    const int rest = central->layout()->totalHeightForWidth(central->width()) - scroll->minimumHeight();
    const int room = screen()->availableGeometry().height() - (frameGeometry().height() - central->height()) - rest;
    int width = scroll->width();
    int text = m_ui->messageArea->heightForWidth(width);
    if (text > room) { // it scrolls: the scroll bar takes its width from the text
        width -= scroll->verticalScrollBar()->sizeHint().width();
        text = m_ui->messageArea->heightForWidth(width);
    }
    m_ui->messageArea->resize(width, text);
    const int fitted = std::max(m_ui->headlineLabel->fontMetrics().lineSpacing(), std::min(room, text));
    if (scroll->minimumHeight() != fitted || scroll->maximumHeight() != fitted)
        scroll->setFixedHeight(fitted);
}

void CheckpointWindow::closeEvent(QCloseEvent *event)
{
    Q_EMIT aboutToClose();
    QMainWindow::closeEvent(event);
}
