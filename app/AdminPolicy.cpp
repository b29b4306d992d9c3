#include "AdminPolicy.h"

#include "ApiBaseUrl.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;

namespace {

const auto apiUrlKey = "ApiBaseUrl"_L1;
const auto timeoutKey = "RequestTimeoutSeconds"_L1;
const auto historyEnabledKey = "HistoryEnabled"_L1;
const auto retentionKey = "HistoryRetentionDays"_L1;
const auto auditKey = "AuditEvents"_L1;
const auto providersKey = "AllowedProviders"_L1;

// Text as INI files and the registry hold it; a list (INI reads "a, b" as one) is no text.
std::optional<QString> textOf(const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList || value.typeId() == QMetaType::QVariantList
        || !value.canConvert<QString>())
        return std::nullopt;
    return value.toString().trimmed();
}

std::optional<bool> boolOf(const QVariant &value)
{
    const QString text = textOf(value).value_or(QString()).toLower();
    if (text == "true"_L1 || text == "yes"_L1 || text == "on"_L1 || text == "1"_L1)
        return true;
    if (text == "false"_L1 || text == "no"_L1 || text == "off"_L1 || text == "0"_L1)
        return false;
    return std::nullopt;
}

std::optional<int> intOf(const QVariant &value, int min, int max)
{
    bool ok = false;
    const int number = textOf(value).value_or(QString()).toInt(&ok);
    if (!ok || number < min || number > max)
        return std::nullopt;
    return number;
}

// "LINKEDIN, INSTAGRAM" (INI hands it over as a list), or a REG_MULTI_SZ; any unknown name spoils the whole value.
std::optional<QList<Provider>> providersOf(const QVariant &value)
{
    const QStringList names =
        value.typeId() == QMetaType::QString ? value.toString().split(u',') : value.toStringList();
    QList<Provider> providers;
    for (const QString &name : names) {
        const std::optional<Provider> provider = providerFromString(name);
        if (!provider)
            return std::nullopt;
        if (!providers.contains(*provider))
            providers.append(*provider);
    }
    return providers.isEmpty() ? std::nullopt : std::optional(providers);
}

std::optional<QUrl> apiUrlOf(const QVariant &value)
{
    const QString text = textOf(value).value_or(QString()).trimmed();
    if (text.isEmpty() || !ApiBaseUrl::problem(text).isEmpty())
        return std::nullopt;
    return QUrl(ApiBaseUrl::normalised(ApiBaseUrl::fromText(text)), QUrl::StrictMode);
}

// What a key takes, for the message about a value that is not that.
QString expected(const QString &key)
{
    if (key == apiUrlKey)
        return AdminPolicy::tr("an https URL such as %1").arg(ApiBaseUrl::defaultUrl().toString());
    if (key == timeoutKey)
        return AdminPolicy::tr("a number of seconds from %1 to %2")
            .arg(AdminPolicy::MinTimeoutSeconds)
            .arg(AdminPolicy::MaxTimeoutSeconds);
    if (key == retentionKey)
        return AdminPolicy::tr("a number of days from %1 to %2")
            .arg(AdminPolicy::MinRetentionDays)
            .arg(AdminPolicy::MaxRetentionDays);
    if (key == providersKey)
        return AdminPolicy::tr("provider names separated by commas: %1").arg(providerApiNames().join(", "_L1));
    return AdminPolicy::tr("true or false");
}

// A key as a message may quote it: one that looks like a setting's name (a typo, a key in a group); otherwise the
// message does not repeat it.
QString quotableKey(const QString &key)
{
    const auto plain = [](QChar c) {
        return (c.isLetterOrNumber() && c.unicode() < 128) || c == u'_' || c == u'-' || c == u'/' || c == u'.';
    };
    return key.size() <= 64 && std::all_of(key.cbegin(), key.cend(), plain) ? key : QString();
}

} // namespace

QStringList AdminPolicy::keyNames()
{
    return {apiUrlKey, timeoutKey, historyEnabledKey, retentionKey, auditKey, providersKey};
}

AdminPolicy::Sources AdminPolicy::systemSources()
{
    const QSettings defaults(QSettings::NativeFormat, QSettings::SystemScope, u"PostPress"_s,
                             u"postpress-checkpoint"_s);
#ifdef Q_OS_WIN
    return {u"HKEY_LOCAL_MACHINE\\Software\\Policies\\PostPress\\Checkpoint"_s, QSettings::NativeFormat,
            defaults.fileName(), QSettings::NativeFormat};
#else
    return {u"/etc/postpress-checkpoint/policy.conf"_s, QSettings::IniFormat, defaults.fileName(),
            QSettings::NativeFormat};
#endif
}

