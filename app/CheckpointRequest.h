#pragma once

#include "Provider.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

// What the agent asks the API to do: one value, validated before anything is sent.
struct CheckpointRequest
{
    Q_DECLARE_TR_FUNCTIONS(CheckpointRequest)

public:
    enum class Field { AccountId, Code };

    struct Problem
    {
        Field field;
        QString message; // translated, for the agent
        friend bool operator==(const Problem &, const Problem &) = default;
    };

    // Longer values are certainly typing or pasting mistakes; the API would refuse them anyway.
    static constexpr qsizetype MaxAccountIdLength = 256;
    static constexpr qsizetype MaxCodeLength = 256;

    QString accountId;
    Provider provider = Provider::LinkedIn;
    QString code;

    // The code that asks the provider for a different kind of checkpoint.
    static QString tryAnotherWayCode();

    // The first problem, in field order, or nullopt when the request can be sent.
    std::optional<Problem> validate() const;
    // {"account_id": …, "provider": …, "code": …}: values trimmed, provider upper case.
    QByteArray toJson() const;
};

// The body of POST accounts/checkpoint/resend: {"account_id": …, "provider": …}.
QByteArray resendRequestJson(const QString &accountId, Provider provider);
