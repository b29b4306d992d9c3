#include "OutcomePanel.h"
#include "ui_OutcomePanel.h"

#include "OutcomeDetails.h"
#include "TicketSummary.h"
#include "ToneLook.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QEvent>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QToolButton>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

struct ActionText {
    Guidance::Action action;
    const char *objectName;
};

// Object names are part of the GUI tests' contract.
constexpr ActionText actionButtonNames[] = {
    {Guidance::Action::RetypeCode, "retypeCodeButton"},
    {Guidance::Action::ResendCode, "resendButton"},
    {Guidance::Action::EnterPhone, "enterPhoneButton"},
    {Guidance::Action::ReplaceApiKey, "replaceKeyButton"},
    {Guidance::Action::Retry, "retryButton"},
    {Guidance::Action::StartOver, "startOverButton"},
    {Guidance::Action::CopyForTicket, "copyTicketButton"},
};

} // namespace

OutcomePanel::OutcomePanel(QWidget *parent)
    : QFrame(parent)
    , m_ui(std::make_unique<Ui::OutcomePanel>())
{
    m_ui->setupUi(this);
    QFont headlineFont = m_ui->headlineLabel->font();
    headlineFont.setBold(true);
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.4);
    m_ui->headlineLabel->setFont(headlineFont);
    setBackgroundRole(QPalette::AlternateBase);
    m_ui->messageScroll->setFixedHeight(0); // its height is always fitMessage()'s
    // What the server said, in its words and in English: for support, under the advice, not beside it.
    QFont detailsFont = m_ui->detailsLabel->font();
    detailsFont.setPointSizeF(detailsFont.pointSizeF() * 0.9);
    m_ui->detailsLabel->setFont(detailsFont);
    m_ui->detailsLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->detailsLabel->hide();
    m_ui->detailsToggle->setArrowType(isRightToLeft() ? Qt::LeftArrow : Qt::RightArrow); // closed, pointing onwards
    connect(m_ui->detailsToggle, &QToolButton::toggled, this, [this](bool open) {
        m_ui->detailsToggle->setArrowType(open ? Qt::DownArrow : isRightToLeft() ? Qt::LeftArrow : Qt::RightArrow);
        m_ui->detailsLabel->setVisible(open && !m_ui->detailsLabel->text().isEmpty());
        Q_EMIT heightChanged();
    });
    hide();
    createActionButtons();
    connect(m_ui->copyRequestIdButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_ui->requestIdEdit->text());
        showCopied(m_ui->copyRequestIdButton);
    });
    m_retryTimer.setInterval(1000);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        --m_retrySecondsLeft;
        updateRetryButton();
    });
}

OutcomePanel::~OutcomePanel() = default;

void OutcomePanel::createActionButtons()
{
    for (const ActionText &entry : actionButtonNames) {
        auto *button = new QPushButton(this);
        button->setObjectName(QLatin1StringView(entry.objectName));
        button->setAutoDefault(true); // Enter presses the focused action, as in a dialog
        button->hide();
        m_ui->actionRow->addWidget(button);
        m_actionButtons.insert(entry.action, button);
        connect(button, &QPushButton::clicked, this, [this, action = entry.action] { onActionClicked(action); });
    }
    m_closeButton = new QPushButton(this);
    m_closeButton->setObjectName(u"closeButton"_s);
    m_closeButton->setAutoDefault(true);
    m_closeButton->hide();
    m_ui->actionRow->addWidget(m_closeButton);
    connect(m_closeButton, &QPushButton::clicked, this, &OutcomePanel::closeRequested);
    setActionButtonTexts();
}

void OutcomePanel::setActionButtonTexts()
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
    m_closeButton->setText(tr("&Close window"));
    m_closeButton->setAccessibleName(tr("Close window"));
    m_actionButtons.value(Guidance::Action::CopyForTicket)
        ->setToolTip(tr("Copy a summary for the ticket: time, account, outcome and request ID (never the code)"));
    updateRetryButton();
}

