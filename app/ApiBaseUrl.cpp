#include "ApiBaseUrl.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

QUrl ApiBaseUrl::defaultUrl()
{
    return QUrl(u"https://api.postpress.ai/v1"_s);
}

QString ApiBaseUrl::normalised(const QUrl &url)
{
    QString text = url.adjusted(QUrl::NormalizePathSegments | QUrl::RemoveQuery | QUrl::RemoveFragment)
                       .toString(QUrl::FullyEncoded);
    while (text.endsWith(u'/'))
        text.chop(1);
    return text;
}

bool ApiBaseUrl::isLoopbackHost(const QString &host)
{
    return host.compare("localhost"_L1, Qt::CaseInsensitive) == 0 || QHostAddress(host).isLoopback();
}

QString ApiBaseUrl::problem(QStringView text)
{
    if (text.size() > MaxLength)
        return tr("The API URL is longer than %n characters.", nullptr, int(MaxLength));
    const QUrl url = fromText(text);
    if (text.isEmpty() || !url.isValid() || url.isRelative() || url.host().isEmpty())
        return tr("The API URL is not a valid URL. Example: %1").arg(defaultUrl().toString());
    if (!url.userInfo().isEmpty())
        return tr("The API URL must not contain a user name or password.");
    if (url.hasQuery() || url.hasFragment())
        return tr("The API URL must not contain a query (?) or a fragment (#).");
    const QString scheme = url.scheme().toLower();
    if (scheme == "https"_L1 || (scheme == "http"_L1 && isLoopbackHost(url.host())))
        return {};
    if (scheme == "http"_L1) {
        return tr("The API URL uses plain http. Only https is allowed, except for this computer (localhost, "
                  "127.0.0.1, ::1) when testing.");
    }
    return tr("The API URL must start with https://.");
}

QUrl ApiBaseUrl::fromText(QStringView text)
{
    return QUrl(text.toString(), QUrl::StrictMode);
}

QString ApiBaseUrl::keychainEntry(const QUrl &url)
{
    return u"api-key:"_s + normalised(url);
}
