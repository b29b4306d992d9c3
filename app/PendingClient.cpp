#include "PendingClient.h"

#include <QtEndian>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSingleInstance, "postpress.singleinstance")

namespace {

constexpr qsizetype headerSize = InstanceMessage::HeaderSize;

// What the bytes a client sent so far come to.
struct Verdict {
    enum class Kind { Incomplete, Accept, Refuse };
    Kind kind = Kind::Incomplete;
    LaunchRequest request;
    QString problem;
};

Verdict refusal(const QString &problem)
{
    return Verdict{Verdict::Kind::Refuse, {}, problem};
}

// Decides as soon as the bytes allow: at PendingClient::Capacity bytes at the latest.
Verdict examine(const QByteArray &buffer)
{
    if (buffer.size() < headerSize)
        return {};
    const quint32 length = qFromBigEndian<quint32>(buffer.constData());
    if (length == 0 || length > InstanceMessage::MaxSize)
        return refusal(
            InstanceMessage::tr("The message is empty or longer than %1 bytes.").arg(InstanceMessage::MaxSize));
    if (buffer.size() < headerSize + qsizetype(length))
        return {};
    if (buffer.size() > headerSize + qsizetype(length))
        return refusal(InstanceMessage::tr("More bytes followed the message."));
    QString problem;
    std::optional<LaunchRequest> request =
        InstanceMessage::parse(QByteArrayView(buffer).sliced(headerSize), &problem);
    if (!request)
        return refusal(problem);
    return Verdict{Verdict::Kind::Accept, std::move(*request), {}};
}

} // namespace

PendingClient::PendingClient(std::chrono::milliseconds timeout, Deliver deliver, QObject *parent)
    : QObject(parent)
    , m_deliver(std::move(deliver))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &PendingClient::drop);
    m_deadline.start(timeout);
}

void PendingClient::makeRoom(const QObject *clients, int max)
{
    QList<PendingClient *> waiting;
    for (QObject *child : clients->children()) {
        auto *client = static_cast<PendingClient *>(child); // the only children there are
        if (!client->m_done)
            waiting.append(client);
    }
    if (waiting.size() < max)
        return;
    const auto idle = std::find_if(waiting.cbegin(), waiting.cend(),
                                   [](const PendingClient *client) { return client->m_buffer.isEmpty(); });
    qCWarning(lcSingleInstance) << "Dropped the oldest waiting launch to make room for a newer one.";
    (idle != waiting.cend() ? *idle : waiting.constFirst())->finish();
}

void PendingClient::received(QByteArrayView bytes)
{
    if (m_done)
        return;
    m_buffer += bytes;
    Verdict verdict = examine(m_buffer);
    if (verdict.kind == Verdict::Kind::Incomplete)
        return;
    m_done = true;
    if (verdict.kind == Verdict::Kind::Refuse) {
        qCWarning(lcSingleInstance).noquote() << "Refused a request from another launch:" << verdict.problem;
        reply(InstanceMessage::Refused);
        return;
    }
    if (!reply(InstanceMessage::Accepted)) {
        qCWarning(lcSingleInstance) << "Another launch stopped waiting before it was answered: its request is not "
                                       "opened.";
        return;
    }
    m_deliver(verdict.request);
}

void PendingClient::finish()
{
    m_done = true;
    closeConnection();
    deleteLater();
}

void PendingClient::drop()
{
    if (!m_done)
        qCWarning(lcSingleInstance) << "Dropped another launch that did not send its request in time.";
    finish();
}
