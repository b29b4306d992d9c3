#include "EffectiveSettings.h"

#include "AppSettings.h"
#include "ApiBaseUrl.h"

using namespace Qt::StringLiterals;

namespace {

using Source = EffectiveSettings::Source;

// The one order every setting follows.
template <typename T>
EffectiveSettings::Setting<T> pick(const std::optional<T> &locked, const std::optional<T> &user,
                                   const std::optional<T> &adminDefault, const EffectiveSettings::Setting<T> &builtIn)
{
    if (locked)
        return {*locked, Source::Policy};
    if (user)
        return {*user, Source::User};
    if (adminDefault)
        return {*adminDefault, Source::AdminDefault};
    return builtIn;
}

} // namespace

EffectiveSettings::EffectiveSettings()
    : apiUrl{AppSettings::defaultApiUrl()}
    , timeoutSeconds{AppSettings::DefaultTimeoutSeconds}
    , historyEnabled{true}
    , historyRetentionDays{DefaultRetentionDays}
    , auditEvents{true}
    , allowedProviders{QList<Provider>(allProviders.cbegin(), allProviders.cend())}
{
}

EffectiveSettings EffectiveSettings::resolve(const AdminPolicy &policy, const AdminPolicy::Values &user)
{
    const AdminPolicy::Values &locked = policy.locked();
    const AdminPolicy::Values &defaults = policy.defaults();
    EffectiveSettings settings;
    settings.apiUrl = pick(locked.apiUrl, user.apiUrl, defaults.apiUrl, settings.apiUrl);
    settings.timeoutSeconds =
        pick(locked.timeoutSeconds, user.timeoutSeconds, defaults.timeoutSeconds, settings.timeoutSeconds);
    settings.historyEnabled =
        pick(locked.historyEnabled, user.historyEnabled, defaults.historyEnabled, settings.historyEnabled);
    settings.historyRetentionDays = pick(locked.historyRetentionDays, user.historyRetentionDays,
                                         defaults.historyRetentionDays, settings.historyRetentionDays);
    // The administrator's alone: an agent's file cannot turn auditing off or open another provider.
    settings.auditEvents = pick(locked.auditEvents, {}, defaults.auditEvents, settings.auditEvents);
    settings.allowedProviders = pick(locked.allowedProviders, {}, defaults.allowedProviders, settings.allowedProviders);
    return settings;
}

EffectiveSettings::Setting<QUrl> EffectiveSettings::apiUrlFor(const QUrl &requested, QString *refusal) const
{
    if (requested.isEmpty())
        return apiUrl;
    if (!apiUrl.isLocked())
        return {requested, Source::CommandLine};
    if (ApiBaseUrl::normalised(requested) == ApiBaseUrl::normalised(apiUrl.value))
        return apiUrl;
    // The URL asked for is not repeated: it may carry a password, and the locked one is what the agent needs to know.
    if (refusal)
        *refusal = tr("Your administrator has set the API URL to %1: a link or the command line cannot choose another.")
                       .arg(apiUrl.value.toString());
    return {QUrl(), Source::Policy};
}

QString EffectiveSettings::providerRefusal(Provider provider)
{
    return tr("Your administrator does not allow checkpoints for %1 on this computer.")
        .arg(providerDisplayName(provider));
}

QString EffectiveSettings::configSourceName(Source source)
{
    switch (source) {
    case Source::Policy:
        return u"policy"_s;
    case Source::CommandLine:
        return u"command-line"_s;
    case Source::User:
        return u"user"_s;
    case Source::AdminDefault:
    case Source::BuiltIn:
        break;
    }
    return u"default"_s;
}
