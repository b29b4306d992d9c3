// bench_latency_relay: a TCP relay on 127.0.0.1 that puts a round-trip time between a client and a server on this
// computer, half of it in each direction, for bench/latency.sh. Bytes and closes keep their order; the connection's
// own handshake costs one round trip too: the relay's kernel accepts at once, so the client's first bytes wait until
// a real handshake would have let it send them (one RTT after the accept), then travel for half an RTT like the rest.
//
//   bench_latency_relay --target-port PORT [--rtt-ms 100] [--port-file PATH]
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QQueue>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QElapsedTimer clock_;

qint64 now()
{
    return clock_.nsecsElapsed() / 1000; // microseconds
}

// One direction of one connection: what was read, and when it may be written on the other side.
class Direction final : public QObject {
public:
    Direction(QTcpSocket *to, qint64 delayUs, QObject *parent)
        : QObject(parent)
        , m_to(to)
        , m_delayUs(delayUs)
    {
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, &Direction::flush);
    }

    // Bytes (or, when empty, the close) read now, to be delivered after the one-way delay and never before `notBefore`.
    void push(const QByteArray &data, qint64 notBefore = 0)
    {
        const qint64 due = std::max({now() + m_delayUs, notBefore + m_delayUs, m_lastDue});
        m_lastDue = due;
        m_queue.enqueue({due, data});
        schedule();
    }

private:
    struct Chunk {
        qint64 due;
        QByteArray data;
    };

    void schedule()
    {
        if (!m_queue.isEmpty() && !m_timer.isActive())
            m_timer.start(int(std::max<qint64>(0, (m_queue.head().due - now() + 999) / 1000)));
    }

    void flush()
    {
        while (!m_queue.isEmpty() && m_queue.head().due <= now()) {
            const Chunk chunk = m_queue.dequeue();
            if (chunk.data.isEmpty())
                m_to->disconnectFromHost();
            else if (m_to->state() == QAbstractSocket::ConnectedState)
                m_to->write(chunk.data);
        }
        schedule();
    }

    QTcpSocket *m_to;
    qint64 m_delayUs;
    qint64 m_lastDue = 0;
    QQueue<Chunk> m_queue;
    QTimer m_timer;
};

// One accepted connection and its upstream twin.
class Pipe final : public QObject {
public:
    Pipe(QTcpSocket *client, quint16 targetPort, qint64 rttUs, QObject *parent)
        : QObject(parent)
        , m_client(client)
        , m_server(new QTcpSocket(this))
        , m_toServer(new Direction(m_server, rttUs / 2, this))
        , m_toClient(new Direction(client, rttUs / 2, this))
        , m_firstSend(now() + rttUs) // a real client could send once its SYN went out and the SYN-ACK came back
    {
        client->setParent(this);
        for (QTcpSocket *socket : {client, m_server})
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(client, &QTcpSocket::readyRead, this, [this] { m_toServer->push(m_client->readAll(), m_firstSend); });
        connect(m_server, &QTcpSocket::readyRead, this, [this] { m_toClient->push(m_server->readAll()); });
        connect(client, &QTcpSocket::disconnected, this, [this] { m_toServer->push({}); });
        connect(m_server, &QTcpSocket::disconnected, this, [this] { m_toClient->push({}); });
        connect(client, &QTcpSocket::disconnected, this, &Pipe::finishWhenBothClosed);
        connect(m_server, &QTcpSocket::disconnected, this, &Pipe::finishWhenBothClosed);
        m_server->connectToHost(u"127.0.0.1"_s, targetPort);
    }

private:
    void finishWhenBothClosed()
    {
        if (m_client->state() == QAbstractSocket::UnconnectedState
            && m_server->state() == QAbstractSocket::UnconnectedState)
            QTimer::singleShot(5000, this, &QObject::deleteLater);
    }

    QTcpSocket *m_client;
    QTcpSocket *m_server;
    Direction *m_toServer;
    Direction *m_toClient;
    qint64 m_firstSend;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    clock_.start();
    QCommandLineParser parser;
    const QCommandLineOption target(u"target-port"_s, u"The server's port on 127.0.0.1."_s, u"PORT"_s);
    const QCommandLineOption rtt(u"rtt-ms"_s, u"Round-trip time to add."_s, u"MS"_s, u"100"_s);
    const QCommandLineOption portFile(u"port-file"_s, u"Write the relay's port here."_s, u"PATH"_s);
    parser.addOptions({target, rtt, portFile});
    parser.addHelpOption();
    parser.process(app);
    const auto targetPort = quint16(parser.value(target).toUInt());
    const qint64 rttUs = qint64(parser.value(rtt).toDouble() * 1000);

    QTcpServer server;
    if (targetPort == 0 || !server.listen(QHostAddress::LocalHost)) {
        std::fputs("bench_latency_relay: give --target-port, and a free loopback port is needed\n", stderr);
        return 2;
    }
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            new Pipe(socket, targetPort, rttUs, &server);
        }
    });
    if (parser.isSet(portFile)) {
        QFile file(parser.value(portFile));
        if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray::number(server.serverPort()) + '\n') <= 0)
            return 1;
    }
    return QCoreApplication::exec();
}