void OutcomePanel::showAnswer(const Attempt &attempt, const Guidance &guidance)
{
    m_answer = attempt;
    render(guidance);
    showActions(guidance);
    startRetryCountdown(guidance.actions.contains(Guidance::Action::Retry) ? guidance.retryAfterSeconds : 0);
    // A screen reader says the outcome (the panel's name and description) without the focus leaving the next step.
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

// The first action the guidance offers, or Close window after a success. Retry only once it can be pressed: until
// then Copy for ticket, and Retry takes the focus when its countdown ends (updateRetryButton()).
QPushButton *OutcomePanel::nextStep() const
{
    if (!m_closeButton->isHidden())
        return m_closeButton;
    const QPushButton *retry = m_actionButtons.value(Guidance::Action::Retry);
    for (int i = 0; i < m_ui->actionRow->count(); ++i) {
        auto *button = qobject_cast<QPushButton *>(m_ui->actionRow->itemAt(i)->widget());
        if (button && !button->isHidden() && (button != retry || m_retrySecondsLeft <= 0))
            return button;
    }
    return nullptr;
}

bool OutcomePanel::focusNextStep()
{
    QPushButton *button = nextStep();
    if (button)
        makeDefault(button);
    m_retryTakesFocus = m_retrySecondsLeft > 0;
    return button;
}

void OutcomePanel::makeDefault(QPushButton *button)
{
    for (QPushButton *other : findChildren<QPushButton *>())
        other->setDefault(other == button);
    if (button)
        button->setFocus();
}

void OutcomePanel::render(const Guidance &guidance)
{
    const Outcome &outcome = *m_answer->outcome();
    m_ui->outcomeIcon->setPixmap(toneIcon(guidance.tone));
    tint(guidance.tone);
    m_ui->headlineLabel->setText(guidance.headline);
    m_ui->explanationLabel->setText(guidance.explanation);
    m_explanationOnceReady = guidance.explanationOnceReady;
    m_ui->detailsLabel->setText(outcomeDetails(outcome));
    m_ui->detailsToggle->setVisible(!m_ui->detailsLabel->text().isEmpty());
    m_ui->detailsLabel->setVisible(m_ui->detailsToggle->isChecked() && !m_ui->detailsLabel->text().isEmpty());
    m_ui->requestIdEdit->setText(outcome.supportRequestId());
    m_ui->requestIdEdit->setCursorPosition(0);
    for (QWidget *widget : {static_cast<QWidget *>(m_ui->requestIdCaption), static_cast<QWidget *>(m_ui->requestIdEdit),
                            static_cast<QWidget *>(m_ui->copyRequestIdButton)})
        widget->setVisible(!outcome.supportRequestId().isEmpty());
    setAccessibleName(guidance.headline);
    setAccessibleDescription(guidance.explanation);
    show();
}

void OutcomePanel::tint(Guidance::Tone tone)
{
    setPalette(ToneLook::palette(parentWidget() ? parentWidget()->palette() : QApplication::palette(), tone));
    m_tone = tone;
}

QPixmap OutcomePanel::toneIcon(Guidance::Tone tone)
{
    QPixmap &icon = m_toneIcons[tone];
    if (icon.isNull()) // the style renders it from its image files each time it is asked
        icon = ToneLook::icon(this, tone);
    return icon;
}

// The first standard icon makes the style read the icon theme's index (29 M instructions, 3 ms), and the bold headline
// needs a font engine of its own (2 M).
void OutcomePanel::prepare()
{
    if (static bool prepared = false; std::exchange(prepared, true))
        return;
    toneIcon(Guidance::Tone::Done);
    (void)QFontMetrics(m_ui->headlineLabel->font()).height();
}

void OutcomePanel::showActions(const Guidance &guidance)
{
    // Enter a new code is not offered when the code is selected already: the field itself is that step.
    const auto offered = [&guidance](Guidance::Action action) {
        return guidance.actions.contains(action) && !(action == Guidance::Action::RetypeCode && guidance.selectCode);
    };
    for (auto it = m_actionButtons.cbegin(); it != m_actionButtons.cend(); ++it)
        it.value()->setVisible(offered(it.key()));
    // The buttons follow the order the guidance gives them in.
    // Try another way has no button here: the one beside the code field is always there.
    for (Guidance::Action action : guidance.actions) {
        QPushButton *button = m_actionButtons.value(action);
        if (!button)
            continue;
        m_ui->actionRow->removeWidget(button);
        m_ui->actionRow->addWidget(button);
    }
    m_closeButton->setVisible(guidance.tone == Guidance::Tone::Done);
    m_ui->actionRow->removeWidget(m_closeButton); // last, where a dialog's own Close sits
    m_ui->actionRow->addWidget(m_closeButton);
    makeDefault(nullptr);
}

void OutcomePanel::onActionClicked(Guidance::Action action)
{
    if (action != Guidance::Action::CopyForTicket) {
        Q_EMIT actionChosen(action);
        return;
    }
    // With the ticket, without the code an answer may quote back.
    QGuiApplication::clipboard()->setText(ticketSummary(*m_answer, QDateTime::currentDateTimeUtc()));
    showCopied(m_actionButtons.value(Guidance::Action::CopyForTicket));
    Q_EMIT ticketCopied();
}

// Said on the button that was pressed, where the agent looks, for two seconds; as wide as before, so nothing moves.
void OutcomePanel::showCopied(QPushButton *button)
{
    const QString copied = tr("Copied");
    if (button->text() == copied)
        return; // pressed again: the first press restores the text
    button->setMinimumWidth(button->sizeHint().width());
    const QString original = button->text();
    const QString originalName = button->accessibleName();
    button->setText(copied);
    button->setAccessibleName(copied); // what a screen reader says of the focused button, which the agent just pressed
    QTimer::singleShot(2000, button, [button, original, originalName] {
        button->setText(original);
        button->setAccessibleName(originalName);
    });
}

void OutcomePanel::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->messageScroll->setEnabled(!busy); // the previous answer dims beside "Sending…"
    for (QPushButton *button : std::as_const(m_actionButtons))
        button->setEnabled(!busy);
    if (!busy)
        updateRetryButton();
}

