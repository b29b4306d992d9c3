#include "MemoryApiKeyStore.h"

#include <QMetaEnum>
#include <QMetaObject>

#include <utility>

MemoryApiKeyStore::MemoryApiKeyStore(QObject *parent)
    : ApiKeyStore(parent)
{
}

MemoryApiKeyStore::~MemoryApiKeyStore() = default;

void MemoryApiKeyStore::readKey(const QUrl &baseUrl)
{
    ++m_calls[Operation::Read];
    const Failure failure = failureFor(Operation::Read);
    answer([this, baseUrl, failure] {
        const QString name = ApiBaseUrl::keychainEntry(baseUrl);
        if (failure.result != Result::Ok)
            Q_EMIT readFinished(baseUrl, failure.result, {}, failure.message);
        else if (!m_entries.contains(name))
            Q_EMIT readFinished(baseUrl, Result::NotFound, {}, {});
        else
            Q_EMIT readFinished(baseUrl, Result::Ok, m_entries.value(name), {});
    });
}

void MemoryApiKeyStore::writeKey(const QUrl &baseUrl, const QString &key)
{
    ++m_calls[Operation::Write];
    const Failure failure = failureFor(Operation::Write);
    answer([this, baseUrl, key, failure] {
        if (failure.result == Result::Ok)
            m_entries.insert(ApiBaseUrl::keychainEntry(baseUrl), key);
        Q_EMIT writeFinished(baseUrl, failure.result, failure.message);
    });
}

void MemoryApiKeyStore::removeKey(const QUrl &baseUrl)
{
    ++m_calls[Operation::Remove];
    const Failure failure = failureFor(Operation::Remove);
    answer([this, baseUrl, failure] {
        if (failure.result == Result::Ok)
            m_entries.remove(ApiBaseUrl::keychainEntry(baseUrl));
        Q_EMIT removeFinished(baseUrl, failure.result, failure.message);
    });
}

qsizetype MemoryApiKeyStore::releaseHeldAnswers()
{
    const QList<std::function<void()>> held = std::exchange(m_held, {});
    for (const auto &deliver : held)
        deliver();
    return held.size();
}

void MemoryApiKeyStore::setFailure(Operation operation, ApiKeyStore::Result result, const QString &message)
{
    if (result == Result::Ok) {
        m_failures.remove(operation);
        return;
    }
    const QString name = QString::fromLatin1(QMetaEnum::fromType<Result>().valueToKey(int(result)));
    m_failures.insert(operation,
                      {result, message.isEmpty() ? tr("The test keychain was told to fail (%1).").arg(name) : message});
}

void MemoryApiKeyStore::clearFailures()
{
    m_failures.clear();
}

int MemoryApiKeyStore::callCount(Operation operation) const
{
    return m_calls.value(operation);
}

MemoryApiKeyStore::Failure MemoryApiKeyStore::failureFor(Operation operation) const
{
    return m_failures.value(operation);
}

void MemoryApiKeyStore::answer(std::function<void()> deliver)
{
    if (m_holdAnswers) {
        m_held.append(std::move(deliver));
        return;
    }
    // Queued with `this` as context: an answer due after the store is gone is dropped, as with a real job.
    QMetaObject::invokeMethod(this, std::move(deliver), Qt::QueuedConnection);
}
