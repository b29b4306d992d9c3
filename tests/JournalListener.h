#pragma once

// The system journal's socket, played by a test: binds /run/systemd/journal/socket (only ever inside the private mount
// namespace of with-private-journal.sh) and reads each datagram libsystemd sends, in the journal's native protocol.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <iterator>
#include <optional>

#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

class JournalListener final {
public:
    using Entry = QList<QPair<QByteArray, QByteArray>>; // the fields, in the order they came

    static constexpr char SocketPath[] = "/run/systemd/journal/socket";

    // with-private-journal.sh says so; anywhere else the path is the machine's real journal.
    static bool inPrivateNamespace() { return qgetenv("CHECKPOINT_PRIVATE_JOURNAL") == "yes"; }

    JournalListener() = default;
    ~JournalListener() { stop(); }
    Q_DISABLE_COPY_MOVE(JournalListener)

    bool start()
    {
        m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        std::copy(std::begin(SocketPath), std::end(SocketPath), address.sun_path);
        ::unlink(SocketPath);
        return m_fd >= 0 && ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
    }

    // Closes the socket and removes its path: there is no journal any more.
    void stop()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
            ::unlink(SocketPath);
        }
        m_fd = -1;
    }

    // The next datagram as it came (an entry too large for one datagram comes as a memfd: its content), or nothing
    // within the time given.
    std::optional<QByteArray> receive(int timeoutMs = 5000)
    {
        pollfd ready{m_fd, POLLIN, 0};
        if (::poll(&ready, 1, timeoutMs) != 1)
            return std::nullopt;
        QByteArray data(1 << 16, Qt::Uninitialized);
        alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))] = {};
        iovec part{data.data(), std::size_t(data.size())};
        msghdr message{};
        message.msg_iov = &part;
        message.msg_iovlen = 1;
        message.msg_control = control;
        message.msg_controllen = sizeof control;
        const ssize_t size = ::recvmsg(m_fd, &message, MSG_CMSG_CLOEXEC);
        if (size < 0 || (message.msg_flags & MSG_TRUNC))
            return std::nullopt;
        data.truncate(size);
        if (const cmsghdr *header = CMSG_FIRSTHDR(&message); header && header->cmsg_type == SCM_RIGHTS) {
            int fd = -1;
            std::memcpy(&fd, CMSG_DATA(header), sizeof fd);
            data = readWhole(fd);
            ::close(fd);
        }
        return data;
    }

    // The native protocol: "NAME=value\n", or, for a value that holds a newline, "NAME\n", its length as 64-bit little
    // endian, the value and "\n". Nothing when the datagram breaks the protocol.
    static std::optional<Entry> parse(const QByteArray &datagram)
    {
        Entry entry;
        qsizetype at = 0;
        while (at < datagram.size()) {
            const qsizetype newline = datagram.indexOf('\n', at);
            if (newline < 0)
                return std::nullopt;
            const QByteArray line = datagram.mid(at, newline - at);
            if (const qsizetype equals = line.indexOf('='); equals > 0) {
                entry.append({line.left(equals), line.mid(equals + 1)});
                at = newline + 1;
                continue;
            }
            if (datagram.size() < newline + 1 + 8)
                return std::nullopt;
            const quint64 length = qFromLittleEndian<quint64>(datagram.constData() + newline + 1);
            const qsizetype value = newline + 1 + 8;
            if (length > quint64(datagram.size() - value - 1) || datagram.at(value + qsizetype(length)) != '\n')
                return std::nullopt;
            entry.append({line, datagram.mid(value, qsizetype(length))});
            at = value + qsizetype(length) + 1;
        }
        return entry;
    }

private:
    static QByteArray readWhole(int fd)
    {
        struct stat status { };
        if (::fstat(fd, &status) != 0)
            return {};
        QByteArray data(status.st_size, Qt::Uninitialized);
        return ::pread(fd, data.data(), data.size(), 0) == data.size() ? data : QByteArray();
    }

    int m_fd = -1;
};
