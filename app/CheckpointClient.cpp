#include "CheckpointClient.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

QUrl CheckpointClient::defaultBaseUrl()
{
    return QUrl(u"https://api.postpress.ai/v1"_s);
}

QString CheckpointClient::normalisedBaseUrl(const QUrl &baseUrl)
{
    QString text = baseUrl.adjusted(QUrl::NormalizePathSegments | QUrl::RemoveQuery | QUrl::RemoveFragment)
                       .toString(QUrl::FullyEncoded);
    while (text.endsWith(u'/'))
        text.chop(1);
    return text;
}

QString CheckpointClient::baseUrlProblem(const QUrl &baseUrl)
{
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return tr("The API URL \"%1\" is not a valid URL.").arg(baseUrl.toString());
    if (!baseUrl.userInfo().isEmpty())
        return tr("The API URL must not contain a user name or password.");
    const QString scheme = baseUrl.scheme().toLower();
    if (scheme == "https"_L1)
        return {};
    if (scheme == "http"_L1) {
        const QString host = baseUrl.host();
        const QHostAddress address(host);
        if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0 || address.isLoopback())
            return {};
        return tr("The API URL \"%1\" uses plain http. Only https is allowed, except for this computer "
                  "(localhost, 127.0.0.1, ::1) when testing.")
            .arg(baseUrl.toString());
    }
    return tr("The API URL \"%1\" must start with https://.").arg(baseUrl.toString());
}

QByteArray CheckpointClient::userAgent()
{
    return QByteArrayLiteral("PostPressCheckpoint/" CHECKPOINT_VERSION " Qt/") + qVersion();
}
