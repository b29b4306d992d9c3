// A stand-in for the app that tst_pluginsearch copies into other folders and runs there: it loads the phone-number
// plugin as the app does and prints the folders it searched, the file the plugin was mapped from, or why it was not.
#include "PhoneNumberLibrary.h"
#include "PluginLibrary.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    for (const QString &directory : PluginLibrary::defaultDirectories())
        std::printf("searched %s\n", qPrintable(directory));
    PhoneNumberLibrary &library = PhoneNumberLibrary::instance();
    if (!library.backend())
        std::printf("problem %s\n", qPrintable(library.problem()));
    QFile maps(u"/proc/self/maps"_s);
    if (!maps.open(QIODevice::ReadOnly))
        return 1;
    for (const QByteArray &line : maps.readAll().split('\n')) {
        if (line.endsWith(PhoneNumberLibrary::fileName().toUtf8())) {
            std::printf("mapped %s\n", line.mid(line.indexOf('/')).constData());
            break;
        }
    }
    return 0;
}
