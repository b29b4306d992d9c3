#include "ApiKeyController.h"

#include "ApiBaseUrl.h"

ApiKeyController::ApiKeyController(ApiKeyStore *store, const QUrl &baseUrl, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_baseUrl(baseUrl)
{
    if (!store)
        return;
    connect(store, &ApiKeyStore::readFinished, this, &ApiKeyController::onReadFinished);
    connect(store, &ApiKeyStore::writeFinished, this, &ApiKeyController::onWriteFinished);
    connect(store, &ApiKeyStore::removeFinished, this, &ApiKeyController::onRemoveFinished);
}

void ApiKeyController::load()
{
    if (begin(Operation::Read, State::Loading))
        m_store->readKey(m_baseUrl);
}

bool ApiKeyController::save(const QString &key)
{
    const QString cleanKey = ApiKeyStore::normalisedKey(key);
    if (cleanKey.isEmpty())
        return false;
    m_pendingKey = cleanKey;
    if (begin(Operation::Write, State::Saving))
        m_store->writeKey(m_baseUrl, cleanKey);
    return true;
}

bool ApiKeyController::useForSessionOnly(const QString &key)
{
    const QString cleanKey = ApiKeyStore::normalisedKey(key);
    if (cleanKey.isEmpty())
        return false;
    m_latest = Operation::None; // the agent decided: whatever the keychain still answers no longer counts
    m_pendingKey.clear();
    setKey(cleanKey);
    setState(State::SessionOnly);
    return true;
}

void ApiKeyController::forget()
{
    m_pendingKey.clear();
    setKey({});
    if (begin(Operation::Remove, State::Saving))
        m_store->removeKey(m_baseUrl);
}

// Makes `operation` the call whose answer counts; false (and Failed) when there is no store to ask.
bool ApiKeyController::begin(Operation operation, State state)
{
    if (!m_store) {
        m_latest = Operation::None;
        setKey({});
        setState(State::Failed, tr("The system keychain cannot be reached any more. Restart the program."));
        return false;
    }
    m_latest = operation;
    ++inFlight(operation);
    setState(state);
    return true;
}

int &ApiKeyController::inFlight(Operation operation)
{
    switch (operation) {
    case Operation::Read:
        return m_readsInFlight;
    case Operation::Write:
        return m_writesInFlight;
    case Operation::Remove:
    case Operation::None:
        break;
    }
    return m_removesInFlight;
}

// Counts the answer off and says whether it answers the latest call for our base URL.
bool ApiKeyController::isAnswerToLatest(const QUrl &baseUrl, Operation operation)
{
    if (ApiBaseUrl::keychainEntry(baseUrl) != ApiBaseUrl::keychainEntry(m_baseUrl))
        return false;
    int &count = inFlight(operation);
    if (count == 0)
        return false; // not asked by us
    --count;
    if (operation != m_latest || count > 0)
        return false;
    m_latest = Operation::None;
    return true;
}

void ApiKeyController::onReadFinished(const QUrl &baseUrl, ApiKeyStore::Result result, const QString &key,
                                      const QString &message)
{
    if (!isAnswerToLatest(baseUrl, Operation::Read))
        return;
    switch (result) {
    case ApiKeyStore::Result::Ok:
        if (const QString cleanKey = ApiKeyStore::normalisedKey(key); !cleanKey.isEmpty()) {
            setKey(cleanKey);
            setState(State::Stored);
            return;
        }
        setKey({});
        setState(State::Failed,
                 tr("The API key stored in the system keychain for %1 is not a valid key: it is empty, too long, or "
                    "contains spaces or other characters a key cannot contain. Enter the key again.")
                     .arg(ApiBaseUrl::normalised(m_baseUrl)));
        return;
    case ApiKeyStore::Result::NotFound:
        setKey({});
        setState(State::Missing);
        return;
    default:
        setKey({});
        setState(State::Failed, failureText(message));
        return;
    }
}

void ApiKeyController::onWriteFinished(const QUrl &baseUrl, ApiKeyStore::Result result, const QString &message)
{
    if (!isAnswerToLatest(baseUrl, Operation::Write))
        return;
    if (result == ApiKeyStore::Result::Ok) {
        setKey(m_pendingKey);
        m_pendingKey.clear();
        setState(State::Stored);
        Q_EMIT keyReplaced();
        return;
    }
    setKey({});
    setState(State::Failed, failureText(message));
}

void ApiKeyController::onRemoveFinished(const QUrl &baseUrl, ApiKeyStore::Result result, const QString &message)
{
    if (!isAnswerToLatest(baseUrl, Operation::Remove))
        return;
    // Nothing to remove is what the agent wanted, too.
    if (result == ApiKeyStore::Result::Ok || result == ApiKeyStore::Result::NotFound) {
        setState(State::Missing);
        Q_EMIT keyForgotten();
    } else {
        setState(State::Failed, failureText(message));
    }
}

QString ApiKeyController::failureText(const QString &message)
{
    return message.isEmpty() ? tr("The system keychain reported an error without saying which.") : message;
}

void ApiKeyController::setState(State state, const QString &errorMessage)
{
    if (state == m_state && errorMessage == m_errorMessage)
        return;
    m_state = state;
    m_errorMessage = errorMessage;
    Q_EMIT stateChanged(state);
}

void ApiKeyController::setKey(const QString &key)
{
    if (key == m_key)
        return;
    m_key = key;
    Q_EMIT keyChanged(key);
}
