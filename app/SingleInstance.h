#pragma once

#include "LaunchRequest.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QObject>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>

class QDeadlineTimer;
class QLocalServer;
class QLocalSocket;
class QLockFile;

// One running program per user. The first launch becomes the primary and listens on a local socket; a later
// launch finds it, forwards what it was asked to open and exits.
//
// The transport, on Linux, macOS and Windows alike, is KeePassXC's: QLocalServer with UserAccessOption, and a
// QLockFile that decides who is primary, so two launches at the same moment do not both listen, and a socket left by
// a crashed primary is recognised as stale and replaced. The primary removes its socket before it releases the lock.
// On Unix the socket is <runtime directory>/<name>, the runtime directory being XDG_RUNTIME_DIR (per user, mode
// 0700), and user-only from the moment it exists (Qt binds it in a private directory beside it, sets its mode, then
// renames it into place); not an abstract socket, which would ignore file permissions. A path too long for a socket
// address is an error, never truncated. The primary also refuses a peer whose user id is not its own, where the
// system tells (SO_PEERCRED, getpeereid()), and a second launch a primary of another user. On Windows the socket is
// a named pipe whose name carries the user, open to that user only, and the lock file is in the user's temporary
// directory.
//
// The wire is InstanceMessage: the secondary connects, sends one message and waits for one byte (Accepted or
// Refused); the primary checks the message with InstanceMessage::parse(). A client that sends a malformed or
// oversized message, or not all of it within the timeout, is dropped without effect; the primary never blocks on a
// client and reads at most InstanceMessage::MaxSize + 5 bytes from one. With MaxPendingClients
// waiting, a new connection takes the place of the oldest one that has sent nothing (else of the oldest), so idle or
// slow connections cannot keep a second launch out (PendingClient, the transport-independent policy). A request is
// delivered, queued from the event loop, only once its answer reached the sender: one that stopped waiting opens the
// account itself. A connection closed without an answer was not taken, so forward() asks again while its timeout
// lasts.
class SingleInstance final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    enum class Role {
        Undecided, // claim() not called yet
        Primary, // listening; requestReceived() reports each forwarded request
        Secondary, // connected to the running program; forward() and exit
        Failed, // neither: errorString() says why; the program can still run on its own
    };

    // Clients the primary serves at once (each has the timeout to send); a connection beyond them takes the place
    // of the oldest idle one.
    static constexpr int MaxPendingClients = 32;
    static constexpr std::chrono::milliseconds DefaultTimeout{2000};

    // The application id and the user id, e.g. "ai.postpress.Checkpoint-1000".
    static QString defaultName();

    // name: a file name (no '/'); tests use their own.
    explicit SingleInstance(const QString &name = defaultName(), QObject *parent = nullptr);
    ~SingleInstance() override;

    // Decides the role once; later calls return the same. Blocks only while another instance holds the lock
    // but does not answer yet, for at most the timeout.
    Role claim();
    Role role() const { return m_role; }
    // Translated; set when claim() failed or forward() returned false.
    QString errorString() const { return m_error; }
    // The local socket's full path (on Windows, the pipe's name); empty without a runtime directory.
    QString socketPath() const { return m_socketPath; }

    // Primary: how long a client may take to send its whole message. Secondary: how long forward() and claim()
    // may wait. DefaultTimeout unless set.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // Secondary only: sends the request and waits (at most the timeout) for the primary's answer, connecting again
    // when the primary closed without one. True when the primary accepted it.
    bool forward(const LaunchRequest &request);

Q_SIGNALS:
    // Primary only: an accepted request from another launch. The sender has already been answered.
    void requestReceived(const LaunchRequest &request);

private:
    Role fail(const QString &message);
    Role becomePrimary();
    bool connectToPrimary(const QDeadlineTimer &deadline);
    bool isConnectedToPrimary() const;
    bool sendToPrimary(const QByteArray &bytes, const QDeadlineTimer &deadline);
    std::optional<char> answerFromPrimary(const QDeadlineTimer &deadline);
    // Sends, waits for the answer and disconnects: nullopt when the primary closed, or did not answer in time.
    std::optional<char> exchangeWithPrimary(const QByteArray &bytes, const QDeadlineTimer &deadline);
    void disconnectFromPrimary();
    void acceptClients();
    void stopListening();

    void deliverLater(const LaunchRequest &request);

    QString m_socketPath;
    Role m_role = Role::Undecided;
    QString m_error;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
    std::unique_ptr<QLockFile> m_lock;
    // The primary's clients are its children; deleted first on destruction.
    QObject *m_clients = nullptr;
    QLocalServer *m_server = nullptr;
    QLocalSocket *m_socket = nullptr;
};