AdminPolicy AdminPolicy::read(const Sources &sources)
{
    AdminPolicy policy;
    if (const QString why = policy.untrustedBecause(sources.policy, sources.trustedOwner); !why.isEmpty())
        policy.m_problems.append(tr("The administrator's policy %1 is ignored: %2.").arg(sources.policy, why));
    else
        policy.m_locked = policy.readLayer(sources.policy, sources.policyFormat);
    policy.m_defaults = policy.readLayer(sources.defaults, sources.defaultsFormat);
    policy.m_problems.removeDuplicates(); // three keys that are no names are one problem, not three
    for (const QString &problem : std::as_const(policy.m_problems))
        qWarning("postpress-checkpoint: %s", qPrintable(problem));
    return policy;
}

AdminPolicy::Values AdminPolicy::readLayer(const QString &path, QSettings::Format format)
{
    Values values;
    if (const QFileInfo file(path); file.exists() && !file.isReadable()) {
        m_problems.append(tr("The administrator's settings %1 could not be read.").arg(path));
        return values;
    }
    const QSettings settings(path, format);
    if (settings.status() != QSettings::NoError) {
        m_problems.append(tr("The administrator's settings %1 could not be read.").arg(path));
        return values;
    }
    const QStringList known = keyNames();
    for (const QString &key : settings.allKeys()) {
        if (known.contains(key)) {
            readKey(settings, key, values);
        } else if (const QString name = quotableKey(key); !name.isEmpty()) {
            m_problems.append(tr("%1: the unknown setting “%2” was ignored.").arg(path, name));
        } else {
            m_problems.append(tr("%1: an unknown setting was ignored.").arg(path));
        }
    }
    return values;
}

void AdminPolicy::readKey(const QSettings &settings, const QString &key, Values &values)
{
    const QVariant value = settings.value(key);
    bool valid = false;
    auto take = [&valid](auto &field, const auto &parsed) {
        field = parsed;
        valid = parsed.has_value();
    };
    if (key == apiUrlKey)
        take(values.apiUrl, apiUrlOf(value));
    else if (key == timeoutKey)
        take(values.timeoutSeconds, intOf(value, MinTimeoutSeconds, MaxTimeoutSeconds));
    else if (key == historyEnabledKey)
        take(values.historyEnabled, boolOf(value));
    else if (key == retentionKey)
        take(values.historyRetentionDays, intOf(value, MinRetentionDays, MaxRetentionDays));
    else if (key == auditKey)
        take(values.auditEvents, boolOf(value));
    else if (key == providersKey)
        take(values.allowedProviders, providersOf(value));
    if (!valid)
        m_problems.append(tr("%1: %2 was ignored: expected %3.").arg(settings.fileName(), key, expected(key)));
}

// Why the policy file must not be used, or empty (also when there is none). Locked values bind every agent, so only
// root may have written them: the file and each folder above it belong to root, and nobody else can write the file or
// its folder, nor replace a folder above (a sticky folder such as /tmp is safe: nobody renames what is not theirs).
QString AdminPolicy::untrustedBecause(const QString &path, uint trustedOwner) const
{
#ifdef Q_OS_UNIX
    QString entry = QFileInfo(path).canonicalFilePath(); // the file a link leads to is the one that counts
    if (entry.isEmpty())
        return {};
    for (int depth = 0;; ++depth) { // 0 the file, 1 its folder
        struct stat status { };
        if (::stat(QFile::encodeName(entry).constData(), &status) != 0)
            return tr("%1 could not be checked").arg(entry);
        if (status.st_uid != trustedOwner && (depth < 2 || status.st_uid != 0))
            return tr("%1 does not belong to root").arg(entry);
        const bool sticky = depth >= 2 && (status.st_mode & S_ISVTX);
        if ((status.st_mode & S_IWOTH && !sticky) || (depth < 2 && status.st_mode & S_IWGRP))
            return tr("others can change %1").arg(entry);
        if (entry == u"/"_s)
            return {};
        entry = QFileInfo(entry).path();
    }
#else
    Q_UNUSED(path)
    Q_UNUSED(trustedOwner) // Windows: only administrators can write HKLM\Software\Policies
    return {};
#endif
}
