#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

#include <optional>
#include <utility>

#include <sys/types.h>

class QDeadlineTimer;

// Local (AF_UNIX) stream sockets on POSIX, just what SingleInstance needs, so that the single-instance handshake
// on the startup path costs QtCore only, not QtNetwork and what stands behind it (Kerberos, GSSAPI, libproxy).
//
// Every descriptor made here is close-on-exec and non-blocking; nothing raises SIGPIPE (MSG_NOSIGNAL, or
// SO_NOSIGPIPE where that exists); calls interrupted by a signal (EINTR) are retried. Failures return an invalid
// descriptor, false or -1 with errno set. Unix only: include it under Q_OS_UNIX.
namespace UnixSocket {

// Owns one file descriptor and closes it.
class Descriptor final {
public:
    Descriptor() = default;
    explicit Descriptor(int fd)
        : m_fd(fd)
    {
    }
    ~Descriptor() { reset(); }
    Descriptor(Descriptor &&other) noexcept
        : m_fd(std::exchange(other.m_fd, -1))
    {
    }
    Descriptor &operator=(Descriptor &&other) noexcept
    {
        if (this != &other)
            reset(std::exchange(other.m_fd, -1));
        return *this;
    }
    Q_DISABLE_COPY(Descriptor)

    int get() const { return m_fd; }
    bool isValid() const { return m_fd >= 0; }
    void reset(int fd = -1);

private:
    int m_fd = -1;
};

// Whether path fits a socket address (sun_path and its terminating NUL) both where it is and in the private
// staging directory listen() binds it in first. A longer path is refused, never truncated.
bool fitsAddress(const QByteArray &path);

// Listens on path with the socket file user-only (0600) from its first moment: it is bound inside a private
// mkdtemp() directory (0700) beside path, made 0600, then renamed onto path, which replaces whatever was there.
// The caller must own path (SingleInstance: by holding the lock beside it).
Descriptor listen(const QByteArray &path);

// The next connection waiting on a listening socket; invalid when there is none (errno EAGAIN) or on error.
Descriptor accept(int listener);

// Connects to the socket at path, waiting at most until the deadline. EAGAIN: the listener's backlog is full.
Descriptor connectTo(const QByteArray &path, const QDeadlineTimer &deadline);

// Sends all of bytes, waiting (at most until the deadline) while the socket's buffer is full.
bool sendAll(int fd, QByteArrayView bytes, const QDeadlineTimer &deadline);

// Sends what the socket takes now, without waiting: the number of bytes sent, or -1.
qsizetype sendNow(int fd, QByteArrayView bytes);

// Reads at most max bytes of what has arrived, without waiting: the number read, 0 at the end of the stream, or
// -1 (errno EAGAIN: nothing yet).
qsizetype receiveNow(int fd, char *buffer, qsizetype max);

// Waits (at most until the deadline) for one byte; nullopt on timeout, at the end of the stream or on error.
std::optional<char> receiveByte(int fd, const QDeadlineTimer &deadline);

// The user id of the process at the other end of a connected socket (SO_PEERCRED on Linux, getpeereid()
// elsewhere); nullopt where the system cannot tell.
std::optional<uid_t> peerUid(int fd);

} // namespace UnixSocket
