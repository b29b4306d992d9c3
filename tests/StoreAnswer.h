#pragma once

// Waiting for an ApiKeyStore's answer in the keychain tests: a call, then its one signal.

#include "ApiKeyStore.h"

#include <QSignalSpy>
#include <QTest>

// Jobs answer in milliseconds; this only turns a hang into a failure.
inline constexpr int AnswerTimeoutMs = 20'000;

struct Answer {
    bool answered = false;
    ApiKeyStore::Result result = ApiKeyStore::Result::Failed;
    QString key;
    QString message;
};

// Every store signal: (baseUrl, result, [key,] message).
inline Answer waitForAnswer(QSignalSpy &spy)
{
    Answer answer;
    answer.answered = QTest::qWaitFor([&spy] { return !spy.isEmpty(); }, AnswerTimeoutMs) && spy.count() == 1;
    if (!answer.answered)
        return answer;
    const QList<QVariant> arguments = spy.takeFirst();
    answer.result = arguments.at(1).value<ApiKeyStore::Result>();
    answer.message = arguments.last().toString();
    if (arguments.size() == 4)
        answer.key = arguments.at(2).toString();
    return answer;
}

inline Answer readKey(ApiKeyStore &store, const QUrl &baseUrl)
{
    QSignalSpy spy(&store, &ApiKeyStore::readFinished);
    store.readKey(baseUrl);
    return waitForAnswer(spy);
}

inline Answer writeKey(ApiKeyStore &store, const QUrl &baseUrl, const QString &key)
{
    QSignalSpy spy(&store, &ApiKeyStore::writeFinished);
    store.writeKey(baseUrl, key);
    return waitForAnswer(spy);
}

inline Answer removeKey(ApiKeyStore &store, const QUrl &baseUrl)
{
    QSignalSpy spy(&store, &ApiKeyStore::removeFinished);
    store.removeKey(baseUrl);
    return waitForAnswer(spy);
}
