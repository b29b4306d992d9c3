#pragma once

#include "InstanceMessage.h"
#include "LaunchRequest.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QLoggingCategory>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

Q_DECLARE_LOGGING_CATEGORY(lcSingleInstance)

// One connection to the primary SingleInstance, whatever the transport: the policy that keeps the primary safe
// from what other processes of the user send. A client has until its deadline to send one whole message; then it
// is answered and closed, or dropped. Nothing it sends can make the primary wait: every read takes only what has
// arrived, never more than Capacity bytes in all. A request is delivered only once its answer is on its way back,
// so a second launch that stopped waiting (and opens the account itself) is not opened twice. The transport's
// subclass moves the bytes.
class PendingClient : public QObject {
public:
    using Deliver = std::function<void(const LaunchRequest &)>;

    // One byte more than the longest message: enough to tell that more followed.
    static constexpr qsizetype Capacity = InstanceMessage::HeaderSize + InstanceMessage::MaxSize + 1;

    // Before a new connection joins clients (a QObject whose children are the PendingClients, in order of
    // arrival): when max of them are waiting, the oldest that has sent nothing yet is dropped, or else the oldest.
    // A real second launch sends its whole request at once, so idle or slow connections can never keep it out, and
    // the primary never holds more than max.
    static void makeRoom(const QObject *clients, int max);

protected:
    PendingClient(std::chrono::milliseconds timeout, Deliver deliver, QObject *parent);
    Q_DISABLE_COPY_MOVE(PendingClient)

    bool isDone() const { return m_done; }
    qsizetype room() const { return Capacity - m_buffer.size(); }

    // Takes what arrived; answers once it makes a whole message, or cannot become one.
    void received(QByteArrayView bytes);
    // The client closed, or failed, before sending a whole message: nothing to answer.
    void finish();

    // Sends the one-byte answer and closes (or starts closing) the connection. True when the peer was still there
    // to take it: one that already left does not get its request opened.
    virtual bool reply(char answer) = 0;
    virtual void closeConnection() = 0;

private:
    void drop();

    Deliver m_deliver;
    QTimer m_deadline;
    QByteArray m_buffer;
    bool m_done = false;
};
