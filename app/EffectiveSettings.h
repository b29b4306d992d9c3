#pragma once

#include "AdminPolicy.h"
#include "Provider.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

// Every setting an administrator can lock, resolved in one place and in one order: the locked policy, then the agent's
// own choice, then the administrator's defaults, then the app's built-in value. Each value says where it came from,
// so Settings can show what is locked and an audit event can say where its API URL came from.
class EffectiveSettings final {
    Q_DECLARE_TR_FUNCTIONS(EffectiveSettings)

public:
    static constexpr int DefaultRetentionDays = 90;

    enum class Source {
        Policy, // locked by the administrator
        CommandLine, // --api-url, a link's or another launch's, for the windows it opens
        User, // the agent's own setting
        AdminDefault, // the administrator's default
        BuiltIn, // the app's own default
    };

    template <typename T> struct Setting {
        T value;
        Source source = Source::BuiltIn;
        bool isLocked() const { return source == Source::Policy; }
    };

    Setting<QUrl> apiUrl;
    Setting<int> timeoutSeconds;
    Setting<bool> historyEnabled;
    Setting<int> historyRetentionDays;
    Setting<bool> auditEvents;
    Setting<QList<Provider>> allowedProviders; // every provider, unless the administrator chose some

    // The built-in values: what an app with neither policy nor settings uses.
    EffectiveSettings();
    // user: what the agent set (unset fields follow the layers beneath; AuditEvents and AllowedProviders are the
    // administrator's alone and are not read from it).
    static EffectiveSettings resolve(const AdminPolicy &policy, const AdminPolicy::Values &user);

    // The API URL for windows opened with this URL asked for (a --api-url, a link's or another launch's; empty: none):
    // it wins over the agent's setting, never over a locked URL. Asking for another URL than a locked one is refused:
    // the result is empty and *refusal says why (translated).
    Setting<QUrl> apiUrlFor(const QUrl &requested, QString *refusal = nullptr) const;
    // Whether the agent may solve checkpoints for this provider here; providerRefusal() says why not (translated).
    bool allows(Provider provider) const { return allowedProviders.value.contains(provider); }
    static QString providerRefusal(Provider provider);

    // What an audit event's POSTPRESS_CONFIG_SOURCE says: "policy", "command-line", "user" or "default" (an
    // administrator's default and the built-in one alike: neither is the agent's choice nor locked).
    static QString configSourceName(Source source);
};
