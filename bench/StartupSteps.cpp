// bench_startup_steps: the steps of app/main.cpp, one by one with a clock around each (step_*), then the work that
// must stay off the path to the first frame (off_*: the network access manager, translations of another language,
// libphonenumber's metadata, proxy detection, TLS initialisation), each measured cold. It opens the real window, like
// the app, and writes one key=value line (milliseconds) to BENCH_PROBE_FD (default: stdout), so that
// bench_startup aggregates its runs. Keep the first block in step with main.cpp: it is a copy of its order, not a call
// into it.
#include "AnswerInput.h"
#include "ApiKeyController.h"
#include "ApiTransport.h"
#include "AppController.h"
#include "AppSettings.h"
#include "AppStyle.h"
#include "CheckpointWindow.h"
#include "CodeInput.h"
#include "KeychainApiKeyStore.h"
#include "LaunchOptions.h"
#include "Translations.h"
#include "WindowController.h"
#ifdef BENCH_HAVE_SINGLE_INSTANCE
#include "SingleInstance.h"
#endif

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>
#include <QWindow>

#include <ctime>
#include <functional>
#include <memory>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

qint64 monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

class Report {
public:
    void mark(const char *key) { m_line += ' ' + QByteArray(key) + "_ns=" + QByteArray::number(monotonicNs()); }
    void add(const char *key, double value) { m_line += ' ' + QByteArray(key) + '=' + QByteArray::number(value); }
    // Runs `step` and adds how long it took, in milliseconds.
    void time(const char *key, const std::function<void()> &step)
    {
        QElapsedTimer timer;
        timer.start();
        step();
        add(key, double(timer.nsecsElapsed()) / 1e6);
    }
    void write() const
    {
        bool ok = false;
        const int fd = qEnvironmentVariableIntValue("BENCH_PROBE_FD", &ok);
        const QByteArray line = "steps" + m_line + '\n';
        [[maybe_unused]] const ssize_t written =
            ::write(ok ? fd : STDOUT_FILENO, line.constData(), size_t(line.size()));
    }

private:
    QByteArray m_line;
};

// Spins the event loop until the first window is exposed and painted (as the startup probe sees it) or until `done`.
class FirstFrame final : public QObject {
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_exposed && event->type() == QEvent::Expose && watched->isWindowType()
            && static_cast<QWindow *>(watched)->isExposed()) {
            m_exposed = true;
            QMetaObject::invokeMethod(&m_loop, &QEventLoop::quit, Qt::QueuedConnection);
        }
        return false;
    }
    void wait()
    {
        qApp->installEventFilter(this);
        QTimer::singleShot(10000, &m_loop, &QEventLoop::quit);
        m_loop.exec();
        qApp->removeEventFilter(this);
    }

private:
    QEventLoop m_loop;
    bool m_exposed = false;
};

void waitForKeychain(ApiKeyController &keys)
{
    using State = ApiKeyController::State;
    if (keys.state() != State::Loading && keys.state() != State::Idle)
        return;
    QEventLoop loop;
    QObject::connect(&keys, &ApiKeyController::stateChanged, &loop, [&loop](State state) {
        if (state != State::Loading)
            loop.quit();
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
}

void offThePath(Report &report, QApplication &app, AppController &controller)
{
    CheckpointWindow *window = controller.windows().front()->window();
    const auto *countries = window->findChild<QComboBox *>(u"countryCombo"_s);
    report.add("countries_filled_at_start", countries ? countries->count() : -1);
    report.time("off_phone_metadata_ms", [] { (void)PhoneNumberFormatter::supportedRegions(); });
    report.time("off_phone_country_list_ms", [window] { window->answerInput()->setCountry(u"FR"_s); });
    report.time("off_translations_other_fr_ms", [&app] { Translations::install(&app, QLocale(u"fr"_s)); });
    report.time("off_proxy_query_ms", [] {
        const QNetworkProxyQuery query(QUrl(u"https://api.postpress.ai/v1/accounts/checkpoint"_s));
        (void)QNetworkProxyFactory::systemProxyForQuery(query);
    });
    report.time("off_tls_backend_ms", [] { (void)QSslSocket::supportsSsl(); });
    report.time("off_tls_default_config_ms", [] { (void)QSslConfiguration::defaultConfiguration(); });
    report.time("off_tls_system_ca_ms", [] { (void)QSslConfiguration::systemCaCertificates(); });
}

} // namespace

int main(int argc, char **argv)
{
    Report report;
    report.mark("main");
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const LaunchOptions options = LaunchOptions::parse(arguments);
    if (options.action != LaunchOptions::Action::Run)
        return 2;

    int qtArgc = 1;
    char *qtArgv[] = {argv[0], nullptr};
    QElapsedTimer timer;
    timer.start();
    // Each step's own duration, in milliseconds.
    const auto lap = [&report, &timer](const char *key) {
        report.add(key, double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
    };
    QApplication app(qtArgc, qtArgv);
    lap("step_qapplication_ms");
    QApplication::setStyle(new AppStyle(QApplication::style()->name()));
    lap("step_style_ms");
    QCoreApplication::setOrganizationName(u"PostPress"_s);
    QCoreApplication::setOrganizationDomain(u"postpress.ai"_s);
    QCoreApplication::setApplicationName(u"postpress-checkpoint"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CHECKPOINT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(CHECKPOINT_APP_ID));
#ifdef BENCH_HAVE_SINGLE_INSTANCE
    // A name of its own: the real app may be running; the cost is the same.
    SingleInstance instance(u"bench-steps-"_s + QString::number(::getpid()));
    lap("step_names_ms");
    instance.claim();
    lap("step_single_instance_claim_ms");
    report.add("single_instance_primary", instance.role() == SingleInstance::Role::Primary);
#endif
    const AppSettings::Values settings = AppSettings().values();
    lap("step_settings_read_ms");
    Translations::install(&app, Translations::chooseLocale(settings.language));
    lap("step_translations_active_ms");
    QApplication::setApplicationDisplayName(QApplication::tr("PostPress Checkpoint"));
    QApplication::setWindowIcon(applicationIcon());
    lap("step_window_icon_ms");
    // As in main(): the network access manager is made after the first frame (off_network_manager_ms).
    std::unique_ptr<QNetworkAccessManager> network;
    KeychainApiKeyStore keyStore;
    AppController controller(nullptr, &keyStore, options);
    lap("step_app_controller_ms");
    controller.open(options.request()); // the key store's read starts here; the window is created and shown
    lap("step_open_window_ms");
    FirstFrame().wait();
    lap("step_event_loop_to_first_frame_ms");
    report.mark("frame");
    // Not handed to the controller: its warm-up would load the TLS library that off_tls_backend_ms measures cold.
    report.time("off_network_manager_ms", [&network] { network = ApiTransport::makeNetworkAccessManager(); });
    ApiKeyController *keys = controller.keysFor(options.apiUrl);
    waitForKeychain(*keys);
    lap("after_frame_keychain_answer_ms");
    report.add("keychain_state", int(keys->state()));

    offThePath(report, app, controller);
    report.write();
    return 0;
}
