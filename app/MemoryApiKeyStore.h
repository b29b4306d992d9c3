#pragma once

#include "ApiBaseUrl.h"
#include "ApiKeyStore.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

// An ApiKeyStore in memory, for tests of the controller and the dialogs. Like the real keychain it answers
// later, never inside the call: by default through the event loop (queued), in the order of the calls.
// Tests can hold answers back (a keychain prompt nobody answers) and release them when they like, and make
// reads, writes or removes fail. A write or remove takes effect when its answer is delivered, and only
// when it succeeds.
class MemoryApiKeyStore final : public ApiKeyStore {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoryApiKeyStore)

public:
    enum class Operation { Read, Write, Remove };
    Q_ENUM(Operation)

    explicit MemoryApiKeyStore(QObject *parent = nullptr);
    ~MemoryApiKeyStore() override;

    void readKey(const QUrl &baseUrl) override;
    void writeKey(const QUrl &baseUrl, const QString &key) override;
    void removeKey(const QUrl &baseUrl) override;

    // While held, answers wait (forever, unless released); holding does not affect answers already queued.
    void setHoldAnswers(bool hold) { m_holdAnswers = hold; }
    bool holdsAnswers() const { return m_holdAnswers; }
    qsizetype heldAnswerCount() const { return m_held.size(); }
    // Delivers every held answer now, in the order of the calls, inside this call; returns how many.
    qsizetype releaseHeldAnswers();

    // Every later `operation` fails with `result` (Ok: succeeds again) and `message` (empty: a stock one).
    // The result is taken when the call is made, not when its answer is delivered.
    void setFailure(Operation operation, ApiKeyStore::Result result, const QString &message = {});
    void clearFailures();

    // What is stored, by entry name ("api-key:https://…"), as a test or an administrator would see it.
    QMap<QString, QString> entries() const { return m_entries; }
    QString storedKey(const QUrl &baseUrl) const { return m_entries.value(ApiBaseUrl::keychainEntry(baseUrl)); }
    bool contains(const QUrl &baseUrl) const { return m_entries.contains(ApiBaseUrl::keychainEntry(baseUrl)); }
    // Puts a key in place at once, without a signal: provisioned before the program started.
    void setStoredKey(const QUrl &baseUrl, const QString &key)
    {
        m_entries.insert(ApiBaseUrl::keychainEntry(baseUrl), key);
    }

    // How many calls of each kind were made, answered or not.
    int callCount(Operation operation) const;

private:
    struct Failure {
        ApiKeyStore::Result result = ApiKeyStore::Result::Ok;
        QString message;
    };

    Failure failureFor(Operation operation) const;
    void answer(std::function<void()> deliver);

    QMap<QString, QString> m_entries;
    QList<std::function<void()>> m_held;
    QMap<Operation, Failure> m_failures;
    QMap<Operation, int> m_calls;
    bool m_holdAnswers = false;
};
