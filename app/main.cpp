#include "ApiKeyController.h"
#include "KeychainApiKeyStore.h"
#include "LaunchOptions.h"
#include "WindowController.h"

#include <QApplication>
#include <QIcon>
#include <QNetworkAccessManager>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

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

// PNGs from the resources, so no image plugin is needed to show the icon.
QIcon applicationIcon()
{
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addFile(u":/icons/%1/" CHECKPOINT_APP_ID ".png"_s.arg(size), QSize(size, size));
    return icon;
}

} // namespace

int main(int argc, char **argv)
{
    // Our arguments are parsed before Qt sees any: --help and --version need no display, and Qt's own
    // options (-platform, -style, -platformpluginpath …) must never be reachable from outside.
    const LaunchOptions options = LaunchOptions::parse(decodedArguments(argc, argv));
    switch (options.action) {
    case LaunchOptions::Action::ShowHelp:
        print(stdout, options.helpText);
        return 0;
    case LaunchOptions::Action::ShowVersion:
        print(stdout, options.versionText);
        return 0;
    case LaunchOptions::Action::Error:
        print(stderr, u"postpress-checkpoint: "_s + options.errorMessage);
        print(stderr, LaunchOptions::tr("Try 'postpress-checkpoint --help' for the options."));
        return 2;
    case LaunchOptions::Action::Run:
        break;
    }

    int qtArgc = 1;
    char *qtArgv[] = {argv[0], nullptr};
    QApplication app(qtArgc, qtArgv);
    QApplication::setOrganizationName(u"PostPress"_s);
    QApplication::setOrganizationDomain(u"postpress.ai"_s);
    QApplication::setApplicationName(u"postpress-checkpoint"_s);
    QApplication::setApplicationDisplayName(QApplication::tr("PostPress Checkpoint"));
    QApplication::setApplicationVersion(QStringLiteral(CHECKPOINT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(CHECKPOINT_APP_ID));
    QApplication::setWindowIcon(applicationIcon());

    QNetworkAccessManager network;
    KeychainApiKeyStore keyStore;
    ApiKeyController keys(&keyStore, options.apiUrl);
    WindowController controller(&network, &keys, options);
    controller.show();
    keys.load(); // after show(): the window is up before the keychain answers
    return app.exec();
}
