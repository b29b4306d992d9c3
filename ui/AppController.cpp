#include "AppController.h"

#include "ApiBaseUrl.h"
#include "ApiKeyPrompt.h"
#include "CheckpointWindow.h"
#include "HelpdeskLink.h"
#include "HistoryWindow.h"
#include "LinkRefusal.h"
#include "SettingsDialog.h"
#include "StartupTrace.h"
#include "Translations.h"
#include "WindowController.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileOpenEvent>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

#include <algorithm>

namespace {

// What the agent chose in Settings: a field left as it was keeps following the administrator (a locked value, a
// default), and is not stored as the agent's own.
template <typename T> T chosen(const T &inDialog, const EffectiveSettings::Setting<T> &inEffect, const T &stored)
{
    return inDialog == inEffect.value && inEffect.source != EffectiveSettings::Source::User ? stored : inDialog;
}

} // namespace

AppController::AppController(QNetworkAccessManager *network, ApiKeyStore *store, const LaunchOptions &commandLine,
                             const AdminPolicy &policy, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_store(store)
    , m_commandLine(commandLine)
    , m_policy(policy)
    , m_effective(EffectiveSettings::resolve(policy, AppSettings().ownChoices()))
    , m_settings(AppSettings().values())
    , m_history(History::defaultPath(),
                {.enabled = m_effective.historyEnabled.value, .retentionDays = m_effective.historyRetentionDays.value})
{
    m_audit.setEnabled(m_effective.auditEvents.value);
    // An --api-url the policy refuses is refused for the launch that carries it (open()), not for every later one.
    if (m_commandLine.apiUrlGiven && m_effective.apiUrlFor(m_commandLine.apiUrl).value.isEmpty())
        m_commandLine.apiUrlGiven = false;
    QCoreApplication::instance()->installEventFilter(this);
    // Said once, in every window's status line: history went off, or a damaged file was moved aside.
    connect(&m_history, &History::problemFound, this, [this](const QString &problem) {
        for (const auto &window : m_windows)
            window->window()->statusBar()->showMessage(problem);
    });
}

bool AppController::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::FileOpen || watched != QCoreApplication::instance())
        return QObject::eventFilter(watched, event);
    const QString link = static_cast<QFileOpenEvent *>(event)->url().toString(QUrl::FullyEncoded);
    if (!HelpdeskLink::isLink(link))
        return false;
    // Read exactly as on the command line: a refused link opens nothing.
    QString problem;
    HelpdeskLink::Part part = HelpdeskLink::Part::Other;
    if (const std::optional<LaunchRequest> request = HelpdeskLink::parse(link, &problem, &part)) {
        open(*request);
    } else {
        qWarning("postpress-checkpoint: %s", qPrintable(problem));
        QMessageBox *box = makeLinkRefusalBox(problem, part).release();
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [this, box] {
            if (linkRefusalOpensAnyway(box))
                open(LaunchRequest{}); // nothing from the link
        });
        box->open();
    }
    return true;
}

AppController::~AppController()
{
    // Windows first: they hold pointers to the keys.
    m_windows.clear();
}

EffectiveSettings::Setting<QUrl> AppController::baseUrlFor(const LaunchRequest &request, QString *refusal) const
{
    if (!request.apiUrl.isEmpty())
        return m_effective.apiUrlFor(request.apiUrl, refusal);
    return m_effective.apiUrlFor(m_commandLine.apiUrlGiven ? m_commandLine.apiUrl : QUrl(), refusal);
}

// Whoever asked (a link, a command line, another launch) may read no terminal: the reason comes in a message box, in
// full (unlike a malformed link's: nothing is wrong with the request, the administrator decided).
WindowController *AppController::refuse(const QString &reason)
{
    qWarning("postpress-checkpoint: %s", qPrintable(reason));
    QWidget *parent = m_windows.empty() ? nullptr : m_windows.back()->window();
    auto *box = new QMessageBox(QMessageBox::Warning, QApplication::tr("PostPress Checkpoint"),
                                tr("This window cannot be opened."), QMessageBox::Close, parent);
    box->setInformativeText(reason);
    for (QLabel *label : box->findChildren<QLabel *>())
        label->setTextFormat(Qt::PlainText); // the reason quotes the policy's URL
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return nullptr;
}

ApiKeyController *AppController::keysFor(const QUrl &baseUrl)
{
    const QString key = ApiBaseUrl::normalised(baseUrl);
    auto it = m_keys.find(key);
    if (it == m_keys.end()) {
        it = m_keys.emplace(key, std::make_unique<ApiKeyController>(m_store, baseUrl)).first;
        ApiKeyController *keys = it->second.get();
        connect(keys, &ApiKeyController::keyReplaced, this,
                [this, baseUrl] { recordKeyEvent(AuditEvent::Kind::KeyReplaced, baseUrl); });
        connect(keys, &ApiKeyController::keyForgotten, this,
                [this, baseUrl] { recordKeyEvent(AuditEvent::Kind::KeyForgotten, baseUrl); });
        // Asynchronous anyway, but loading libsecret and GIO is not needed for the first frame.
        StartupTrace::afterFirstFrame(it->second.get(), [keys = it->second.get()] { keys->load(); });
    }
    return it->second.get();
}

