// fake-postpress-api: the test server as a program, for demos, screenshots and scripts. See README.md.
#include "FakePostPressApi.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

bool writePortFile(const QString &path, quint16 port)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(QByteArray::number(port) + '\n') > 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"fake-postpress-api"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A fake PostPress checkpoint API on 127.0.0.1 for demos and tests. Never use it with real data."_s);
    parser.addHelpOption();
    const QCommandLineOption portOption(u"port"_s, u"Port to listen on (0 picks a free one)."_s, u"N"_s, u"0"_s);
    const QCommandLineOption keyOption(u"key"_s, u"The API key it accepts."_s, u"KEY"_s,
                                       FakePostPressApi::defaultApiKey());
    const QCommandLineOption codeOption(u"good-code"_s, u"The code that clears the checkpoint."_s, u"CODE"_s,
                                        FakePostPressApi::defaultGoodCode());
    const QCommandLineOption portFileOption(u"port-file"_s, u"Write the port number to this file."_s, u"PATH"_s);
    parser.addOptions({portOption, keyOption, codeOption, portFileOption});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        err << "fake-postpress-api: --port needs a number from 0 to 65535\n";
        return 2;
    }

    FakePostPressApi api;
    api.setApiKey(parser.value(keyOption));
    api.setGoodCode(parser.value(codeOption));
    api.setControlEndpointEnabled(true);
    if (!api.listen(quint16(port))) {
        err << "fake-postpress-api: cannot listen on 127.0.0.1:" << port << ": " << api.errorString() << '\n';
        return 1;
    }
    if (parser.isSet(portFileOption) && !writePortFile(parser.value(portFileOption), api.port())) {
        err << "fake-postpress-api: cannot write " << parser.value(portFileOption) << '\n';
        return 1;
    }
    QObject::connect(&api, &FakePostPressApi::requestReceived, &api, [&out](const RecordedRequest &request) {
        out << QString::fromLatin1(request.method) << ' ' << QString::fromUtf8(request.path) << Qt::endl;
    });

    out << "fake PostPress API listening on " << api.baseUrl().toString() << Qt::endl;
    return QCoreApplication::exec();
}
