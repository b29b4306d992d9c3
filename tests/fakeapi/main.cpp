// fake-postpress-api: the test server as a program, for demos, screenshots and scripts. See README.md.
#include "FakePostPressApi.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QTextStream>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

bool writePortFile(const QString &path, quint16 port)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(QByteArray::number(port) + '\n') > 0;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A TLS configuration from a PEM certificate chain (the server's first) and a PEM private key; empty when unusable.
std::optional<QSslConfiguration> tlsConfiguration(const QString &certificatePath, const QString &keyPath)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromData(contents(certificatePath), QSsl::Pem);
    QSslKey key(contents(keyPath), QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(contents(keyPath), QSsl::Rsa, QSsl::Pem);
    if (chain.isEmpty() || key.isNull())
        return std::nullopt;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificate
    return configuration;
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
    const QCommandLineOption certOption(u"tls-cert"_s, u"Serve https with this PEM certificate chain."_s, u"PEM"_s);
    const QCommandLineOption tlsKeyOption(u"tls-key"_s, u"The PEM private key of --tls-cert."_s, u"PEM"_s);
    const QCommandLineOption idleOption(u"idle-timeout-ms"_s, u"Close connections idle this long (0: never)."_s,
                                        u"MS"_s, u"0"_s);
    const QCommandLineOption delayOption(u"delay-ms"_s, u"Wait this long before every answer."_s, u"MS"_s, u"0"_s);
    parser.addOptions(
        {portOption, keyOption, codeOption, portFileOption, certOption, tlsKeyOption, idleOption, delayOption});
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
    api.setIdleTimeout(std::chrono::milliseconds(parser.value(idleOption).toInt()));
    api.setAnswerDelay(std::chrono::milliseconds(parser.value(delayOption).toInt()));
    std::optional<QSslConfiguration> tls;
    if (parser.isSet(certOption) && !(tls = tlsConfiguration(parser.value(certOption), parser.value(tlsKeyOption)))) {
        err << "fake-postpress-api: cannot read the certificate or key given with --tls-cert/--tls-key\n";
        return 2;
    }
    if (!(tls ? api.listenTls(*tls, quint16(port)) : api.listen(quint16(port)))) {
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
