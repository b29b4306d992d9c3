#include "AppSettings.h"

#include "ApiBaseUrl.h"
#include "CheckpointClient.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

static_assert(std::chrono::seconds(AppSettings::DefaultTimeoutSeconds) == CheckpointClient::DefaultTimeout);

namespace {

const auto apiUrlKey = "network/apiUrl"_L1;
const auto timeoutKey = "network/timeoutSeconds"_L1;
const auto languageKey = "ui/language"_L1;
// These two were written by WindowController before AppSettings existed: keep them.
const auto lastProviderKey = "checkpoint/lastProvider"_L1;
const auto geometryKey = "window/geometry"_L1;

// The stored text, or nothing when the value is not text at all (an INI line "a, b" reads as a list).
std::optional<QString> storedText(const QSettings &settings, QAnyStringView key)
{
    const QVariant value = settings.value(key);
    if (value.typeId() != QMetaType::QString)
        return std::nullopt;
    return value.toString();
}

std::optional<QUrl> acceptableApiUrl(const QString &text)
{
    const QUrl url = AppSettings::parseApiUrl(text);
    return url.isEmpty() ? std::nullopt : std::optional<QUrl>(url);
}

bool isAcceptableTimeout(int seconds)
{
    return seconds >= AppSettings::MinTimeoutSeconds && seconds <= AppSettings::MaxTimeoutSeconds;
}

std::optional<int> storedTimeout(const QSettings &settings)
{
    const QVariant value = settings.value(timeoutKey);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::QString: {
        bool ok = false;
        const int seconds = value.toInt(&ok);
        if (ok && isAcceptableTimeout(seconds))
            return seconds;
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

// Sets the key, or removes it when the value is the default.
void store(QSettings &settings, QAnyStringView key, const QVariant &value, const QVariant &defaultValue)
{
    if (value == defaultValue)
        settings.remove(key);
    else
        settings.setValue(key, value);
}

} // namespace

AppSettings::AppSettings()
    : m_owned(std::make_unique<QSettings>())
    , m_settings(m_owned.get())
{
}

AppSettings::AppSettings(QSettings *settings)
    : m_settings(settings)
{
}

AppSettings::~AppSettings() = default;

QUrl AppSettings::defaultApiUrl()
{
    return QUrl(ApiBaseUrl::normalised(ApiBaseUrl::defaultUrl()), QUrl::StrictMode);
}

QList<AppSettings::Language> AppSettings::languages()
{
    // Each in its own language and never translated: someone who cannot read the current one must still find
    // theirs.
    return {
        {u"en"_s, u"English"_s},
        {u"fr"_s, u"Français"_s},
        {u"de"_s, u"Deutsch"_s},
        {u"es"_s, u"Español"_s},
    };
}

bool AppSettings::isSupportedLanguage(const QString &code)
{
    const QList<Language> all = languages();
    return std::any_of(all.cbegin(), all.cend(), [&code](const Language &language) { return language.code == code; });
}

QUrl AppSettings::parseApiUrl(const QString &typed)
{
    const QString text = typed.trimmed();
    if (!ApiBaseUrl::problem(text).isEmpty())
        return {};
    return QUrl(ApiBaseUrl::normalised(ApiBaseUrl::fromText(text)), QUrl::StrictMode);
}

AppSettings::Values AppSettings::values() const
{
    Values values;
    const AdminPolicy::Values own = ownChoices();
    values.apiUrl = own.apiUrl.value_or(values.apiUrl);
    values.timeoutSeconds = own.timeoutSeconds.value_or(values.timeoutSeconds);
    // Only a known code: the language names a translation file, so nothing else may reach a path.
    if (const std::optional<QString> code = storedText(*m_settings, languageKey); code && isSupportedLanguage(*code))
        values.language = *code;
    return values;
}

AdminPolicy::Values AppSettings::ownChoices() const
{
    AdminPolicy::Values own;
    if (const std::optional<QString> text = storedText(*m_settings, apiUrlKey))
        own.apiUrl = acceptableApiUrl(*text);
    own.timeoutSeconds = storedTimeout(*m_settings);
    return own;
}

void AppSettings::setValues(const Values &values)
{
    const Values defaults;
    const QUrl url = acceptableApiUrl(values.apiUrl.toString(QUrl::FullyEncoded)).value_or(defaults.apiUrl);
    store(*m_settings, apiUrlKey, url.toString(QUrl::FullyEncoded), defaults.apiUrl.toString(QUrl::FullyEncoded));
    store(*m_settings, timeoutKey,
          isAcceptableTimeout(values.timeoutSeconds) ? values.timeoutSeconds : defaults.timeoutSeconds,
          defaults.timeoutSeconds);
    store(*m_settings, languageKey, isSupportedLanguage(values.language) ? values.language : defaults.language,
          defaults.language);
}

std::optional<Provider> AppSettings::lastProvider() const
{
    if (const std::optional<QString> name = storedText(*m_settings, lastProviderKey))
        return providerFromString(*name);
    return std::nullopt;
}

void AppSettings::setLastProvider(Provider provider)
{
    m_settings->setValue(lastProviderKey, providerApiName(provider));
}

QByteArray AppSettings::windowGeometry() const
{
    const QVariant value = m_settings->value(geometryKey);
    return value.typeId() == QMetaType::QByteArray ? value.toByteArray() : QByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(geometryKey, geometry);
}

void AppSettings::sync()
{
    m_settings->sync();
}
