#pragma once

#include "ApiKeyStore.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

// The one API key for one base URL, shared by every window: loads it from the store, keeps it in memory,
// saves, replaces and forgets it, and says at every moment what state it is in.
//
// Every call returns at once; the store answers later. When calls overlap (the agent saves while a read
// is still pending, or chooses "this session only" while the keychain shows a prompt), the latest call
// wins and answers to earlier ones are ignored. Answers for another base URL are ignored too.
// stateChanged and keyChanged fire only when the state, its message or the key actually change.
class ApiKeyController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiKeyController)

public:
    enum class State {
        Idle, // nothing asked yet
        Loading, // waiting for the keychain to answer a read
        Saving, // waiting for the keychain to answer a write or remove
        Missing, // the keychain answered: no key stored for this base URL
        Stored, // key in memory, and in the keychain
        SessionOnly, // key in memory only, gone at exit: chosen by the agent after a keychain failure
        Failed, // the keychain failed; errorMessage() says how; no key in memory
    };
    Q_ENUM(State)

    ApiKeyController(ApiKeyStore *store, const QUrl &baseUrl, QObject *parent = nullptr);

    State state() const { return m_state; }
    QString key() const { return m_key; }
    bool hasKey() const { return !m_key.isEmpty(); }
    QUrl baseUrl() const { return m_baseUrl; }
    // Translated, for the agent; empty unless the state is Failed.
    QString errorMessage() const { return m_errorMessage; }
    // The key given to save() while it is being saved, and after the save failed, so the UI can offer
    // "use for this session only" without asking again. Never used for requests; empty otherwise.
    QString pendingKey() const { return m_pendingKey; }

    // Reads the key from the keychain: Loading, then Stored, Missing or Failed.
    void load();
    // Stores the key in the keychain (state Saving, then Stored or Failed); false when the key is not valid.
    // On failure no key is in memory, the keychain may have lost the previous one, and pendingKey() holds
    // this one.
    bool save(const QString &key);
    // Keeps the key in memory only (state SessionOnly); false when the key is not valid.
    bool useForSessionOnly(const QString &key);
    // Clears the key from memory at once and removes it from the keychain: Saving, then Missing or Failed.
    void forget();

Q_SIGNALS:
    void stateChanged(ApiKeyController::State state);
    void keyChanged(const QString &key);
    // The keychain confirmed it: a new key is stored (save()), or none is any more (forget()). For the audit log.
    void keyReplaced();
    void keyForgotten();

private:
    enum class Operation { None, Read, Write, Remove };

    void setState(State state, const QString &errorMessage = {});
    void setKey(const QString &key);
    bool begin(Operation operation, State state);
    int &inFlight(Operation operation);
    bool isAnswerToLatest(const QUrl &baseUrl, Operation operation);
    static QString failureText(const QString &message);
    void onReadFinished(const QUrl &baseUrl, ApiKeyStore::Result result, const QString &key, const QString &message);
    void onWriteFinished(const QUrl &baseUrl, ApiKeyStore::Result result, const QString &message);
    void onRemoveFinished(const QUrl &baseUrl, ApiKeyStore::Result result, const QString &message);

    QPointer<ApiKeyStore> m_store;
    QUrl m_baseUrl;
    State m_state = State::Idle;
    QString m_key;
    QString m_pendingKey;
    QString m_errorMessage;
    // The call whose answer counts, and how many answers of each kind are still on their way.
    Operation m_latest = Operation::None;
    int m_readsInFlight = 0;
    int m_writesInFlight = 0;
    int m_removesInFlight = 0;
};
