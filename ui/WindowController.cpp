#include "WindowController.h"

#include "ApiBaseUrl.h"
#include "ApiKeyPrompt.h"
#include "AppSettings.h"
#include "CheckpointWindow.h"
#include "EarlierAttempts.h"
#include "EffectiveSettings.h"
#include "History.h"
#include "WindowActivation.h"

#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

using namespace Qt::StringLiterals;

WindowController::WindowController(QNetworkAccessManager *network, ApiKeyController *keys, const LaunchOptions &options,
                                   QObject *parent)
    : QObject(parent)
    , m_keys(keys)
    , m_client(network, options.apiUrl)
    , m_window(std::make_unique<CheckpointWindow>())
{
    m_window->setApiUrl(options.apiUrl);
    m_window->setAccountId(options.accountId);
    m_window->setTicketId(options.ticketId);
    std::optional<Provider> provider = options.provider;
    if (!provider)
        provider = AppSettings().lastProvider();
    m_window->setProvider(provider);
    m_client.setApiKey(m_keys->key());
    m_window->setKeyState(m_keys->state(), m_keys->errorMessage());
    connectWindow();
    connectKeys();
}

WindowController::~WindowController()
{
    // Quitting while a request is in flight aborts it; nothing may reach a window that is going away.
    disconnect(&m_client, nullptr, this, nullptr);
    m_client.cancel();
}

void WindowController::connectWindow()
{
    CheckpointWindow *window = m_window.get();
    connect(window, &CheckpointWindow::submitRequested, this, &WindowController::onSubmitRequested);
    connect(window, &CheckpointWindow::resendRequested, this, &WindowController::onResendRequested);
    connect(window, &CheckpointWindow::retryRequested, this, &WindowController::onRetryRequested);
    connect(window, &CheckpointWindow::cancelRequested, &m_client, &CheckpointClient::cancel);
    connect(window, &CheckpointWindow::replaceKeyRequested, this, &WindowController::openKeyDialog);
    connect(window, &CheckpointWindow::forgetKeyRequested, this, &WindowController::confirmForgetKey);
    connect(window, &CheckpointWindow::aboutToClose, this, [this] {
        saveWindowState();
        m_client.cancel();
        Q_EMIT closed();
    });
    connect(window, &CheckpointWindow::settingsRequested, this, &WindowController::settingsRequested);
    connect(window, &CheckpointWindow::historyRequested, this, &WindowController::historyRequested);
    connect(window, &CheckpointWindow::newWindowRequested, this, &WindowController::newWindowRequested);
    connect(&m_client, &CheckpointClient::busyChanged, window, &CheckpointWindow::setBusy);
    connect(&m_client, &CheckpointClient::finished, this, &WindowController::onFinished);
    connect(&m_client, &CheckpointClient::requestSent, this, &WindowController::rememberProvider);
    connect(window, &CheckpointWindow::answerEdited, this, &WindowController::onAnswerEdited);
}

void WindowController::connectKeys()
{
    connect(m_keys, &ApiKeyController::keyChanged, this, [this](const QString &key) {
        m_client.setApiKey(key);
        warmUp();
    });
    connect(m_keys, &ApiKeyController::stateChanged, this, &WindowController::onKeyStateChanged);
}

void WindowController::show(const Activation &activation)
{
    // Where the last window was and how wide; not its height, which was its last answer's: a new window is as tall as
    // its form, and grows with its first answer.
    if (const QByteArray geometry = AppSettings().windowGeometry(); !geometry.isEmpty()) {
        const int contentHeight = m_window->height();
        m_window->restoreGeometry(geometry);
        m_window->resize(m_window->width(), contentHeight);
    }
    WindowActivation::present(m_window.get(), activation);
    m_window->focusFirstEmptyField();
    m_shown = true;
    onKeyStateChanged(m_keys->state());
    warmUp();
}

void WindowController::setNetwork(QNetworkAccessManager *network)
{
    m_client.setNetwork(network);
    warmUp();
}

// Once a window is up and a key is known, the connection to the API is opened ahead of Enter, and again as the agent
// types an answer once the app has closed the idle one. Nothing is sent on it before Enter.
void WindowController::warmUp()
{
    if (m_shown)
        m_client.warmUp();
}

// Every edit asks: the spare connection closes a few seconds after it opened (ApiTransport::ConnectionExpiry), and the
// agent may type for longer. While one may still be open, asking costs nothing.
void WindowController::onAnswerEdited()
{
    // From the event loop: a code pasted and sent in one go goes out first, and the warm-up then finds the client
    // busy. Issued together, Qt would open a connection for each, though the POST takes the spare one.
    QTimer::singleShot(0, this, &WindowController::warmUp);
}

void WindowController::raise(const Activation &activation)
{
    m_window->setWindowState(m_window->windowState() & ~Qt::WindowMinimized);
    WindowActivation::present(m_window.get(), activation);
}

