#pragma once

#include "Provider.h"

#include <QCoreApplication>
#include <QList>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// What an administrator set for every agent on this computer: values locked by policy, and defaults beneath the
// agent's own choice. Read once at start. A policy file anyone but root could have changed, an unknown key or a bad
// value is reported (problems()) and left out; nothing here ever stops the app.
//
// Linux: locked values in /etc/postpress-checkpoint/policy.conf, defaults in
// /etc/xdg/PostPress/postpress-checkpoint.conf (QSettings' system scope). Windows: locked values in
// HKLM\Software\Policies\PostPress\Checkpoint, defaults in HKLM\Software\PostPress\postpress-checkpoint (QSettings'
// system scope there). The same keys everywhere, without a group (keyNames()). macOS reads the Unix policy file and its
// own system-scope defaults; nothing there is verified.
class AdminPolicy final {
    Q_DECLARE_TR_FUNCTIONS(AdminPolicy)

public:
    static constexpr int MinTimeoutSeconds = 5; // AppSettings' limits too
    static constexpr int MaxTimeoutSeconds = 120;
    static constexpr int MinRetentionDays = 1;
    static constexpr int MaxRetentionDays = 3650;

    // One layer of settings: each is set, or left to the layer beneath. Also the agent's own layer (EffectiveSettings),
    // where the administrator's keys (AuditEvents, AllowedProviders) stay unset.
    struct Values {
        std::optional<QUrl> apiUrl; // normalised, and one the app accepts
        std::optional<int> timeoutSeconds; // AppSettings::MinTimeoutSeconds..MaxTimeoutSeconds
        std::optional<bool> historyEnabled;
        std::optional<int> historyRetentionDays; // MinRetentionDays..MaxRetentionDays
        std::optional<bool> auditEvents;
        std::optional<QList<Provider>> allowedProviders; // never empty

        friend bool operator==(const Values &, const Values &) = default;
    };

    // Where the two layers are read from; tests point them at files of their own.
    struct Sources {
        QString policy;
        QSettings::Format policyFormat = QSettings::IniFormat; // the registry (NativeFormat) on Windows
        QString defaults;
        QSettings::Format defaultsFormat = QSettings::IniFormat;
        uint trustedOwner = 0; // Unix: the policy file and its folders must belong to this user (root)
    };
    static Sources systemSources();

    AdminPolicy() = default; // no policy, no defaults
    static AdminPolicy read(const Sources &sources = systemSources());

    const Values &locked() const { return m_locked; }
    const Values &defaults() const { return m_defaults; }
    // Translated, each once: a policy ignored and why, unknown keys, bad values. Empty when all is well.
    const QStringList &problems() const { return m_problems; }

    // "ApiBaseUrl", "RequestTimeoutSeconds", "HistoryEnabled", "HistoryRetentionDays", "AuditEvents",
    // "AllowedProviders": the same in both files.
    static QStringList keyNames();

private:
    Values readLayer(const QString &path, QSettings::Format format);
    void readKey(const QSettings &settings, const QString &key, Values &values);
    QString untrustedBecause(const QString &path, uint trustedOwner) const;

    Values m_locked;
    Values m_defaults;
    QStringList m_problems;
};