void OutcomePanel::startRetryCountdown(int seconds)
{
    m_retrySecondsLeft = qMax(0, seconds);
    if (m_retrySecondsLeft > 0)
        m_retryTimer.start();
    else
        m_retryTimer.stop();
    updateRetryButton();
}

void OutcomePanel::updateRetryButton()
{
    QPushButton *retry = m_actionButtons.value(Guidance::Action::Retry);
    if (m_retrySecondsLeft <= 0) {
        const bool justEnded = m_retryTimer.isActive();
        m_retryTimer.stop();
        retry->setText(tr("Re&try"));
        retry->setEnabled(!m_busy);
        if (justEnded)
            onRetryReady();
        return;
    }
    retry->setText(tr("Retry in %n s", nullptr, m_retrySecondsLeft));
    retry->setEnabled(false);
}

// The wait is over: the advice stops asking to wait, and Retry becomes the next step unless the agent went elsewhere.
void OutcomePanel::onRetryReady()
{
    if (!m_explanationOnceReady.isEmpty()) {
        m_ui->explanationLabel->setText(m_explanationOnceReady);
        setAccessibleDescription(m_explanationOnceReady);
    }
    QWidget *focused = QApplication::focusWidget();
    if (std::exchange(m_retryTakesFocus, false) && (!focused || isAncestorOf(focused)))
        makeDefault(m_actionButtons.value(Guidance::Action::Retry));
    Q_EMIT retryReady();
}

int OutcomePanel::messageHeight() const
{
    return m_ui->messageScroll->minimumHeight();
}

// Sized here, not by QScrollArea's own height-for-width, which lays the text out for the width it had before its
// scroll bar appeared.
void OutcomePanel::fitMessage(int room)
{
    QScrollArea *scroll = m_ui->messageScroll;
    int width = scroll->width();
    int text = m_ui->messageArea->heightForWidth(width);
    if (text > room) { // it scrolls: the scroll bar takes its width from the text
        width -= scroll->verticalScrollBar()->sizeHint().width();
        text = m_ui->messageArea->heightForWidth(width);
    }
    m_ui->messageArea->resize(width, text);
    const int fitted = std::max(m_ui->headlineLabel->fontMetrics().lineSpacing(), std::min(room, text));
    if (scroll->minimumHeight() != fitted || scroll->maximumHeight() != fitted) {
        scroll->setFixedHeight(fitted);
        layout()->activate(); // the window's layout measures the panel with the message's new height at once
    }
}

// A new language takes effect at once: the form, the buttons built in code, and the answer shown.
void OutcomePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ApplicationPaletteChange && m_answer)
        tint(m_tone); // a theme switched to dark: the tint mixes into the new background
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        setActionButtonTexts();
        if (m_answer && isVisible()) {
            render(Guidance::forOutcome(*m_answer->outcome(), m_answer->request()));
            if (!isRetryWaiting() && !m_explanationOnceReady.isEmpty()) // the wait was already over
                m_ui->explanationLabel->setText(m_explanationOnceReady);
        }
    }
    QFrame::changeEvent(event);
}
