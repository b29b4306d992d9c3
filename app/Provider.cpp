#include "Provider.h"

using namespace Qt::StringLiterals;

QString providerApiName(Provider provider)
{
    switch (provider) {
    case Provider::LinkedIn:
        return u"LINKEDIN"_s;
    case Provider::Instagram:
        return u"INSTAGRAM"_s;
    case Provider::Twitter:
        return u"TWITTER"_s;
    case Provider::Messenger:
        return u"MESSENGER"_s;
    }
    Q_UNREACHABLE();
    return {};
}

QString providerDisplayName(Provider provider)
{
    switch (provider) {
    case Provider::LinkedIn:
        return u"LinkedIn"_s;
    case Provider::Instagram:
        return u"Instagram"_s;
    case Provider::Twitter:
        return u"X (Twitter)"_s;
    case Provider::Messenger:
        return u"Messenger"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<Provider> providerFromString(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    for (Provider provider : allProviders) {
        if (trimmed.compare(providerApiName(provider), Qt::CaseInsensitive) == 0)
            return provider;
    }
    return std::nullopt;
}

QStringList providerApiNames()
{
    QStringList names;
    for (Provider provider : allProviders)
        names << providerApiName(provider);
    return names;
}

bool providerSupportsResend(Provider provider)
{
    return provider != Provider::Twitter;
}
