#pragma once

#include "ApiKeyStore.h"

#include <QObject>
#include <QString>
#include <QUrl>

namespace QKeychain {
class Job;
}

// The API key in the system keychain, through QtKeychain: on Linux the Secret Service (GNOME Keyring,
// KWallet, KeePassXC…), under service serviceName() and key ApiBaseUrl::keychainEntry(baseUrl). That is where an
// administrator can provision it, too (the key on standard input; "type plaintext" is required):
//   secret-tool store --label='PostPress API key' server ai.postpress.Checkpoint
//       user 'api-key:https://api.postpress.ai/v1' type plaintext
// Never falls back to a plaintext file: without a keychain, calls fail with Unavailable.
//
// Answers arrive in the order of the calls (QtKeychain runs one job at a time), except that a read that
// finds nothing first asks the Secret Service whether the keychain is locked (one short D-Bus call), so that
// a locked keychain is reported as such (AccessDenied) rather than as "no key stored".
// A call whose keychain shows a prompt nobody answers never answers; nothing here waits for it.
class KeychainApiKeyStore final : public ApiKeyStore {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainApiKeyStore)

public:
    explicit KeychainApiKeyStore(QObject *parent = nullptr);
    ~KeychainApiKeyStore() override;

    void readKey(const QUrl &baseUrl) override;
    // Removes every entry for the base URL first: one provisioned with secret-tool would otherwise stay
    // beside the new one and could still be the one read back.
    void writeKey(const QUrl &baseUrl, const QString &key) override;
    void removeKey(const QUrl &baseUrl) override;

private:
    enum class Operation { Read, Write, Remove };

    static Result resultOf(const QKeychain::Job &job);
    static QString messageFor(Operation operation, Result result, const QString &backendText);
    static QString lockedMessage();
};
