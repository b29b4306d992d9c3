#pragma once

#include "ApiKeyStore.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

// The one API key for one base URL, shared by every window: loads it from the store, keeps it in memory,
// saves, replaces and forgets it, and says at every moment what state it is in.
class ApiKeyController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiKeyController)

public:
    enum class State {
        Idle,        // nothing asked yet
        Loading,     // waiting for the keychain to answer a read
        Saving,      // waiting for the keychain to answer a write or remove
        Missing,     // the keychain answered: no key stored for this base URL
        Stored,      // key in memory, and in the keychain
        SessionOnly, // key in memory only, gone at exit: chosen by the agent after a keychain failure
        Failed,      // the keychain failed; errorMessage() says how; no key in memory
    };
    Q_ENUM(State)

    ApiKeyController(ApiKeyStore *store, const QUrl &baseUrl, QObject *parent = nullptr);

    // A key cleaned of surrounding white space, or an empty string when it cannot be a key
    // (empty, or white space, control or non-ASCII characters inside): it can never inject a header.
    static QString normalisedKey(const QString &typed);

    State state() const { return m_state; }
    QString key() const { return m_key; }
    bool hasKey() const { return !m_key.isEmpty(); }
    QUrl baseUrl() const { return m_baseUrl; }
    QString errorMessage() const { return m_errorMessage; }

    void load();
    // Stores the key in the keychain (state Saving, then Stored or Failed); false when the key is not valid.
    bool save(const QString &key);
    // Keeps the key in memory only; false when the key is not valid.
    bool useForSessionOnly(const QString &key);
    // Removes the key from the keychain and from memory.
    void forget();

Q_SIGNALS:
    void stateChanged(ApiKeyController::State state);
    void keyChanged(const QString &key);

private:
    void setState(State state, const QString &errorMessage = {});
    void setKey(const QString &key);
    void onReadFinished(const QUrl &baseUrl, ApiKeyStore::Result result, const QString &key, const QString &message);
    void onWriteFinished(const QUrl &baseUrl, ApiKeyStore::Result result, const QString &message);
    void onRemoveFinished(const QUrl &baseUrl, ApiKeyStore::Result result, const QString &message);

    QPointer<ApiKeyStore> m_store;
    QUrl m_baseUrl;
    State m_state = State::Idle;
    QString m_key;
    QString m_pendingKey;
    QString m_errorMessage;
};
