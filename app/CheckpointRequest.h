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

    // PostPress account ids are ASCII: letters, digits and _ - . ~ (RFC 3986's unreserved characters, so a link
    // carries them unencoded), at most MaxAccountIdLength. A longer code is certainly a pasting mistake.
    static constexpr qsizetype MaxAccountIdLength = 128;
    static constexpr qsizetype MaxCodeLength = 256;

    QString accountId;
    Provider provider = Provider::LinkedIn;
    QString code;

    // The code that asks the provider for a different kind of checkpoint.
    static QString tryAnotherWayCode();

    // The one rule for an account id, whoever gives it: the command line, a link, another launch, the window's
    // field. A translated reason naming the first character not allowed (shown, with its code point, only when it
    // is visible: a control or bidi character is named by its code point alone), or empty when the id may be used.
    // The id is checked as given: the window and the command line trim it first, a link or a message is not trimmed.
    static QString accountIdProblem(QStringView accountId);
    // The first problem, in field order, or nullopt when the request can be sent.
    std::optional<Problem> validate() const;
    // {"account_id": …, "provider": …, "code": …}: values trimmed, provider upper case.
    QByteArray toJson() const;
};

// The body of POST accounts/checkpoint/resend: {"account_id": …, "provider": …}.
QByteArray resendRequestJson(const QString &accountId, Provider provider);