WindowController *AppController::find(const QString &accountId, const QUrl &baseUrl) const
{
    const QString url = ApiBaseUrl::normalised(baseUrl);
    for (const auto &window : m_windows) {
        const bool sameUrl = ApiBaseUrl::normalised(window->client()->baseUrl()) == url;
        if (sameUrl
            && (accountId.isEmpty() ? window->window()->isPristine() : window->window()->accountId() == accountId))
            return window.get();
    }
    return nullptr;
}

// POSTPRESS_CONFIG_SOURCE: a URL other than the one in effect came with a launch (a link, --api-url, another
// instance's).
QString AppController::configSourceOf(const QUrl &baseUrl) const
{
    const bool inEffect = ApiBaseUrl::normalised(baseUrl) == ApiBaseUrl::normalised(m_effective.apiUrl.value);
    return EffectiveSettings::configSourceName(inEffect ? m_effective.apiUrl.source
                                                        : EffectiveSettings::Source::CommandLine);
}

void AppController::recordKeyEvent(AuditEvent::Kind kind, const QUrl &baseUrl)
{
    AuditEvent event;
    event.kind = kind;
    event.apiUrl = baseUrl;
    event.configSource = configSourceOf(baseUrl);
    m_audit.record(event);
}

WindowController *AppController::open(const LaunchRequest &request)
{
    QString refusal;
    const QUrl baseUrl = baseUrlFor(request, &refusal).value;
    if (refusal.isEmpty() && request.provider && !m_effective.allows(*request.provider))
        refusal = EffectiveSettings::providerRefusal(*request.provider);
    if (!refusal.isEmpty())
        return refuse(refusal);
    const QString accountId = request.accountId.trimmed();
    if (WindowController *existing = find(accountId, baseUrl)) {
        if (request.provider && !existing->window()->provider())
            existing->window()->setProvider(request.provider);
        if (!request.ticketId.isEmpty()) // the agent works on this ticket now
            existing->window()->setTicketId(request.ticketId);
        existing->raise(request.activation);
        return existing;
    }
    // An empty window nobody has typed in yet takes the account instead of a second window opening beside it.
    if (WindowController *pristine = accountId.isEmpty() ? nullptr : find({}, baseUrl)) {
        pristine->window()->setAccountId(accountId);
        if (request.provider)
            pristine->window()->setProvider(request.provider);
        if (!request.ticketId.isEmpty())
            pristine->window()->setTicketId(request.ticketId);
        pristine->window()->focusFirstEmptyField();
        pristine->updateEarlierAttempts();
        pristine->raise(request.activation);
        return pristine;
    }
    if (m_windows.size() >= MaxWindows)
        return refuseNewWindow(accountId, request.activation);
    LaunchOptions options = LaunchOptions::fromRequest(request);
    options.apiUrl = baseUrl;
    return createWindow(options, request.activation);
}

// The oldest window is the one most likely finished with: it comes forward, and its status line names the account
// that was not opened, so the agent can close a window and open that account again. The message stays until
// replaced (the agent may be on the phone and look later), and is short: a status line does not wrap.
WindowController *AppController::refuseNewWindow(const QString &accountId, const Activation &activation)
{
    WindowController *oldest = m_windows.front().get();
    const int cap = int(MaxWindows);
    const QString reason = accountId.isEmpty()
        ? tr("No new window: already %n windows open.", nullptr, cap)
        : tr("Not opened: %1 (already %n windows open)", nullptr, cap).arg(accountId);
    oldest->window()->statusBar()->showMessage(reason);
    oldest->raise(activation);
    return oldest;
}

WindowController *AppController::createWindow(const LaunchOptions &options, const Activation &activation)
{
    auto owned = std::make_unique<WindowController>(m_network, keysFor(options.apiUrl), options);
    WindowController *window = owned.get();
    window->client()->setTimeout(std::chrono::seconds(m_effective.timeoutSeconds.value));
    window->setAllowedProviders(m_effective.allowedProviders.value);
    connect(window, &WindowController::attemptFinished, this, [this, window](const Attempt &attempt) {
        const QUrl url = window->client()->baseUrl();
        m_audit.record(AuditLog::attemptEvent(attempt, url, configSourceOf(url)));
    });
    connect(window, &WindowController::newWindowRequested, this, [this] { open(LaunchRequest{}); });
    connect(window, &WindowController::settingsRequested, this, [this, window] { openSettings(window); });
    connect(window, &WindowController::historyRequested, this, [this, window] { openHistory(window); });
    connect(window, &WindowController::closed, this, [this, window] {
        // Deleted later: the close event that told us is still on the stack.
        auto it =
            std::find_if(m_windows.begin(), m_windows.end(), [window](const auto &w) { return w.get() == window; });
        if (it != m_windows.end()) {
            it->release()->deleteLater();
            m_windows.erase(it);
        }
    });
    m_windows.push_back(std::move(owned));
    window->show(activation);
    reportPolicyProblems(window);
    // The history file is opened and read after the window is up, not before its first frame.
    QTimer::singleShot(0, window, [this, window] { window->setHistory(history()); });
    return window;
}

