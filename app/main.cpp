#include "AdminPolicy.h"
#include "ApiTransport.h"
#include "AppController.h"
#include "AppSettings.h"
#include "AppStyle.h"
#include "KeychainApiKeyStore.h"
#include "LaunchOptions.h"
#include "LinkRefusal.h"
#include "SingleInstance.h"
#include "StartupTrace.h"
#include "Translations.h"
#include "WindowActivation.h"

#include <QApplication>
#include <QIcon>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QProcess>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcFocus, "postpress.focus", QtWarningMsg)

namespace {

// The API key is in this process's memory: a crash must not write it to a core file, and no other process of the user
// may read it (ptrace, /proc/PID/mem). POSTPRESS_CHECKPOINT_ALLOW_CORE_DUMPS=1 keeps core dumps for debugging: a
// variable in the environment, never an option, so that no link or command line can turn the protection off.
void protectMemory()
{
#ifdef Q_OS_LINUX
    if (qEnvironmentVariableIntValue("POSTPRESS_CHECKPOINT_ALLOW_CORE_DUMPS") == 1)
        return;
    if (::prctl(PR_SET_DUMPABLE, 0) != 0)
        qWarning("postpress-checkpoint: core dumps could not be turned off: %s", std::strerror(errno));
#endif
}

QStringList decodedArguments(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

void print(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    if (!text.endsWith(u'\n'))
        std::fputc('\n', stream);
}

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(u"PostPress"_s);
    QCoreApplication::setOrganizationDomain(u"postpress.ai"_s);
    QCoreApplication::setApplicationName(u"postpress-checkpoint"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CHECKPOINT_VERSION));
}

// Where the keyboard goes, to find out why a window did or did not come to the front
// (QT_LOGGING_RULES=postpress.focus.debug=true; tests/wayland reads it). Names only, never what a field holds.
void logFocusChanges(QApplication *app)
{
    QObject::connect(app, &QApplication::focusChanged, app, [](QWidget *, QWidget *now) {
        if (now)
            qCDebug(lcFocus).noquote() << "focus" << now->objectName() << "window" << now->window()->windowTitle()
                                       << u"(%1x%2)"_s.arg(now->window()->width()).arg(now->window()->height());
        else
            qCDebug(lcFocus).noquote() << "focus none";
    });
}

// --help, --version and refusals: no window, but in the agent's language. The arguments are parsed again once
// the translations are in, so the messages come out translated.
int answerWithoutWindow(int argc, char **argv, const QStringList &arguments)
{
    QCoreApplication app(argc, argv);
    setApplicationNames();
    Translations::install(&app, Translations::chooseLocale(AppSettings().values().language));
    const LaunchOptions options = LaunchOptions::parse(arguments);
    switch (options.action) {
    case LaunchOptions::Action::ShowHelp:
        print(stdout, options.helpText);
        return 0;
    case LaunchOptions::Action::ShowVersion:
        print(stdout, options.versionText);
        return 0;
    case LaunchOptions::Action::Error:
    case LaunchOptions::Action::Run:
        break;
    }
    print(stderr, u"postpress-checkpoint: "_s + options.errorMessage);
    print(stderr, LaunchOptions::tr("Try 'postpress-checkpoint --help' for the options."));
    return 2;
}

// A refused helpdesk link: whoever clicked it reads no terminal, so the reason comes in a message box.
int refuseLink(int argc, char **argv, const QStringList &arguments, const Activation &activation)
{
    QApplication app(argc, argv);
    logFocusChanges(&app);
    setApplicationNames();
    Translations::install(&app, Translations::chooseLocale(AppSettings().values().language));
    const LaunchOptions options = LaunchOptions::parse(arguments);
    print(stderr, u"postpress-checkpoint: "_s + options.errorMessage);
    const std::unique_ptr<QMessageBox> box = makeLinkRefusalBox(options.errorMessage, options.linkPart);
    WindowActivation::present(box.get(), activation); // this launch's only window
    box->exec();
    // "Open anyway": a plain start, as from the menu; a running instance answers it with an empty window.
    if (linkRefusalOpensAnyway(box.get()))
        QProcess::startDetached(QCoreApplication::applicationFilePath(), {});
    return 2;
}

// A launch that opens windows: its own, or the running program's (SingleInstance). argc must outlive the application.
int runWindows(int &argc, char **argv, const LaunchOptions &options, const Activation &activation)
{
    QApplication app(argc, argv);
    QApplication::setStyle(new AppStyle(QApplication::style()->name()));
    setApplicationNames();
    QApplication::setDesktopFileName(QStringLiteral(CHECKPOINT_APP_ID));
    logFocusChanges(&app);

    LaunchRequest request = options.request();
    request.activation = activation;
    // One program per user: a second launch hands its account (and its activation) to the first and is done.
    SingleInstance instance;
    if (instance.claim() == SingleInstance::Role::Secondary) {
        if (instance.forward(request))
            return 0;
        print(stderr, instance.errorString()); // the running one does not answer: carry on on our own
    }

    const AppSettings::Values settings = AppSettings().values();
    Translations::install(&app, Translations::chooseLocale(settings.language));
    QApplication::setApplicationDisplayName(QApplication::tr("PostPress Checkpoint"));
    // The network access manager is made right after the first frame (below): about 0.45 MB of QtNetwork that the
    // frame does not need. No request can go out before it: a window needs its key first, which comes later still.
    std::unique_ptr<QNetworkAccessManager> network;
    KeychainApiKeyStore keyStore;
    // The administrator's policy and defaults: read once; a problem in them is logged and shown, never fatal.
    AppController controller(nullptr, &keyStore, options, AdminPolicy::read());
    QObject::connect(&instance, &SingleInstance::requestReceived, &controller, &AppController::open);
    // The window is up before the keychain answers: the key is read asynchronously from here on.
    controller.open(request);
    // Decoding the icon's eight PNGs is not needed for the first frame.
    StartupTrace::afterFirstFrame(&app, [&controller, &network] {
        QApplication::setWindowIcon(applicationIcon());
        network = ApiTransport::makeNetworkAccessManager();
        controller.setNetwork(network.get()); // each window warms its connection once its key is known
    });
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    protectMemory(); // first, before the key or anything else is in memory
    // Before the application object: Qt would take these for itself (see Activation.h).
    const Activation activation = Activation::takeFromEnvironment();
    StartupTrace::begin();
    // Our arguments are parsed before Qt sees any, and Qt is handed the program name only: Qt's own options
    // (-platform, -style, -platformpluginpath …) must never be reachable from a link or a command line.
    int qtArgc = 1;
    char *qtArgv[] = {argv[0], nullptr};
    const QStringList arguments = decodedArguments(argc, argv);
    const LaunchOptions options = LaunchOptions::parse(arguments);
    if (options.action == LaunchOptions::Action::Error && options.fromLink)
        return refuseLink(qtArgc, qtArgv, arguments, activation);
    if (options.action != LaunchOptions::Action::Run)
        return answerWithoutWindow(qtArgc, qtArgv, arguments);

    return runWindows(qtArgc, qtArgv, options, activation);
}
