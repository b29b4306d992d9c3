#pragma once

#include "LaunchRequest.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>

// The message one launch sends the running program (SingleInstance), and the one-byte answer: the wire format and
// its checks, pure, for the transport, tests and fuzzing.
//
// A message is a 4-byte big-endian length, then that many bytes (at most MaxSize) of one compact JSON object:
//     {"v":1,"account_id":"acc_123","provider":"LINKEDIN","api_url":"https://api.postpress.ai/v1",
//      "ticket_id":"INC-0042","activation_token":"…","startup_id":"…"}
// Every field but "v" is optional (absent: not given); any other field is refused, so there is no way to send
// a key or a code. Fields are checked with the command line's own rules (LaunchRequest), and the launch's
// activation (Activation: the token that lets its window come to the front) with Activation::isValid().
struct InstanceMessage {
    Q_DECLARE_TR_FUNCTIONS(InstanceMessage)

public:
    static constexpr qsizetype HeaderSize = 4; // the big-endian length before a message
    static constexpr qsizetype MaxSize = 4096;
    static constexpr int ProtocolVersion = 1;
    // The primary's one-byte answer.
    static constexpr char Accepted = '\x06';
    static constexpr char Refused = '\x15';

    // The JSON object of a request (without the length prefix).
    static QByteArray encode(const LaunchRequest &request);
    // The length prefix and the payload, as sent on the socket.
    static QByteArray frame(QByteArrayView payload);
    // A message's JSON object, checked like the command line; nullopt with a translated reason in *error.
    static std::optional<LaunchRequest> parse(QByteArrayView payload, QString *error);
};