void WindowController::onKeyStateChanged(ApiKeyController::State state)
{
    m_window->setKeyState(state, m_keys->errorMessage());
    // No key, or the keychain failed: ask for one (the dialog offers "this session only" after a failure).
    const bool needsKey = state == ApiKeyController::State::Missing || state == ApiKeyController::State::Failed;
    if (needsKey && m_shown && !m_keys->hasKey())
        openKeyDialog();
}

void WindowController::openKeyDialog()
{
    ApiKeyPrompt *prompt = ApiKeyPrompt::of(m_keys);
    prompt->open(m_window.get());
    // Back in the window, the cursor goes where typing continues.
    connect(prompt->dialog(), &QDialog::finished, m_window.get(), &CheckpointWindow::focusFirstEmptyField,
            Qt::UniqueConnection);
}

ApiKeyDialog *WindowController::keyDialog() const
{
    return ApiKeyPrompt::of(m_keys)->dialog();
}

void WindowController::confirmForgetKey()
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Forget the API key?"),
                                tr("Remove the API key for %1 from this computer? You will have to paste it again "
                                   "before the next code can be sent.")
                                    .arg(ApiBaseUrl::normalised(m_keys->baseUrl())),
                                QMessageBox::Cancel, m_window.get());
    box->setTextFormat(Qt::PlainText); // the URL came from the command line or the settings
    QPushButton *forget = box->addButton(tr("&Forget key"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(forget, &QPushButton::clicked, m_keys, &ApiKeyController::forget);
    box->open();
}

// Nothing is sent, and what the agent typed stays where it is.
bool WindowController::refusesProvider(Provider provider)
{
    if (m_allowedProviders.contains(provider))
        return false;
    m_window->statusBar()->showMessage(EffectiveSettings::providerRefusal(provider));
    return true;
}

void WindowController::onSubmitRequested(const CheckpointRequest &request)
{
    send(Attempt::submit(request));
}

// A new code for the checkpoint just attempted, whatever the fields say since.
void WindowController::onResendRequested()
{
    if (m_attempt)
        send(Attempt::resend(m_attempt->accountId(), m_attempt->provider()));
}

// Exactly what was sent last, again: after a failed resend that is the resend, never the code rejected before it.
void WindowController::onRetryRequested()
{
    if (m_attempt)
        send(m_attempt->again());
}

void WindowController::send(const Attempt &attempt)
{
    if (refusesProvider(attempt.provider()))
        return;
    if (!m_keys->hasKey()) {
        openKeyDialog();
        return;
    }
    const bool resend = attempt.kind() == Attempt::Kind::Resend;
    // Refused while a request is in flight (one at a time), which then stays the window's attempt. An accepted one
    // always finishes from the event loop, after this.
    if (resend ? !m_client.resend(attempt.accountId(), attempt.provider()) : !m_client.submit(attempt.request()))
        return;
    m_attempt = attempt;
    m_attempt->setTicketId(m_window->ticketId());
    if (!resend)
        m_providerToRemember = attempt.provider();
}

// Once the request is on the wire (or has failed): Qt sends it only when this thread is back in the event loop and
// hands it the body, and writing QSettings syncs a file to disk, milliseconds that would come before the code.
void WindowController::rememberProvider()
{
    if (const std::optional<Provider> provider = std::exchange(m_providerToRemember, std::nullopt)) {
        if (AppSettings settings; settings.lastProvider() != provider)
            settings.setLastProvider(*provider);
    }
}

void WindowController::onFinished(const Outcome &outcome)
{
    if (!m_attempt)
        return;
    m_attempt->finish(outcome);
    m_window->showAnswer(*m_attempt);
    rememberProvider();
    Q_EMIT attemptFinished(*m_attempt);
    // After the answer is on screen: the write (a few milliseconds when SQLite folds its log in) never delays it.
    // Kept even when this window is closing (an attempt cancelled by closing it).
    if (m_history) {
        const AttemptRecord record = AttemptRecord::of(*m_attempt);
        QTimer::singleShot(0, m_history, [self = QPointer(this), history = m_history, record] {
            history->record(record);
            if (self)
                self->updateEarlierAttempts();
        });
    }
}

void WindowController::setHistory(History *history)
{
    m_history = history;
    updateEarlierAttempts();
}

void WindowController::updateEarlierAttempts()
{
    const QString accountId = m_window->accountId();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime since = now.addSecs(-EarlierAttempts::Minutes * 60);
    if (!m_history || !m_history->isOpen() || accountId.isEmpty()) {
        m_window->setEarlierAttempts({});
        return;
    }
    QList<AttemptRecord> earlier = m_history->attempts(accountId, since);
    // The attempt whose answer the panel shows is not an earlier one.
    if (m_attempt && m_attempt->accountId() == accountId)
        earlier.removeIf([shown = m_attempt->startedUtc()](const AttemptRecord &r) { return r.timeUtc >= shown; });
    m_window->setEarlierAttempts(EarlierAttempts::line(earlier, now));
}

void WindowController::saveWindowState()
{
    AppSettings().setWindowGeometry(m_window->saveGeometry());
}
