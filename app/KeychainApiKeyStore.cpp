#include "KeychainApiKeyStore.h"

#include "ApiBaseUrl.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QPointer>

#include <qt6keychain/keychain.h>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

// Jobs get no parent: QtKeychain's libsecret callbacks hold a raw pointer to a running job, so a job must
// never be deleted before it finishes. Each deletes itself after `finished`; connections made with the
// store as context simply drop answers that arrive after the store is gone.
template <typename JobType> JobType *newJob(const QUrl &baseUrl)
{
    auto *job = new JobType(ApiKeyStore::serviceName());
    job->setKey(ApiBaseUrl::keychainEntry(baseUrl));
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext copy in a settings file
    return job;
}

// QtKeychain hands libsecret's failures on as OtherError with GLib's message, which is translated; only the
// D-Bus names in it are not. They name the Secret Service when it is not on the bus ("The name
// org.freedesktop.secrets was not provided…") or has no default collection to store in.
bool secretServiceIsMissing(const QString &backendText)
{
    if (backendText.contains("org.freedesktop.secrets"_L1) || backendText.contains("/org/freedesktop/secrets"_L1))
        return true;
    return !QDBusConnection::sessionBus().isConnected();
}

// libsecret cannot unlock a locked collection without a prompt. When there is none to show (no display) or the
// user dismisses it, a lookup simply finds nothing, which would read as "no key stored". Asking the Secret
// Service whether the default collection is locked tells the two apart. It is not started for the question: a
// desktop whose keychain is not the Secret Service (KWallet) keeps the plain answer.
void whenLockStateKnown(QObject *context, std::function<void(bool locked)> answer)
{
    QDBusMessage call =
        QDBusMessage::createMethodCall(u"org.freedesktop.secrets"_s, u"/org/freedesktop/secrets/aliases/default"_s,
                                       u"org.freedesktop.DBus.Properties"_s, u"Get"_s);
    call << u"org.freedesktop.Secret.Collection"_s << u"Locked"_s;
    call.setAutoStartService(false);
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call, 5000), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                     [answer = std::move(answer)](QDBusPendingCallWatcher *finished) {
                         finished->deleteLater();
                         const QDBusPendingReply<QDBusVariant> reply = *finished;
                         answer(!reply.isError() && reply.value().variant().toBool());
                     });
}

} // namespace

KeychainApiKeyStore::KeychainApiKeyStore(QObject *parent)
    : ApiKeyStore(parent)
{
}

KeychainApiKeyStore::~KeychainApiKeyStore() = default;

void KeychainApiKeyStore::readKey(const QUrl &baseUrl)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(baseUrl);
    connect(job, &QKeychain::Job::finished, this, [this, baseUrl](QKeychain::Job *finished) {
        const Result result = resultOf(*finished);
        if (result == Result::Ok) {
            const auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
            Q_EMIT readFinished(baseUrl, result, read->textData(), {});
            return;
        }
        if (result != Result::NotFound) {
            Q_EMIT readFinished(baseUrl, result, {}, messageFor(Operation::Read, result, finished->errorString()));
            return;
        }
        whenLockStateKnown(this, [this, baseUrl](bool locked) {
            if (locked)
                Q_EMIT readFinished(baseUrl, Result::AccessDenied, {}, lockedMessage());
            else
                Q_EMIT readFinished(baseUrl, Result::NotFound, {}, {});
        });
    });
    job->start();
}

// Both jobs are queued at once, so answers keep the order of the calls; QtKeychain runs them one by one.
void KeychainApiKeyStore::writeKey(const QUrl &baseUrl, const QString &key)
{
    auto *clear = newJob<QKeychain::DeletePasswordJob>(baseUrl);
    auto *write = newJob<QKeychain::WritePasswordJob>(baseUrl);
    write->setTextData(key);
    const QPointer<QKeychain::WritePasswordJob> queuedWrite(write);
    connect(clear, &QKeychain::Job::finished, this, [this, baseUrl, queuedWrite](QKeychain::Job *finished) {
        const Result result = resultOf(*finished);
        if (result == Result::Ok || result == Result::NotFound)
            return;
        // The write has not started: QtKeychain starts the next job only after this slot, connected
        // before its own, has run. Deleting it takes it out of the queue.
        delete queuedWrite.data();
        Q_EMIT writeFinished(baseUrl, result, messageFor(Operation::Write, result, finished->errorString()));
    });
    connect(write, &QKeychain::Job::finished, this, [this, baseUrl](QKeychain::Job *finished) {
        const Result result = resultOf(*finished);
        const QString message =
            result == Result::Ok ? QString() : messageFor(Operation::Write, result, finished->errorString());
        Q_EMIT writeFinished(baseUrl, result, message);
    });
    clear->start();
    write->start();
}

void KeychainApiKeyStore::removeKey(const QUrl &baseUrl)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(baseUrl);
    connect(job, &QKeychain::Job::finished, this, [this, baseUrl](QKeychain::Job *finished) {
        Result result = resultOf(*finished);
        if (result == Result::NotFound)
            result = Result::Ok; // gone is what was asked for
        const QString message =
            result == Result::Ok ? QString() : messageFor(Operation::Remove, result, finished->errorString());
        Q_EMIT removeFinished(baseUrl, result, message);
    });
    job->start();
}

ApiKeyStore::Result KeychainApiKeyStore::resultOf(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoError:
        return Result::Ok;
    case QKeychain::EntryNotFound:
        return Result::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Result::AccessDenied;
    case QKeychain::NoBackendAvailable:
        return Result::Unavailable;
    case QKeychain::OtherError:
        return secretServiceIsMissing(job.errorString()) ? Result::Unavailable : Result::Failed;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NotImplemented:
        break;
    }
    return Result::Failed;
}

QString KeychainApiKeyStore::lockedMessage()
{
    return tr("The system keychain is locked, so the stored API key cannot be read. Unlock it (for example by "
              "logging in again) and restart the program, or use the key for this session only.");
}

QString KeychainApiKeyStore::messageFor(Operation operation, Result result, const QString &backendText)
{
    QString what;
    switch (operation) {
    case Operation::Read:
        what = tr("The API key could not be read from the system keychain.");
        break;
    case Operation::Write:
        what = tr("The API key could not be saved in the system keychain.");
        break;
    case Operation::Remove:
        what = tr("The API key could not be removed from the system keychain.");
        break;
    }
    QString why;
    switch (result) {
    case Result::Unavailable:
        why = tr("No keychain service (such as GNOME Keyring or KWallet) is running or set up in this session.");
        break;
    case Result::AccessDenied:
        why = tr("The keychain is locked or refused access. Unlock it and try again.");
        break;
    case Result::Ok:
    case Result::NotFound:
    case Result::Failed:
        why = tr("The keychain reported an error.");
        break;
    }
    QString message = what + u' ' + why;
    if (!backendText.isEmpty())
        message += u" ("_s + backendText + u')';
    return message;
}
