#pragma once

#include "AdminPolicy.h"
#include "Provider.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include <chrono>
#include <memory>
#include <optional>

class QSettings;

// The app's preferences in QSettings, read defensively: a value of the wrong type, out of range, or an
// insecure API URL someone wrote into the file reads as its default. Never holds a secret: the API key lives
// in the system keychain, and nothing here has a field for it.
class AppSettings final {
    Q_DECLARE_TR_FUNCTIONS(AppSettings)

public:
    static constexpr int MinTimeoutSeconds = AdminPolicy::MinTimeoutSeconds;
    static constexpr int MaxTimeoutSeconds = AdminPolicy::MaxTimeoutSeconds;
    static constexpr int DefaultTimeoutSeconds = 30;

    // ApiBaseUrl::defaultUrl(), normalised.
    static QUrl defaultApiUrl();

    // What the settings dialog edits.
    struct Values {
        QUrl apiUrl = defaultApiUrl(); // normalised, and always one ApiBaseUrl::problem() accepts
        int timeoutSeconds = DefaultTimeoutSeconds; // MinTimeoutSeconds..MaxTimeoutSeconds
        QString language; // empty: follow the system; otherwise one of languages()

        std::chrono::seconds timeout() const { return std::chrono::seconds(timeoutSeconds); }
        friend bool operator==(const Values &, const Values &) = default;
    };

    struct Language {
        QString code; // "fr": the suffix of the translation files
        QString nativeName; // "Français": how its speakers find it in a list, whatever the current language
    };

    // The application's QSettings (organisation and application names must be set first).
    AppSettings();
    // Another store, e.g. an INI file in a test; not owned, must outlive this object.
    explicit AppSettings(QSettings *settings);
    ~AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    // The translations the app ships, English first. The language override must be one of these codes.
    static QList<Language> languages();
    static bool isSupportedLanguage(const QString &code);
    // What the agent typed as API URL, trimmed and normalised; an empty QUrl when ApiBaseUrl::problem() objects.
    static QUrl parseApiUrl(const QString &typed);

    Values values() const;
    // Only what the agent stored: a setting left at its default is unset, so the administrator's default applies
    // (EffectiveSettings::resolve). Only the API URL and the timeout: the agent has no say in the other keys.
    AdminPolicy::Values ownChoices() const;
    // Writes only what differs from the defaults, so a future default reaches everyone who never changed it.
    // Values that would not load back (an insecure URL, a timeout out of range, an unknown language) are
    // stored as their defaults.
    void setValues(const Values &values);

    std::optional<Provider> lastProvider() const;
    void setLastProvider(Provider provider);
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);

    // Settle what is read or written now with the file (QSettings also does this by itself, later).
    void sync();

private:
    std::unique_ptr<QSettings> m_owned;
    QSettings *m_settings;
};
