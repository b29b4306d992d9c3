#include <QtGlobal>

#ifdef Q_OS_UNIX

#include "UnixSocket.h"

#include <QDeadlineTimer>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>

#include <fcntl.h>
#include <poll.h>
#include <stdlib.h> // mkdtemp()
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace UnixSocket {

namespace {

#ifdef MSG_NOSIGNAL
constexpr int sendFlags = MSG_NOSIGNAL;
#else
constexpr int sendFlags = 0; // SO_NOSIGPIPE on the socket instead
#endif

// Where listen() binds first: a directory made by mkdtemp() beside the socket, and a one-letter name in it.
constexpr QByteArrayView stagingDirectoryName = "/.XXXXXX";
constexpr QByteArrayView stagingSocketName = "/s";

// Keeps errno across clean-up calls that may change it.
class SavedErrno final {
public:
    SavedErrno()
        : m_errno(errno)
    {
    }
    ~SavedErrno() { errno = m_errno; }
    Q_DISABLE_COPY_MOVE(SavedErrno)

private:
    int m_errno;
};

bool setFlags(int fd)
{
    const int descriptorFlags = ::fcntl(fd, F_GETFD);
    const int statusFlags = ::fcntl(fd, F_GETFL);
    if (descriptorFlags == -1 || statusFlags == -1 || ::fcntl(fd, F_SETFD, descriptorFlags | FD_CLOEXEC) == -1
        || ::fcntl(fd, F_SETFL, statusFlags | O_NONBLOCK) == -1)
        return false;
#ifdef SO_NOSIGPIPE
    const int on = 1;
    if (::setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &on, sizeof(on)) == -1)
        return false;
#endif
    return true;
}

Descriptor newSocket()
{
#if defined(SOCK_CLOEXEC) && defined(SOCK_NONBLOCK)
    // Atomic: no other thread's fork()+exec() can inherit it between socket() and fcntl().
    Descriptor fd(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0));
#else
    Descriptor fd(::socket(AF_UNIX, SOCK_STREAM, 0));
#endif
    if (fd.isValid() && !setFlags(fd.get())) {
        const SavedErrno saved;
        fd.reset();
    }
    return fd;
}

bool toAddress(const QByteArray &path, sockaddr_un *address)
{
    *address = sockaddr_un{};
    address->sun_family = AF_UNIX;
    if (path.isEmpty() || size_t(path.size()) >= sizeof(address->sun_path) || path.contains('\0')) {
        errno = ENAMETOOLONG;
        return false;
    }
    std::memcpy(address->sun_path, path.constData(), size_t(path.size()));
    return true;
}

const sockaddr *asGeneric(const sockaddr_un *address)
{
    return reinterpret_cast<const sockaddr *>(address);
}

// Waits for events on fd until the deadline: true when they (or an error or hang-up) came, false with ETIMEDOUT.
bool waitFor(int fd, short events, const QDeadlineTimer &deadline)
{
    for (;;) {
        pollfd entry{fd, events, 0};
        const qint64 remaining = deadline.remainingTime();
        const int timeout = remaining < 0 ? -1 : int(std::min<qint64>(remaining, INT_MAX));
        const int ready = ::poll(&entry, 1, timeout);
        if (ready > 0)
            return true;
        if (ready == 0) {
            errno = ETIMEDOUT;
            return false;
        }
        if (errno != EINTR)
            return false;
    }
}

bool bindUserOnly(int fd, const QByteArray &path)
{
    sockaddr_un address;
    if (!toAddress(path, &address))
        return false;
    return ::bind(fd, asGeneric(&address), sizeof(address)) == 0 && ::chmod(path.constData(), S_IRUSR | S_IWUSR) == 0;
}

} // namespace

void Descriptor::reset(int fd)
{
    // Not retried on EINTR: the descriptor is released either way, and a retry could close another thread's.
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = fd;
}

bool fitsAddress(const QByteArray &path)
{
    const qsizetype slash = path.lastIndexOf('/');
    const qsizetype staged = slash + stagingDirectoryName.size() + stagingSocketName.size();
    return !path.isEmpty() && size_t(std::max(path.size(), staged)) < sizeof(sockaddr_un::sun_path);
}

