#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <utility>

// Where the API key lives between runs. Every call is asynchronous and answers with exactly one signal;
// implementations never block and never spin an event loop.
class ApiKeyStore : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiKeyStore)

public:
    enum class Result {
        Ok,
        NotFound, // no key stored for this base URL: first run, not an error
        AccessDenied, // the user or the system refused access
        Unavailable, // no keychain service, or it is locked and cannot be unlocked
        Failed, // anything else; the message says what
    };
    Q_ENUM(Result)

    explicit ApiKeyStore(QObject *parent = nullptr)
        : QObject(parent)
    {
    }
    ~ApiKeyStore() override = default;

    // Longer than any PostPress key, short enough that a paste of the wrong thing is refused.
    static constexpr qsizetype MaxKeyLength = 512;

    // QtKeychain service name shared by every entry; each entry is named ApiBaseUrl::keychainEntry(baseUrl).
    static QString serviceName();
    // A key cleaned of surrounding white space, or an empty string when it cannot be a key (empty, too long, or
    // white space, control or non-ASCII characters inside): it can never inject a header. Whatever is stored, sent
    // or kept for the session passes through it.
    static QString normalisedKey(const QString &typed);
    // A store's message ends with what the system itself said, in parentheses: "The API key could not be read … (Failed
    // to execute child process “dbus-launch” (No such file or directory))". Split there: {explanation, system text},
    // or {message, empty} when it has none. The system text is for support, behind Details.
    static std::pair<QString, QString> splitSystemText(const QString &message);

    virtual void readKey(const QUrl &baseUrl) = 0;
    virtual void writeKey(const QUrl &baseUrl, const QString &key) = 0;
    virtual void removeKey(const QUrl &baseUrl) = 0;

Q_SIGNALS:
    // message: a translated explanation when result is not Ok/NotFound.
    void readFinished(const QUrl &baseUrl, ApiKeyStore::Result result, const QString &key, const QString &message);
    void writeFinished(const QUrl &baseUrl, ApiKeyStore::Result result, const QString &message);
    void removeFinished(const QUrl &baseUrl, ApiKeyStore::Result result, const QString &message);
};