// Once, in the first window's status line (AdminPolicy::read() logged each already): it stays until replaced.
void AppController::reportPolicyProblems(WindowController *window)
{
    const QStringList &problems = m_policy.problems();
    if (problems.isEmpty() || std::exchange(m_policyReported, true))
        return;
    const QString text = problems.size() == 1
        ? problems.constFirst()
        : tr("%1 (and %n more problems with the administrator's settings: see the log)", nullptr,
             int(problems.size() - 1))
              .arg(problems.constFirst());
    window->window()->statusBar()->showMessage(text);
}

void AppController::setNetwork(QNetworkAccessManager *network)
{
    m_network = network;
    for (const auto &window : m_windows)
        window->setNetwork(network);
}

std::vector<WindowController *> AppController::windows() const
{
    std::vector<WindowController *> result;
    for (const auto &window : m_windows)
        result.push_back(window.get());
    return result;
}

void AppController::openSettings(WindowController *over)
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
    ApiKeyController *keys = over->keys();
    AppSettings::Values shown = m_settings;
    shown.apiUrl = m_effective.apiUrl.value;
    shown.timeoutSeconds = m_effective.timeoutSeconds.value;
    m_settingsDialog = new SettingsDialog(shown, over->window());
    m_settingsDialog->setLockedByAdministrator(m_effective.apiUrl.isLocked(), m_effective.timeoutSeconds.isLocked());
    m_settingsDialog->setObjectName(QStringLiteral("settingsDialog"));
    m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_settingsDialog->setKeyBaseUrl(keys->baseUrl());
    m_settingsDialog->setKeyState(keys->state(), keys->errorMessage());
    if (m_commandLine.apiUrlGiven && !m_effective.apiUrl.isLocked())
        m_settingsDialog->setCommandLineApiUrl(m_commandLine.apiUrl);
    connect(keys, &ApiKeyController::stateChanged, m_settingsDialog,
            [dialog = m_settingsDialog.data(), keys](ApiKeyController::State state) {
                dialog->setKeyState(state, keys->errorMessage());
            });
    connect(m_settingsDialog, &SettingsDialog::replaceKeyRequested, over, &WindowController::openKeyDialog);
    connect(m_settingsDialog, &SettingsDialog::forgetKeyRequested, over, &WindowController::confirmForgetKey);
    connect(m_settingsDialog, &SettingsDialog::settingsAccepted, this, &AppController::applySettings);
    m_settingsDialog->open();
}

History *AppController::history()
{
    if (!m_historyTried) {
        m_historyTried = true;
        m_history.open();
    }
    return &m_history;
}

void AppController::openHistory(WindowController *over)
{
    if (!m_historyWindow) {
        m_historyWindow = new HistoryWindow(over->window());
        m_historyWindow->setObjectName(QStringLiteral("historyWindow"));
        m_historyWindow->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_historyWindow, &HistoryWindow::clearRequested, this, [this] {
            m_history.clear();
            m_historyWindow->setAttempts(m_history.attempts());
        });
        connect(m_historyWindow, &HistoryWindow::allAttemptsWanted, this,
                [this] { m_historyWindow->setAttempts(m_history.attempts()); });
    }
    History *attempts = history();
    const QString off = m_effective.historyEnabled.value ? attempts->problem()
                                                         : tr("History is off: your administrator turned it off.");
    m_historyWindow->setProblem(attempts->isOpen() ? QString() : off);
    // The window's account first: every account's are read only when the agent asks for them.
    if (const QString accountId = over->window()->accountId(); !accountId.isEmpty()) {
        m_historyWindow->setAccountAttempts(accountId, attempts->attempts(accountId), attempts->count());
    } else {
        m_historyWindow->setAttempts(attempts->attempts());
        m_historyWindow->setAccount({});
    }
    m_historyWindow->show();
    m_historyWindow->raise();
    m_historyWindow->activateWindow();
}

void AppController::applySettings(const AppSettings::Values &inDialog)
{
    const bool languageChanged = inDialog.language != m_settings.language;
    AppSettings::Values values = inDialog;
    values.apiUrl = chosen(inDialog.apiUrl, m_effective.apiUrl, m_settings.apiUrl);
    values.timeoutSeconds = chosen(inDialog.timeoutSeconds, m_effective.timeoutSeconds, m_settings.timeoutSeconds);
    m_settings = values;
    AppSettings settings;
    settings.setValues(values);
    m_effective = EffectiveSettings::resolve(m_policy, settings.ownChoices());
    for (const auto &window : m_windows)
        window->client()->setTimeout(std::chrono::seconds(m_effective.timeoutSeconds.value));
    // A new API URL is for windows opened from now on: an open window keeps the endpoint its label shows.
    if (languageChanged)
        Translations::install(QCoreApplication::instance(), Translations::chooseLocale(values.language));
}