Descriptor listen(const QByteArray &path)
{
    if (!fitsAddress(path) || !path.startsWith('/')) {
        errno = ENAMETOOLONG;
        return {};
    }
    QByteArray staging = path.first(path.lastIndexOf('/')) + stagingDirectoryName;
    if (!::mkdtemp(staging.data()))
        return {};
    const QByteArray staged = staging + stagingSocketName;
    Descriptor fd = newSocket();
    if (!fd.isValid() || !bindUserOnly(fd.get(), staged) || ::listen(fd.get(), SOMAXCONN) != 0
        || ::rename(staged.constData(), path.constData()) != 0) {
        const SavedErrno saved;
        fd.reset();
        ::unlink(staged.constData());
        ::rmdir(staging.constData());
        return {};
    }
    ::rmdir(staging.constData());
    return fd;
}

Descriptor accept(int listener)
{
    for (;;) {
#if defined(Q_OS_LINUX) && defined(SOCK_CLOEXEC)
        Descriptor fd(::accept4(listener, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK));
#else
        Descriptor fd(::accept(listener, nullptr, nullptr));
#endif
        if (fd.isValid()) {
            if (setFlags(fd.get()))
                return fd;
            const SavedErrno saved;
            fd.reset();
            return {};
        }
        // A client that gave up while waiting in the backlog: take the next one.
        if (errno != EINTR && errno != ECONNABORTED)
            return {};
    }
}

Descriptor connectTo(const QByteArray &path, const QDeadlineTimer &deadline)
{
    sockaddr_un address;
    if (!toAddress(path, &address))
        return {};
    Descriptor fd = newSocket();
    if (!fd.isValid())
        return {};
    if (::connect(fd.get(), asGeneric(&address), sizeof(address)) == 0)
        return fd;
    // Interrupted or in progress, the connection goes on without us: wait for it and ask how it ended.
    if (errno != EINPROGRESS && errno != EINTR) {
        const SavedErrno saved;
        fd.reset();
        return {};
    }
    int error = 0;
    socklen_t length = sizeof(error);
    if (!waitFor(fd.get(), POLLOUT, deadline) || ::getsockopt(fd.get(), SOL_SOCKET, SO_ERROR, &error, &length) != 0
        || error != 0) {
        if (error != 0)
            errno = error;
        const SavedErrno saved;
        fd.reset();
    }
    return fd;
}

qsizetype sendNow(int fd, QByteArrayView bytes)
{
    for (;;) {
        const ssize_t sent = ::send(fd, bytes.data(), size_t(bytes.size()), sendFlags);
        if (sent >= 0 || errno != EINTR)
            return qsizetype(sent);
    }
}

bool sendAll(int fd, QByteArrayView bytes, const QDeadlineTimer &deadline)
{
    while (!bytes.isEmpty()) {
        const qsizetype sent = sendNow(fd, bytes);
        if (sent > 0)
            bytes = bytes.sliced(sent);
        else if ((errno != EAGAIN && errno != EWOULDBLOCK) || !waitFor(fd, POLLOUT, deadline))
            return false;
    }
    return true;
}

qsizetype receiveNow(int fd, char *buffer, qsizetype max)
{
    for (;;) {
        const ssize_t received = ::recv(fd, buffer, size_t(max), 0);
        if (received >= 0 || errno != EINTR)
            return qsizetype(received);
    }
}

std::optional<char> receiveByte(int fd, const QDeadlineTimer &deadline)
{
    for (;;) {
        char byte = 0;
        const qsizetype received = receiveNow(fd, &byte, 1);
        if (received == 1)
            return byte;
        if (received == 0 || (errno != EAGAIN && errno != EWOULDBLOCK) || !waitFor(fd, POLLIN, deadline))
            return std::nullopt;
    }
}

std::optional<uid_t> peerUid(int fd)
{
#if defined(Q_OS_LINUX) && defined(SO_PEERCRED)
    ucred credentials{};
    socklen_t length = sizeof(credentials);
    if (::getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &credentials, &length) == 0 && length == sizeof(credentials))
        return credentials.uid;
#elif defined(Q_OS_DARWIN) || defined(Q_OS_BSD4)
    uid_t uid = 0;
    gid_t gid = 0;
    if (::getpeereid(fd, &uid, &gid) == 0)
        return uid;
#else
    Q_UNUSED(fd)
#endif
    return std::nullopt;
}

} // namespace UnixSocket

#endif // Q_OS_UNIX
